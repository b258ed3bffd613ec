// The owner page, its CSV, the demo page and the kiosk's static files: escaped, behind a
// signed-in owner, and with the security headers every HTML page must carry.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toWireEntry } from '../../../src/sync/wire-entry';
import { vietnamDayOf } from '../../../server/pages/vietnam-day';
import type { ServerHandle } from '../../../server/start-server';
import { makeEntry } from '../support/entries';
import { getPage, newAccount, type PageSession } from '../support/page-client';
import { enrollTestDevice, upload } from '../support/signed-client';
import type { SuiteContext } from './suite-context';

const NO_INLINE = (csp: string | null) => {
  expect(csp).toBeTruthy();
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp).toMatch(/script-src 'self'|default-src 'none'/);
};

function fakeKioskBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>kiosk</title><script type="module" src="./assets/index-abc.js"></script>',
  );
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("install", () => {});');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  return dir;
}

export function pagesSuite(ctx: SuiteContext): void {
  describe('owner page, demo page and static kiosk', () => {
    let server: ServerHandle;
    let venueId = '';
    let owner: PageSession;
    let staticDir = '';
    const at = Date.now();
    const day = vietnamDayOf(at);
    beforeAll(async () => {
      staticDir = fakeKioskBuild();
      server = await ctx.backend.start({ staticDir, demo: true });
      const { venue, enrollment } = await server.ops.createVenue(
        'Quán <script>alert(1)</script> & "Phở"',
      );
      venueId = venue.id;
      const device = await enrollTestDevice(server.url, enrollment.code, 'Cửa <b>chính</b>');
      const entries = [
        makeEntry({ at, maskedName: '=HYPERLINK("http://x")' }),
        makeEntry({
          at,
          verdict: 'review',
          decision: 'admit',
          color: 'none',
          format: 'cccd',
          reasons: ['IDENTITY_ONLY'],
          maskedName: 'N. V. <i>AN</i>',
        }),
        makeEntry({
          at,
          verdict: 'deny',
          color: 'red',
          reasons: ['SIG_INVALID'],
          direction: 'out',
        }),
      ].map(toWireEntry);
      expect((await upload(device, entries)).status).toBe(200);
      owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venueId] });
    });
    afterAll(async () => {
      await server?.close();
      rmSync(staticDir, { recursive: true, force: true });
    });

    it('sends a signed-out visitor to the sign-in page, under a no-script policy', async () => {
      const anonymous = await fetch(`${server.url}/admin`, { redirect: 'manual' });
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.get('location')).toBe('/login?next=%2Fadmin');
      const login = await fetch(`${server.url}/login`);
      NO_INLINE(login.headers.get('content-security-policy'));
      expect(login.headers.get('cache-control')).toBe('no-store');
    });

    it('lists the day across devices with totals, everything escaped, no script', async () => {
      const res = await getPage(owner, `/admin?venue=${venueId}&from=${day}&to=${day}`);
      expect(res.status).toBe(200);
      NO_INLINE(res.headers.get('content-security-policy'));
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const page = await res.text();
      expect(page).not.toMatch(/<script|<b>|<i>/);
      expect(page).toContain('Quán &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Phở&quot;');
      expect(page).toContain('Cửa &lt;b&gt;chính&lt;/b&gt;');
      const total = (words: string) =>
        new RegExp(`${words}(</span>)?\\s*</th>\\s*<td>(\\d+)</td>`).exec(page)?.[2];
      expect(total('Lượt quét')).toBe('3');
      expect(total('Đã vào \\(gồm cả bảo vệ cho vào\\)')).toBe('2');
      expect(total('Lượt ra')).toBe('0');
    });

    it('exports the day as CSV: BOM, header, one row per entry, formulas defused', async () => {
      const res = await getPage(owner, `/admin/export.csv?venue=${venueId}&from=${day}&to=${day}`);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n'); // the decoder drops the BOM
      expect(lines[0]).toMatch(/^id,time,device,device_label,direction,verdict,decision,admitted/);
      expect(lines).toHaveLength(4);
      expect(lines.join('\n')).toContain(`"'=HYPERLINK(""http://x"")"`);
      const anonymous = await fetch(`${server.url}/admin/export.csv?venue=${venueId}`, {
        redirect: 'manual',
      });
      expect(anonymous.status).toBe(303);
    });

    it('serves the demo page of sample codes as inline SVG under a no-script policy', async () => {
      const res = await fetch(`${server.url}/demo`);
      NO_INLINE(res.headers.get('content-security-policy'));
      const page = await res.text();
      const kinds = [
        'green',
        'yellow',
        'red',
        'tampered',
        'expired',
        'unsigned',
        'cccd',
        'can-cuoc',
        // EU DCCs, signed by the demo's document signer (and one by a signer it does not list).
        'dcc-vaccinated',
        'dcc-booster',
        'dcc-negative-test',
        'dcc-recovered',
        'dcc-expired',
        'dcc-wrong-signer',
      ];
      expect(page.match(/<svg/g)).toHaveLength(kinds.length);
      for (const kind of kinds) expect(page).toContain(`data-kind="${kind}"`);
      expect(page).not.toContain('<script');
    });

    it('serves the kiosk with its CSP, the service worker uncached, hashed assets immutable', async () => {
      const index = await fetch(`${server.url}/`);
      NO_INLINE(index.headers.get('content-security-policy'));
      expect(index.headers.get('content-security-policy')).toContain("connect-src 'self'");
      expect(index.headers.get('cache-control')).toBe('no-cache');
      const sw = await fetch(`${server.url}/sw.js`);
      expect(sw.headers.get('cache-control')).toBe('no-cache');
      expect(sw.headers.get('content-type')).toMatch(/javascript/);
      expect(sw.headers.get('x-content-type-options')).toBe('nosniff');
      expect(
        (await fetch(`${server.url}/assets/index-abc.js`)).headers.get('cache-control'),
      ).toContain('immutable');
      expect((await fetch(`${server.url}/api/health`)).headers.get('x-content-type-options')).toBe(
        'nosniff',
      );
    });
  });
}
