import { objections } from './content/generated/objections.js';
import type { Objection, Speaker } from './schema.js';
import { speakerLabels, speakers } from './schema.js';

/** Who usually raises an objection, as a phrase: "a senior engineer or a manager". */
export function raisedBy(objection: Pick<Objection, 'saidBy'>): string {
  const names = objection.saidBy.map((speaker) => speakerLabels[speaker]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * The answer as it is said aloud: the acknowledgement, the explanation, the system checks and the question that
 * turns the room back to the system, in that order.
 */
export function objectionResponse(
  objection: Pick<Objection, 'acknowledge' | 'explain' | 'systemChecks' | 'redirect'>,
): string {
  return [objection.acknowledge, objection.explain, ...objection.systemChecks, objection.redirect].join(' ');
}

// Other names for a role: the guide speaks of "stakeholders/executives", and DESIGN.md's participant role is
// stakeholder; both raise the same objections.
const speakerAliases: Readonly<Record<string, Speaker>> = {
  stakeholder: 'executive',
  // The report's audience is "exec" (trial 21 typed `--role exec`).
  exec: 'executive',
  // Executives by their titles (trial 24 typed `--role cto`).
  ceo: 'executive',
  cto: 'executive',
  cio: 'executive',
  coo: 'executive',
  cfo: 'executive',
  ciso: 'executive',
  vp: 'executive',
  svp: 'executive',
  evp: 'executive',
  cpo: 'executive',
  founder: 'executive',
  director: 'executive',
  'vp-engineering': 'executive',
  'vp-of-engineering': 'executive',
  'head-of-engineering': 'executive',
  // Those who manage engineers.
  'engineering-manager': 'manager',
  em: 'manager',
  'product-manager': 'manager',
  pm: 'manager',
  'team-lead': 'manager',
  // An engineer by seniority.
  senior: 'senior-engineer',
  principal: 'senior-engineer',
  'tech-lead': 'senior-engineer',
  staff: 'senior-engineer',
  'staff-engineer': 'senior-engineer',
  'principal-engineer': 'senior-engineer',
  developer: 'engineer',
  sre: 'engineer',
  qa: 'engineer',
};

/**
 * A role as people type it ("Senior Engineer", "senior_engineer", "EXECUTIVE", "stakeholder", a plural), or
 * undefined when unknown.
 */
export function speakerFromText(text: string): Speaker | undefined {
  const wanted = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const single = wanted.replace(/s$/, '');
  return (
    speakers.find((speaker) => speaker === wanted || speaker === single) ??
    speakerAliases[wanted] ??
    speakerAliases[single]
  );
}

/** The names a role may be given besides its own, by role, for help and error messages: "executive: stakeholder, cto…". */
export function speakerAliasNames(): string[] {
  return speakers.flatMap((speaker) => {
    const names = Object.entries(speakerAliases)
      .filter(([, role]) => role === speaker)
      .map(([alias]) => alias);
    return names.length > 0 ? [`${speaker} also as ${names.join(', ')}`] : [];
  });
}

/** The objections this role typically raises, in the playbook's order. */
export function objectionsRaisedBy(role: Speaker): Objection[] {
  return objections.filter((objection) => objection.saidBy.includes(role));
}
