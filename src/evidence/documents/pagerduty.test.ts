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

  it("keeps a note's text and who wrote it, not only that a note was added", () => {
    const log = {
      log_entries: [
        {
          type: 'annotate_log_entry',
          created_at: '2026-03-04T14:20:00Z',
          summary: 'Note added by Ada Obi',
          agent: { id: 'PU2', type: 'user_reference', summary: 'Ada Obi' },
          channel: {
            type: 'note',
            summary: 'pool saturated on pay-api-3',
            content: 'pool saturated on pay-api-3, raising max_conns',
          },
        },
        {
          type: 'annotate_log_entry',
          created_at: '2026-03-04T14:21:00Z',
          summary: 'Note added by Ada Obi',
          agent: { summary: 'Ada Obi' },
          channel: { type: 'note', summary: 'rolled back' },
        },
      ],
    };
    expect(pagerduty.read(log, testOptions).items.map((i) => [i.kind, i.message])).toEqual([
      ['note', 'PagerDuty note by Ada Obi: pool saturated on pay-api-3, raising max_conns'],
      ['note', 'PagerDuty note by Ada Obi: rolled back'],
    ]);
  });
});
