import { describe, expect, it } from 'vitest';
import { testOptions } from '../test-support/parse-all.js';
import { pagerduty } from './pagerduty.js';

describe('pagerduty', () => {
  it('reads triggers, pages, acknowledgements and resolutions, keying the trigger by its alert name', () => {
    const log = {
      log_entries: [
        {
          type: 'trigger_log_entry',
          created_at: '2026-03-04T14:04:05Z',
          incident: { summary: '[FIRING:1] HighErrorRate (payments)' },
        },
        {
          type: 'acknowledge_log_entry',
          created_at: '2026-03-04T14:09:30Z',
          agent: { summary: 'Dana' },
          incident: { summary: 'x' },
        },
        { type: 'resolve_log_entry', created_at: '2026-03-04T14:40:00Z', incident: { summary: 'x' } },
      ],
    };
    expect(pagerduty.detect(log)).toBe(true);
    const { items } = pagerduty.read(log, testOptions);
    expect(items.map((i) => i.kind)).toEqual(['alert-fired', 'acknowledged', 'resolution']);
    expect(items[0]?.key).toBe('alert:higherrorrate');
    expect(items[1]?.message).toContain('by Dana');
  });

  it('says who resolved it once when the entry has no incident title', () => {
    const log = {
      log_entries: [
        {
          type: 'resolve_log_entry',
          created_at: '2026-03-04T14:40:00Z',
          summary: 'Resolved by Ada Obi',
          agent: { summary: 'Ada Obi' },
        },
      ],
    };
    expect(pagerduty.read(log, testOptions).items[0]?.message).toBe('PagerDuty incident resolved by Ada Obi');
  });
});
