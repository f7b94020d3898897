import { describe, expect, it } from 'vitest';
import { pagerdutyWords } from './pagerduty-words.js';

describe('PagerDuty lines in a reader’s words (trial 12c C-15)', () => {
  it.each([
    [
      'PagerDuty paged (pay-api (prod)): Notified Mei-Ling Chen by SMS.',
      'PagerDuty notified Mei-Ling Chen by SMS',
    ],
    [
      'PagerDuty paged (Mei-Ling Chen): Escalated to Grant Page by escalation policy PX12ABC.',
      'PagerDuty escalated the page to Grant Page',
    ],
    [
      'PagerDuty incident triggered: [#2291] pay api high error rate',
      'PagerDuty raised the alert: pay api high error rate',
    ],
    ['PagerDuty incident triggered: an alert', 'PagerDuty raised an alert'],
    [
      'PagerDuty incident acknowledged by Mei-Ling Chen: [#2291] pay api high error rate',
      'Mei-Ling Chen acknowledged the page',
    ],
    ['PagerDuty incident acknowledged by an engineer: an alert', 'An engineer acknowledged the page'],
    ['PagerDuty incident resolved by Bill May: [#2291] x', 'Bill May resolved the PagerDuty incident'],
    ['PagerDuty incident resolved', 'The PagerDuty incident was resolved'],
    ['PagerDuty paged (svc): Assigned to Ana.', 'PagerDuty: Assigned to Ana.'],
    ['Deploy pay-api v2', 'Deploy pay-api v2'],
  ])('%s', (line, expected) => {
    expect(pagerdutyWords(line)).toBe(expected);
  });
});
