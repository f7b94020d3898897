import type { SearchHit } from '../api/types.js';

interface Piece {
  text: string;
  match: boolean;
  code: boolean;
}

/**
 * The snippet's parts cut where its `code spans` start and end (the evidence writes log templates that way): the
 * backticks go, the text between them is code, whichever matched words it holds. An unpaired backtick stays.
 */
export function snippetPieces(parts: SearchHit['snippet']): Piece[] {
  const whole = parts.map((part) => part.text).join('');
  // For each character: inside a code span (true), one of its backticks (null) or plain text (false).
  const inCode: Array<boolean | null> = Array.from(whole, () => false);
  for (const span of whole.matchAll(/`[^`\n]+`/g)) {
    const end = span.index + span[0].length - 1;
    for (let i = span.index + 1; i < end; i++) inCode[i] = true;
    inCode[span.index] = null;
    inCode[end] = null;
  }
  const pieces: Piece[] = [];
  let offset = 0;
  for (const part of parts) {
    for (let i = 0; i < part.text.length; i++) {
      const code = inCode[offset + i];
      if (code === null) continue;
      const last = pieces.at(-1);
      const char = part.text[i] as string;
      if (last && last.match === part.match && last.code === code && i > 0) last.text += char;
      else pieces.push({ text: char, match: part.match, code: code === true });
    }
    offset += part.text.length;
  }
  return pieces;
}

/** A snippet of matched text; the matched words in <mark>, code spans as code, everything as text (React escapes it). */
export function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <span className="snippet">
      {snippetPieces(parts).map((piece, index) => {
        const Tag = piece.match ? 'mark' : 'span';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces never move; the index is their identity
          <Tag key={index}>{piece.code ? <code>{piece.text}</code> : piece.text}</Tag>
        );
      })}
    </span>
  );
}
