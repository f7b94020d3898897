import {
  type AgentKind,
  buildRoster,
  classifySpan,
  clauseSubject,
  type Roster,
  subjectBefore,
} from './agents.js';
import { fasterBoundaries } from './boundaries.js';
import { breaksIdentifier, clauseEnd, widenToIdentifiers, withCode } from './code-words.js';
import { type CueIndex, indexCues, markCues, type Wanted, wantedFor } from './cues.js';
import { directiveFilter } from './directives.js';
import { judgedAgent } from './judged.js';
import { isLearnedFinding, learnedAdvice, learnedModelId, learnedReading, learnedRuleId } from './learned.js';
import { type ProseBlock, scanDocument } from './markdown.js';
import { lineStarts, positionOf } from './positions.js';
import { type AgentNeed, type AgentPlace, defaultSeverity, type Rule } from './rule.js';
import { rules as allRules } from './rules.js';
import {
  homonymSpans,
  insideAny,
  isMention,
  overlaps,
  quotedAcrossSentences,
  quotedSpans,
  type Span,
} from './sentence-context.js';
import { type SentenceRange, splitSentences } from './sentences.js';
import { type AnalyzeOptions, type Category, type Finding, precedence } from './types.js';

/** No spans: shared by every sentence outside a quotation of several sentences (nothing changes it). */
const noSpans: readonly Span[] = [];

interface CompiledRule {
  rule: Rule;
  rank: number;
  /** The search pattern, made on first use (see `patternOf`); with match indices when it has named groups. */
  pattern: RegExp | undefined;
  hasGroups: boolean;
  unicode: string;
  place: AgentPlace;
}

// Building a RegExp parses its source, and V8 compiles it on first use; both cost tens of milliseconds over all
// rules. A rule's pattern is only built when a sentence carries its cue, so a short file pays for a few rules.
// One pattern per rule, indices included: a second, sticky copy for the indices would be compiled twice.
function patternOf(compiled: CompiledRule): RegExp {
  compiled.pattern ??= new RegExp(
    fasterBoundaries(compiled.rule.pattern.source),
    `g${compiled.hasGroups ? 'd' : ''}${compiled.unicode}`,
  );
  return compiled.pattern;
}

interface RuleSet {
  rules: CompiledRule[];
  cues: CueIndex;
}

const ruleSets = new Map<string, RuleSet>();
let everyRule: RuleSet | undefined;

/** Whether a rule is named by a list of rule ids or category ids. */
/**
 * Whether the learned model may speak (for a category, once it has read one): as a rule of id
 * "<category>/learned-model", chosen or switched off by that id, by its category, or by "learned-model".
 */
function learnedWanted(options: AnalyzeOptions, category?: Category): boolean {
  // Before a reading there is no category yet: any category or learned id chosen may still let it speak.
  const chosen = (name: string) =>
    name === learnedModelId ||
    (category === undefined
      ? !name.includes('/') || isLearnedFinding({ ruleId: name })
      : name === category || name === learnedRuleId(category));
  const switchedOff = (name: string) =>
    name === learnedModelId ||
    (category !== undefined && (name === category || name === learnedRuleId(category)));
  if (options.rules !== undefined && !options.rules.some(chosen)) return false;
  return !options.disable?.some(switchedOff);
}

function named(list: readonly string[], rule: Rule): boolean {
  return list.some((name) => name === rule.id || name === rule.category);
}

/** The compiled rules `options` select, cached: the editor re-analyses on every keystroke. */
function ruleSetFor(options: AnalyzeOptions): RuleSet {
  // Most calls choose every rule: skip building the key (a lint of an archive analyses file after file).
  const every = options.rules === undefined && options.disable === undefined;
  if (every && everyRule) return everyRule;
  const chosen = allRules.filter(
    (rule) =>
      (options.rules === undefined || named(options.rules, rule)) &&
      !(options.disable !== undefined && named(options.disable, rule)),
  );
  const key = chosen.map((rule) => rule.id).join(' ');
  const cached = ruleSets.get(key);
  if (cached) return cached;
  const compiledRules: CompiledRule[] = chosen
    .map(
      (rule): CompiledRule => ({
        rule,
        rank: precedence(rule.category),
        pattern: undefined,
        hasGroups: /\(\?<[a-z]/.test(rule.pattern.source),
        unicode: /\\p\{|\\u/.test(rule.pattern.source) ? 'u' : '',
        place: rule.agentAt ?? (rule.pattern.source.includes('(?<agent>') ? 'group' : 'before'),
      }),
    )
    .sort((a, b) => a.rank - b.rank);
  const set: RuleSet = {
    rules: compiledRules,
    cues: indexCues(compiledRules.map((compiled) => compiled.rule)),
  };
  ruleSets.set(key, set);
  if (every) everyRule = set;
  return set;
}

/** Lower-cases without changing the length (a few characters grow when lower-cased; those stay as they are). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

function satisfies(kind: AgentKind, need: AgentNeed): boolean {
  if (need === 'person') return kind === 'person' || kind === 'possessed';
  if (need === 'person-or-none') return kind === 'person' || kind === 'possessed' || kind === 'none';
  return kind !== 'system';
}

interface Candidate {
  compiled: CompiledRule;
  span: Span;
  groups: Record<string, string>;
  /** What follows the rewritten clause in the sentence (", so the restore failed."), kept by the rewrite. */
  after: string;
  /** Found once stronger findings' words were set aside: its rewrite would miss them, so it offers none. */
  further?: boolean;
}

/** Finds the primary blame construction of one sentence, or undefined when it reads as neutral. */
function judgeSentence(
  lower: string,
  cased: string,
  source: string,
  set: RuleSet,
  wanted: Wanted,
  roster: Roster,
  outerQuotes: readonly Span[] = [],
): Candidate | undefined {
  // Quotes, homonyms and mention frames are only looked at once some rule has matched.
  let quotes: Span[] | undefined;
  let homonyms: Span[] | undefined;
  let best: Candidate | undefined;
  for (let k = 0; k < wanted.count; k++) {
    const compiled = set.rules[wanted.list[k] ?? 0] as CompiledRule;
    const { rule } = compiled;
    if (best && compiled.rank >= best.compiled.rank) break;
    let excepted: boolean | undefined;
    const pattern = patternOf(compiled);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      excepted ??= rule.unless?.test(lower) ?? false;
      if (excepted) break;
      if (quotes === undefined) {
        if (isMention(lower)) return undefined;
        quotes = outerQuotes.length === 0 ? quotedSpans(cased) : quotedSpans(cased).concat(outerQuotes);
        homonyms = homonymSpans(lower);
      }
      const spanIndices = m.indices?.groups?.span;
      const span = spanIndices
        ? { start: spanIndices[0], end: spanIndices[1] }
        : { start: m.index, end: m.index + m[0].length };
      if (insideAny(span, quotes ?? []) || (homonyms ?? []).some((h) => overlaps(h, span))) continue;
      if (rule.agent && !satisfies(agentOf(compiled, m, lower, cased, roster), rule.agent)) continue;
      // The named groups only feed a rewrite; it quotes backticked code as written.
      const groups: Record<string, string> = {};
      let after = '';
      if (rule.rewrite) {
        const withSource = withCode(cased, source);
        for (const [name, where] of Object.entries(m.indices?.groups ?? {})) {
          if (!where) continue;
          // The pattern bounds `tail` for speed; it stands for the rest of the clause, so it runs to its end (found
          // in the masked text, where a comma inside backticked code is no clause break).
          const end = name === 'tail' ? clauseEnd(cased, where[1]) : where[1];
          groups[name] = withSource.slice(where[0], end).replace(/\s+/g, ' ');
          if (name === 'tail') after = withSource.slice(end).replace(/\s+/g, ' ').trimEnd();
        }
      }
      best = { compiled, span: widenToIdentifiers(span, cased), groups, after };
      break;
    }
  }
  return best;
}

function agentOf(
  compiled: CompiledRule,
  m: RegExpExecArray,
  lower: string,
  cased: string,
  roster: Roster,
): AgentKind {
  if (compiled.place === 'group') {
    // A pattern of several alternatives names its agent group agent, agent2, agent3 …: the one that took part.
    const groups = m.indices?.groups ?? {};
    const where = Object.entries(groups).find(
      ([name, at]) => at !== undefined && /^agent\d*$/.test(name),
    )?.[1];
    return where ? classifySpan(lower, cased, 0, where[0], where[1], roster) : 'none';
  }
  if (compiled.place === 'clause') return clauseSubject(lower, cased, 0, m.index, roster);
  if (compiled.place === 'judged') return judgedAgent(lower, cased, m.index, m.index + m[0].length, roster);
  return subjectBefore(lower, cased, 0, m.index, roster);
}

/** Analyses Markdown or plain text and returns its blame findings, one per sentence at most, in reading order. */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  const set = ruleSetFor(options);
  const doc = scanDocument(text);
  const lowerDoc = lowerSameLength(doc.masked);
  const roster = buildRoster([...(options.people ?? []), ...doc.speakers], options.teams ?? []);
  const allow = (options.allow ?? []).map((phrase) => phrase.toLowerCase()).filter((phrase) => phrase !== '');
  let starts: number[] | undefined;
  const isDisabled = directiveFilter(doc.directives);
  const lineOffset = (options.firstLine ?? 1) - 1;
  const wanted = wantedFor(set.rules.length);
  const findings: Finding[] = [];
  const learnedOn = learnedWanted(options);
  // A sentence no rule flagged, read by the learned model (learned.ts) when one was provided.
  const learned = (sentence: SentenceRange) => {
    const cased = doc.masked.slice(sentence.start, sentence.end);
    const lower = lowerDoc.slice(sentence.start, sentence.end);
    // Blame quoted or mentioned to be set aside ("We're not here to find someone to blame", “Someone made a
    // mistake.” as what a facilitator will hear) is not asserted: the rules leave it alone, and so does the model.
    const said = unquoted(cased);
    if (said === undefined || isMention(lower)) return;
    const reading = learnedReading(said);
    if (!reading || !learnedWanted(options, reading.category)) return;
    const lead = cased.length - cased.trimStart().length;
    const span = { start: lead, end: cased.trimEnd().length };
    if (allow.length > 0 && allowed(lower, span, allow)) return;
    starts ??= lineStarts(text);
    const from = positionOf(starts, sentence.start + span.start);
    const to = positionOf(starts, sentence.start + span.end);
    const ruleId = learnedRuleId(reading.category);
    if (isDisabled(ruleId, from.line) || isDisabled(learnedModelId, from.line)) return;
    const advice = learnedAdvice[reading.category];
    findings.push({
      ruleId,
      category: reading.category,
      severity: 'warning',
      message: advice.message,
      line: from.line + lineOffset,
      column: from.column,
      endLine: to.line + lineOffset,
      endColumn: to.column,
      text: text.slice(sentence.start + span.start, sentence.start + span.end),
      suggestions: [advice.suggestion],
      question: advice.question,
    });
  };
  // Indexed loops, not for…of, here and in what runs per sentence: a lint runs this code mostly before V8 has
  // optimised it, and there each step of an iterator is a call and an object.
  const { blocks } = doc;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as ProseBlock;
    let across: Span[] | undefined;
    const sentences = splitSentences(doc.masked, block.start, block.end);
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s] as SentenceRange;
      const lower = lowerDoc.slice(sentence.start, sentence.end);
      if (!markCues(lower, set.cues, wanted)) {
        if (learnedOn) learned(sentence);
        continue;
      }
      // A quotation of several sentences, as offsets into this sentence.
      across ??= quotedAcrossSentences(doc.masked.slice(block.start, block.end)).map((span) => ({
        start: span.start + block.start,
        end: span.end + block.start,
      }));
      const outerQuotes =
        across.length === 0
          ? noSpans
          : across
              .filter((span) => span.start < sentence.end && span.end > sentence.start)
              .map((span) => ({ start: span.start - sentence.start, end: span.end - sentence.start }));
      const cased = doc.masked.slice(sentence.start, sentence.end);
      const source = text.slice(sentence.start, sentence.end);
      const founds = sentenceFindings(
        lower,
        cased,
        source,
        set,
        wanted,
        roster,
        options.every === true,
        outerQuotes,
      );
      if (founds.length === 0 && learnedOn) learned(sentence);
      for (let f = 0; f < founds.length; f++) {
        const found = founds[f] as Candidate;
        if (allow.length > 0 && allowed(lower, found.span, allow)) continue;
        starts ??= lineStarts(text);
        const from = positionOf(starts, sentence.start + found.span.start);
        const to = positionOf(starts, sentence.start + found.span.end);
        const { rule } = found.compiled;
        if (isDisabled(rule.id, from.line)) continue;
        const rewrite = found.further ? undefined : rewriteOf(rule, found, cased, source);
        findings.push({
          ruleId: rule.id,
          category: rule.category,
          severity: rule.severity ?? defaultSeverity[rule.category],
          message: rule.message,
          line: from.line + lineOffset,
          column: from.column,
          endLine: to.line + lineOffset,
          endColumn: to.column,
          text: text.slice(sentence.start + found.span.start, sentence.start + found.span.end),
          suggestions: rewrite ? [rewrite, ...rule.suggestions] : [...rule.suggestions],
          question: rule.question,
        });
      }
    }
  }
  return findings;
}

/**
 * The sentence without its quoted words, which are mentioned, not said (a quotation left open runs to the end:
 * “But someone did make a mistake.); undefined when the sentence is a quotation or mostly one.
 */
function unquoted(cased: string): string | undefined {
  const text = cased.trim();
  if (/^["“‘'«]/.test(text) || /["”’'»][.!?]?$/.test(text)) return undefined;
  let out = cased;
  const spans = quotedSpans(cased);
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i] as Span;
    out = `${out.slice(0, span.start)} ${out.slice(span.end)}`;
  }
  const open = out.lastIndexOf('“');
  if (open >= 0 && !out.includes('”', open)) out = out.slice(0, open);
  return out.trim().length * 2 > text.length ? out : undefined;
}

/** Words of a sentence blanked out (same length), so the sentence is judged again without them. */
function blank(text: string, span: Span): string {
  return text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
}

/**
 * The sentence's strongest finding, or with `every` also the ones found once its words are set aside, each on
 * words of its own (at most four), in reading order.
 */
function sentenceFindings(
  lower: string,
  cased: string,
  source: string,
  set: RuleSet,
  wanted: Wanted,
  roster: Roster,
  every: boolean,
  outerQuotes: readonly Span[],
): Candidate[] {
  const found: Candidate[] = [];
  let l = lower;
  let c = cased;
  for (let round = 0; round < (every ? 4 : 1); round++) {
    if (round > 0 && !markCues(l, set.cues, wanted)) break;
    const next = judgeSentence(l, c, source, set, wanted, roster, outerQuotes);
    if (!next || found.some((f) => overlaps(f.span, next.span))) break;
    found.push(round > 0 ? { ...next, further: true } : next);
    l = blank(l, next.span);
    c = blank(c, next.span);
  }
  return found.length > 1 ? found.sort((a, b) => a.span.start - b.span.start) : found;
}

/**
 * The rule's rewrite of the sentence, with what follows the rewritten clause kept ("The runbook was not updated,
 * so the restore failed."), unless it would break a code identifier (then there is none).
 */
function rewriteOf(rule: Rule, found: Candidate, cased: string, source: string): string | undefined {
  let rewrite = rule.rewrite?.(found.groups, withCode(cased, source));
  if (rewrite === undefined || breaksIdentifier(rewrite, source)) return undefined;
  if (/^[,;]\s*\S/.test(found.after) && rewrite.endsWith('.'))
    rewrite = `${rewrite.slice(0, -1)}${found.after}${/[.!?]$/.test(found.after) ? '' : '.'}`;
  return rewrite;
}

function allowed(lower: string, span: Span, phrases: readonly string[]): boolean {
  for (const phrase of phrases) {
    for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
      if (overlaps({ start: i, end: i + phrase.length }, span)) return true;
    }
  }
  return false;
}
