import type { IncidentDocument, TimelineEvent } from '../domain/index.js';
import { isProductName } from '../language/index.js';
import { type GlossaryEntry, glossaryEntriesIn } from '../playbook/index.js';

// Readers outside engineering (exec and public reports) get the jargon of a report explained where they meet
// it, and only the jargon they meet: an explanation of a term the report never uses is noise.

/** "HighErrorRate" as words: "high error rate"; acronyms keep their capitals ("HTTPErrors" is "HTTP errors"). */
export function alertNameWords(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[-_:.]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (/^[A-Z\d]+$/.test(word) && word.length > 1 ? word : word.toLowerCase()))
    .join(' ');
}

// The alert titles of Alertmanager and PagerDuty, as they reach a timeline: "[FIRING:1] HighErrorRate (payments)",
// "[RESOLVED] HighErrorRate", and debrief's own import "Alert HighErrorRate (service=api) firing: 5xx above 5%".
const bracketTitle = /^\s*\[(FIRING|RESOLVED)(?::\d+)?\]\s*([\w:.-]+)(.*)$/is;
const importedTitle = /^Alert ([\w:.-]+)(.*?) (firing|resolved)(?=$|:)(.*)$/s;
// A CamelCase alert name opening an alert event's summary: "CheckoutErrorRate above 5% for 5m".
const camelOpening = /^([A-Z][a-z\d]+(?:[A-Z][a-z\d]*)+)(?=$|[\s(:,.])/;

/** An alert title as a sentence: "[FIRING:1] HighErrorRate (payments)" is "Alert fired: high error rate (payments)". */
export function plainAlertTitle(summary: string, kind?: TimelineEvent['kind']): string {
  const bracket = bracketTitle.exec(summary);
  if (bracket) {
    const [, state = '', name = '', rest = ''] = bracket;
    return `Alert ${state.toUpperCase() === 'FIRING' ? 'fired' : 'resolved'}: ${alertNameWords(name)}${rest}`;
  }
  const imported = importedTitle.exec(summary);
  if (imported) {
    const [, name = '', which = '', state = '', rest = ''] = imported;
    return `Alert ${state === 'firing' ? 'fired' : 'resolved'}: ${alertNameWords(name)}${which}${rest}`;
  }
  if (kind === 'alert-fired' || kind === 'alert-resolved') {
    const camel = camelOpening.exec(summary);
    // "PagerDuty incident triggered" names a product, not an alert.
    if (camel?.[1] && !isProductName(camel[1])) {
      const words = alertNameWords(camel[1]);
      return `${words.charAt(0).toUpperCase()}${words.slice(1)}${summary.slice(camel[1].length)}`;
    }
  }
  return summary;
}

// Mid-sentence, a term is in lower case ("In plain words, connection pool: …"); an acronym keeps its capitals.
const termInSentence = (term: string) =>
  /^\p{Lu}[\p{Lu}\d]/u.test(term) ? term : term.charAt(0).toLowerCase() + term.slice(1);
const explanation = (entry: GlossaryEntry) => `In plain words, ${termInSentence(entry.term)}: ${entry.exec}`;

// What only an engineer reads in a timeline line: alert label lists ("(instance=10.20.3.14:8080, pod=…)") and
// commit hashes ("(commit 57b305fff1 by Wang)" keeps "(by Wang)").
export const labelList = /\s*\((?:[\w.-]+=[^()\s,]*(?:,\s*)?)+\)/g;
/** A git importer's note, "(commit 57b305fff1 by Wang)"; the author is its first group. */
export const commitNote = /\s*\(commit [0-9a-f]{7,40}(?: by ([^)]+))?\)/g;

/** A timeline line for a reader: the alert title as a sentence, without labels or commit hashes. */
function readerLine(summary: string, kind: TimelineEvent['kind']): string {
  return plainAlertTitle(summary, kind)
    .replace(labelList, '')
    .replace(commitNote, (_found, author: string | undefined) => (author ? ` (by ${author})` : ''))
    .trim();
}

/** Adds the explanations of `entries` (those not explained yet) to a paragraph, and marks them explained. */
function explainIn(text: string, entries: readonly GlossaryEntry[], explained: Set<string>): string {
  const fresh = entries.filter((entry) => !explained.has(entry.id));
  for (const entry of fresh) explained.add(entry.id);
  return [text, ...fresh.map(explanation)].filter((part) => part.trim() !== '').join('\n\n');
}

/**
 * Explains each glossary term the document's published text uses, once, after the first paragraph that uses
 * it, in the order of the Markdown report: the summary (which also carries the terms of the title), the impact,
 * the timeline, each factor, the actions. Timeline lines and action titles cannot hold a paragraph, so the terms
 * first met there are explained at the end of the summary, which comes before them.
 */
export function explainTerms(doc: IncidentDocument): IncidentDocument {
  const explained = new Set<string>();
  const lead = explainIn(doc.summary, glossaryEntriesIn(`${doc.title}\n${doc.summary}`), explained);
  const impact = explainIn(doc.impact.description, glossaryEntriesIn(doc.impact.description), explained);
  const timeline = explainIn(
    '',
    glossaryEntriesIn(doc.timeline.map((event) => event.summary).join('\n')),
    explained,
  );
  const factors = doc.factors.map((factor) => {
    const entries = glossaryEntriesIn(`${factor.title}\n${factor.description}`);
    return { ...factor, description: explainIn(factor.description, entries, explained) };
  });
  const actions = explainIn(
    '',
    glossaryEntriesIn(doc.actions.map((action) => action.title).join('\n')),
    explained,
  );
  const summary = [lead, timeline, actions].filter((part) => part !== '').join('\n\n');
  return { ...doc, summary, impact: { ...doc.impact, description: impact }, factors };
}

/**
 * A document in plain words for readers outside engineering: alert titles as sentences, and each glossary term
 * its text uses explained once, where it is first used.
 */
export function plainWords(doc: IncidentDocument): IncidentDocument {
  const timeline = doc.timeline.map((event) => ({
    ...event,
    summary: readerLine(event.summary, event.kind) || event.summary,
  }));
  return explainTerms({ ...doc, timeline });
}

/** The text a reader of a document sees, for finding which glossary terms it uses. */
export function readerText(doc: IncidentDocument): string {
  return [
    doc.title,
    doc.summary,
    doc.impact.description,
    ...doc.factors.flatMap((factor) => [factor.title, factor.description]),
    ...doc.actions.map((action) => action.title),
    ...doc.timeline.map((event) => event.summary),
    ...doc.wentWell,
    ...doc.gotLucky,
    doc.followUp,
  ].join('\n');
}
