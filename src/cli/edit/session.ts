import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseIncidentMarkdown, renderIncidentMarkdown } from '../../report/markdown/index.js';
import type { Store } from '../../store/index.js';
import { CliError, exitCodes } from '../errors.js';

/**
 * Runs one edit: render, open the editor, parse, check nothing changed meanwhile, save. The file (the whole
 * incident, names included) is private to the user and removed unless the edit was refused, when it is kept,
 * and its path said, so the edits are not lost.
 */
export async function editIncident(store: Store, id: string, actor: string): Promise<void> {
  const before = await store.documents.load(id);
  const { version } = await store.incidents.get(id);
  const original = renderIncidentMarkdown(before);
  // mkdtemp makes the folder 0700; the file is 0600 as well, for a umask that would open it.
  const dir = await mkdtemp(join(tmpdir(), 'debrief-edit-'));
  const file = join(dir, `${id}.md`);
  await writeFile(file, original, { mode: 0o600 });
  let kept = false;
  try {
    await runEdit(store, { id, actor, version, before, original, file });
  } catch (error) {
    kept = error instanceof CliError && error.message.includes(file);
    throw error;
  } finally {
    if (!kept) await rm(dir, { recursive: true, force: true });
  }
}

interface EditJob {
  id: string;
  actor: string;
  version: number;
  before: Awaited<ReturnType<Store['documents']['load']>>;
  original: string;
  file: string;
}

async function runEdit(store: Store, job: EditJob): Promise<void> {
  const { id, actor, version, before, original, file } = job;

  const editor = process.env.VISUAL || process.env.EDITOR || 'vi';
  const run = spawnSync(`${editor} "${file}"`, { shell: true, stdio: 'inherit' });
  if (run.error || run.status !== 0) {
    throw new CliError(
      `the editor (${editor}) did not exit cleanly; nothing was saved; your file is ${file}`,
    );
  }
  const edited = await readFile(file, 'utf8');
  if (edited === original) {
    process.stdout.write(`no changes to ${id}\n`);
    return;
  }
  let doc: ReturnType<typeof parseIncidentMarkdown>;
  try {
    doc = parseIncidentMarkdown(edited, { file });
  } catch (error) {
    throw new CliError(`${(error as Error).message}; nothing was saved; your edits are kept in ${file}`);
  }
  if (doc.id !== id) {
    throw new CliError(
      `the id changed from ${id} to ${doc.id}; nothing was saved; your edits are kept in ${file}`,
    );
  }
  const now = await store.documents.load(id);
  if (!isDeepStrictEqual(now, before)) {
    throw new CliError(
      `${id} was changed by someone else while you were editing; nothing was saved. ` +
        `Your edits are kept in ${file}: run \`debrief edit ${id}\` again and re-apply them.`,
      exitCodes.found,
    );
  }
  let result: Awaited<ReturnType<Store['documents']['save']>>;
  try {
    result = await store.documents.save(doc, { actor }, { expectedVersion: version });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const kept = `nothing was saved; your edits are kept in ${file}`;
    if (code === 'conflict') {
      throw new CliError(
        `${id} was changed by someone else while you were editing; ${kept}`,
        exitCodes.found,
      );
    }
    throw new CliError(`${(error as Error).message}; ${kept}`);
  }
  process.stdout.write(`saved ${id} (version ${result.incident.version})\n`);
}
