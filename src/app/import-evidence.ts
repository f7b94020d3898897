import { open, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { IANAZone } from 'luxon';
import { invalidInput, isDebriefError } from '../domain/index.js';
import type { ExportFile } from '../evidence/index.js';
import {
  accessLogZone,
  crashFormats,
  EvidenceDraft,
  type EvidenceResult,
  formatNames,
  type LineStats,
  maxDocumentChars,
  newLineStats,
  openLineBatches,
  type RevealedZone,
  revealedZone,
  unparsedSamples,
} from '../evidence/index.js';
import { collectInputs, type EvidenceInput } from './evidence-inputs.js';
import { parallelThreshold } from './read-in-parallel.js';

/** A file already on disk and the name it is reported under (an upload's file name, not its temporary path). */
export interface NamedFile {
  name: string;
  path: string;
}

/** How the bytes of the evidence are being read, for a progress bar; called now and then, never required. */
export interface ImportProgress {
  /** Once, before reading: the bytes of every file (stdin counts 0). */
  start?(totalBytes: number): void;
  /** Bytes of the current file read so far. */
  advance?(bytesOfFile: number): void;
  /** A file was read whole. */
  fileDone?(size: number): void;
  end?(): void;
}

export interface ImportOptions {
  /** Time zone for timestamps written without one; an IANA name. UTC when left out. */
  zone?: string | undefined;
  /**
   * A zone named for one input (a file, or a folder for the files under it), used for its zone-less times
   * whatever the file reveals; see `zoneOverrides`.
   */
  zoneFor?: ((path: string) => string | undefined) | undefined;
  /** Skips format detection: a format for every file, or per path (see `formatNames()`). */
  formatFor?: ((path: string) => string | undefined) | undefined;
  /** "Now", for years missing from syslog stamps; the current time when left out. */
  reference?: Date | undefined;
  progress?: ImportProgress | undefined;
  /** Stops the import (it rejects with the signal's reason) between batches of lines: a client that left. */
  signal?: AbortSignal | undefined;
}

/** The drafted timeline, and the inputs that could not be read at all (each a line naming the path). */
export interface ImportedEvidence {
  result: EvidenceResult;
  unreadable: string[];
}

// A fixed offset as a zone: `+01:00`, `-0530`, `+01`, optionally after `UTC` or `GMT`.
const offsetZone = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * Checks a time zone: an IANA name (`Europe/Paris`, also `CET`), `UTC`, or a fixed offset (`+01:00`, returned as
 * `UTC+1`, the form the time reader takes); throws invalid_input naming anything else.
 */
export function checkZone(zone: string): string {
  if (zone === 'UTC' || IANAZone.isValidZone(zone)) return zone;
  const offset = offsetZone.exec(zone);
  if (offset) {
    const [, sign, h, m] = offset as unknown as [string, string, string, string | undefined];
    const hours = Number(h);
    const minutes = Number(m ?? '0');
    if (hours <= 14 && minutes < 60) {
      if (hours === 0 && minutes === 0) return 'UTC';
      return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
    }
  }
  throw invalidInput(
    `unknown time zone ${JSON.stringify(zone)}; expected an IANA name such as Europe/Paris, UTC, or an offset such as +01:00`,
  );
}

/** Whether a value names a zone checkZone accepts. */
export function isZone(zone: string): boolean {
  try {
    checkZone(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zones given with --tz: `ZONE` for every input, `PATH=ZONE` for one file or the files under a folder. */
export interface ZoneOverrides {
  /** The zone for inputs without one of their own (UTC when none was given). */
  zone: string;
  zoneFor: (path: string) => string | undefined;
  /** The `PATH=ZONE` values no path looked up so far fell under, as they were given (a typo, a wrong folder). */
  unused: () => string[];
}

/**
 * A lookup of values given for paths (`PATH=VALUE`): a folder's value applies to the files under it, the longest
 * match winning; paths are compared resolved, so `./logs/a.log` and its absolute path are one. `unused` lists the
 * values no path looked up so far fell under, as they were given (a typo, a wrong folder).
 */
function pathLookup<T>(entries: ReadonlyArray<{ path: string; value: T; given: string }>) {
  const byPath = new Map<string, { value: T; given: string; used: boolean }>();
  for (const entry of entries) byPath.set(resolve(entry.path), { ...entry, used: false });
  const lookup = (path: string): T | undefined => {
    if (byPath.size === 0 || path === '-') return undefined;
    for (let p = resolve(path); ; p = dirname(p)) {
      const found = byPath.get(p);
      if (found) {
        found.used = true;
        return found.value;
      }
      if (dirname(p) === p) return undefined;
    }
  };
  const unused = () => [...byPath.values()].filter((entry) => !entry.used).map((entry) => entry.given);
  return { lookup, unused };
}

/** Splits `PATH=VALUE` at its last `=`; a value alone has no path. */
function splitPathValue(value: string): [string | undefined, string] {
  const eq = value.lastIndexOf('=');
  return eq > 0 ? [value.slice(0, eq), value.slice(eq + 1)] : [undefined, value];
}

/**
 * Turns `ZONE` or `PATH=ZONE` values into the import's zone and a lookup by path (`pathLookup`), or throws
 * invalid_input naming an unknown zone.
 */
export function zoneOverrides(values: readonly string[] = []): ZoneOverrides {
  let zone = 'UTC';
  const entries: Array<{ path: string; value: string; given: string }> = [];
  for (const given of values) {
    const [path, named] = splitPathValue(given);
    if (path === undefined) zone = checkZone(named);
    else entries.push({ path, value: checkZone(named), given });
  }
  const { lookup, unused } = pathLookup(entries);
  return { zone, zoneFor: lookup, unused };
}

/** The format forced for a path, if any; `unused` lists the `PATH=FORMAT` values no input read fell under. */
export type FormatOverrides = ((path: string) => string | undefined) & { unused: () => string[] };

/**
 * Turns `FORMAT` or `PATH=FORMAT` values into a lookup by path (`pathLookup`: a folder's format applies to the
 * files under it), or throws invalid_input naming an unknown format and listing the known ones.
 */
export function formatOverrides(values: readonly string[] = []): FormatOverrides {
  const known = new Set(formatNames());
  // Crashes are found inside any text: forcing one of their names reads the file as plain text, where the crash
  // reader looks. A Slack export is a folder or a zip, recognised as such, with nothing to force.
  const asText = new Set<string>(crashFormats.map((f) => f.name).filter((name) => name !== 'slack-export'));
  let all: string | undefined;
  const entries: Array<{ path: string; value: string; given: string }> = [];
  for (const given of values) {
    const [path, named] = splitPathValue(given);
    if (named === 'slack-export') {
      throw invalidInput('slack-export needs no override: pass the export folder or the zip Slack hands out');
    }
    const format = asText.has(named) ? 'text' : named;
    if (!known.has(format)) {
      const accepted = [...known, ...asText].join(', ');
      throw invalidInput(`unknown format ${JSON.stringify(named)}; expected one of ${accepted}`);
    }
    if (path === undefined) all = format;
    else entries.push({ path, value: format, given });
  }
  const { lookup, unused } = pathLookup(entries);
  return Object.assign((path: string) => lookup(path) ?? all, { unused });
}

/**
 * Reads evidence into a draft timeline. `paths` are files, folders (walked, sorted, hidden entries skipped;
 * a Slack export folder is read whole) or `-` for stdin; `files` are files on disk under a name of their own
 * (uploads). Large line-format files are read by several worker threads. Lines that cannot be parsed are counted
 * in the result; an input that cannot be opened at all is listed in `unreadable`, and the others are still read.
 */
export async function importEvidence(
  input: { paths: readonly string[] } | { files: readonly NamedFile[] },
  options: ImportOptions = {},
): Promise<ImportedEvidence> {
  const zone = checkZone(options.zone ?? 'UTC');
  const reference = options.reference ?? new Date();
  const formatFor = options.formatFor ?? (() => undefined);
  const zoneFor = options.zoneFor ?? (() => undefined);
  const draft = new EvidenceDraft({ time: { zone }, reference });
  const inputs: Array<EvidenceInput & { name?: string }> =
    'paths' in input
      ? await collectInputs(input.paths)
      : await collectInputs(input.files.map((file) => file.path)).then((found) =>
          found.map((item, i) => ({ ...item, name: input.files[i]?.name ?? item.path })),
        );
  const progress = options.progress ?? {};
  progress.start?.(inputs.reduce((n, item) => n + (item.type === 'file' ? item.size : 0), 0));
  const unreadable: string[] = [];
  try {
    for (const item of inputs) {
      options.signal?.throwIfAborted();
      if (item.type === 'unreadable')
        unreadable.push(`cannot read ${item.name ?? item.path}: ${item.reason}`);
      else if (item.type === 'slack') await addSlackFolder(draft, item.path);
      else if (item.path !== '-' && (await startsLikeZip(item.path))) {
        const problem = await addSlackZip(draft, item.path, item.name ?? item.path);
        if (problem) unreadable.push(problem);
      } else {
        const named = zoneFor(item.path);
        const problem = await addFile(draft, item, item.name, {
          zone: named ?? zone,
          zoneFixed: named !== undefined,
          beside: named === undefined && item.path !== '-' ? await zoneBeside(item.path) : undefined,
          reference,
          format: formatFor(item.path),
          progress,
          signal: options.signal,
        });
        if (problem) unreadable.push(problem);
      }
    }
  } finally {
    progress.end?.();
  }
  return { result: draft.result(), unreadable };
}

interface FileOptions {
  zone: string;
  /** Whether `zone` was named for this file (else the file may reveal its own). */
  zoneFixed: boolean;
  /** A zone the access log beside an error log shows, for when the file reveals none itself. */
  beside?: RevealedZone | undefined;
  reference: Date;
  format: string | undefined;
  progress: ImportProgress;
  signal?: AbortSignal | undefined;
}

/** Reads one file into the draft (in parallel when large); returns why it could not be opened, if so. */
async function addFile(
  draft: EvidenceDraft,
  file: { path: string; size: number },
  givenName: string | undefined,
  options: FileOptions,
): Promise<string | undefined> {
  const name = givenName ?? (file.path === '-' ? '(stdin)' : file.path);
  const { progress } = options;
  if (file.path !== '-' && file.size >= parallelThreshold) {
    const { readInParallel } = await import('./read-in-parallel.js');
    // The parts are read apart, so the zone the file reveals is looked for once, in its head.
    const revealed = options.zoneFixed
      ? undefined
      : (revealedZone(await headLines(file.path)) ?? options.beside);
    const parts = await readInParallel(file.path, name, file.size, {
      zone: revealed?.zone ?? options.zone,
      zoneFixed: true,
      zoneRevealed: revealed?.reason,
      reference: options.reference,
      format: options.format,
      onProgress: (bytes) => progress.advance?.(bytes),
      signal: options.signal,
    });
    if (parts) {
      const report = draft.addParts(parts);
      // The parts were all given the zone; only the caller knows whether the user named it.
      if (report.zoneless) report.zoneless.named = options.zoneFixed && !revealed;
      if (givenName === undefined) report.identity = await identityOf(file.path);
      progress.fileDone?.(file.size);
      return undefined;
    }
  }
  const stats = newLineStats();
  let lines: AsyncGenerator<string[]>;
  try {
    // One more than the document limit, so a longer one-line document is seen to be over it.
    lines = await openLineBatches(file.path, stats, maxDocumentChars + 1);
  } catch (error) {
    return (error as Error).message.replace(file.path, name);
  }
  const report = await draft.addFile(
    name,
    tracked(lines, stats, progress, options.signal),
    options.format,
    options.zoneFixed ? options.zone : undefined,
    options.beside,
  );
  // A stream that stopped early and lines that were cut show up in the file's report.
  draft.addLineStats(report, stats);
  if (givenName === undefined && file.path !== '-') report.identity = await identityOf(file.path);
  progress.fileDone?.(file.size);
  return undefined;
}

/**
 * What names a file read from disk in its events' fingerprints: its real path, however it was typed (relative,
 * `./`, through a symlink), so re-attaching it from anywhere adds nothing and two files of one name stay two.
 */
async function identityOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/**
 * For an error log with an access log beside it (nginx's `error.log` and `access.log`, `site.error.log` and
 * `site.access.log`): the zone the access log's times show, since nginx writes the error log's local times
 * without one. Undefined for any other file, or when the access log shows none.
 */
async function zoneBeside(path: string): Promise<RevealedZone | undefined> {
  const name = basename(path);
  const m = /^(.*)error(\.log(?:\.\d+)?)$/.exec(name);
  if (!m) return undefined;
  const sibling = `${m[1]}access${m[2]}`;
  try {
    const found = accessLogZone(await headLines(join(dirname(path), sibling)));
    return found && { zone: found.zone, reason: `${found.reason} of ${sibling} beside it` };
  } catch {
    return undefined;
  }
}

/** The first lines of a plain file (its first 256 KiB), where a zone it reveals is looked for. */
async function headLines(path: string): Promise<string[]> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(256 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').split('\n').slice(0, 256);
  } finally {
    await handle.close();
  }
}

async function* tracked(
  batches: AsyncGenerator<string[]>,
  stats: LineStats,
  progress: ImportProgress,
  signal?: AbortSignal,
): AsyncGenerator<string[]> {
  if (!progress.advance && !signal) {
    yield* batches;
    return;
  }
  for await (const batch of batches) {
    signal?.throwIfAborted();
    progress.advance?.(stats.bytes);
    yield batch;
  }
}

async function addSlackFolder(draft: EvidenceDraft, path: string): Promise<void> {
  const { readExportFolder } = await import('./slack-folder.js');
  await addSlack(draft, path, await readExportFolder(path));
}

/** Reads a Slack export zip; returns why it could not be read, if so. */
async function addSlackZip(draft: EvidenceDraft, path: string, name: string): Promise<string | undefined> {
  const { readSlackZip } = await import('./slack-zip.js');
  try {
    await addSlack(draft, name, await readSlackZip(path, name));
    return undefined;
  } catch (error) {
    if (isDebriefError(error)) return error.message;
    throw error;
  }
}

/** Whether a file starts like a zip archive (`PK\x03\x04`); read here so the zip code loads only for a zip. */
async function startsLikeZip(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(4);
      await handle.read(head, 0, 4, 0);
      return head.readUInt32LE(0) === 0x04034b50;
    } finally {
      await handle.close();
    }
  } catch {
    // Unreadable files are reported when they are opened for reading.
    return false;
  }
}

async function addSlack(draft: EvidenceDraft, name: string, files: readonly ExportFile[]): Promise<void> {
  const { readSlackExport } = await import('../evidence/index.js');
  const result = readSlackExport(files);
  for (const item of result.items) draft.addItem(item, `${name}/${item.file}`);
  draft.addBytes(files.reduce((n, file) => n + Buffer.byteLength(file.text), 0));
  draft.addReport({
    file: name,
    format: 'slack-export',
    lines: result.items.length,
    unparsed: result.unparsed.length,
    samples: result.unparsed
      .slice(0, unparsedSamples)
      .map((bad) => ({ line: bad.line, reason: `${bad.file}: ${bad.reason}` })),
  });
}
