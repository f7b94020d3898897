// Prints values as TypeScript source for the generated content modules.

/** A piece of code printed as is, such as a reference to an imported value. */
export class Code {
  constructor(readonly text: string) {}
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** A value as a TypeScript expression: objects and arrays one entry a line, regular expressions as literals. */
export function literal(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (value instanceof Code) return value.text;
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${literal(item, inner)},\n`).join('')}${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => {
      const name = identifier.test(key) ? key : JSON.stringify(key);
      return `${inner}${name}: ${literal(item, inner)},\n`;
    });
    return `{\n${lines.join('')}${indent}}`;
  }
  throw new Error(`cannot print ${String(value)} as TypeScript`);
}

/** The first lines of every generated module: where it comes from and how to change it. */
export function header(sources: readonly string[]): string {
  return [
    `// Generated from ${sources.join(' and ')} by scripts/compile-content.ts; do not edit.`,
    '// Edit the YAML, then run `npm run content` to regenerate this file.',
    '',
  ].join('\n');
}
