/**
 * Whether a text is over its limit, and by how much, said plainly. A field is never cut silently (a `maxLength`
 * drops what was pasted past it without a word): the text stays whole, this says what to do, and the form does not
 * send it.
 */
export function overLimit(text: string, limit: number): string | undefined {
  const over = text.length - limit;
  if (over <= 0) return undefined;
  return `${text.length} characters; at most ${limit} fit. Shorten it by ${over} to send it.`;
}

/** The message under a field whose text is too long; nothing while it fits. */
export function LengthLimit({ text, limit }: { text: string; limit: number }) {
  const message = overLimit(text, limit);
  return (
    <span className="form-error length-limit" role="status">
      {message}
    </span>
  );
}
