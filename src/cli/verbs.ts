import type { Command } from 'commander';

type VerbModule = { register(program: Command): void };

/**
 * Every verb of the CLI, by the command name a user types. Each module exports `register(program)`, imports only
 * commander and small CLI helpers at the top and loads the store, analyzer, importers or server inside its
 * action. `main` loads just the module of the verb being run (all of them for the top-level help), so start-up
 * stays fast for every verb.
 */
export const verbModules: Record<string, () => Promise<VerbModule>> = {
  new: () => import('./new.js'),
  list: () => import('./list.js'),
  show: () => import('./show.js'),
  edit: () => import('./edit/edit.js'),
  export: () => import('./export.js'),
  import: () => import('./import.js'),
  timeline: () => import('./timeline.js'),
  actions: () => import('./actions.js'),
  factors: () => import('./factors.js'),
  participants: () => import('./participants.js'),
  review: () => import('./review.js'),
  delete: () => import('./delete.js'),
  db: () => import('./db.js'),
  backup: () => import('./backup.js'),
  restore: () => import('./backup.js'),
  signatures: () => import('./signatures.js'),
  evidence: () => import('./evidence/evidence.js'),
  serve: () => import('./serve.js'),
  token: () => import('./token/token.js'),
  report: () => import('./report.js'),
  playbook: () => import('./playbook/playbook.js'),
  lint: () => import('./lint/lint.js'),
  search: () => import('./search.js'),
  insights: () => import('./insights.js'),
  remind: () => import('./remind.js'),
  sync: () => import('./sync.js'),
};

// Global options that take a value, so the verb can be found after them (`debrief --db URL list`).
const globalsWithValue = new Set(['--db', '--server', '--token']);

/** The verb named on a command line, or undefined (top-level help, version, or an unknown word). */
export function verbOf(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (globalsWithValue.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return Object.hasOwn(verbModules, arg) ? arg : undefined;
  }
  return undefined;
}

/** Registers the verb being run, or every verb when none is named. */
export async function registerVerbs(program: Command, args: readonly string[]): Promise<void> {
  const verb = verbOf(args);
  const loaders = verb
    ? [verbModules[verb] as () => Promise<VerbModule>]
    : [...new Set(Object.values(verbModules))];
  const modules = await Promise.all(loaders.map((load) => load()));
  for (const module of new Set(modules)) module.register(program);
}
