import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConflictError, type IncidentDocument, isDebriefError } from '../domain/index.js';
import { parseIncidentMarkdown, renderIncidentMarkdown } from '../report/markdown/index.js';
import type { Store } from '../store/index.js';

/**
 * `debrief sync DIR`: a folder of canonical Markdown files (one per incident) and the database kept in step both
 * ways, so post-mortems can be reviewed in pull requests. What each side was at the last sync is kept in
 * `DIR/.debrief-sync.json` (per incident: its file, the incident's version and the file's SHA-256; no content), so
 * a change is known by where it happened: changed on one side, it is copied to the other; changed on both, it is a
 * conflict, reported and left alone on both sides unless `prefer` names the side that wins. Removing a file or an
 * incident is never copied without `prefer`: it is reported, since a deleted post-mortem is hard to get back.
 */

export const syncStateFile = '.debrief-sync.json';

interface SyncEntry {
  file: string;
  version: number;
  sha256: string;
}
interface SyncState {
  incidents: Record<string, SyncEntry>;
}

export type SyncSide = 'files' | 'database';

export interface SyncOptions {
  actor: string;
  /** Only say what would happen. */
  dryRun?: boolean | undefined;
  /** Which side wins a conflict or a removal. */
  prefer?: SyncSide | undefined;
  /**
   * The store shows only the incidents this person may see (a server's API): an incident missing from it may be
   * hidden (restricted, perhaps since its file was written) rather than deleted, so its file is left alone instead
   * of reported as a removal or removed by `prefer: 'database'`; `prefer: 'files'` saves it again when it was deleted.
   */
  partialView?: boolean | undefined;
}

export type SyncOutcome =
  | 'exported'
  | 'imported'
  | 'created'
  | 'unchanged'
  | 'conflict'
  | 'removed-file'
  | 'removed-incident'
  | 'deleted-file'
  | 'deleted-incident'
  | 'hidden'
  | 'unreadable';

/** What happened to one incident or file, in a sentence. */
export interface SyncLine {
  outcome: SyncOutcome;
  id: string | undefined;
  file: string | undefined;
  message: string;
}

interface FileEntry {
  file: string;
  text: string;
  sha256: string;
  doc: IncidentDocument;
  /** Whether the file named no id (a new post-mortem written by hand): one is given and written into it. */
  newId: boolean;
  /** Whether some record in it has no id (a row added by hand): ids are given and written into the file. */
  needsIds: boolean;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function readState(dir: string): Promise<SyncState> {
  try {
    const value = JSON.parse(await readFile(join(dir, syncStateFile), 'utf8')) as Partial<SyncState>;
    return { incidents: value.incidents ?? {} };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { incidents: {} };
    throw new Error(`${join(dir, syncStateFile)}: not readable as sync state (${(error as Error).message})`);
  }
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
async function writeAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

/** The Markdown files of the folder, parsed; files that do not parse are reported and left alone. */
async function readFiles(dir: string, lines: SyncLine[]): Promise<Map<string, FileEntry>> {
  const files = new Map<string, FileEntry>();
  const names = (await readdir(dir))
    .filter((name) => /\.md$/i.test(name) && !/^readme\.md$/i.test(name))
    .sort();
  for (const file of names) {
    const text = await readFile(join(dir, file), 'utf8');
    let doc: IncidentDocument;
    try {
      doc = parseIncidentMarkdown(text, { file });
    } catch (error) {
      lines.push({
        outcome: 'unreadable',
        id: undefined,
        file,
        message: `${(error as Error).message}; left alone`,
      });
      continue;
    }
    // A file or row with no id is given a fresh one on every parse: parsed twice, the ids differ.
    const again = parseIncidentMarkdown(text, { file });
    const named = again.id === doc.id;
    const needsIds = !named || JSON.stringify(again) !== JSON.stringify(doc);
    const other = files.get(doc.id);
    if (other) {
      lines.push({
        outcome: 'unreadable',
        id: doc.id,
        file,
        message: `${file} and ${other.file} are both ${doc.id}; left alone (an incident has one file)`,
      });
      continue;
    }
    files.set(doc.id, { file, text, sha256: sha256(text), doc, newId: !named, needsIds });
  }
  return files;
}

function hiddenReason(id: string): string {
  return `${id} is restricted to the people who take part in it, and you are not among them`;
}

/** Keeps the folder and the database in step; answers a line per incident or file that needed a look. */
export async function syncFolder(store: Store, dir: string, options: SyncOptions): Promise<SyncLine[]> {
  const lines: SyncLine[] = [];
  const state = await readState(dir);
  const files = await readFiles(dir, lines);
  const incidents = new Map((await store.incidents.list({})).map((incident) => [incident.id, incident]));
  const taken = new Set([...files.values()].map((entry) => entry.file.toLowerCase()));
  const write = !options.dryRun;
  const save = async () => {
    if (write) await writeAtomic(join(dir, syncStateFile), `${JSON.stringify(state, null, 2)}\n`);
  };
  const say = (outcome: SyncOutcome, id: string, file: string | undefined, message: string) =>
    lines.push({ outcome, id, file, message });

  const exportTo = async (id: string, file: string, why: string, expectedSha?: string) => {
    const text = renderIncidentMarkdown(await store.documents.load(id));
    const { version } = await store.incidents.get(id);
    if (write) {
      // The file may have been edited since it was read: then it is a conflict, not something to overwrite.
      const now = await readFile(join(dir, file), 'utf8').catch(() => undefined);
      if (expectedSha !== undefined && (now === undefined || sha256(now) !== expectedSha)) {
        say('conflict', id, file, `${file} changed while syncing; nothing written, run sync again`);
        return;
      }
      await writeAtomic(join(dir, file), text);
      state.incidents[id] = { file, version, sha256: sha256(text) };
      await save();
    }
    say('exported', id, file, `wrote ${id} to ${file} (${why})`);
  };

  const importFrom = async (entry: FileEntry, expectedVersion: number | undefined, why: string) => {
    const id = entry.doc.id;
    if (!write) {
      // A file without an id gets one when it is saved; the one drawn for this dry run would not be it.
      const as = entry.newId ? 'a new incident' : id;
      say(
        expectedVersion === undefined ? 'created' : 'imported',
        id,
        entry.file,
        `would save ${entry.file} as ${as} (${why})`,
      );
      return;
    }
    let version: number;
    try {
      const saved = await store.documents.save(entry.doc, { actor: options.actor }, { expectedVersion });
      version = saved.incident.version;
    } catch (error) {
      if (error instanceof ConflictError || (isDebriefError(error) && error.code === 'conflict')) {
        say(
          'conflict',
          id,
          entry.file,
          `${id} changed in the database while syncing; nothing saved, run sync again`,
        );
        return;
      }
      // The server has the incident but this person may not see it: the rest of the folder syncs on.
      if (isDebriefError(error) && error.code === 'not_found') {
        say('hidden', id, entry.file, `${entry.file} not saved: ${hiddenReason(id)}; left alone`);
        return;
      }
      // A file the database refuses (an id that differs only in case from another's) is reported as one that
      // does not parse: left alone, and the rest of the folder syncs on.
      if (isDebriefError(error) && error.code === 'invalid_input') {
        say('unreadable', id, entry.file, `${entry.file} not saved: ${error.message}; left alone`);
        return;
      }
      throw error;
    }
    let sha = entry.sha256;
    if (entry.needsIds) {
      // A hand-written file or row with no id gets the id it was saved with, or every later sync would save it
      // again as a new record.
      const text = renderIncidentMarkdown(await store.documents.load(id));
      await writeAtomic(join(dir, entry.file), text);
      sha = sha256(text);
    }
    state.incidents[id] = { file: entry.file, version, sha256: sha };
    await save();
    const created = expectedVersion === undefined;
    say(created ? 'created' : 'imported', id, entry.file, `saved ${entry.file} as ${id} (${why})`);
  };

  const sameContent = async (entry: FileEntry) =>
    renderIncidentMarkdown(entry.doc) === renderIncidentMarkdown(await store.documents.load(entry.doc.id));

  const ids = [...new Set([...files.keys(), ...incidents.keys(), ...Object.keys(state.incidents)])].sort();
  for (const id of ids) {
    const entry = files.get(id);
    const incident = incidents.get(id);
    const last = state.incidents[id];
    if (entry && incident) {
      const fileChanged = last === undefined || entry.sha256 !== last.sha256 || entry.file !== last.file;
      const dbChanged = last === undefined || incident.version !== last.version;
      if (!fileChanged && !dbChanged) {
        say('unchanged', id, entry.file, `${id} unchanged`);
      } else if (last !== undefined && entry.sha256 === last.sha256 && !dbChanged) {
        state.incidents[id] = { ...last, file: entry.file };
        await save();
        say('unchanged', id, entry.file, `${id} unchanged (its file was renamed from ${last.file})`);
      } else if (fileChanged && !dbChanged) {
        await importFrom(entry, incident.version, 'changed in the file');
      } else if (!fileChanged && dbChanged) {
        await exportTo(id, entry.file, 'changed in the database', entry.sha256);
      } else if (await sameContent(entry)) {
        state.incidents[id] = { file: entry.file, version: incident.version, sha256: entry.sha256 };
        await save();
        say('unchanged', id, entry.file, `${id} is the same in ${entry.file} and the database`);
      } else if (options.prefer === 'files') {
        await importFrom(entry, incident.version, 'changed on both sides; --prefer files');
      } else if (options.prefer === 'database') {
        await exportTo(id, entry.file, 'changed on both sides; --prefer database', entry.sha256);
      } else {
        say(
          'conflict',
          id,
          entry.file,
          last === undefined
            ? `${entry.file} and the database both hold ${id}, and they differ; neither was overwritten (--prefer files or --prefer database picks one)`
            : `${id} changed in ${entry.file} and in the database since the last sync; neither was overwritten (--prefer files or --prefer database picks one)`,
        );
      }
    } else if (entry) {
      if (options.partialView && last !== undefined && options.prefer !== 'files') {
        say(
          'hidden',
          id,
          entry.file,
          `${id} is not among the incidents you may see (deleted, or restricted to people you are not among); ${entry.file} left alone: someone syncing with --db sees which`,
        );
      } else if (last === undefined) {
        await importFrom(
          entry,
          undefined,
          entry.newId ? 'a new file; its id is written into it' : 'a new file',
        );
      } else if (options.prefer === 'files') {
        await importFrom(entry, undefined, 'deleted in the database; --prefer files');
      } else if (options.prefer === 'database' && entry.sha256 === last.sha256) {
        if (write) {
          await rm(join(dir, entry.file));
          delete state.incidents[id];
          await save();
        }
        say(
          'deleted-file',
          id,
          entry.file,
          `removed ${entry.file}: ${id} was deleted in the database; --prefer database`,
        );
      } else {
        say(
          'removed-incident',
          id,
          entry.file,
          `${id} was deleted in the database but ${entry.file} is still here; nothing changed (--prefer files saves it again, --prefer database removes the file)`,
        );
      }
    } else if (incident) {
      if (last === undefined) {
        let file = `${id}.md`;
        for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${id}-${n}.md`;
        taken.add(file.toLowerCase());
        await exportTo(id, file, 'new in the database');
      } else if (options.prefer === 'database') {
        await exportTo(id, last.file, 'its file was removed; --prefer database');
      } else if (options.prefer === 'files' && incident.version === last.version) {
        if (write) {
          await store.incidents.delete(id, incident.version, { actor: options.actor });
          delete state.incidents[id];
          await save();
        }
        say('deleted-incident', id, last.file, `deleted ${id}: ${last.file} was removed; --prefer files`);
      } else {
        say(
          'removed-file',
          id,
          last.file,
          `${last.file} was removed but ${id} is still in the database; nothing deleted (--prefer files deletes the incident, --prefer database writes the file again)`,
        );
      }
    } else if (last) {
      delete state.incidents[id];
      await save();
    }
  }
  return lines;
}
