// Ways a code's text reaches the kiosk page without the camera, driven inside the page so
// that any text gets through unchanged (Playwright's keyboard cannot type U+202E, and typing
// 100 kB key by key takes minutes): a paste, and a keyboard-wedge scanner's key burst.
import type { Page } from '@playwright/test';

/** A paste of `text` anywhere outside a text field, as Ctrl+V from a phone's clipboard would. */
export function pasteText(page: Page, text: string): Promise<void> {
  return page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

/**
 * A scanner's burst: one keydown per character, back to back (microseconds apart, faster than
 * any scanner), then Enter. Characters outside the keyboard layout are sent as they are, as a
 * scanner in Unicode mode would.
 */
export function wedgeBurst(page: Page, text: string): Promise<void> {
  return page.evaluate((text) => {
    const key = (k: string) =>
      window.dispatchEvent(
        new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }),
      );
    for (const char of text) key(char);
    key('Enter');
  }, text);
}
