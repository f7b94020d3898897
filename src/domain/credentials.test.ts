import { describe, expect, it } from 'vitest';
import {
  credentialKinds,
  credentialMark,
  withoutCredentials,
  withoutCredentialsOrKeys,
} from './credentials.js';

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
    // Settings' names with the word inside them, an address with no user, and a full stop kept (trial 22).
    cases.push(
      [
        'AWS_SECRET_ACCESS_KEY=Zx9Ab8Cd7Ef6Gh5Ij4Kl3 set.',
        'a password or secret',
        `AWS_SECRET_ACCESS_KEY=${credentialMark} set.`,
      ],
      [
        'It read DB_PASSWORD=H4ppyD4ys2026 first.',
        'a password or secret',
        `It read DB_PASSWORD=${credentialMark} first.`,
      ],
      [
        'It used redis://:Sup3rS3cretPw@cache-1.internal:6379/0 then.',
        'a password in an address',
        `It used ${credentialMark} then.`,
      ],
      ['Sent Bearer abcdef0123456789a6978. Then', 'a bearer token', `Sent Bearer ${credentialMark}. Then`],
    );
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
      'See {{DB_PASSWORD}} in the chart; password: <redacted>.',
      'Rotate the access key for the billing bucket.',
      'The pass rate dropped to 91% on the release.',
      'Raised MAX_TOKENS=409600 and TOKEN_TTL=300s.',
      `The key reads ${credentialMark} already.`,
    ]) {
      expect(credentialKinds(text), text).toEqual([]);
      expect(withoutCredentials(text), text).toBe(text);
    }
  });
});

// A reader's report says the removed value alone (trial 23): a setting's name beside the mark would be read as a
// setting of its own.
describe('a removed credential without its key', () => {
  it('drops the name before the mark, and leaves a text with no credential as it was', () => {
    expect(withoutCredentialsOrKeys('Tried DB_PASSWORD=hunter2Secret9 on the replica.')).toBe(
      `Tried ${credentialMark} on the replica.`,
    );
    expect(withoutCredentialsOrKeys('Set TIMEOUT_MS=500 on the replica.')).toBe(
      'Set TIMEOUT_MS=500 on the replica.',
    );
  });

  it('ends a value at a code mark, so the mark stays (trial 27 F13)', () => {
    expect(
      withoutCredentialsOrKeys('Ran `vault kv put secret/x api_key=AQEyhmfxLI3MaBZGw0m/n3Q5` at 10:02.'),
    ).toBe(`Ran \`vault kv put secret/x ${credentialMark}\` at 10:02.`);
  });
});
