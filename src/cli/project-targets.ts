import { defaultClosureTargets, type Severity } from '../domain/index.js';

type Targets = Partial<Record<Severity, number>>;

/**
 * The closure targets of the project's configuration (`"closureTargets": {"SEV1": 14, "SEV4": null}` in
 * debrief.config.json or under "debrief" in package.json) over the defaults; null removes a severity's target.
 * Read at the edge, so `debrief actions stats` and `debrief serve` judge by the same days.
 */
export async function configuredClosureTargets(cwd = process.cwd()): Promise<Targets> {
  const { findLintConfig } = await import('./lint/config.js');
  const found = findLintConfig(cwd);
  const targets: Targets = { ...defaultClosureTargets };
  if (!found) return targets;
  const { validateLintConfig } = await import('./lint/config-schema.js');
  const configured = validateLintConfig(found.value, found.where).closureTargets ?? {};
  for (const [severity, days] of Object.entries(configured) as Array<[Severity, number | null | undefined]>) {
    if (days === null) delete targets[severity];
    else if (days !== undefined) targets[severity] = days;
  }
  return targets;
}
