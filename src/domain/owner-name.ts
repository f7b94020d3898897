import type { Participant } from './incident.js';

// Letters without their accents and in lower case: "María José" and "maria.jose" spell the same words.
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * An action's owner as a person is named: a chat handle ("@priya", "@priya.r", "@maria.jose") or a login written
 * with a dot or underscore ("kofi.m") is the one participant whose e-mail address it is or whose name it spells
 * (a first name alone; a name word and the start of another; all the words run together), accents aside. So the
 * script reads "Priya Raghunathan", not "at priya" (trial 21 F23), and the executive's report names the person, not
 * a login. A handle no participant answers to, or two do, stays as written.
 */
export function ownerName(
  owner: string,
  participants: readonly Pick<Participant, 'name' | 'email'>[],
): string {
  const written = owner.trim();
  const handle = (
    /^@([\p{L}\p{N}._-]+)$/u.exec(written)?.[1] ??
    (/^\p{Ll}[\p{Ll}\p{N}]*[._]\p{Ll}[\p{Ll}\p{N}._]*$/u.test(written) ? written : undefined)
  )?.toLowerCase();
  if (!handle) return owner;
  const flat = (text: string) => plain(text).replace(/[._-]/g, '');
  const parts = plain(handle)
    .split(/[._-]+/)
    .filter(Boolean);
  const matches = participants.filter((person) => {
    const words = plain(person.name).trim().split(/\s+/);
    const local = person.email?.split('@')[0]?.toLowerCase() ?? '';
    if (local !== '' && (local === handle || flat(local) === flat(handle))) return true;
    if (parts.length === 1) return parts[0] === words[0] || (words.length > 1 && parts[0] === words.join(''));
    const [first, second] = parts as [string, string];
    // "maria.jose", "kofi.m", "hiro.t" (a given name shortened, as handles are).
    const given = (word: string) => word === first || (first.length >= 3 && word.startsWith(first));
    return (
      parts.length === 2 &&
      words.some((word, i) => given(word) && words.some((other, j) => j !== i && other.startsWith(second)))
    );
  });
  return matches.length === 1 ? (matches[0] as Pick<Participant, 'name'>).name : owner;
}
