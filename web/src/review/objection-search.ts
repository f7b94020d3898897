import { raisedBy } from '../../../src/playbook/objections.js';
import type { Objection } from '../../../src/playbook/schema.js';

const normalize = (text: string) => text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"');

/**
 * The objections matching a search: every word typed must appear in what was said, the answer (acknowledgement,
 * explanation, system checks), the redirect or who tends to say it, in any case and with straight or curly quotes.
 */
export function searchObjections(all: readonly Objection[], query: string): Objection[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...all];
  return all.filter((objection) => {
    const haystack = normalize(
      [
        objection.said,
        objection.acknowledge,
        objection.explain,
        ...objection.systemChecks,
        objection.redirect,
        ...objection.saidBy,
        raisedBy(objection),
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
