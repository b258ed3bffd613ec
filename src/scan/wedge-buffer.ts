// Recognises a keyboard-wedge scanner (USB or Bluetooth, acting as a keyboard): a burst of
// keystrokes much faster than a person types, ended by Enter, is one scan. Pure logic, so it
// is tested without a DOM; keyboard-wedge.ts feeds it key events.

export interface WedgeOptions {
  /** Longest pause between two keys of one scan. Scanners type every 1–30 ms; people ≥ 80 ms. */
  maxGapMs: number;
  /** Shorter bursts are a person pressing keys, not a code. */
  minLength: number;
  /** A QR holds at most a few thousand characters. */
  maxLength: number;
}

export const DEFAULT_WEDGE: WedgeOptions = { maxGapMs: 50, minLength: 6, maxLength: 8192 };

export class WedgeBuffer {
  private chars: string[] = [];
  private lastAt = -Infinity;

  constructor(private readonly options: WedgeOptions = DEFAULT_WEDGE) {}

  /** A printable character typed at `at` (ms). */
  key(char: string, at: number): void {
    if (at - this.lastAt > this.options.maxGapMs) this.chars = [];
    this.lastAt = at;
    if (this.chars.length < this.options.maxLength) this.chars.push(char);
  }

  /** Enter at `at`: returns the scanned text, or null when the burst was not a scan. */
  enter(at: number): string | null {
    const fast = at - this.lastAt <= this.options.maxGapMs;
    const text = this.chars.join('');
    this.reset();
    return fast && text.length >= this.options.minLength ? text : null;
  }

  /** True while a burst is under way, so Enter should not also press a focused button. */
  get active(): boolean {
    return this.chars.length > 1;
  }

  reset(): void {
    this.chars = [];
    this.lastAt = -Infinity;
  }
}
