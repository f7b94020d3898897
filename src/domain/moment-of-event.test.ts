import { describe, expect, it } from 'vitest';
import { momentLeftUnset } from './moment-of-event.js';

describe('momentLeftUnset', () => {
  const detected = { at: '2026-03-04T14:06:30.000Z', reason: 'first alert' };

  it('names the moment an acknowledgement before detection leaves unset, and the order it would break', () => {
    const unset = momentLeftUnset({ detected }, { kind: 'acknowledged', at: '2026-03-04T14:00:00.000Z' });
    expect(unset?.name).toBe('acknowledged');
    expect(unset?.problem).toMatchObject({ earlier: 'detected', later: 'acknowledged' });
    expect(unset?.problem.message).toMatch(/acknowledged \(2026-03-04T14:00:00.000Z\) is before detected/);
  });

  it('names the later moment a detection after the acknowledgement would put out of order', () => {
    const acknowledged = { at: '2026-03-04T14:05:00.000Z' };
    const unset = momentLeftUnset({ acknowledged }, { kind: 'page', at: '2026-03-04T14:07:00.000Z' });
    expect(unset).toMatchObject({
      name: 'detected',
      problem: { earlier: 'detected', later: 'acknowledged' },
    });
  });

  it('says nothing when the order allows it, the moment is set, the time is unknown or the kind marks none', () => {
    const later = { kind: 'acknowledged', at: '2026-03-04T14:08:00.000Z' };
    expect(momentLeftUnset({ detected }, later)).toBeUndefined();
    expect(
      momentLeftUnset({ detected, acknowledged: detected }, { ...later, at: '2026-03-04T14:00:00Z' }),
    ).toBeUndefined();
    expect(momentLeftUnset({ detected }, { kind: 'acknowledged', at: null })).toBeUndefined();
    expect(momentLeftUnset({ detected }, { kind: 'note', at: '2026-03-04T14:00:00.000Z' })).toBeUndefined();
  });
});
