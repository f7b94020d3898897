import { invalidInput } from '../domain/index.js';

let common: Promise<ReadonlySet<string>> | undefined;

/**
 * The most common passwords of public breach corpora (about 49,000, from zxcvbn-ts's common list, MIT), lower-cased.
 * Loaded on first use, so a server that never creates an account never reads it.
 */
function commonPasswords(): Promise<ReadonlySet<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map((word) => word.toLowerCase())),
  );
  return common;
}

/** The shortest part that, repeated, makes the whole text (`abab` → `ab`); the text itself when none does. */
function repeatedUnit(text: string): string {
  return /^(.+?)\1+$/s.exec(text)?.[1] ?? text;
}

/**
 * Why a password would be easy to guess, or undefined when it is not: one of the common breached passwords (also
 * repeated, as in `trustno1trustno1`), a character or short run repeated (`aaaaaaaaaa`), or the username in it,
 * forwards or backwards. Length is checked by the schema before this.
 */
export async function weakPasswordReason(password: string, username: string): Promise<string | undefined> {
  const lower = password.toLowerCase();
  const unit = repeatedUnit(lower);
  const list = await commonPasswords();
  // A common word dressed with a few digits or marks at either end (`Password1!`, `!qwerty2024`) is as common.
  const core = /^[\d\W_]{0,4}(.*?)[\d\W_]{0,4}$/s.exec(lower)?.[1] ?? lower;
  if (list.has(lower) || list.has(unit) || list.has(lower.trim()) || (core.length >= 4 && list.has(core))) {
    return 'is one of the most common passwords, found in public breach lists; choose a longer phrase of your own';
  }
  if (unit.length <= 4 || new Set(lower).size < 4) {
    return 'repeats a few characters; choose a phrase with more variety';
  }
  const name = username.toLowerCase();
  if (name.length >= 3 && (lower.includes(name) || lower.includes([...name].reverse().join('')))) {
    return 'contains the username; choose one that does not';
  }
  // The username's parts in another order (`smith.alice` for alice.smith).
  const parts = name.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length >= 3);
  if (parts.length > 1 && parts.every((part) => lower.includes(part))) {
    return 'contains the username; choose one that does not';
  }
  return undefined;
}

/** Throws invalid_input (`password: …`) when the password is easy to guess; see `weakPasswordReason`. */
export async function checkPassword(password: string, username: string): Promise<void> {
  const reason = await weakPasswordReason(password, username);
  if (reason) throw invalidInput(`password: the password ${reason}`, [`password: the password ${reason}`]);
}
