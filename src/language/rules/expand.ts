// How the rule files' pattern text becomes one regular-expression source. Used at build time by
// scripts/compile-content.ts; nothing at run time imports it.
//
// - Pattern text is a source string, or a list of alternatives that are joined with `|` (no group is added:
//   write `(?:{{name}})` where the alternation must be grouped).
// - `{{name}}` is replaced by the expansion of the pattern text of that name. Names are looked up in scopes
//   (the rule's own `words`, then its file's `words`, then fragments.yml), and a name's own references are looked
//   up from the scope that defines it outward. An unknown name or a cycle is an error.

/** Pattern text: one source, or alternatives to join with `|`. */
export type PatternText = string | readonly string[];

/** Named pattern text that `{{name}}` refers to. */
export type Words = Readonly<Record<string, PatternText>>;

const reference = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;

/** Expands pattern text into one source; `scopes` are searched in order, innermost first. */
export function expandPattern(
  text: PatternText,
  scopes: readonly Words[],
  seen: readonly string[] = [],
): string {
  const joined = typeof text === 'string' ? text : text.join('|');
  const out = joined.replace(reference, (_, name: string) => {
    if (seen.includes(name)) throw new Error(`{{${name}}} refers to itself (${[...seen, name].join(' → ')})`);
    const at = scopes.findIndex((scope) => Object.hasOwn(scope, name));
    const found = scopes[at]?.[name];
    if (found === undefined) throw new Error(`unknown name {{${name}}}`);
    return expandPattern(found, scopes.slice(at), [...seen, name]);
  });
  const left = out.indexOf('{{');
  if (left >= 0) throw new Error(`a "{{" is left after expansion: ${out.slice(left, left + 60)}`);
  return out;
}

/** The names an inner scope defines again (a rule's `words` may not hide its file's words or the fragments). */
export function shadowedNames(scopes: readonly Words[]): string[] {
  return scopes.flatMap((scope, i) =>
    Object.keys(scope).filter((name) => scopes.slice(i + 1).some((outer) => Object.hasOwn(outer, name))),
  );
}

/**
 * The flags of a compiled pattern: `u` when the source uses `\p{…}` or `\u` escapes, the same choice the analyzer
 * makes when it compiles a rule's pattern (analyze.ts), so the pattern a rule carries behaves as the one it runs.
 */
export function flagsFor(source: string): string {
  return /\\p\{|\\u/.test(source) ? 'u' : '';
}

/** Expands pattern text and compiles it; a syntax error names the source. */
export function compilePattern(text: PatternText, scopes: readonly Words[]): RegExp {
  const source = expandPattern(text, scopes);
  try {
    return new RegExp(source, flagsFor(source));
  } catch (error) {
    throw new Error(`${(error as Error).message} in ${source}`);
  }
}
