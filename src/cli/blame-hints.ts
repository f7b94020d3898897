import type { Store } from '../store/index.js';

/**
 * Warns on stderr about blameful language in text a person just saved (a factor, review notes, a decision), as
 * the web app does while they type. A hint, not a refusal: the text is saved either way.
 */
export async function warnAboutBlame(
  text: string,
  people: readonly string[] = [],
  where = '',
): Promise<void> {
  const { analyze } = await import('../language/index.js');
  for (const finding of analyze(text, { people: [...people], every: true })) {
    process.stderr.write(
      `debrief: hint${where ? ` (${where})` : ''}: "${finding.text}": ${finding.message}${finding.question ? ` Ask instead: ${finding.question}` : ''}\n`,
    );
  }
}

/** Whether a known person's name (whole, or its first word) stands in the text as a word of its own. */
function mentions(text: string, person: string): boolean {
  const words = person
    .trim()
    .split(/\s+/u)
    .filter((word) => word.length > 1);
  const forms = [person.trim(), ...(words.length > 1 ? [words[0] as string] : [])];
  return forms.some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  });
}

/**
 * Warns on stderr when a text meant to say where things stand (a follow-up's outcome) names a person: the
 * incident's people, or a name as free text shows one. The blame check is run too. A hint: the text is kept.
 */
export async function warnAboutNames(text: string, people: readonly string[], where: string): Promise<void> {
  const { personNamesIn } = await import('../language/index.js');
  const named = [
    ...new Set([
      ...people.filter((person) => person.trim() !== '' && mentions(text, person)),
      ...personNamesIn(text),
    ]),
  ];
  if (named.length > 0) {
    process.stderr.write(
      `debrief: hint (${where}): it names ${named.join(', ')}; say where the work stands and what is in its way (e.g. "the runbook is not written yet"), not who\n`,
    );
  }
  await warnAboutBlame(text, people, where);
}

/**
 * The people an incident names (its participants and its actions' owners), so a hint reads "Remind Will May to …"
 * as a task put on a person, as the report gate does (trial 12h A-5).
 */
export async function incidentPeople(store: Store, incidentId: string): Promise<string[]> {
  const incident = await store.incidents.get(incidentId);
  const actions = await store.actions.list(incidentId);
  return [...incident.participants.map((p) => p.name), ...actions.flatMap((a) => (a.owner ? [a.owner] : []))];
}
