import { firstMentionOf, type GlossaryEntry, glossaryEntriesIn } from '../playbook/index.js';
import { explainedInPlace } from './business-impact.js';
import { codeNamesIn } from './code-names.js';
import { escapeHtml } from './html-escape.js';
import { escapeProse, readerMarkdownText } from './markdown/escape.js';
import { htmlToText } from './published-text.js';
import { technicalWordsIn } from './technical-words.js';

const explainedPattern = /In plain words, ([^:\n]+):/g;
/** A text without its "In plain words" notes: the words it leaves to its closing section. */
const withoutGlosses = (text: string) => text.replace(/In plain words, [^\n]*/g, '');
const heading = 'Words in this report';

/** Glossary terms a reader's text uses that no "In plain words" note explains: debrief's own labels included. */
export function unexplainedTerms(text: string): GlossaryEntry[] {
  // "In plain words, pool size (connection pool):" explains the connection pool; "In plain words, error-rate:" the
  // error rate (trial 18b B-6 listed it again at the end).
  const explained = new Set(
    [...text.matchAll(explainedPattern)].map((m) => wordsKey(/\(([^()]+)\)\s*$/.exec(m[1]!)?.[1] ?? m[1]!)),
  );
  const rest = withoutGlosses(text);
  return glossaryEntriesIn(rest).filter(
    (entry) => !explained.has(wordsKey(entry.term)) && !explainedInPlace[entry.id]?.test(text),
  );
}

/**
 * The words a report uses for a glossary entry: the name it first meets the entry by, spelled as the text spells it
 * ("Kubernetes", "p95", "max_conns", "pgxpool" for Connection pool, "503s" for HTTP 5xx, "SEV2" for Severity), so a
 * reader finds the word they met; the entry's term when the text names it nowhere.
 */
export function spellingIn(text: string, entry: GlossaryEntry): string {
  return firstMentionOf(text, entry) ?? entry.term;
}

/** A spelling's words, for comparing: "readiness-probe" and "Readiness probe" are "readiness probe". */
const wordsKey = (spelling: string) =>
  spelling
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** Whether two spellings are the same words ("readiness-probe" is "Readiness probe"). */
export const sameWords = (a: string, b: string) => wordsKey(a) === wordsKey(b);

/**
 * How "Words in this report" heads a term: by the words the report uses for it, then the glossary's term when that
 * is other words ("pool size (Connection pool)", "SEV1 (Severity)"), so a reader finds what they met; the plain words
 * under it need no "(written … here)" note then.
 */
export function wordsHeading(text: string, entry: GlossaryEntry): { written: string; term?: string } {
  const spelling = spellingIn(text, entry);
  return sameWords(spelling, entry.term) || sameWords(spelling, `${entry.term}s`)
    ? { written: entry.term }
    : { written: spelling, term: entry.term };
}

/**
 * The terms a reader's Markdown leaves unexplained, each with its plain words, and the names from code and other
 * technical words it can only list: what its closing section holds, read once (the JSON report carries them).
 */
export function wordsToExplain(
  markdown: string,
  people: readonly string[] = [],
): {
  words: Array<{ term: string; explanation: string }>;
  codeNames: string[];
  technicalWords: string[];
} {
  const text = readerMarkdownText(markdown);
  const unexplained = withoutGlosses(text);
  return {
    // Headed as the Markdown heads it: "p95 (Percentile latency)", "Datadog (Monitoring tool)" (trial 18d read a term
    // in the JSON that the Markdown headed by the word written).
    words: unexplainedTerms(text).map((entry) => {
      const { written, term } = wordsHeading(text, entry);
      return { term: term ? `${written} (${term})` : written, explanation: entry.exec };
    }),
    codeNames: codeNamesIn(unexplained),
    technicalWords: technicalWordsIn(unexplained, people),
  };
}

// The HTML page names severity, date and status in its header; the Markdown in its closing line. Read in the
// closing line in both, so their words list their terms in one order.
const pageMeta = /<p class="meta">[\s\S]*?<\/p>/;

/** The words of an HTML report, in the Markdown's order, with its code spans marked as the Markdown marks them. */
function htmlWords(html: string): string {
  const meta = pageMeta.exec(html)?.[0] ?? '';
  const body = html.replace(pageMeta, '');
  const footer = body.lastIndexOf('<footer>');
  const ordered = footer < 0 ? body + meta : body.slice(0, footer) + meta + body.slice(footer);
  return htmlToText(ordered.replace(/<\/?code>/g, '`'));
}

const codeHeading = 'Names from our code';
const codeNote =
  'names of parts of our software and systems, as engineers write them; ask the engineering team what they do if it matters to you.';
const technicalHeading = 'Other technical words';
const technicalNote =
  'words engineers use for tools, products, settings and sizes that this report does not explain; ask the engineering team what they mean if it matters to you.';

/**
 * Ends a reader's report (exec or public) with the plain words of every glossary term it uses and has not
 * explained where the term appears: the labels debrief writes itself ("Time to detect", "Severity") and words
 * in headings. Names from code the glossary does not know (`retry_budget_ms`, resp.Body.Close) are listed
 * after them, then other technical words nothing explains (GKE, 512Mi, staticcheck: technical-words.ts), so none
 * is left silently; the caller gets both too (`codeNames`, `technicalWords`), to tell the author. The section
 * goes before the closing line, so every term a reader meets is explained once.
 */
export function withWordsExplained(
  text: string,
  format: 'md' | 'html',
  audience: 'engineering' | 'exec' | 'public' = 'exec',
  people: readonly string[] = [],
): { text: string; codeNames: string[]; technicalWords: string[] } {
  // What the reader sees: names are found in the words shown, not in the escapes that keep them as typed, and a
  // code span is one in either format.
  const plain = format === 'html' ? htmlWords(text) : readerMarkdownText(text);
  const missing = unexplainedTerms(plain);
  const unexplained = withoutGlosses(plain);
  const found = codeNamesIn(unexplained);
  const technicalWords = technicalWordsIn(unexplained, people);
  // The public is never sent to our engineers: a name from code or a technical word its view still holds is the
  // author's to reword (the caller warns with `codeNames` and `technicalWords`), not a list for a status-page reader.
  const codeNames = audience === 'public' ? [] : found;
  const technical = audience === 'public' ? [] : technicalWords;
  const result = (done: string) => ({ text: done, codeNames: found, technicalWords });
  if (missing.length === 0 && codeNames.length === 0 && technical.length === 0) return result(text);
  if (format === 'html') {
    const code = [
      codeNames.length > 0
        ? `<dt>${codeHeading}</dt><dd>${codeNames.map((name) => `<code>${escapeHtml(name)}</code>`).join(', ')}: ${escapeHtml(codeNote)}</dd>`
        : '',
      technical.length > 0
        ? `<dt>${technicalHeading}</dt><dd>${technical.map(escapeHtml).join(', ')}: ${escapeHtml(technicalNote)}</dd>`
        : '',
    ].join('');
    const items = missing
      .map((entry) => {
        const { written, term } = wordsHeading(plain, entry);
        return `<dt>${escapeHtml(written)}${term ? ` (${escapeHtml(term)})` : ''}</dt><dd>${escapeHtml(entry.exec)}</dd>`;
      })
      .join('');
    const section = `<section class="words">\n<h2>${heading}</h2>\n<dl>${items}${code}</dl>\n</section>\n`;
    // Before the closing line, as in the Markdown.
    const footer = text.lastIndexOf('<footer>');
    const end = footer >= 0 ? footer : text.lastIndexOf('</main>');
    return result(end < 0 ? text + section : text.slice(0, end) + section + text.slice(end));
  }
  const section = [
    `## ${heading}`,
    '',
    ...missing.map((entry) => {
      const { written, term } = wordsHeading(plain, entry);
      return `- **${escapeProse(written)}**${term ? ` (${escapeProse(term)})` : ''}: ${escapeProse(entry.exec)}`;
    }),
    ...(codeNames.length > 0
      ? [`- **${codeHeading}**: ${codeNames.map((name) => `\`${name}\``).join(', ')}: ${codeNote}`]
      : []),
    ...(technical.length > 0
      ? [`- **${technicalHeading}**: ${technical.map(escapeProse).join(', ')}: ${technicalNote}`]
      : []),
  ].join('\n');
  const trimmed = text.replace(/\s+$/, '');
  const lastBreak = trimmed.lastIndexOf('\n\n');
  const closing = trimmed.slice(lastBreak + 2);
  if (lastBreak > 0 && closing.includes('Generated by debrief'))
    return result(`${trimmed.slice(0, lastBreak)}\n\n${section}\n\n${closing}\n`);
  return result(`${trimmed}\n\n${section}\n`);
}
