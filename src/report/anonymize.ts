import { escapeRegExp, type IncidentDocument } from '../domain/index.js';
import { mapDocumentText } from './map-text.js';
import { nameReplacer } from './name-replacer.js';
import {
  type ConfiguredPeople,
  type KnownPerson,
  type PeopleRegistry,
  peopleRegistry,
  roleLabelsOf,
  withoutSlackSpellings,
} from './people.js';
import { autolink, markdownLink } from './public-links.js';

/** Each person's role label, keyed by the name the registry knows them by (for tests and the calendar). */
export function roleLabels(doc: IncidentDocument, configured: ConfiguredPeople = {}): Map<string, string> {
  const registry = peopleRegistry(doc, configured);
  const labels = anonymousLabels(doc, registry);
  return new Map([...labels].map(([person, label]) => [person.name, label]));
}

/**
 * The label each person gets in an anonymised `doc`, numbered among the people the document names in the order a
 * reader meets them (title, bottom line, what happened, impact, factors, actions, timeline, then the rest), so
 * "responder 1" comes before "responder 2" (trial 12g G-35).
 */
export function anonymousLabels(doc: IncidentDocument, registry: PeopleRegistry): Map<KnownPerson, string> {
  const named = new Set<KnownPerson>();
  // The replacer asks for every label once as it is built; only what it replaces in the text counts.
  let reading = false;
  const record = nameReplacer(registry, (person) => {
    if (reading) named.add(person);
    return person.name;
  });
  reading = true;
  for (const text of [
    doc.title,
    doc.bluf,
    doc.summary,
    doc.impact.description,
    ...doc.factors.flatMap((factor) => [factor.title, factor.description]),
    ...doc.actions.flatMap((action) => [action.title, action.owner]),
    ...doc.timeline.map((event) => event.summary),
  ])
    record(text);
  mapDocumentText(doc, record);
  return roleLabelsOf(registry, named);
}

// An address a shortened text cut off ("committed by Yael Cohen <yael.cohen@corp.exa…"): what is left of it names
// no one whole, so no label fits it; it goes (trial 12h A-7 read "responder 5 <responder 5…").
const cutAddress = /\s*<[^<>\s]{1,80}…/gu;

/**
 * Replaces every person the incident names (participants, owners, attendees, authors, and the people its evidence
 * and prose name: see `peopleRegistry`) with a stable role label ("the incident commander", "responder 2", "the
 * deploy author") in every field. Teams stay: they name no person. Participants keep their role and lose their
 * address.
 */
export function anonymizeDocument(
  doc: IncidentDocument,
  registry: PeopleRegistry = peopleRegistry(doc),
): IncidentDocument {
  const labels = anonymousLabels(doc, registry);
  const named = nameReplacer(registry, (person) => labels.get(person) ?? 'a responder');
  // One person named twice in a row by two spellings ("Oluwaseun and Adébáyọ̀ wrote notes") is named once, and so
  // is one written as git writes them, name and address ("by the facilitator <the facilitator>").
  const same = [...new Set(labels.values())].map(
    (label) =>
      new RegExp(
        `\\b(${escapeRegExp(label)})(?: (?:and|or|&) ${escapeRegExp(label)}\\b(?!['’]s)| <${escapeRegExp(label)}>)`,
        'giu',
      ),
  );
  const linked = personalLinks(registry);
  const replace = (text: string) =>
    same.reduce((out, pattern) => out.replace(pattern, '$1'), named(linked(text.replace(cutAddress, '…'))));
  // "Bill Post <bill@acme.io>" is one person: the attendee becomes their role alone ("the attendee"), and a
  // calendar invites that role by the address the registry keeps for it (never "the attendee <the attendee>").
  const attendee = (field: string) => {
    const written = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(field.trim());
    return written ? replace(written[1]?.trim() || (written[2] as string)) : field;
  };
  // A chat line's list of its author's spellings would become "(responder 3, responder 3)": the role says it once.
  const timeline = doc.timeline.map((e) =>
    /^slack/.test(e.source) ? { ...e, summary: withoutSlackSpellings(e.summary) } : e,
  );
  // Who added an event is an account ("cli:mjohnson", a web user name): their label when the registry knows them,
  // else "a responder"; debrief's own writers ("import", "system") name no one.
  const known = new Set([...labels.values()].map((label) => label.toLowerCase()));
  const authorLabel = (author: string) => {
    if (/^(?:import|system)$/.test(author)) return author;
    const said = replace(author.replace(/^cli:/, ''));
    return known.has(said.toLowerCase()) ? said : 'a responder';
  };
  const anonymized = mapDocumentText(
    { ...doc, timeline, reviews: doc.reviews.map((r) => ({ ...r, attendees: r.attendees.map(attendee) })) },
    replace,
  );
  return {
    ...anonymized,
    participants: anonymized.participants.map(({ email: _email, ...rest }) => rest),
    timeline: anonymized.timeline.map((e) => ({
      ...e,
      origins: e.origins.map((o) => (o.author === undefined ? o : { ...o, author: authorLabel(o.author) })),
    })),
  };
}

/**
 * Links that would name someone an anonymised report calls by role (trial 12g G-25): a link to an address, or to a
 * page whose address spells a person's login or name, keeps only its words (which the roles then replace); an
 * address autolink is the address. Other links stay whole.
 */
function personalLinks(registry: PeopleRegistry): (text: string) => string {
  const spellings = registry.people
    .flatMap((person) => [person.name, ...person.aliases, ...(person.logins ?? [])])
    .flatMap((spelling) => {
      const local = spelling.split('@')[0] ?? '';
      const dotted = local.toLowerCase().replace(/\s+/g, '.');
      return dotted.length >= 4 ? [dotted, dotted.replace(/\./g, '-'), dotted.replace(/\./g, '_')] : [];
    });
  const names = (target: string) => {
    const lower = target.toLowerCase();
    return /^mailto:/.test(lower) || spellings.some((s) => lower.includes(s));
  };
  // The links the public view reads ("[mail Grace](mailto:gmay@…)", "<mailto:gmay@…>"), read here the same way.
  return (text) =>
    text
      .replace(markdownLink, (found, _image: string, words: string, target: string) =>
        names(target) ? words.trim() || 'a link' : found,
      )
      .replace(autolink, (found, target: string) =>
        /^mailto:/i.test(target) ? target.replace(/^mailto:/i, '') : found,
      );
}
