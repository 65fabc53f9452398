import { describe, expect, it } from 'vitest';
import { SHIFT_WINDOW_MS, ShiftCounter } from '../../src/lib/quick-exit';

describe('ShiftCounter', () => {
  it('exits on the third Shift press in a row, counting down before that', () => {
    const counter = new ShiftCounter();
    expect(counter.press('Shift', 0)).toEqual({ exit: false, remaining: 2 });
    expect(counter.press('Shift', 300)).toEqual({ exit: false, remaining: 1 });
    expect(counter.press('Shift', 600)).toEqual({ exit: true });
    // The count starts again afterwards.
    expect(counter.press('Shift', 700)).toEqual({ exit: false, remaining: 2 });
  });

  it('starts again when another key comes between, so typing capitals never exits', () => {
    const counter = new ShiftCounter();
    counter.press('Shift', 0);
    counter.press('A', 10);
    counter.press('Shift', 20);
    counter.press('B', 30);
    expect(counter.press('Shift', 40)).toEqual({ exit: false, remaining: 2 });
  });

  it('ignores a held-down Shift (key repeat)', () => {
    const counter = new ShiftCounter();
    counter.press('Shift', 0);
    expect(counter.press('Shift', 30, true)).toEqual({ exit: false, remaining: 2 });
    expect(counter.press('Shift', 60, true)).toEqual({ exit: false, remaining: 2 });
    expect(counter.press('Shift', 90)).toEqual({ exit: false, remaining: 1 });
  });

  it('starts again when the presses are further apart than the window', () => {
    const counter = new ShiftCounter();
    counter.press('Shift', 0);
    counter.press('Shift', 100);
    expect(counter.press('Shift', 100 + SHIFT_WINDOW_MS + 1)).toEqual({ exit: false, remaining: 2 });
  });
});
