import { describe, expect, it } from 'vitest';
import { readerPhrases, spokenNames } from './reader-phrases.js';

describe('names said aloud', () => {
  it('says an alert name in words', () => {
    expect(spokenNames('HighErrorRate fired.')).toBe('High error rate fired.');
  });

  // Trial 12b T12-9: "policy P9ABC12" was read as the alert name "P9 ABC12".
  it('leaves an id in capitals and digits as written', () => {
    expect(spokenNames('PagerDuty escalated via policy P9ABC12 and service PX7K2QZ.')).toBe(
      'PagerDuty escalated via policy P9ABC12 and service PX7K2QZ.',
    );
  });
});

describe('an alert rule’s hold clause named as a thing (trial 18f F-4, F-11)', () => {
  it.each([
    [
      'The alert has a `for: 5m` clause, so it waited.',
      'The alert has a hold time of 5 minutes, so it waited.',
    ],
    ['The alert fired with for: 10m.', 'The alert fired with a hold time of 10 minutes.'],
    ['We cut the `for: 10m` clause to 2m.', 'We cut the hold time from 10 minutes to 2 minutes.'],
    ['Its for: 5m duration hid the spike.', 'Its hold time of 5 minutes hid the spike.'],
    ['p95 above 2s for: 5m paged us.', 'p95 above 2s for 5 minutes paged us.'],
  ])('%s', (text, expected) => {
    expect(readerPhrases(text)).toBe(expected);
  });
});
