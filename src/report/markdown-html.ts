import { micromark } from 'micromark';

// Lines that open or close a fenced code block, whose lines are kept exactly as typed.
const fence = /^\s{0,3}(```|~~~)/;

/**
 * A line break typed inside a paragraph stays a line break (people write notes and summaries line by line, and
 * CommonMark would join the lines): each such line gets the two trailing spaces Markdown reads as a hard break.
 * Not inside fenced code, not before a blank line.
 */
function keepLineBreaks(text: string): string {
  const lines = text.split('\n');
  let inFence = false;
  return lines
    .map((line, index) => {
      if (fence.test(line)) {
        inFence = !inFence;
        return line;
      }
      const next = lines[index + 1];
      if (inFence || next === undefined || next.trim() === '' || line.trim() === '') return line;
      return `${line.trimEnd()}  `;
    })
    .join('\n');
}

/**
 * What people typed as Markdown, as HTML that is safe to put in a page or a report: CommonMark rendered by micromark
 * with its defaults, which escape every raw HTML tag people typed and drop links and images whose protocol is not
 * safe (`javascript:`, `data:`…); images are links. Headings people typed become small headings (h4), so they never outrank the
 * page's or report's own sections. Empty text is empty HTML.
 */
export function markdownHtml(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  if (trimmed === '') return '';
  const html = micromark(keepLineBreaks(trimmed), {
    allowDangerousHtml: false,
    allowDangerousProtocol: false,
    // An image would be fetched by every reader's browser as soon as the text shows, with their session: one
    // typed as `![x](/api/…)` acts in their name. It stays a link, followed only when someone clicks it.
    extensions: [{ disable: { null: ['labelStartImage'] } }],
  });
  return (
    html
      .replace(/<(\/?)h[1-6]>/g, '<$1h4>')
      // The image's `!` would stay before the link it became; a link with no words shows its address.
      .replace(/!(<a href=")/g, '$1')
      .replace(/<a href="([^"]*)"><\/a>/g, '<a href="$1">$1</a>')
      .trim()
  );
}
