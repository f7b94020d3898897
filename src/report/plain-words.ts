import {
  changeWithoutAuthor,
  commitNote,
  type IncidentDocument,
  ownerName,
  type TimelineEvent,
} from '../domain/index.js';
import { isProductName, personNameSpans } from '../language/index.js';
import { firstMentionOf, type GlossaryEntry, glossaryEntriesIn } from '../playbook/index.js';
import { businessFacts } from './business-impact.js';
import { impactFacts } from './impact-facts.js';
import { withoutBracketedQueries, withoutMachineMessage } from './machine-message.js';
import { mapDocumentText } from './map-text.js';
import type { ReaderAudience } from './markdown/reader.js';
import { pagerdutyWords } from './pagerduty-words.js';
import { alertNameWords, withoutHandles } from './reader-phrases.js';
import { sameWords, wordsHeading } from './words-section.js';

export { alertNameWords };

// Readers outside engineering (exec and public reports) get the jargon of a report explained where they meet
// it, and only the jargon they meet: an explanation of a term the report never uses is noise.

// The alert titles of Alertmanager and PagerDuty, as they reach a timeline: "[FIRING:1] HighErrorRate (payments)",
// "[RESOLVED] HighErrorRate", and debrief's own import "Alert HighErrorRate (service=api) firing: 5xx above 5%".
const bracketTitle = /^\s*\[(FIRING|RESOLVED)(?::\d+)?\]\s*([\w.-]+(?::[\w.-]+)*)(.*)$/is;
const importedTitle = /^Alert ([\w:.-]+)(.*?) (firing|fired|resolved)(?=$|[:\s])(.*)$/s;
// A CamelCase alert name opening an alert event's summary: "CheckoutErrorRate above 5% for 5m".
const camelOpening = /^([A-Z][a-z\d]+(?:[A-Z][a-z\d]*)+)(?=$|[\s(:,.])/;

/** An alert title as a sentence: "[FIRING:1] HighErrorRate (payments)" is "Alert fired: high error rate (payments)". */
export function plainAlertTitle(summary: string, kind?: TimelineEvent['kind']): string {
  const bracket = bracketTitle.exec(summary);
  if (bracket) {
    const [, state = '', name = '', rest = ''] = bracket;
    // "[FIRING:1] OrdersP99High: p99 above 2s" keeps the colon between name and condition (trial 18b B-9).
    // "[FIRING:1] LagHigh fired in #alerts" says its state once (trial 18c).
    const said = rest.replace(/^\s+(?:fired|firing|resolved)\b/i, '');
    return `Alert ${state.toUpperCase() === 'FIRING' ? 'fired' : 'resolved'}: ${alertNameWords(name)}${said}`;
  }
  const imported = importedTitle.exec(summary);
  if (imported) {
    const [, name = '', which = '', state = '', rest = ''] = imported;
    return `Alert ${state === 'resolved' ? 'resolved' : 'fired'}: ${alertNameWords(name)}${which}${rest}`;
  }
  if (kind === 'alert-fired' || kind === 'alert-resolved') {
    const camel = camelOpening.exec(summary);
    // "PagerDuty incident triggered" names a product, not an alert.
    if (camel?.[1] && !isProductName(camel[1])) {
      const words = alertNameWords(camel[1]);
      // "PaymentsP95LatencyHigh fired" is "Alert fired: payments P95 latency high".
      const state = /^\s+(fired|firing|resolved)\b(.*)$/s.exec(summary.slice(camel[1].length));
      if (state) return `Alert ${state[1] === 'resolved' ? 'resolved' : 'fired'}: ${words}${state[2] ?? ''}`;
      return `${words.charAt(0).toUpperCase()}${words.slice(1)}${summary.slice(camel[1].length)}`;
    }
  }
  return summary;
}

// A term with capitals inside (PgBouncer, RUST_BACKTRACE, OOM kill) is written as the glossary has it; any other
// as the paragraph spells it ("Kubernetes", "readiness probe"), or in lower case mid-sentence when the paragraph
// meets it by another name ("In plain words, connection pool: …").
function termInSentence(entry: GlossaryEntry, paragraph: string): string {
  const term = entry.term;
  // "N+1 query" keeps its capital: a letter standing alone is a symbol, not a word's first letter.
  if (!/^\p{Lu}[^\p{Lu}]*$/u.test(term) || /^\p{Lu}(?!\p{L})/u.test(term)) return term;
  const spelled = firstMentionOf(paragraph, entry);
  if (spelled !== undefined && sameWords(spelled, term)) return spelled;
  return term.charAt(0).toLowerCase() + term.slice(1);
}
// Headed by the words the paragraph uses, with the glossary's term after them when that is other words: "In plain
// words, reverted (rollback): Undoing a recent change …", as the closing "Words in this report" heads its entries.
const explanation = (entry: GlossaryEntry, paragraph: string) => {
  const heading = wordsHeading(paragraph, entry);
  // The term alone heads it when the words met are a clause a log pattern found ("pool was exhausted", "readiness
  // probe failed") rather than a name, or hold a colon ("tokio::spawn") that would end the heading early.
  const clause =
    heading.written.includes(':') ||
    /\b(?:was|were|is|are|been|failed|fails|exceeded|hit|ran|went|got)\b/i.test(heading.written) ||
    heading.written.toLowerCase().includes(entry.term.toLowerCase());
  const term = clause ? undefined : heading.term;
  const said = term === undefined ? termInSentence(entry, paragraph) : heading.written;
  const also = term === undefined ? '' : ` (${termInSentence(entry, '')})`;
  return `In plain words, ${said}${also}: ${entry.exec}`;
};

/**
 * At most this many terms are explained after one paragraph: more would stack a wall of notes between two
 * paragraphs; the rest are explained where the reader meets them next, else in "Words in this report".
 */
const glossesPerParagraph = 3;

// What only an engineer reads in a timeline line: alert label lists ("(instance=10.20.3.14:8080, pod=…)") and
// commit hashes ("(commit 57b305fff1 by Wang)" keeps "(by Wang)").
export const labelList = /\s*\((?:[\w.-]+=[^()\s,]*(?:,\s*)?)+\)/g;
// An alert's label set as Prometheus writes it, after the name or a space: `LedgerWriteErrors{service="ledger-writer"}`,
// "KafkaConsumerLagHigh {topic="ledger.events",group="ledger-writer"}" (trial 18c kept the second).
export const labelSet =
  /(?<=[\w)])\s?\{\s*[a-zA-Z_]\w*\s*(?:=~|!~|!=|=)\s*"[^"\n]*"(?:\s*,\s*[a-zA-Z_]\w*\s*(?:=~|!~|!=|=)\s*"[^"\n]*")*\s*,?\s*\}/g;

// An alert title inside a line: "PagerDuty incident acknowledged by Dana: [FIRING:2] HighErrorRate (checkout-api)".
const innerTitle = /\[(?:FIRING|RESOLVED)(?::\d+)?\]\s*([\w:.-]+)(?:\s*\([^()]*\))?/g;

// Lines an alerting tool wrote, which may quote a machine message.
const alertingKinds = new Set<TimelineEvent['kind']>([
  'alert-fired',
  'alert-resolved',
  'page',
  'acknowledged',
]);

/**
 * A timeline line for a reader: the alert title as a sentence, without labels, commit hashes or the machine message
 * an alert quotes.
 */
function readerLine(summary: string, kind: TimelineEvent['kind']): string {
  const change = changeKinds.has(kind);
  const title = change
    ? changeWithoutAuthor(summary, personNameSpans(summary).find((span) => span.start === 0)?.name)
    : plainAlertTitle(pagerdutyWords(summary), kind);
  const line = withoutHandles(
    (alertingKinds.has(kind) ? withoutMachineMessage(title) : title)
      .replace(innerTitle, (_found, name: string) => alertNameWords(name))
      .replace(labelList, '')
      .replace(labelSet, '')
      .replace(commitNote, (_found, author: string | undefined) =>
        author ? ` (by ${author.replace(/\s*<[^<>]*>$/, '')})` : '',
      ),
  )
    // "Deploy payments-api 4f2a9c1e7b": a hash after what was changed is the engineers' (trial 18f F-5); one after
    // "deploy", "commit" or "revert" is said in words later (spokenNames).
    .replace(bareHash, (found, before: string, hash: string) =>
      change && /\d/.test(hash) && /[a-f]/.test(hash) && !hashNoun.test(before) ? before : found,
    );
  // A credit the labels or the hash stood after ("… by jnowak [env=prod]") goes once they are gone.
  return (change ? changeWithoutAuthor(line) : line).trim();
}

// A change's author beside it, in a reader's timeline, singles out whoever shipped the change that failed: readers
// learn what changed, not who typed it (`changeWithoutAuthor`).
const changeKinds = new Set<TimelineEvent['kind']>(['deploy', 'config-change', 'flag-change', 'rollback']);
const bareHash = /([\p{L}\p{N}._-]+)\s+([0-9a-f]{7,40})(?![\p{L}\p{N}_-])/gu;
const hashNoun = /^(?:deploy|deployment|release|build|rollout|revert|reverted|commit|to)$/i;

/**
 * Walks a report's text in the order a reader meets it. A term met first in a paragraph is explained right after
 * that paragraph; a term met first where no explanation fits (the title, the bottom line, a list, a label) is left
 * for "Words in this report" at the end (words-section.ts) and not explained again further down.
 */
class Glosser {
  private readonly met = new Set<string>();

  /** Notes the terms of text that cannot hold an explanation. */
  see(text: string): void {
    for (const entry of glossaryEntriesIn(text)) this.met.add(entry.id);
  }

  /** Explains each term met first in a paragraph of `text` (after `heading`, seen with it) after that paragraph. */
  explain(text: string, heading = ''): string {
    if (text.trim() === '') {
      this.see(heading);
      return text;
    }
    const paragraphs = text.split(/\n[ \t]*\n/);
    return paragraphs
      .map((paragraph, index) => {
        const words = index === 0 && heading !== '' ? `${heading}\n${paragraph}` : paragraph;
        const at = (entry: GlossaryEntry) => {
          const spelled = firstMentionOf(words, entry);
          return spelled === undefined ? words.length : words.indexOf(spelled);
        };
        const fresh = glossaryEntriesIn(words)
          .filter((entry) => !this.met.has(entry.id))
          .sort((a, b) => at(a) - at(b))
          .slice(0, glossesPerParagraph);
        for (const entry of fresh) this.met.add(entry.id);
        return [paragraph, ...fresh.map((entry) => explanation(entry, words))].join('\n\n');
      })
      .join('\n\n');
  }
}

/**
 * Explains each glossary term the document's published text uses, once, where a reader first meets it, in the
 * order of the audience's report (reader.ts and html.ts): for executives the bottom line, the business block, what
 * happened, the impact, each factor, the actions and the timeline; for the public the bottom line, what happened,
 * the impact, the timeline, the factors and what is changing. `lead` is the bottom line the report opens with.
 */
export function explainTerms(
  doc: IncidentDocument,
  audience: ReaderAudience = 'exec',
  lead = doc.bluf,
): IncidentDocument {
  const glosser = new Glosser();
  glosser.see(`${doc.title}\n${lead}\n${doc.services.join(', ')}`);
  const impact = () => {
    glosser.see(
      impactFacts(doc)
        .map(([label]) => label)
        .join('\n'),
    );
    return glosser.explain(doc.impact.description);
  };
  const factors = () =>
    doc.factors.map((factor) => ({
      ...factor,
      // The title is the heading right above the description: explained beside it.
      description: glosser.explain(factor.description, factor.title),
    }));
  const seeTimeline = () => glosser.see(doc.timeline.map((event) => event.summary).join('\n'));
  const seeActions = () => glosser.see(doc.actions.map((action) => action.title).join('\n'));
  if (audience === 'public') {
    const summary = glosser.explain(doc.summary);
    const description = impact();
    seeTimeline();
    const explainedFactors = factors();
    seeActions();
    const followUp = glosser.explain(doc.followUp);
    return {
      ...doc,
      summary,
      impact: { ...doc.impact, description },
      factors: explainedFactors,
      followUp,
    };
  }
  // The business block, between the bottom line and what happened, is a list.
  glosser.see(
    businessFacts(doc, 'exec')
      .map((fact) => fact.text)
      .join('\n'),
  );
  const summary = glosser.explain(doc.summary);
  const description = impact();
  const explainedFactors = factors();
  seeActions();
  seeTimeline();
  glosser.see([...doc.wentWell, ...doc.gotLucky].join('\n'));
  const followUp = glosser.explain(doc.followUp);
  return {
    ...doc,
    summary,
    impact: { ...doc.impact, description },
    factors: explainedFactors,
    followUp,
  };
}

/**
 * A document in plain words for readers outside engineering: alert titles as sentences, and each glossary term
 * its text uses explained once, where the reader first meets it (see explainTerms).
 */
export function plainWords(
  doc: IncidentDocument,
  audience: ReaderAudience = 'exec',
  lead?: string,
): IncidentDocument {
  // An executive knows people by name: a handle or login a participant answers to is that participant ("PagerDuty
  // paged @hiro.t" is "PagerDuty paged Hiroshi Tanaka", trial 29). The public's names are gone before this.
  const named = (line: string) =>
    audience === 'exec' ? line.replace(handleOrLogin, (found) => ownerName(found, doc.participants)) : line;
  // Every text once, the timeline's included, before its lines are made readable.
  const written = audience === 'exec' ? mapDocumentText(doc, named) : doc;
  const timeline = written.timeline.map((event) => ({
    ...event,
    summary: readerLine(event.summary, event.kind) || event.summary,
  }));
  // An action's alert query is for engineers: what it watches is said by the words before it.
  const actions = written.actions.map((action) => ({
    ...action,
    title: withoutBracketedQueries(action.title) || action.title,
  }));
  return explainTerms({ ...written, timeline, actions }, audience, lead ?? written.bluf);
}

// A chat handle ("@hiro.t") or a login with a dot or underscore ("chidi.o"), not part of an address or a file name.
const handleOrLogin =
  /(?<![\p{L}\p{N}_@./-])(?:@[\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}]|\p{Ll}[\p{Ll}\p{N}]*[._]\p{Ll}[\p{Ll}\p{N}]*)(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])/gu;

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
