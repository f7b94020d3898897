import { describe, expect, it } from 'vitest';
import { itemsOf, parseAll } from '../test-support/parse-all.js';
import { csv } from './csv.js';

describe('csv', () => {
  it('reads rows by the header, with quoted commas', () => {
    const text = 'timestamp,level,service,message\n2026-03-04T14:02:11Z,error,payments,"timeout, retrying"';
    expect(csv.score?.(text.split('\n'))).toBe(1);
    const [item] = itemsOf(parseAll(csv, text));
    expect(item).toMatchObject({
      at: '2026-03-04T14:02:11.000Z',
      severity: 'error',
      message: 'timeout, retrying',
    });
  });

  it('counts every line of a file forced to csv that has no header as not understood, the first one too', () => {
    const text = '2026/12/02 17:09:51 INFO request completed\n2026/12/02 17:09:57 ERROR upstream timed out';
    const results = parseAll(csv, text);
    expect(itemsOf(results)).toEqual([]);
    expect(results).toEqual([
      { unparsed: expect.stringContaining('no CSV header') },
      { unparsed: expect.stringContaining('no CSV header') },
    ]);
  });
});
