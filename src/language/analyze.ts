import { type AgentKind, buildRoster, clauseSubject, classifySpan, type Roster, subjectBefore } from './agents.js';
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
  cue: RegExp;
  pattern: RegExp;
  place: 'before' | 'group' | 'clause';
}

interface RuleSet {
  rules: CompiledRule[];
  prefilter: RegExp;
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
  const set: RuleSet = {
    rules: chosen.map((rule) => ({
      rule,
      cue: new RegExp(`\\b(?:${rule.cue})`),
      pattern: new RegExp(rule.pattern.source, 'gdu'),
      place: rule.agentAt ?? (rule.pattern.source.includes('(?<agent>') ? 'group' : 'before'),
    })),
    prefilter: new RegExp(
      chosen.length === 0 ? '(?!)' : `\\b(?:${chosen.map((rule) => rule.cue).join('|')})`,
      'g',
    ),
  };
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
function judgeSentence(lower: string, cased: string, set: RuleSet, roster: Roster): Candidate | undefined {
  if (isMention(lower)) return undefined;
  const quotes = quotedSpans(cased);
  const homonyms = homonymSpans(lower);
  let best: Candidate | undefined;
  for (const compiled of set.rules) {
    const { rule } = compiled;
    if (best && precedence(rule.category) >= precedence(best.compiled.rule.category)) continue;
    if (!compiled.cue.test(lower)) continue;
    if (rule.unless?.test(lower)) continue;
    const pattern = compiled.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      const spanIndices = m.indices?.groups?.span;
      const span = spanIndices
        ? { start: spanIndices[0], end: spanIndices[1] }
        : { start: m.index, end: m.index + m[0].length };
      if (insideAny(span, quotes) || homonyms.some((h) => overlaps(h, span))) continue;
      if (rule.agent && !satisfies(agentOf(compiled, m, lower, cased, roster), rule.agent)) continue;
      const groups: Record<string, string> = {};
      for (const [name, where] of Object.entries(m.indices?.groups ?? {})) {
        if (where) groups[name] = cased.slice(where[0], where[1]);
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
  const hits: number[] = [];
  set.prefilter.lastIndex = 0;
  for (let m = set.prefilter.exec(lowerDoc); m; m = set.prefilter.exec(lowerDoc)) hits.push(m.index);
  if (hits.length === 0) return [];

  const roster = buildRoster([...(options.people ?? []), ...doc.speakers], options.teams ?? []);
  const allow = (options.allow ?? []).map((phrase) => phrase.toLowerCase()).filter((phrase) => phrase !== '');
  const starts = lineStarts(text);
  const isDisabled = directiveFilter(doc.directives);
  const lineOffset = (options.firstLine ?? 1) - 1;
  const findings: Finding[] = [];
  let h = 0;
  for (const block of doc.blocks) {
    while (h < hits.length && (hits[h] as number) < block.start) h++;
    if (h >= hits.length) break;
    if ((hits[h] as number) >= block.end) continue;
    for (const sentence of splitSentences(doc.masked, block.start, block.end)) {
      while (h < hits.length && (hits[h] as number) < sentence.start) h++;
      if (h >= hits.length || (hits[h] as number) >= sentence.end) continue;
      const lower = lowerDoc.slice(sentence.start, sentence.end);
      const cased = doc.masked.slice(sentence.start, sentence.end);
      const found = judgeSentence(lower, cased, set, roster);
      if (!found) continue;
      if (allow.length > 0 && allowed(lower, found.span, allow)) continue;
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
