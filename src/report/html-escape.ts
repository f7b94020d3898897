const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const special = /[&<>"']/g;

/** Escapes text for HTML element content and attribute values alike, so no field can open a tag or a script. */
export function escapeHtml(text: string): string {
  // Most strings need nothing; testing first saves an allocation per field on a 10,000-event report.
  special.lastIndex = 0;
  return special.test(text) ? text.replace(special, (c) => entities[c]!) : text;
}

/** Escaped prose: blank lines become paragraphs and single line breaks stay line breaks. */
export function proseHtml(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return trimmed
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
