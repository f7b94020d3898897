import { describe, expect, it } from 'vitest';
import { actionFieldsSchema } from './action.js';

describe('an action', () => {
  it('takes an http or https tracker link', () => {
    const parsed = actionFieldsSchema.parse({
      title: 'Add a canary',
      trackerUrl: 'https://jira.example.com/OPS-12',
    });
    expect(parsed.trackerUrl).toBe('https://jira.example.com/OPS-12');
  });

  it('refuses a tracker link that is not a web URL, saying what is accepted', () => {
    for (const bad of ['not a url', 'javascript:alert(1)', 'ftp://host/x', 'https://']) {
      const result = actionFieldsSchema.safeParse({ title: 'Add a canary', trackerUrl: bad });
      expect(result.error?.issues[0]?.message).toBe(
        `expected an http:// or https:// URL, got ${JSON.stringify(bad)}`,
      );
    }
  });
});
