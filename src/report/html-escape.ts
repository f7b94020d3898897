import { markdownHtml } from './markdown-html.js';

const special = /[&<>"']/;

/** Escapes text for HTML element content and attribute values alike, so no field can open a tag or a script. */
export function escapeHtml(text: string): string {
  // Most strings need nothing; a 10,000-event report calls this tens of thousands of times, so the scan is a
  // plain loop rather than a replace with a callback.
  const first = text.search(special);
  if (first < 0) return text;
  let out = text.slice(0, first);
  let from = first;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const entity =
      c === 38
        ? '&amp;'
        : c === 60
          ? '&lt;'
          : c === 62
            ? '&gt;'
            : c === 34
              ? '&quot;'
              : c === 39
                ? '&#39;'
                : '';
    if (entity === '') continue;
    out += text.slice(from, i) + entity;
    from = i + 1;
  }
  return out + text.slice(from);
}

// A link micromark kept whose address leads nowhere from a report file: into the page it was typed on (`#section`),
// relative to it (`./notes.md`, `/api/…`), or emptied because its protocol was unsafe (`javascript:`).
const deadLink = /<a href="(?!https?:\/\/|mailto:)[^"]*">([\s\S]*?)<\/a>/g;

/**
 * Prose people typed, as report HTML: their Markdown rendered (lists, emphasis, code, links), every raw tag escaped
 * and unsafe links dropped (see `markdownHtml`). A report is a file read anywhere: a link that leads nowhere from it
 * shows its words, as the reader's Markdown does.
 */
export function proseHtml(text: string): string {
  return markdownHtml(text).replace(deadLink, '$1');
}

const codeSpan = /`([^`\n]+)`/g;

/**
 * One line of text (an event's summary) as HTML with its `code spans` shown as code, as the evidence writes log
 * templates; nothing else read as Markdown, so a log line's `*` or `_` stays. An unpaired backtick stays.
 */
export function codeSpansHtml(text: string): string {
  return escapeHtml(text).replace(codeSpan, '<code>$1</code>');
}
