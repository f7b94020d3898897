import { describe, expect, it } from 'vitest';
import { sendAndClear } from './send-and-clear.js';

/** A field's state, updated as React would with functional updates. */
function field(initial: string) {
  let value = initial;
  return {
    get: () => value,
    set: (update: (current: string) => string) => {
      value = update(value);
    },
  };
}

describe('sendAndClear', () => {
  it('empties the field before the answer, so text typed meanwhile is kept', async () => {
    const input = field('first card');
    let finish: (ok: boolean) => void = () => undefined;
    const sending = sendAndClear(input.get(), input.set, () => new Promise((resolve) => (finish = resolve)));
    expect(input.get()).toBe('');
    input.set(() => 'second card');
    finish(true);
    expect(await sending).toBe(true);
    expect(input.get()).toBe('second card');
  });

  it('puts a failed text back into an empty field, and never over new typing', async () => {
    const empty = field('refused');
    expect(await sendAndClear(empty.get(), empty.set, async () => undefined)).toBe(false);
    expect(empty.get()).toBe('refused');
    const typed = field('refused');
    await sendAndClear(typed.get(), typed.set, async () => {
      typed.set(() => 'newer');
      return false;
    });
    expect(typed.get()).toBe('newer');
  });
});
