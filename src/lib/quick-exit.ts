/**
 * Quick exit ("Thoát nhanh"): where it goes and how the Shift shortcut counts.
 *
 * The neutral page is Google's Vietnamese home page: widely used, innocuous to anyone looking at
 * the screen, and fast on a cheap phone. It is only an outbound link: nothing is ever loaded from
 * it unless the reader chooses to leave.
 */
export const NEUTRAL_URL = 'https://www.google.com.vn/';

/** Shift presses that trigger the exit, and how close together they must be. */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 2000;

/** What a key press means for the shortcut: leave now, or how many more Shift presses are needed. */
export type ShiftResult = { exit: true } | { exit: false; remaining: number };

/**
 * Counts Shift presses that follow each other within the window. Any other key resets the count,
 * so typing capital letters (Shift + a letter) never triggers the exit by accident.
 */
export class ShiftCounter {
  private count = 0;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly presses = SHIFT_PRESSES,
    private readonly windowMs = SHIFT_WINDOW_MS,
  ) {}

  /** Registers one key press at `time` (ms). `repeat` is true for a key held down. */
  press(key: string, time: number, repeat = false): ShiftResult {
    if (key !== 'Shift') {
      this.reset();
      return { exit: false, remaining: this.presses };
    }
    if (repeat) return { exit: false, remaining: this.presses - this.count };
    if (time - this.last > this.windowMs) this.count = 0;
    this.count += 1;
    this.last = time;
    if (this.count >= this.presses) {
      this.reset();
      return { exit: true };
    }
    return { exit: false, remaining: this.presses - this.count };
  }

  reset(): void {
    this.count = 0;
    this.last = Number.NEGATIVE_INFINITY;
  }
}
