import type { Objection } from './schema.js';
import { speakerLabels } from './schema.js';

/** Who usually raises an objection, as a phrase: "a senior engineer or a manager". */
export function raisedBy(objection: Pick<Objection, 'saidBy'>): string {
  const names = objection.saidBy.map((speaker) => speakerLabels[speaker]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** The answer as it is said aloud: the acknowledgement, the explanation and the system checks, in that order. */
export function objectionResponse(
  objection: Pick<Objection, 'acknowledge' | 'explain' | 'systemChecks'>,
): string {
  return [objection.acknowledge, objection.explain, ...objection.systemChecks].join(' ');
}
