// Levenshtein distance: insertions, deletions and substitutions.
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The choice a mistyped word was meant to be, for a "did you mean": the one it starts ("mitig" is mitigation), else
 * one within a typo or two ("mitgation"); undefined when none is near.
 */
export function nearestChoice(text: string, choices: readonly string[]): string | undefined {
  const key = text.trim().toLowerCase();
  if (key.length < 3) return undefined;
  const started = choices.find((choice) => choice.startsWith(key));
  if (started) return started;
  let best: { choice: string; distance: number } | undefined;
  for (const choice of choices) {
    const distance = editDistance(key, choice);
    if (distance <= Math.max(1, Math.floor(choice.length / 4)) && distance < (best?.distance ?? Infinity))
      best = { choice, distance };
  }
  return best?.choice;
}
