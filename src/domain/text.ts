import { z } from 'zod';

/** Shared limits, used by the server, the web app and the CLI alike. */
export const limits = {
  title: 200,
  line: 2_000,
  prose: 100_000,
  listItems: 200,
  services: 50,
} as const;

/** Password length for local accounts; the server enforces it and the web app's forms say it. */
export const passwordLimits = { min: 10, max: 1_000 } as const;

const noLineBreak = /^[^\r\n]*$/;

/** One line of text, trimmed: titles, names, owners. */
export function lineText(max: number = limits.line) {
  return z
    .string()
    .trim()
    .max(max, { error: `expected at most ${max} characters` })
    .regex(noLineBreak, { error: 'expected one line without line breaks' });
}

/** A required single line of text. */
export function requiredLine(max: number = limits.line) {
  return lineText(max).min(1, { error: 'expected a non-empty value' });
}

/** Free text that may span lines and hold Markdown; line endings become \n and the ends are trimmed. */
export function proseText(max: number = limits.prose) {
  return z
    .string()
    .overwrite((value) => value.replace(/\r\n?/g, '\n'))
    .trim()
    .max(max, { error: `expected at most ${max} characters` });
}
