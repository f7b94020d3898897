import { readAloud } from '../language/index.js';
import type { SpokenCheck } from '../playbook/index.js';
import { alertNameWords, readerPhrases } from './reader-phrases.js';

// A name made of three or more capitalised parts, as alert rules are named ("CheckoutP99High", "HighErrorRate");
// two-part product names ("JavaScript", "GitHub") and acronyms ("PostgreSQL") are said as they are.
const alertName = /\b[A-Z][a-z\d]+(?:[A-Z][a-z\d]+){2,}\b/g;
// A bare duration or size after a comparison or a number word: "above 2s", "180ms", "p95 > 2s".
const bareUnit = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s?(ms|s)(?![\p{L}\p{N}])/gu;

/** A record's engineering shorthand as it is said aloud: durations, alert hold clauses and alert names in words. */
export function sayShorthand(text: string): string {
  return readerPhrases(text)
    .replace(alertName, (name) => alertNameWords(name))
    .replace(bareUnit, (_found, count: string, unit: string) => {
      const word = unit === 'ms' ? 'millisecond' : 'second';
      return `${count} ${word}${count === '1' ? '' : 's'}`;
    });
}

/**
 * The check the script reads each title, factor and action through (CLI and web alike): shorthand said in words
 * ("5% for 15m" as "5% for 15 minutes", "CheckoutP99High" as "checkout P99 high"), and blameful wording read as the
 * analyzer's clean rewrite, or flagged for rewording.
 */
export function spokenCheck(people: readonly string[]): SpokenCheck {
  return (text) => {
    const said = sayShorthand(text);
    const verdict = readAloud(said, people);
    if (verdict === undefined) return said === text ? undefined : { rewrite: said };
    return verdict;
  };
}
