import { readAloud } from '../language/index.js';
import type { SpokenCheck } from '../playbook/index.js';
import { sayDurations } from './reader-phrases.js';

/**
 * The check the script reads each title, factor and action through (CLI and web alike): durations said in words
 * ("5% for 15m" as "5% for 15 minutes"; engineers keep alert names and `for:` clauses as written), and blameful
 * wording read as the analyzer's clean rewrite, or flagged for rewording.
 */
export function spokenCheck(people: readonly string[]): SpokenCheck {
  return (text) => {
    const said = sayDurations(text);
    const verdict = readAloud(said, people);
    if (verdict === undefined) return said === text ? undefined : { said };
    return verdict;
  };
}
