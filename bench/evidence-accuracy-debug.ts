// Shows where the miner's groups differ from Loghub's ground truth, largest losses first (development aid:
// `node --import tsx bench/evidence-accuracy-debug.ts Linux`).
import { loadLoghub, mine } from './evidence-accuracy.js';

const wanted = process.argv[2];
for (const set of loadLoghub()) {
  if (wanted && set.name !== wanted) continue;
  const predicted = mine(set.contents);
  const byTruth = new Map<string, number[]>();
  const byPred = new Map<number, number[]>();
  predicted.forEach((p, i) => {
    const t = set.truth[i] as string;
    byTruth.set(t, [...(byTruth.get(t) ?? []), i]);
    byPred.set(p, [...(byPred.get(p) ?? []), i]);
  });
  const lines: Array<[number, string]> = [];
  for (const [t, members] of byTruth) {
    const preds = [...new Set(members.map((i) => predicted[i] as number))];
    if (preds.length > 1) {
      const examples = preds.slice(0, 4).map((p) => set.contents[members.find((i) => predicted[i] === p)!]);
      lines.push([
        members.length,
        `split ${t} (${members.length} lines, ${preds.length} groups)\n   ${examples.join('\n   ')}`,
      ]);
    }
  }
  for (const [, members] of byPred) {
    const truths = [...new Set(members.map((i) => set.truth[i] as string))];
    if (truths.length > 1) {
      const examples = truths.slice(0, 4).map((t) => set.contents[members.find((i) => set.truth[i] === t)!]);
      lines.push([
        members.length,
        `merged ${truths.join(',')} (${members.length} lines)\n   ${examples.join('\n   ')}`,
      ]);
    }
  }
  console.log(`== ${set.name}`);
  for (const [, text] of lines.sort((a, b) => b[0] - a[0]).slice(0, 10)) console.log(text);
}
