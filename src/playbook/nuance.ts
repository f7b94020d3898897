import { nuanceTopics } from './content/generated/nuance.js';
import type { NuanceTopic } from './schema.js';

// The guidance is data (content/nuance.yml), validated when scripts/compile-content.ts compiles it.
export { nuanceTopics };

const words = (text: string): string[] =>
  text
    .trim()
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter((word) => word !== '')
    .map((word) => word.replace(/s$/, ''));

/** Two words alike enough to name a topic: one holds the other ("exec", "cross") or they share a stem ("cultural"). */
function alike(word: string, part: string): boolean {
  if (word.length < 3) return word === part;
  if (part.includes(word) || word.includes(part)) return true;
  let shared = 0;
  while (shared < word.length && word[shared] === part[shared]) shared++;
  return shared >= 5;
}

/**
 * A nuance topic by id as people type it: any case, spaces for hyphens, singular or plural ("Executive",
 * "across cultures"), or a few words of its id, or their beginnings or stems, when they name one topic only ("accused", "exec",
 * "cross-cultural"); else undefined.
 */
export function nuanceTopic(id: string): NuanceTopic | undefined {
  const wanted = words(id);
  if (wanted.length === 0) return undefined;
  const key = wanted.join('-');
  const exact = nuanceTopics.find((topic) => words(topic.id).join('-') === key);
  if (exact) return exact;
  const partial = nuanceTopics.filter((topic) => {
    const own = words(topic.id);
    return wanted.every((word) => own.some((part) => alike(word, part)));
  });
  return partial.length === 1 ? partial[0] : undefined;
}
