import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The dependency rule of DESIGN.md: which folders each folder may import from. Nothing imports cli or web; only
// cli imports server (the `serve` verb starts it). What debrief does (import evidence, attach it, publish a
// report, change records) lives once in `app`; cli and server reach evidence only through it. The store is
// reached through its ports (storeSurface); its HTTP adapter (src/store/http) sees only the domain and the port.
const allowed: Record<string, string[]> = {
  domain: [],
  language: ['domain'],
  evidence: ['domain'],
  playbook: ['domain'],
  report: ['domain', 'language', 'playbook'],
  store: ['domain'],
  app: ['domain', 'language', 'evidence', 'playbook', 'report', 'store'],
  server: ['domain', 'language', 'playbook', 'report', 'store', 'app', 'server'],
  cli: ['domain', 'language', 'playbook', 'report', 'store', 'app', 'server', 'cli'],
  web: ['domain', 'language', 'playbook', 'report'],
};
// Operations that belong to `app`: a call to one of these in cli or server is an operation written at a door.
const operationCalls: ReadonlyArray<[RegExp, string]> = [
  [/\brenderReport\(/, 'render a report (publishReport does, with the gate)'],
  [/\bcheckReportLanguage\(/, 'check a report’s language (publishReport does)'],
  [/\bprintPdf\(/, 'print a PDF (publishReport does)'],
  [/\.addMany\(/, 'add events in bulk (attachDraft does)'],
  [/\bnew EvidenceDraft\(/, 'draft a timeline (importEvidence does)'],
  [/\.(factors|actions|reviews|timeline)\.(add|update|delete)\(/, 'change a record (app/records does)'],
];
// Doors that may still call the store's repositories directly, and why.
const operationExceptions = new Set([
  // Seeds fixed demo data, with ids and links of its own; not an operation a user performs.
  'src/server/demo/seed-demo.ts',
]);
// The store's ports and openers: all that code outside src/store may import from it. The SQL adapter's insides
// (its Kysely handle, repositories, migrations) stay behind them, so no caller reaches past a port to the database.
const storeSurface = [
  'src/store/index.ts',
  'src/store/store.ts',
  'src/store/audit-log.ts',
  'src/store/change-feed.ts',
  'src/store/backups.ts',
  'src/store/accounts/account-store.ts',
  'src/store/accounts/user.ts',
  'src/store/incident-view.ts',
  'src/store/sql-store.ts',
  'src/store/open.ts',
  'src/store/http/',
];
// Adapters of the store's ports that are not SQL each live in a folder of their own under src/store and may
// import only the domain, the port they implement, and their own folder: never the SQL adapter beside them.
const portAdapters: Record<string, string[]> = {
  'src/store/http/': ['src/domain/', 'src/store/store.ts', 'src/store/http/'],
};
// Pure folders must not reach the network, a database or a process.
const pureFolders = new Set(['domain', 'language', 'evidence', 'playbook', 'report']);
const impureModules = [
  /^node:(net|http|https|http2|dgram|dns|tls|child_process|cluster|worker_threads)$/,
  /^(net|http|https|http2|dgram|dns|tls|child_process|cluster)$/,
  /^(pg|better-sqlite3|kysely|fastify)(\/|$)/,
];
// Folders that must run in a browser may not use Node's built-ins at all.
const browserFolders = new Set(['domain', 'language']);

const root = resolve(import.meta.dirname, '..');

// Folders with a public entry: code outside them (tests and benchmarks included) imports their index.ts only.
// The HTTP adapter is a folder of its own with its own entry, listed before the store so it is matched first.
const guardedFolders = ['src/evidence', 'src/store/http', 'src/store'];
// Entries kept apart from the index on purpose, by importer. Each saves start-up time the whole index would cost.
const lazyEntries: Record<string, string[]> = {
  // Every verb that reads or writes records opens the store; the index would also load accounts (password
  // hashing), backups and the audit log, about 15 ms more at each start.
  'src/cli/context.ts': ['src/store/open.ts'],
  // `debrief signatures` only reads lines and mines them: these two modules load in about 62 ms, the evidence
  // index (every format, the drafting) in about 78 ms, on a verb that starts in about 140 ms.
  'src/app/mine-signatures.ts': [
    'src/evidence/read/open-evidence.ts',
    'src/evidence/signatures/mine-messages.ts',
  ],
};

function sourceFiles(dir: string, withTests = false): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path, withTests));
    else if (/\.(ts|tsx)$/.test(name) && (withTests || !/\.test\.tsx?$/.test(name))) out.push(path);
  }
  return out;
}

/** The folder (domain, cli, web…) a file belongs to, or undefined outside src/ and web/. */
function folderOf(file: string): string | undefined {
  const rel = relative(root, file).split(sep);
  if (rel[0] === 'web') return 'web';
  if (rel[0] === 'src') return rel[1];
  return undefined;
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(importPattern)) found.push((match[1] ?? match[2] ?? match[3]) as string);
  return found;
}

function violations(): string[] {
  const problems: string[] = [];
  const files = [...sourceFiles(join(root, 'src'))];
  try {
    files.push(...sourceFiles(join(root, 'web', 'src')));
  } catch {
    // no web app yet
  }
  for (const file of files) {
    const from = folderOf(file);
    if (!from) continue;
    const rel = relative(root, file).split(sep).join('/');
    if ((from === 'cli' || from === 'server') && !operationExceptions.has(rel)) {
      const text = readFileSync(file, 'utf8');
      for (const [pattern, what] of operationCalls) {
        if (pattern.test(text)) problems.push(`${rel} (${from}) does an operation of app: ${what}`);
      }
    }
    const adapter = Object.keys(portAdapters).find((folder) => rel.startsWith(folder));
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const targetPath = resolve(dirname(file), spec);
        const target = folderOf(targetPath);
        const targetRel = relative(root, targetPath).split(sep).join('/').replace(/\.js$/, '.ts');
        if (!target) {
          problems.push(`${relative(root, file)} imports ${spec}, outside src/ and web/`);
        } else if (target !== from && !allowed[from]?.includes(target)) {
          problems.push(`${relative(root, file)} (${from}) imports ${spec} (${target})`);
        } else if (
          target === 'store' &&
          from !== 'store' &&
          // Test support, like the tests themselves, may reach behind the ports.
          !rel.includes('/test-support/') &&
          !storeSurface.some((p) => targetRel.startsWith(p))
        ) {
          problems.push(`${rel} (${from}) imports ${spec}, behind the store's ports`);
        } else if (adapter && !portAdapters[adapter]?.some((p) => targetRel.startsWith(p))) {
          problems.push(`${rel} (an adapter in ${adapter}) imports ${spec}: only the domain and its port`);
        }
      } else if (adapter && impureModules.some((re) => re.test(spec))) {
        problems.push(`${rel} (an adapter in ${adapter}) imports ${spec}`);
      } else if (pureFolders.has(from) && impureModules.some((re) => re.test(spec))) {
        problems.push(`${relative(root, file)} (${from}, pure) imports ${spec}`);
      } else if (
        browserFolders.has(from) &&
        (spec.startsWith('node:') || /^(fs|path|os|stream)$/.test(spec))
      ) {
        problems.push(`${relative(root, file)} (${from}, runs in a browser) imports ${spec}`);
      }
    }
  }
  return problems;
}

/** Code that never ships: tests, test support, the top-level test/ and bench/ folders and the browser tests. */
function isTestCode(rel: string): boolean {
  return (
    /\.test\.tsx?$/.test(rel) ||
    rel.split('/').includes('test-support') ||
    /^(test|bench|web\/e2e)\//.test(rel)
  );
}

/** Imports that reach past a guarded folder's index, or from shipped code into test support. */
function entryViolations(): string[] {
  const problems: string[] = [];
  const files = ['src', 'test', 'bench', 'web/src', 'web/e2e'].flatMap((dir) => {
    try {
      return sourceFiles(join(root, dir), true);
    } catch {
      return [];
    }
  });
  for (const file of files) {
    const from = relative(root, file).split(sep).join('/');
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = relative(root, resolve(dirname(file), spec))
        .split(sep)
        .join('/')
        .replace(/\.js$/, '.ts');
      if (target.split('/').includes('test-support')) {
        if (!isTestCode(from)) problems.push(`${from} ships but imports test support ${spec}`);
        continue;
      }
      const folder = guardedFolders.find((f) => target.startsWith(`${f}/`));
      if (!folder) continue;
      if (from.startsWith(`${folder}/`)) {
        if (target === `${folder}/index.ts`)
          problems.push(`${from} imports its own folder's index (a cycle)`);
        continue;
      }
      if (target === `${folder}/index.ts` || lazyEntries[from]?.includes(target)) continue;
      problems.push(`${from} imports ${spec}; use ${folder}/index.ts`);
    }
  }
  return problems;
}

describe('the dependency rule', () => {
  it('finds imports in static, re-export, dynamic and side-effect forms', () => {
    const text =
      "import { a } from '../domain/x.js';\nexport * from './y.js';\nconst m = await import('../store/z.js');\nimport './side.js';";
    expect(importsOf(text)).toEqual(['../domain/x.js', './y.js', '../store/z.js', './side.js']);
  });

  it('finds an operation written in a door', () => {
    expect(
      operationCalls.some(([pattern]) => pattern.test('await store.actions.update(id, 1, {}, ctx)')),
    ).toBe(true);
    expect(operationCalls.some(([pattern]) => pattern.test('const r = renderReport(doc, options);'))).toBe(
      true,
    );
    expect(operationCalls.some(([pattern]) => pattern.test('await publishReport(store, id, o, ctx)'))).toBe(
      false,
    );
  });

  it('holds for every source file', () => {
    expect(violations()).toEqual([]);
  });

  it('lets code outside evidence and store import only their index, and only tests import test support', () => {
    expect(entryViolations()).toEqual([]);
  });

  it('keeps every lazy entry in use, so the list does not outlive its reason', () => {
    const stale = Object.entries(lazyEntries).flatMap(([from, targets]) => {
      const text = readFileSync(join(root, from), 'utf8');
      const reached = new Set(
        importsOf(text).map((spec) =>
          relative(root, resolve(dirname(join(root, from)), spec))
            .split(sep)
            .join('/')
            .replace(/\.js$/, '.ts'),
        ),
      );
      return targets.filter((target) => !reached.has(target)).map((target) => `${from} -> ${target}`);
    });
    expect(stale).toEqual([]);
  });
});
