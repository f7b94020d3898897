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
  const holds = (text: string | undefined) => text?.toLowerCase().includes(needle) ?? false;
  const fields: Array<[string, string | undefined]> = [
    ['the title', doc.title],
    ['the bottom line', doc.bluf],
    ['the summary', doc.summary],
    ['the impact', doc.impact.description],
    ['the cost', doc.impact.cost],
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
