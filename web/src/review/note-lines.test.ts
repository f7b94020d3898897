import { describe, expect, it } from 'vitest';
import { noteLines } from './note-lines.js';

describe('noteLines', () => {
  it('takes each line without its list marker or time stamp, once', () => {
    expect(
      noteLines(
        '[14:02] Sam: the flag had no owner\n- Add an expiry to every flag\n\n1. Add an expiry to every flag\n  plain line',
      ),
    ).toEqual(['the flag had no owner', 'Add an expiry to every flag', 'plain line']);
  });
});
