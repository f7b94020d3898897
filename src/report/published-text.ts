const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};
const blockTags =
  /<\/?(?:p|div|section|article|header|footer|main|h[1-6]|li|ul|ol|tr|table|thead|tbody|dl|dt|dd|br|blockquote|figure|figcaption|caption|summary|details)\b[^>]*>/gi;

/**
 * The words an HTML report shows a reader, one block per paragraph, heading, list item or table cell, so the
 * language check reads what is published and nothing else. Styles, scripts and the chart's drawing are left out
 * (the chart's labels are moment names and times); entities are decoded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(style|script|svg|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?t[dh]\b[^>]*>/gi, '\n\n')
    .replace(blockTags, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (found, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? found;
    })
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The words of an iCalendar file a person reads: its SUMMARY and DESCRIPTION values, unfolded (RFC 5545 folds
 * long lines) and unescaped.
 */
export function calendarText(ics: string): string {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  return unfolded
    .split(/\r?\n/)
    .filter((line) => /^(?:SUMMARY|DESCRIPTION)[;:]/.test(line))
    .map((line) =>
      line
        .slice(line.indexOf(':') + 1)
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1'),
    )
    .join('\n\n');
}
