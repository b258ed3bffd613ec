// Recognises a keyboard-wedge scanner (USB or Bluetooth, acting as a keyboard): a burst of
// keystrokes much faster than a person types, ended by Enter, is one scan. Pure logic, so it
// is tested without a DOM; keyboard-wedge.ts feeds it key events.

export interface WedgeOptions {
  /** Longest pause between the first keys of a burst. Scanners type every 1–30 ms; people ≥ 80 ms. */
  maxGapMs: number;
  /**
   * Once a burst is clearly a scanner's, a longer pause is a hiccup of a busy device (events
   * delayed), not the end of the code: splitting a code there would show a false "not valid".
   */
  hiccupMs: number;
  /** Shorter bursts are a person pressing keys, not a code. */
  minLength: number;
  /**
   * Kept one above the core's limit on text (8,192): a longer burst stays too long, so the
   * core refuses it as it does a long paste, instead of reading a cut-off prefix.
   */
  maxLength: number;
}

export const DEFAULT_WEDGE: WedgeOptions = {
  maxGapMs: 50,
  hiccupMs: 500,
  minLength: 6,
  maxLength: 8193,
};

export class WedgeBuffer {
  private chars: string[] = [];
  private startAt = 0;
  private lastAt = -Infinity;

  constructor(private readonly options: WedgeOptions = DEFAULT_WEDGE) {}

  private allowedGap(): number {
    return this.chars.length >= this.options.minLength
      ? this.options.hiccupMs
      : this.options.maxGapMs;
  }

  /** A printable character typed at `at` (ms). */
  key(char: string, at: number): void {
    if (at - this.lastAt > this.allowedGap()) {
      this.chars = [];
      this.startAt = at;
    }
    this.lastAt = at;
    if (this.chars.length < this.options.maxLength) this.chars.push(char);
  }

  /** Enter at `at`: returns the scanned text, or null when the burst was not a scan. */
  enter(at: number): string | null {
    const text = this.chars.join('');
    const inTime = at - this.lastAt <= this.allowedGap();
    // On average a scanner's keys come at least as fast as the first ones must.
    const fast =
      (this.lastAt - this.startAt) / Math.max(1, this.chars.length - 1) <= this.options.maxGapMs;
    this.reset();
    return inTime && fast && text.length >= this.options.minLength ? text : null;
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
