import { describe, expect, it } from 'vitest';
import { credentialKinds, credentialMark, withoutCredentials } from './credentials.js';

describe('credentials in incident text', () => {
  it('finds and removes keys, tokens, webhook addresses and passwords, keeping what says what they were', () => {
    const cases: Array<[string, string, string]> = [
      [
        'The API key AKIAIOSFODNN7EXAMPLE was rotated.',
        'an AWS access key',
        `The API key ${credentialMark} was rotated.`,
      ],
      [
        'Log in with password=Hunter2!xyz first.',
        'a password or secret',
        `Log in with password=${credentialMark} first.`,
      ],
      [
        'It used postgres://dns:s3cr3tP4ss@10.1.2.3:5432/zones.',
        'a password in an address',
        `It used ${credentialMark}.`,
      ],
      [
        'Posted to https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX now.',
        'a Slack webhook address',
        `Posted to ${credentialMark} now.`,
      ],
      [
        'CI used ghp_16C7e42F292c6912E7710c838347Ae178B4a today.',
        'a GitHub token',
        `CI used ${credentialMark} today.`,
      ],
      [
        'The consul ACL token is s.9fXk2LmQ7vPz.',
        'a password or secret',
        `The consul ACL token is ${credentialMark}.`,
      ],
      [
        'Authorization: Bearer abcdef0123456789xyz was logged.',
        'a bearer token',
        `Authorization: Bearer ${credentialMark} was logged.`,
      ],
    ];
    for (const [text, kind, cleaned] of cases) {
      expect(credentialKinds(text), text).toContain(kind);
      expect(withoutCredentials(text), text).toBe(cleaned);
    }
  });

  it('leaves words about credentials, placeholders and look-alikes as written', () => {
    for (const text of [
      'The API key was rotated and the token is expired.',
      'Set the password policy to require 12 characters.',
      'The token bucket refills at 100 requests per second.',
      'See ${DB_PASSWORD} in the chart; password: <redacted>.',
      'Rotate the access key for the billing bucket.',
      'The pass rate dropped to 91% on the release.',
      `The key reads ${credentialMark} already.`,
    ]) {
      expect(credentialKinds(text), text).toEqual([]);
      expect(withoutCredentials(text), text).toBe(text);
    }
  });
});
