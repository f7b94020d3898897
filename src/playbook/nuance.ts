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

/**
 * A nuance topic by id as people type it: any case, spaces for hyphens, singular or plural ("Executive",
 * "across cultures"), or a few words of its id when they name one topic only ("accused"); else undefined.
 */
export function nuanceTopic(id: string): NuanceTopic | undefined {
  const wanted = words(id);
  if (wanted.length === 0) return undefined;
  const key = wanted.join('-');
  const exact = nuanceTopics.find((topic) => words(topic.id).join('-') === key);
  if (exact) return exact;
  const partial = nuanceTopics.filter((topic) => {
    const own = words(topic.id);
    return wanted.every((word) => own.includes(word));
  });
  return partial.length === 1 ? partial[0] : undefined;
}
