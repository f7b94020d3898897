import { type Factor, factorCategories, factorCategoryLabels, newId } from '../../domain/index.js';
import { escapeProse, unescapeProseLines } from './escape.js';
import { errorAt } from './source-error.js';
import { quote, type SourceLine } from './tables.js';

/** Renders each factor as `### Title`, a two-line list of id and category, a blank line and its description. */
export function renderFactors(factors: readonly Factor[]): string {
  return factors
    .map((factor) => {
      const head = `### ${factor.title}\n\n- id: ${factor.id}\n- category: ${factor.category}`;
      return factor.description === '' ? head : `${head}\n\n${escapeProse(factor.description)}`;
    })
    .join('\n\n');
}

const subheading = /^###(?:[ \t]+(.*?))?[ \t]*$/s;
const field = /^[-*+] +(id|category) *: *(.*?) *$/is;

/** A parsed factor, still to be checked by the schema, with the lines of its fields for error messages. */
export interface ParsedFactor {
  value: { id: string; title: string; category: string; description: string };
  line: number;
  fieldLines: Record<string, number>;
}

/** Parses the Contributing factors section; text before the first `### ` heading is an error. */
export function parseFactors(lines: readonly SourceLine[], file: string | undefined): ParsedFactor[] {
  const factors: ParsedFactor[] = [];
  let i = 0;
  while (i < lines.length && (lines[i] as SourceLine).text.trim() === '') i++;
  while (i < lines.length) {
    const heading = lines[i] as SourceLine;
    const match = subheading.exec(heading.text);
    if (!match) {
      throw errorAt(
        { file, line: heading.line },
        `expected a factor heading "### Title" in section "Contributing factors", got ${quote(heading.text)}`,
      );
    }
    i++;
    while (i < lines.length && (lines[i] as SourceLine).text.trim() === '') i++;
    const fields: Record<string, string> = {};
    const fieldLines: Record<string, number> = {};
    for (let next = lines[i]; next && field.test(next.text); next = lines[++i]) {
      const [, name, value] = field.exec(next.text) as RegExpExecArray;
      const key = (name as string).toLowerCase();
      fields[key] = value as string;
      fieldLines[key] = next.line;
    }
    const body: string[] = [];
    while (i < lines.length && !subheading.test((lines[i] as SourceLine).text))
      body.push((lines[i++] as SourceLine).text);
    factors.push({
      value: {
        id: fields.id || newId('factor'),
        title: match[1] ?? '',
        category: categoryValue(fields.category ?? ''),
        description: unescapeProseLines(body).join('\n'),
      },
      line: heading.line,
      fieldLines,
    });
  }
  return factors;
}

// People may type the readable label ("Monitoring and alerting") instead of the value.
function categoryValue(text: string): string {
  const lower = text.toLowerCase();
  const byLabel = factorCategories.find((category) => factorCategoryLabels[category].toLowerCase() === lower);
  return byLabel ?? text;
}
