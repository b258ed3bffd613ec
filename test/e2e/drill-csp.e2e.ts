// Drill: the strict Content Security Policy of index.html is in force. Scanned text is
// rendered as text (drill-hostile-input), and should that ever fail, the CSP is the second
// wall: no inline script, no inline event handler, no eval. This proves the wall stands in
// the built kiosk, and that the kiosk itself needs no exception to it (no violation in use).
import { expect, test, type Page } from '@playwright/test';
import { checkInTyped, completeStandaloneSetup, dismissVerdict } from './support/admin-steps';
import { kioskData } from './support/kiosk-data';

interface Violation {
  directive: string;
  blocked: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
    __drillRan?: string[];
  }
}

/** Records every CSP violation from the first moment of the page (init scripts are exempt). */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.__drillRan = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations!.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);
const ran = (page: Page) => page.evaluate(() => window.__drillRan ?? []);

test('the built index.html has a strict CSP and no inline script', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
  expect(csp, 'CSP meta in index.html').toBeDefined();
  const directives = new Map(
    csp!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic|\*/);
  // Every script is a file; no inline code and no handler attributes anywhere in the shell.
  const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts)
    expect(script).toMatch(/^<script\b[^>]*\bsrc="[^"]+"[^>]*><\/script>$/);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
});

test('the kiosk runs with no violation; an injected inline script, handler and eval are blocked', async ({
  page,
}) => {
  await recordViolations(page);
  await page.goto('/');
  const data = kioskData();
  await completeStandaloneSetup(page, data);
  await checkInTyped(page, data.code('green'));
  await dismissVerdict(page);
  expect(await violations(page), 'the kiosk itself breaks its CSP').toEqual([]);
  expect(
    await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
  ).toContain("script-src 'self'");

  // An inline <script> added to the page, as an injection would.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = "window.__drillRan.push('inline script')";
    document.body.append(script);
  });
  await expect
    .poll(() => violations(page))
    .toContainEqual({ directive: 'script-src-elem', blocked: 'inline' });

  // Markup with an inline event handler.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<img id="drill-img" src="data:," onerror="window.__drillRan.push('handler')">`,
    );
  });
  await expect
    .poll(() => violations(page))
    .toContainEqual({ directive: 'script-src-attr', blocked: 'inline' });

  // Every way of turning a string into code. Run from a task of the page's own: code that
  // DevTools is evaluating may eval (the inspector lifts the CSP for its own calls).
  await page.evaluate(() => {
    const attempt = (what: string, run: () => unknown) => {
      try {
        run();
        return `${what}: ran`;
      } catch (e) {
        return `${what}: ${(e as Error).name}`;
      }
    };
    setTimeout(() => {
      (window as unknown as { __evals: string[] }).__evals = [
        attempt('eval', () => (0, eval)("window.__drillRan.push('eval')")),
        attempt('Function', () => new Function("window.__drillRan.push('Function')")()),
        attempt('setTimeout string', () =>
          (setTimeout as (code: string, ms: number) => number)(
            "window.__drillRan.push('setTimeout')",
            0,
          ),
        ),
      ];
    }, 0);
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __evals?: string[] }).__evals ?? []))
    .toHaveLength(3);
  const evals = await page.evaluate(() => (window as unknown as { __evals: string[] }).__evals);
  expect(evals.slice(0, 2)).toEqual(['eval: EvalError', 'Function: EvalError']);
  await expect
    .poll(() => violations(page))
    .toContainEqual({ directive: 'script-src', blocked: 'eval' });
  await page.waitForTimeout(300); // the string timer, the image error: anything queued has run
  expect(await ran(page)).toEqual([]);
  // The kiosk still works after all of it.
  await checkInTyped(page, data.code('yellow'));
  await expect(page.locator('.verdict')).toHaveAttribute('data-tone', 'admit');
});
