import type { SearchHit } from '../api/types.js';

/** A snippet of matched text; the matched words in <mark>, everything as text (React escapes it). */
export function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <span className="snippet">
      {parts.map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move; the index is their identity
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
