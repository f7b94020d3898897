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
  for (const finding of analyze(text, { people: [...people] })) {
    process.stderr.write(
      `debrief: hint${where ? ` (${where})` : ''}: "${finding.text}": ${finding.message}${finding.question ? ` Ask instead: ${finding.question}` : ''}\n`,
    );
  }
}
