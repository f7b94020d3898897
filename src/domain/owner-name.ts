import type { Participant } from './incident.js';

/**
 * An action's owner as a person is named: a chat handle ("@priya", "@priya.r") is the one participant whose first
 * name or e-mail address it spells, so the script reads "Priya Raghunathan", not "at priya" (trial 21 F23), and the
 * executive's bottom line names the person, not a login. A handle no participant answers to stays as written.
 */
export function ownerName(
  owner: string,
  participants: readonly Pick<Participant, 'name' | 'email'>[],
): string {
  const handle = /^@([\p{L}\p{N}._-]+)$/u.exec(owner.trim())?.[1]?.toLowerCase();
  if (!handle) return owner;
  const flat = (text: string) => text.toLowerCase().replace(/[._-]/g, '');
  const matches = participants.filter((person) => {
    const first = person.name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    const local = person.email?.split('@')[0]?.toLowerCase() ?? '';
    return first === handle || (local !== '' && (local === handle || flat(local) === flat(handle)));
  });
  return matches.length === 1 ? (matches[0] as Pick<Participant, 'name'>).name : owner;
}
