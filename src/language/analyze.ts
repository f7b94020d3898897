import {
  type AgentKind,
  buildRoster,
  classifySpan,
  clauseSubject,
  type Roster,
  subjectBefore,
} from './agents.js';
import { directiveFilter } from './directives.js';
import { scanDocument } from './markdown.js';
import { lineStarts, positionOf } from './positions.js';
import { type AgentNeed, defaultSeverity, type Rule } from './rule.js';
import { rules as allRules } from './rules.js';
import { homonymSpans, insideAny, isMention, overlaps, quotedSpans, type Span } from './sentence-context.js';
import { splitSentences } from './sentences.js';
import { type AnalyzeOptions, type Finding, precedence } from './types.js';

interface CompiledRule {
  rule: Rule;
  rank: number;
  /** The search pattern, without match indices (they are slow to build). */
  pattern: RegExp;
  /** The same pattern, sticky and with indices, re-run only where the search found a match (if it has groups). */
  detail: RegExp | undefined;
  place: 'before' | 'group' | 'clause';
}

interface RuleSet {
  rules: CompiledRule[];
  /** Cue prefixes keyed by their first two letters, each with the index of its rule. */
  cues: Map<string, Array<{ prefix: string; rule: number }>>;
}

/** Indexes every rule's cue prefixes by their first two letters. */
function indexCues(rules: readonly CompiledRule[]): RuleSet['cues'] {
  const cues: RuleSet['cues'] = new Map();
  rules.forEach((compiled, rule) => {
    for (const alternative of compiled.rule.cue.split('|')) {
      const prefix = alternative.trim().split(' ')[0] ?? '';
      if (prefix.length < 2)
        throw new Error(`rule ${compiled.rule.id}: cue "${alternative}" is shorter than two letters`);
      const key = prefix.slice(0, 2);
      const list = cues.get(key) ?? [];
      list.push({ prefix, rule });
      cues.set(key, list);
    }
  });
  return cues;
}

const wordPattern = /[a-z0-9][a-z0-9'’_-]*/g;

// Endings a short cue may carry and still count ("care" → "cared", "didn" → "didn't").
const shortCueEndings = new Set(['s', 'es', 'ed', 'd', 'ing', 'ly', "'s", '’s', "n't", 'n’t', "'t", '’t']);

/** Whether a word carries a cue: cues of five letters or more are prefixes, shorter ones whole words. */
function carries(word: string, cue: string): boolean {
  if (!word.startsWith(cue)) return false;
  return cue.length >= 5 || word.length === cue.length || shortCueEndings.has(word.slice(cue.length));
}

function markWord(word: string, cues: RuleSet['cues'], wanted: Uint8Array): boolean {
  const list = cues.get(word.slice(0, 2));
  let any = false;
  if (list) {
    for (const { prefix, rule } of list) {
      if (carries(word, prefix)) {
        wanted[rule] = 1;
        any = true;
      }
    }
  }
  return any;
}

/** Marks in `wanted` the rules whose cue occurs in the sentence; returns whether any does. */
function markCues(lower: string, cues: RuleSet['cues'], wanted: Uint8Array): boolean {
  wanted.fill(0);
  let any = false;
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(lower); m; m = wordPattern.exec(lower)) {
    const word = m[0];
    if (markWord(word, cues, wanted)) any = true;
    if (word.includes('-'))
      for (const part of word.split('-')) if (part !== '' && markWord(part, cues, wanted)) any = true;
  }
  return any;
}

const ruleSets = new Map<string, RuleSet>();

/** Whether a rule is named by a list of rule ids or category ids. */
function named(list: readonly string[], rule: Rule): boolean {
  return list.some((name) => name === rule.id || name === rule.category);
}

/** The compiled rules `options` select, cached: the editor re-analyses on every keystroke. */
function ruleSetFor(options: AnalyzeOptions): RuleSet {
  const chosen = allRules.filter(
    (rule) =>
      (options.rules === undefined || named(options.rules, rule)) &&
      !(options.disable !== undefined && named(options.disable, rule)),
  );
  const key = chosen.map((rule) => rule.id).join(' ');
  const cached = ruleSets.get(key);
  if (cached) return cached;
  const compiledRules: CompiledRule[] = chosen
    .map((rule) => {
      const unicode = /\\p\{|\\u/.test(rule.pattern.source) ? 'u' : '';
      return {
        rule,
        rank: precedence(rule.category),
        pattern: new RegExp(rule.pattern.source, `g${unicode}`),
        detail: /\(\?<[a-z]/.test(rule.pattern.source)
          ? new RegExp(rule.pattern.source, `yd${unicode}`)
          : undefined,
        place: rule.agentAt ?? (rule.pattern.source.includes('(?<agent>') ? 'group' : 'before'),
      } satisfies CompiledRule;
    })
    .sort((a, b) => a.rank - b.rank);
  const set: RuleSet = { rules: compiledRules, cues: indexCues(compiledRules) };
  ruleSets.set(key, set);
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
}

/** Finds the primary blame construction of one sentence, or undefined when it reads as neutral. */
function judgeSentence(
  lower: string,
  cased: string,
  set: RuleSet,
  wanted: Uint8Array,
  roster: Roster,
): Candidate | undefined {
  // Quotes, homonyms and mention frames are only looked at once some rule has matched.
  let quotes: Span[] | undefined;
  let homonyms: Span[] | undefined;
  let best: Candidate | undefined;
  for (let index = 0; index < set.rules.length; index++) {
    if (wanted[index] === 0) continue;
    const compiled = set.rules[index] as CompiledRule;
    const { rule } = compiled;
    if (best && compiled.rank >= best.compiled.rank) break;
    let excepted: boolean | undefined;
    const pattern = compiled.pattern;
    pattern.lastIndex = 0;
    for (let found = pattern.exec(lower); found; found = pattern.exec(lower)) {
      if (found[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      excepted ??= rule.unless?.test(lower) ?? false;
      if (excepted) break;
      let m: RegExpExecArray | null = found;
      if (compiled.detail) {
        compiled.detail.lastIndex = found.index;
        m = compiled.detail.exec(lower);
        if (!m) continue;
      }
      if (quotes === undefined) {
        if (isMention(lower)) return undefined;
        quotes = quotedSpans(cased);
        homonyms = homonymSpans(lower);
      }
      const spanIndices = m.indices?.groups?.span;
      const span = spanIndices
        ? { start: spanIndices[0], end: spanIndices[1] }
        : { start: m.index, end: m.index + m[0].length };
      if (insideAny(span, quotes ?? []) || (homonyms ?? []).some((h) => overlaps(h, span))) continue;
      if (rule.agent && !satisfies(agentOf(compiled, m, lower, cased, roster), rule.agent)) continue;
      const groups: Record<string, string> = {};
      for (const [name, where] of Object.entries(m.indices?.groups ?? {})) {
        if (where) groups[name] = cased.slice(where[0], where[1]).replace(/\s+/g, ' ');
      }
      best = { compiled, span, groups };
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
    const where = m.indices?.groups?.agent ?? m.indices?.groups?.agent2;
    return where ? classifySpan(lower, cased, 0, where[0], where[1], roster) : 'none';
  }
  if (compiled.place === 'clause') return clauseSubject(lower, cased, 0, m.index, roster);
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
  const wanted = new Uint8Array(set.rules.length);
  const findings: Finding[] = [];
  for (const block of doc.blocks) {
    for (const sentence of splitSentences(doc.masked, block.start, block.end)) {
      const lower = lowerDoc.slice(sentence.start, sentence.end);
      if (!markCues(lower, set.cues, wanted)) continue;
      const cased = doc.masked.slice(sentence.start, sentence.end);
      const found = judgeSentence(lower, cased, set, wanted, roster);
      if (!found) continue;
      if (allow.length > 0 && allowed(lower, found.span, allow)) continue;
      starts ??= lineStarts(text);
      const from = positionOf(starts, sentence.start + found.span.start);
      const to = positionOf(starts, sentence.start + found.span.end);
      const { rule } = found.compiled;
      if (isDisabled(rule.id, from.line)) continue;
      const rewrite = rule.rewrite?.(found.groups, cased);
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
  return findings;
}

function allowed(lower: string, span: Span, phrases: readonly string[]): boolean {
  for (const phrase of phrases) {
    for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
      if (overlaps({ start: i, end: i + phrase.length }, span)) return true;
    }
  }
  return false;
}
