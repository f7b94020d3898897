import { CliError } from '../errors.js';

/** The flags `debrief playbook` was given, as the user typed them. */
export interface GivenFlags {
  incident?: string;
  severity?: string;
  phase?: string;
  category?: string;
  role?: string;
  review?: string;
  minutes?: string;
}

/**
 * Refuses an option or a term that the topic would ignore, with a one-line reason and the command that uses it:
 * a filter silently ignored reads as "no match" or as a filter applied.
 */
export function refuseInapplicable(topic: string, flags: GivenFlags, term: string): void {
  if (flags.role !== undefined && topic !== 'objections') {
    throw new CliError(
      `--role filters the objections only; run \`debrief playbook objections --role ${flags.role}\``,
    );
  }
  for (const name of ['phase', 'category'] as const) {
    if (flags[name] !== undefined && topic !== 'questions') {
      throw new CliError(
        `--${name} filters the probing questions only; run \`debrief playbook questions --${name} ${flags[name]}\``,
      );
    }
  }
  if (flags.incident !== undefined && topic !== 'script' && topic !== 'agenda') {
    // The nuance is one guide of several topics: "the nuance are" read as a slip (new-user trial).
    const same =
      topic === 'glossary' ? 'the glossary is' : `the ${topic === 'nuance' ? 'nuance topics' : topic} are`;
    throw new CliError(
      `--incident fills the script and the agenda only; ${same} the same for every incident`,
    );
  }
  if (
    flags.review !== undefined &&
    ((topic !== 'script' && topic !== 'agenda') || flags.incident === undefined)
  ) {
    throw new CliError(
      `--review picks which of an incident's meetings the script or agenda is for; run \`debrief playbook ${topic === 'agenda' ? 'agenda' : 'script'} --incident ID --review ${flags.review}\``,
    );
  }
  if (flags.minutes !== undefined && topic !== 'agenda' && topic !== 'script') {
    throw new CliError(
      `--minutes sizes the agenda and the script only; run \`debrief playbook agenda --minutes ${flags.minutes}\``,
    );
  }
  if (flags.severity !== undefined && topic !== 'agenda') {
    throw new CliError(
      `--severity sizes the agenda only; run \`debrief playbook agenda --severity ${flags.severity}\``,
    );
  }
  if (flags.severity !== undefined && flags.incident !== undefined) {
    throw new CliError(
      "--severity is for an agenda without an incident; with --incident the incident's own severity is used",
    );
  }
  if (term.trim() !== '' && topic !== 'glossary' && topic !== 'nuance') {
    throw new CliError(
      `playbook ${topic} takes no term (only glossary and nuance do), got ${JSON.stringify(term)}${topic === 'script' || topic === 'agenda' ? `; for an incident's ${topic}, pass --incident ID` : ''}`,
    );
  }
}
