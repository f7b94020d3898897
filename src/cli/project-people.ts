import type { ConfiguredPeople } from '../report/index.js';

/**
 * The people and teams of the project's configuration (`debrief.config.json`, or "debrief" in package.json: the
 * file `lint` reads), read once at the edge: `debrief report` publishes with them, and `debrief serve` gives them to
 * the server, so a report removes or anonymises them by every door, even where the incident never lists them.
 */
export async function configuredPeople(cwd = process.cwd()): Promise<ConfiguredPeople | undefined> {
  const { findLintConfig } = await import('./lint/config.js');
  const found = findLintConfig(cwd);
  if (!found) return undefined;
  const { validateLintConfig } = await import('./lint/config-schema.js');
  const config = validateLintConfig(found.value, found.where);
  return { people: config.people, teams: config.teams };
}
