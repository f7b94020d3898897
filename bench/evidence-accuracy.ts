// Grouping accuracy of the template miner on Loghub-2k, following the protocol in the dataset's README.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { TemplateMiner } from '../src/evidence/index.js';

export const loghubDir = '/work/shared/datasets/loghub_2k';

/** Drain's published grouping accuracy per dataset (the README's table). */
export const drainPublished: Record<string, number> = {
  HDFS: 0.9975,
  Hadoop: 0.9475,
  Spark: 0.92,
  Zookeeper: 0.9665,
  BGL: 0.9625,
  HPC: 0.887,
  Thunderbird: 0.955,
  Windows: 0.997,
  Linux: 0.69,
  Android: 0.911,
  HealthApp: 0.78,
  Apache: 1.0,
  Proxifier: 0.5265,
  OpenSSH: 0.7875,
  OpenStack: 0.7325,
  Mac: 0.7865,
};

export interface Labelled {
  name: string;
  contents: string[];
  truth: string[];
}

/** Reads each dataset's Content and EventId columns in file order. */
export function loadLoghub(): Labelled[] {
  const out: Labelled[] = [];
  for (const name of readdirSync(loghubDir).sort()) {
    if (!(name in drainPublished)) continue;
    const rows = parse(readFileSync(join(loghubDir, name, `${name}_2k.log_structured.csv`)), {
      columns: true,
      relax_quotes: true,
    }) as Array<Record<string, string>>;
    out.push({ name, contents: rows.map((r) => r.Content ?? ''), truth: rows.map((r) => r.EventId ?? '') });
  }
  return out;
}

/** Share of lines whose predicted group is exactly the set of lines of their true group. */
export function groupingAccuracy(predicted: readonly number[], truth: readonly string[]): number {
  const byPredicted = new Map<number, number[]>();
  predicted.forEach((p, i) => {
    const list = byPredicted.get(p) ?? [];
    list.push(i);
    byPredicted.set(p, list);
  });
  const trueCounts = new Map<string, number>();
  for (const t of truth) trueCounts.set(t, (trueCounts.get(t) ?? 0) + 1);
  let correct = 0;
  for (const members of byPredicted.values()) {
    const first = truth[members[0] as number] as string;
    if (members.every((i) => truth[i] === first) && trueCounts.get(first) === members.length) {
      correct += members.length;
    }
  }
  return correct / truth.length;
}

/** Mines a dataset with one fresh miner (the single configuration) and returns its assignments. */
export function mine(contents: readonly string[]): number[] {
  const miner = new TemplateMiner();
  const raw = contents.map((line) => miner.add(line));
  miner.templates();
  return raw.map((index) => miner.resolve(index));
}

/** Each dataset's grouping accuracy beside Drain's published one. */
export function accuracies(sets: readonly Labelled[]): Array<{ name: string; ga: number; drain: number }> {
  return sets.map((set) => ({
    name: set.name,
    ga: groupingAccuracy(mine(set.contents), set.truth),
    drain: drainPublished[set.name] ?? 0,
  }));
}

if (process.argv[1] === import.meta.filename) {
  const rows = accuracies(loadLoghub());
  for (const { name, ga, drain } of rows) {
    console.log(`${name.padEnd(12)} ${ga.toFixed(4)} (drain ${drain})${ga < drain ? ' BELOW DRAIN' : ''}`);
  }
  console.log(`average      ${(rows.reduce((sum, row) => sum + row.ga, 0) / rows.length).toFixed(4)}`);
}
