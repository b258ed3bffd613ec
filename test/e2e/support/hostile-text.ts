// Hostile text for the input drills, and the check that the kiosk showed it as inert text.
// Every payload that could run sets window.__drillPwned, so "nothing ran" is one flag to read.
import { expect, type Page } from '@playwright/test';
import { unsignedText } from '../../../src/issuer/personal-code';

export const PWNED = '__drillPwned';

/** Each name once as read from the code, and as the kiosk must show it. */
export const HOSTILE_NAMES = {
  script: {
    raw: `<script>window.${PWNED}='script'</script>`,
    shown: `<script>window.${PWNED}='script'</script>`,
  },
  img: {
    raw: `<img src=x onerror="window.${PWNED}='img'">`,
    shown: `<img src=x onerror="window.${PWNED}='img'">`,
  },
  svg: { raw: `<svg onload=window.${PWNED}='svg'>`, shown: `<svg onload=window.${PWNED}='svg'>` },
  /** Right-to-left override, isolates and marks that would reorder what the guard reads. */
  bidi: { raw: 'NGUYEN \u202EVAN AN\u202C \u2067X\u2069\u200F\u061C', shown: 'NGUYEN VAN AN X' },
  /** Markup hidden behind a right-to-left override. */
  bidiImg: {
    raw: `\u202E<img src=x onerror=window.${PWNED}='bidi'>\u202C`,
    shown: `<img src=x onerror=window.${PWNED}='bidi'>`,
  },
} as const;

/** About 100 kB of markup: longer than any QR can hold, so the kiosk must refuse it unread. */
export const HUNDRED_KB = `<img src=x onerror=window.${PWNED}='long'>`.repeat(2_500);

let qid = 770_000_000;
/** A legacy unsigned 1405 code (spec §2.2: its name is shown as read) carrying `name`. */
export function unsignedCodeNamed(name: string): string {
  qid++;
  return unsignedText({
    documentNumber: `001${qid}`,
    name,
    birthDate: '1990-01-01',
    declaredBy: '0',
    qid: String(qid),
    gender: '1',
  });
}

/** A well-formed code for its first 8 kB, then 100 kB more in its last field (EXT). */
export function overLongCode(): string {
  qid++;
  return unsignedText({
    documentNumber: `001${qid}`,
    name: 'NGUYEN VAN AN',
    birthDate: '1990-01-01',
    declaredBy: '0',
    qid: String(qid),
    phone: '9'.repeat(100_000),
  });
}

const BIDI_OR_CONTROL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Nothing the page shows carries a bidi control, no element runs code, and no payload ran. */
export async function expectNothingRan(page: Page): Promise<void> {
  await page.waitForTimeout(300); // an <img onerror> or <svg onload> would have fired by now
  const state = await page.evaluate((flag) => {
    const app = document.getElementById('app')!;
    const active = app.querySelectorAll(
      'script, img, iframe, object, embed, link, style, meta, base',
    );
    const handlers = Array.from(app.querySelectorAll('*')).filter((el) =>
      Array.from(el.attributes).some((a) => /^on/i.test(a.name)),
    );
    return {
      ran: (window as unknown as Record<string, unknown>)[flag] ?? null,
      activeElements: Array.from(active, (el) => el.outerHTML.slice(0, 80)),
      handlerAttributes: handlers.map((el) => el.outerHTML.slice(0, 80)),
      text: document.body.textContent ?? '',
    };
  }, PWNED);
  expect(state.ran, 'a payload ran').toBeNull();
  expect(state.activeElements, 'elements created from scanned text').toEqual([]);
  expect(state.handlerAttributes, 'event-handler attributes in the page').toEqual([]);
  expect(BIDI_OR_CONTROL.test(state.text), 'bidi or control characters on screen').toBe(false);
}

/** The verdict shows `shown` as the holder's name, as plain text, and nothing ran. */
export async function expectInertName(page: Page, shown: string): Promise<void> {
  const verdict = page.locator('.verdict');
  await expect(verdict).toBeVisible();
  await expect(page.getByTestId('holder-name')).toHaveText(shown, { useInnerText: true });
  expect(await page.getByTestId('holder-name').evaluate((el) => el.childElementCount)).toBe(0);
  await expectNothingRan(page);
}

/** The text was not read at all: "not a personal QR code", nobody's name on screen. */
export async function expectRefusedUnread(page: Page): Promise<void> {
  const verdict = page.locator('.verdict');
  await expect(verdict).toHaveAttribute('data-tone', 'deny');
  await expect(verdict).toContainText('Đây không phải mã QR cá nhân');
  await expect(page.getByTestId('holder-name')).toHaveCount(0);
  await expectNothingRan(page);
}
