/**
 * What redaction must never leave behind in a sentence: two articles in a row, a word said twice ("service
 * service"), "a" before "internal", a placeholder inside a placeholder, one said twice ("an internal service and an
 * internal service"), a placeholder with part of the name left ("an internal address/24", "s3://an internal
 * host"), or "engineers's". Returns the problems found, empty when the text reads.
 */
export function readingProblems(text: string): string[] {
  const problems: string[] = [];
  const checks: Array<[RegExp, string]> = [
    [/\b(?:a|an|the)\s+(?:a|an|the)\b/gi, 'two articles in a row'],
    [/\b(\p{L}{2,})\s+\1\b/giu, 'a word repeated'],
    [/\ba\s+internal\b/gi, '"a" before a vowel'],
    [/\binternal\s+internal\b/gi, 'a placeholder inside a placeholder'],
    [/\[[^\]\n]*\b(?:internal|address)\b[^\]\n]*\]/gi, 'a bracketed placeholder'],
    [/\b(?:an?|the) internal (\p{L}+) and (?:an?|the) internal \1\b/giu, 'a placeholder said twice'],
    [
      /(?:\binternal \p{L}+|\ban engineer)(?:\/\d|:\/\/|\/\p{L})|:\/\/an? internal\b/giu,
      'a placeholder with part of a name left',
    ],
    [/\bengineers['’]s\b/gi, '"engineers\'s"'],
  ];
  for (const [pattern, what] of checks)
    for (const m of text.matchAll(pattern))
      problems.push(`${what}: "${m[0]}" in "${text.slice(Math.max(0, m.index - 30), m.index + 40)}"`);
  return problems;
}
