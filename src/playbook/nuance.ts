import { nuanceTopics } from './content/generated/nuance.js';
import type { NuanceTopic } from './schema.js';

// The guidance is data (content/nuance.yml), validated when scripts/compile-content.ts compiles it.
export { nuanceTopics };

/** A nuance topic by id, or undefined. */
export function nuanceTopic(id: string): NuanceTopic | undefined {
  return nuanceTopics.find((topic) => topic.id === id.trim().toLowerCase());
}
