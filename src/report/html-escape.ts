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

/**
 * Prose people typed, as report HTML: their Markdown rendered (lists, emphasis, code, links), every raw tag escaped
 * and unsafe links dropped (see `markdownHtml`).
 */
export function proseHtml(text: string): string {
  return markdownHtml(text);
}
