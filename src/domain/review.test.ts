import { describe, expect, it } from 'vitest';
import { parseWith } from './index.js';
import { isAttendee, reviewFieldsSchema } from './review.js';

describe('attendees', () => {
  it('takes names, addresses and "Name <address>"', () => {
    for (const ok of [
      'Dana Whitfield',
      'dana@example.com',
      'Dana <dana@example.com>',
      'Ngozi Okonkwo-Adeyemi',
      '@dana',
    ])
      expect(isAttendee(ok), ok).toBe(true);
  });

  it('refuses text that tries to be an address and is not one, naming it', () => {
    for (const bad of [
      'dana@',
      '@dana@x',
      'Dana <dana>',
      'Dana <dana@example.com',
      'a@b@c.example',
      'x <y@z.example> <w@v.example>',
    ])
      expect(isAttendee(bad), bad).toBe(false);
    expect(() =>
      parseWith(
        reviewFieldsSchema,
        { scheduledAt: '2026-03-06T10:00:00Z', attendees: ['Dana Whitfield', 'kenji@'] },
        'review',
      ),
    ).toThrow(/attendees\[1\].*"kenji@", which is not an address an invitation can go to/);
  });
});
