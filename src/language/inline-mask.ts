// Masks Markdown inline syntax without moving any character, so offsets in the masked text are offsets in
// the source. Code and URLs become runs of `_`, which agent resolution reads as a code identifier (a system).

const blank = (s: string) => ' '.repeat(s.length);
const under = (s: string) => '_'.repeat(s.length);

const codeSpan = /(`+)([^`]+?)\1(?!`)/g;
const image = /!\[[^\]]*\]\([^)]*\)/g;
const link = /\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])/g;
const footnote = /\[\^[^\]]+\]/g;
const url = /\b(?:https?:\/\/|www\.)[^\s<>()`]*[^\s<>()`.,;:!?'"]/g;
const autolink = /<(?:https?:\/\/|mailto:)[^>\s]*>/g;
const htmlTag = /<\/?[A-Za-z][^>]*>/g;
// A run of `_` that masks code or a URL is not bold: `__` only counts outside such a run.
const strong = /\*\*|~~|(?<![\p{L}\p{N}_`])__(?![_`])|(?<![_`])__(?![\p{L}\p{N}_`])/gu;
const star = /\*/g;
const underscoreEmphasis = /(?<![\p{L}\p{N}_`])_(?=\p{L})|(?<=\p{L})_(?![\p{L}\p{N}_])/gu;
/** A character or word that any of the patterns above needs. */
const inlineSyntax = /[`[\]<*_~\\]|https?:|www\./;
const escaped = /\\([\\`*_{}[\]()#+\-.!|>])/g;

/** Returns the line with inline code, links, URLs, HTML and emphasis masked; the length never changes. */
export function maskInline(line: string): string {
  if (!inlineSyntax.test(line)) return line;
  // Each pattern needs a character that most lines lack: checking the text so far for it skips most scans.
  let out = line.includes('\\') ? line.replace(escaped, (m) => ` ${m[1]}`) : line;
  if (out.includes('`'))
    out = out.replace(codeSpan, (_m, ticks: string, inner: string) => `${ticks}${under(inner)}${ticks}`);
  if (out.includes('<')) out = out.replace(autolink, under);
  if (out.includes('://') || out.includes('www.')) out = out.replace(url, under);
  if (out.includes('[')) {
    out = out.replace(image, blank);
    out = out.replace(footnote, blank);
    out = out.replace(link, (m, text: string) => ` ${text}${blank(m.slice(text.length + 1))}`);
  }
  if (out.includes('<')) out = out.replace(htmlTag, blank);
  if (out.includes('*')) out = out.replace(strong, blank).replace(star, ' ');
  else if (out.includes('_') || out.includes('~')) out = out.replace(strong, blank);
  if (out.includes('_')) out = out.replace(underscoreEmphasis, ' ');
  return out;
}
