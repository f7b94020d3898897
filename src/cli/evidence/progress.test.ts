import { describe, expect, it } from 'vitest';
import { progressBar, progressThreshold } from './progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('the evidence progress bar', () => {
  it('draws on a terminal for inputs over 50 MB, from the bytes read so far', () => {
    const { stream, writes } = fakeStream(true);
    const progress = progressBar(stream);
    progress.start?.(progressThreshold * 2);
    progress.advance?.(progressThreshold);
    expect(writes.join('')).toContain(' 50% 50/100 MiB');
    progress.end?.();
    expect(writes.at(-1)).toMatch(/^\r +\r$/);
  });

  it('stays silent when stderr is not a terminal', () => {
    const { stream, writes } = fakeStream(false);
    const progress = progressBar(stream);
    progress.start?.(progressThreshold * 2);
    progress.advance?.(progressThreshold);
    progress.end?.();
    expect(writes).toEqual([]);
  });

  it('stays silent for small inputs', () => {
    const { stream, writes } = fakeStream(true);
    const progress = progressBar(stream);
    progress.start?.(progressThreshold - 1);
    progress.advance?.(1_000);
    progress.end?.();
    expect(writes).toEqual([]);
  });
});
