/**
 * A line of text with its `code spans` shown as code, as the evidence writes templates (`` `db: pool exhausted <*>`
 * started 14:02 ``): the backticks are Markdown, not part of what the reader should see. Nothing else is read as
 * Markdown, so a log line's `*` or `_` stays as it is; an unpaired backtick stays a backtick.
 */
export function CodeSpans({ text }: { text: string }) {
  const parts = text.split(/(`[^`\n]+`)/);
  return (
    <>
      {parts.map((part, index) =>
        part.length > 2 && part.startsWith('`') && part.endsWith('`') ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, in order
          <code key={index}>{part.slice(1, -1)}</code>
        ) : (
          part
        ),
      )}
    </>
  );
}
