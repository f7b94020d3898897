import { describe, expect, it } from 'vitest';
import { spokenNames } from './reader-phrases.js';

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
