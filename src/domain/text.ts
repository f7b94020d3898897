import { z } from 'zod';
import { limits } from './limits.js';

const noLineBreak = /^[^\r\n]*$/;
// PostgreSQL cannot store U+0000 in text, and no person means to type it: refused everywhere, by name.
const hasNoNul = (value: string) => !value.includes('\u0000');
const nulError = 'expected text without NUL (U+0000) characters';
// Half of a UTF-16 surrogate pair is no character: PostgreSQL refuses it in text and JSON, so it is refused here.
const unpaired = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isWellFormed = (value: string) => !unpaired.test(value);
const surrogateError = 'expected valid Unicode text (an unpaired surrogate such as \\ud800 is no character)';
// Control characters (ESC, BEL, backspace … but tab and line feed) and the marks that reorder text (U+202A–U+202E,
// U+2066–U+2069): nobody types them, and printed to a terminal they set its title, clear it or hide what text says.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for.
const control = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const hasNoControl = (value: string) => !control.test(value);
const controlError = (value: unknown) => {
  const found = typeof value === 'string' ? control.exec(value)?.[0] : undefined;
  const code = found?.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
  return `expected text without control characters${code ? ` (found U+${code})` : ''}`;
};

/** One line of text, trimmed: titles, names, owners. */
export function lineText(max: number = limits.line) {
  return z
    .string()
    .trim()
    .max(max, { error: `expected at most ${max} characters` })
    .regex(noLineBreak, { error: 'expected one line without line breaks' })
    .refine(hasNoNul, { error: nulError })
    .refine(hasNoControl, { error: (issue) => controlError(issue.input) })
    .refine(isWellFormed, { error: surrogateError });
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
    .max(max, { error: `expected at most ${max} characters` })
    .refine(hasNoNul, { error: nulError })
    .refine(hasNoControl, { error: (issue) => controlError(issue.input) })
    .refine(isWellFormed, { error: surrogateError });
}

// Terminal colours and titles as programs print them: CSI (ESC [ … m) and OSC (ESC ] … BEL) sequences.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these sequences start with ESC.
const terminalSequence = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?/g;

/**
 * Text from a machine (a log line, an alert label) as a text field takes it, instead of the whole value being
 * refused: terminal colour and title sequences are dropped, and each NUL, other control character (tab and line
 * feed aside) or half of a surrogate pair becomes the replacement character U+FFFD.
 */
export function storableText(text: string): string {
  return printableText(text.replace(terminalSequence, '')).replace(
    new RegExp(unpaired.source, 'g'),
    '\ufffd',
  );
}

/**
 * Text as it is safe to print to a terminal: NUL, control characters (tab and line feed aside) and the marks that
 * reorder text become U+FFFD, should a record hold them (one stored before they were refused).
 */
export function printableText(text: string): string {
  return text.replaceAll('\u0000', '\ufffd').replace(new RegExp(control.source, 'g'), '\ufffd');
}

/** Text made literal inside a regular expression: names, addresses and terms matched as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
