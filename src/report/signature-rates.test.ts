import { describe, expect, it } from 'vitest';
import { lastLineAt } from './signature-rates.js';

describe('lastLineAt', () => {
  it('reads the last line time on the event day, or on the day it names', () => {
    const at = '2026-03-04T23:50:00.000Z';
    expect(lastLineAt('`x <*>` started 23:50:00, last at 23:59:30 (40 lines)', at)).toBe(
      '2026-03-04T23:59:30.000Z',
    );
    expect(lastLineAt('`x <*>` started 23:50:00, last at 2026-03-05 00:10:02 (40 lines)', at)).toBe(
      '2026-03-05T00:10:02.000Z',
    );
  });

  it('does not take the words from inside the template or from a summary without them', () => {
    const at = '2026-03-04T10:00:00.000Z';
    expect(lastLineAt('`retry, last at 10:00:05 failed` started 10:00:00 (3 lines)', at)).toBeUndefined();
    expect(lastLineAt('`x` started 10:00:00 (1 line)', at)).toBeUndefined();
    expect(lastLineAt('`x` started 10:00:00, last at 25:99:00 (2 lines)', at)).toBeUndefined();
  });
});
