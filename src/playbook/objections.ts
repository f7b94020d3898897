import { objections } from './content/generated/objections.js';
import type { Objection, Speaker } from './schema.js';
import { speakerLabels, speakers } from './schema.js';

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

/** A role as people type it ("Senior Engineer", "senior_engineer", "EXECUTIVE"), or undefined when unknown. */
export function speakerFromText(text: string): Speaker | undefined {
  const wanted = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return speakers.find((speaker) => speaker === wanted);
}

/** The objections this role typically raises, in the playbook's order. */
export function objectionsRaisedBy(role: Speaker): Objection[] {
  return objections.filter((objection) => objection.saidBy.includes(role));
}
