// Compiles the rule and playbook data files into TypeScript modules: `npm run content`.
//
// Principle 5 of STYLE.md: blame rules, objections, probing questions, the glossary and the meeting scripts live
// in reviewable YAML files (src/language/rules/*.yml, src/playbook/content/*.yml). The analyzer runs on every
// keystroke in the browser and at every `debrief lint`, so nothing parses YAML at run time: this script reads each
// file, validates it with its zod schema (src/language/rules/schema.ts, src/playbook/content/schema.ts), expands
// the rules' named word lists into regular expressions (src/language/rules/expand.ts) and writes one plain
// TypeScript module per file under the folder's `generated/`.
//
// The generated modules are committed, so `npm ci && npm test` and the build need no extra step, and a review
// shows the compiled patterns next to the YAML change. The tests beside the data (src/language/rules/data.test.ts,
// src/playbook/content/data.test.ts) fail when a module is not what this script would write, so CI catches a
// YAML edit that was not regenerated.
//
//   npm run content              write the generated modules (and delete ones no YAML file produces any more)
//   npm run content -- --check   write nothing; list the stale modules and exit 1 if there are any
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageContent } from './content/language.js';
import type { GeneratedFile } from './content/load.js';
import { playbookContent } from './content/playbook.js';

/** Every generated module, computed from the YAML under `root` (nothing is written). */
export function compileContent(root: string): GeneratedFile[] {
  return [...languageContent(root), ...playbookContent(root)];
}

/** Files in the `generated/` folders of `files` that none of `files` is: left over from a removed data file. */
function orphans(root: string, files: readonly GeneratedFile[]): string[] {
  const wanted = new Set(files.map((file) => file.path));
  const folders = new Set(files.map((file) => dirname(file.path)));
  return [...folders].flatMap((folder) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder))
          .map((name) => `${folder}/${name}`)
          .filter((path) => !wanted.has(path))
      : [],
  );
}

/**
 * The generated modules under `root` that differ from `files` (by default everything the YAML compiles to), are
 * missing, or are left over in the same folders.
 */
export function staleContent(root: string, files = compileContent(root)): string[] {
  const stale = files
    .filter(
      ({ path, text }) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text,
    )
    .map(({ path }) => path);
  return [...stale, ...orphans(root, files)];
}

/** Writes every generated module that changed and removes left-over ones; returns the paths of each. */
export function writeContent(root: string): { written: string[]; removed: string[] } {
  const files = compileContent(root);
  const stale = new Set(staleContent(root, files));
  const removed = orphans(root, files);
  for (const path of removed) rmSync(join(root, path));
  const written = files.filter(({ path }) => stale.has(path));
  for (const { path, text } of written) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { written: written.map(({ path }) => path), removed };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    if (process.argv.includes('--check')) {
      const stale = staleContent(root);
      for (const path of stale) console.error(`stale: ${path} (run \`npm run content\`)`);
      process.exitCode = stale.length > 0 ? 1 : 0;
    } else {
      const { written, removed } = writeContent(root);
      for (const path of written) console.log(`wrote ${path}`);
      for (const path of removed) console.log(`removed ${path}`);
      if (written.length + removed.length === 0) console.log('generated content is up to date');
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
  }
}
