import { describe, expect, it } from 'vitest';
import { weakPasswordReason } from './password-policy.js';

describe('weakPasswordReason', () => {
  it('refuses the common breached passwords, in any case and repeated', async () => {
    const dressed = ['Password1!', '!Qwerty2024', 'Sunshine99?'];
    for (const password of [
      'password12',
      'Password1234',
      'qwertyuiop',
      'iloveyou12',
      'trustno1trustno1',
      ...dressed,
    ]) {
      expect(await weakPasswordReason(password, 'ana')).toMatch(/most common passwords/);
    }
  });

  it('refuses a character or a short run repeated', async () => {
    expect(await weakPasswordReason('aaaaaaaaaa', 'ana')).toMatch(/repeats a few characters/);
    expect(await weakPasswordReason('xyzxyzxyzxyz', 'ana')).toMatch(/repeats a few characters/);
    expect(await weakPasswordReason('ababababcb', 'ana')).toMatch(/repeats a few characters/);
  });

  it('refuses the username in the password, forwards or backwards', async () => {
    expect(await weakPasswordReason('mlopez-on-call-2026', 'mlopez')).toMatch(/contains the username/);
    expect(await weakPasswordReason('MLOPEZ rotates keys', 'mlopez')).toMatch(/contains the username/);
    expect(await weakPasswordReason('zepolm rotates keys', 'mlopez')).toMatch(/contains the username/);
    expect(await weakPasswordReason('smith.alice', 'alice.smith')).toMatch(/contains the username/);
  });

  it('accepts a phrase of one’s own', async () => {
    expect(await weakPasswordReason('correct horse battery', 'ada')).toBeUndefined();
    expect(await weakPasswordReason('pager at 3am, again', 'mlopez')).toBeUndefined();
  });
});
