import { glossaryEntriesIn } from '../playbook/index.js';

// A quoted machine message after an alert's words: "…for payouts-rs: thread 'tokio-runtime-worker' panicked at
// 'called `Option::unwrap()` on a `None` value'". The clause it opens runs from the last ": " before the first
// opening quote (one after a space, a colon or a bracket, so "payouts-rs's" is no quote).
const quotedClause = /:\s+(?=[^:]*(?:^|[\s(:])['"`‘“][^\s'"`’”])/u;
// Marks of code in a quote: backticks, paths, calls, assignments.
const codeMarks = /`|::|\(\)|=|\w\.\w+\(/;

/**
 * An alert line for a reader outside engineering: a quoted machine message (code in it, or a failure the glossary
 * knows by its log pattern) is cut, and what the glossary knows it to be is said instead ("…for payouts-rs (Rust
 * panic)"), so no raw panic or log text is published. A line that quotes a person's words is kept as it is.
 */
export function withoutMachineMessage(line: string): string {
  const clause = quotedClause.exec(line);
  if (!clause || clause.index === 0) return line;
  const message = line.slice(clause.index);
  const meaning = glossaryEntriesIn(message)[0];
  if (!meaning && !codeMarks.test(message)) return line;
  const kept = line.slice(0, clause.index).trimEnd();
  return meaning ? `${kept} (${meaning.term})` : kept;
}
