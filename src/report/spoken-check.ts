import { readAloud } from '../language/index.js';
import type { SpokenCheck } from '../playbook/index.js';
import { sayShorthand } from './reader-phrases.js';

/**
 * The check the script reads each title, factor and action through (CLI and web alike): shorthand said in words
 * ("5% for 15m" as "5% for 15 minutes", "CheckoutP99High" as "checkout P99 high"), and blameful wording read as the
 * analyzer's clean rewrite, or flagged for rewording.
 */
export function spokenCheck(people: readonly string[]): SpokenCheck {
  return (text) => {
    const said = sayShorthand(text);
    const verdict = readAloud(said, people);
    if (verdict === undefined) return said === text ? undefined : { said };
    return verdict;
  };
}
