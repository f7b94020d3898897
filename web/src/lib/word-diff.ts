import { matchTokens } from './three-way-merge.js';

/** A run of text that both versions share, or that the newer one added or removed. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** What changed from `before` to `after`, word by word, for showing someone else's edit beside one's own. */
export function diffWords(before: string, after: string): DiffPart[] {
  const was = before.match(/\s+|\S+/g) ?? [];
  const now = after.match(/\s+|\S+/g) ?? [];
  const match = matchTokens(was, now);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let next = 0;
  was.forEach((token, index) => {
    const paired = match[index] ?? -1;
    if (paired === -1) {
      push('removed', token);
      return;
    }
    for (; next < paired; next++) push('added', now[next] ?? '');
    push('same', token);
    next = paired + 1;
  });
  for (; next < now.length; next++) push('added', now[next] ?? '');
  return parts;
}
