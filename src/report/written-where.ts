import type { IncidentDocument } from '../domain/index.js';

/**
 * Where in the incident the author wrote a phrase a finding quotes: the field, or the record by its id ("the
 * summary", "factor FAC-…", "action ACT-…", "timeline event EVT-…"), so a refused report says what to edit rather
 * than only a position in a text the author never sees (trial 24). Undefined when the report reworded the phrase
 * (a name said as "an engineer") and no field holds it as written.
 */
export function writtenWhere(doc: IncidentDocument, phrase: string): string | undefined {
  const needle = phrase.trim().toLowerCase();
  if (needle.length < 3) return undefined;
  return (
    whereHeld(doc, (text) => text?.toLowerCase().includes(needle) ?? false) ??
    asNamedBefore(doc, needle) ??
    mostOfItsWords(doc, needle)
  );
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/**
 * A whole sentence the report reworded (the learned model's findings quote one; trial 25 F6): the field that holds
 * three in four of its longer words, when it has four or more of them.
 */
function mostOfItsWords(doc: IncidentDocument, needle: string): string | undefined {
  const wanted = [...wordsOf(needle)];
  if (wanted.length < 4) return undefined;
  return whereHeld(doc, (text) => {
    if (text === undefined) return false;
    const held = wordsOf(text);
    return wanted.filter((word) => held.has(word)).length * 4 >= wanted.length * 3;
  });
}

/** The role labels anonymisation and redaction put where a person was: "an engineer", "responder 2", "the scribe". */
export const placeholderRoles =
  'facilitator|incident commander|scribe|responder|stakeholder|attendee|deploy author|rollback author|change author|on-call engineer|action owner|engineer';
// The words a report puts where a person's name was ("Make an engineer double-check", trial 26 F5).
const placeholder = new RegExp(String.raw`\b(?:an? )?(?:the )?(?:${placeholderRoles})(?: \d+)?\b`, 'gu');

/** A phrase the report wrote with a placeholder for a name, found where the author wrote the name itself. */
function asNamedBefore(doc: IncidentDocument, needle: string): string | undefined {
  if (!new RegExp(placeholder.source, 'u').test(needle)) return undefined;
  const parts = needle.split(placeholder).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(parts.join("[\\p{L}\\p{M}'’.-]+(?: [\\p{L}\\p{M}'’.-]+){0,2}?"), 'iu');
  return whereHeld(doc, (text) => (text === undefined ? false : pattern.test(text)));
}

function whereHeld(doc: IncidentDocument, holds: (text: string | undefined) => boolean): string | undefined {
  const fields: Array<[string, string | undefined]> = [
    ['the title', doc.title],
    ['the bottom line', doc.bluf],
    ['the summary', doc.summary],
    ['the impact', doc.impact.description],
    ['the cost', doc.impact.cost],
    ['the SLA', doc.impact.sla],
    ['the decision or support requested', doc.ask],
  ];
  for (const [name, text] of fields) if (holds(text)) return name;
  const factor = doc.factors.find((f) => holds(f.title) || holds(f.description));
  if (factor) return `factor ${factor.id}`;
  const action = doc.actions.find((a) => holds(a.title));
  if (action) return `action ${action.id}`;
  const event = doc.timeline.find((e) => holds(e.summary));
  if (event) return `timeline event ${event.id}`;
  if (doc.wentWell.some(holds)) return 'what went well';
  if (doc.gotLucky.some(holds)) return 'where we got lucky';
  if (holds(doc.followUp)) return 'the follow-up';
  const section = doc.extraSections.find((s) => holds(s.heading) || holds(s.body));
  return section ? `the section "${section.heading}"` : undefined;
}
