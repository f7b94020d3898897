// Inline control comments: `<!-- debrief-disable-next-line RULE -->`, `<!-- debrief-disable RULE -->` and
// `<!-- debrief-enable RULE -->`. A rule is a rule id or a category id; no rule means every rule.

/** One control comment found in a document, on a 1-based line. */
export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Line of the comment's end: `disable-next-line` applies to the line after it. */
  line: number;
  rules: string[];
}

const directivePattern = /debrief-(disable-next-line|disable|enable)\b([^>]*?)(?:-->|$)/;

/** Parses the inside of one HTML comment into a directive, or undefined when it is not one of ours. */
export function parseDirective(comment: string, line: number): Directive | undefined {
  const match = directivePattern.exec(comment);
  if (!match) return undefined;
  const rules = (match[2] ?? '')
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter((rule) => rule !== '' && rule !== '--');
  return { kind: match[1] as Directive['kind'], line, rules };
}

/** Whether a directive's rule list covers a rule id (a category id covers every rule in it). */
function covers(rules: readonly string[], ruleId: string): boolean {
  if (rules.length === 0) return true;
  return rules.some((rule) => rule === ruleId || ruleId.startsWith(`${rule}/`));
}

/** Builds a predicate telling whether a finding on `line` from `ruleId` is switched off by the directives. */
export function directiveFilter(directives: readonly Directive[]): (ruleId: string, line: number) => boolean {
  if (directives.length === 0) return () => false;
  return function isDisabled(ruleId: string, line: number): boolean {
    let disabled = false;
    for (const directive of directives) {
      if (directive.kind === 'disable-next-line') {
        if (directive.line + 1 === line && covers(directive.rules, ruleId)) return true;
        continue;
      }
      if (directive.line > line) break;
      if (covers(directive.rules, ruleId)) disabled = directive.kind === 'disable';
    }
    return disabled;
  };
}
