import type { IncidentDocument, ParticipantRole } from '../domain/index.js';
import { mapDocumentText } from './map-text.js';

const roleNames: Record<ParticipantRole, string> = {
  facilitator: 'Facilitator',
  'incident-commander': 'Incident commander',
  scribe: 'Scribe',
  responder: 'Responder',
  stakeholder: 'Stakeholder',
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Maps every person the document names (participants, action owners, event authors, review attendees) to a
 * role label. Roles held by several people are numbered in the order they appear, so "Responder 2" is the same
 * person everywhere in the report.
 */
export function roleLabels(doc: IncidentDocument): Map<string, string> {
  const people: Array<{ name: string; role: ParticipantRole | 'owner' | 'participant' }> = [];
  const seen = new Set<string>();
  const add = (name: string, role: ParticipantRole | 'owner' | 'participant') => {
    const key = name.trim();
    // Team names ("SRE team") name no person and stay as they are.
    if (key === '' || seen.has(key.toLowerCase()) || /\bteam\b/i.test(key)) return;
    seen.add(key.toLowerCase());
    people.push({ name: key, role });
  };
  for (const p of doc.participants) add(p.name, p.role);
  for (const a of doc.actions) add(a.owner, 'owner');
  for (const e of doc.timeline) for (const o of e.origins) if (o.author) add(o.author, 'participant');
  for (const r of doc.reviews) for (const a of r.attendees) if (!a.includes('@')) add(a, 'participant');

  const totals = new Map<string, number>();
  const label = (role: string) =>
    role === 'owner' ? 'Owner' : role === 'participant' ? 'Participant' : roleNames[role as ParticipantRole];
  for (const p of people) totals.set(label(p.role), (totals.get(label(p.role)) ?? 0) + 1);
  const counters = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const p of people) {
    const base = label(p.role);
    const n = (counters.get(base) ?? 0) + 1;
    counters.set(base, n);
    labels.set(p.name, (totals.get(base) ?? 0) > 1 ? `${base} ${n}` : base);
  }
  return labels;
}

/**
 * Replaces people's names (full names, e-mail addresses, and first names where unambiguous) with their roles
 * throughout the document. Team names used as action owners ("SRE team") stay, since they name no person.
 */
export function anonymizeDocument(doc: IncidentDocument): IncidentDocument {
  const labels = roleLabels(doc);
  const replacements: Array<[RegExp, string]> = [];
  const emails = new Map(doc.participants.flatMap((p) => (p.email ? [[p.email, p.name] as const] : [])));
  for (const [email, name] of emails) {
    const label = labels.get(name);
    if (label) replacements.push([new RegExp(escapeRegExp(email), 'gi'), label]);
  }
  const firstNames = new Map<string, string[]>();
  for (const name of labels.keys()) {
    const first = name.split(/\s+/)[0]!;
    if (first !== name && first.length >= 3) firstNames.set(first, [...(firstNames.get(first) ?? []), name]);
  }
  // Longest names first, so "Sam Okafor" is replaced whole before a bare "Sam" could match inside it.
  const names = [...labels.keys()].sort((a, b) => b.length - a.length);
  for (const name of names)
    replacements.push([
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'),
      labels.get(name)!,
    ]);
  for (const [first, owners] of firstNames) {
    if (owners.length === 1) {
      replacements.push([
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(first)}(?![\\p{L}\\p{N}])`, 'gu'),
        labels.get(owners[0]!)!,
      ]);
    }
  }
  const anonymized = mapDocumentText(doc, (text) =>
    replacements.reduce((out, [pattern, label]) => out.replace(pattern, label), text),
  );
  return {
    ...anonymized,
    participants: anonymized.participants.map(({ email: _email, ...rest }) => rest),
  };
}
