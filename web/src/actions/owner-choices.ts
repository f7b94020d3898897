/**
 * The names to offer for an action's owner: the incident's participants first (they know the work), then the
 * owners already given on this incident, then everyone who can sign in. Each name once, whatever its case; the
 * field stays free text, since an owner may be a team or someone without an account.
 */
export function ownerChoices(
  participants: readonly string[],
  owners: readonly string[],
  accounts: readonly string[],
): string[] {
  const seen = new Set<string>();
  const choices: string[] = [];
  const byName = (a: string, b: string) => a.localeCompare(b);
  for (const group of [participants, owners, accounts]) {
    for (const name of [...group].sort(byName)) {
      const key = name.trim().toLocaleLowerCase('und');
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      choices.push(name.trim());
    }
  }
  return choices;
}
