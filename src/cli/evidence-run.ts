import type { Command } from 'commander';
import { IANAZone } from 'luxon';
import {
  EvidenceDraft,
  type EvidenceResult,
  formatNames,
  newLineStats,
  openLineBatches,
  unparsedSamples,
} from '../evidence/index.js';
import { CliError } from './errors.js';
import type { EvidenceOptions } from './evidence.js';
import { collectInputs } from './evidence-inputs.js';
import { parallelThreshold } from './evidence-parallel.js';
import { startProgress } from './evidence-progress.js';

/** Turns `--format-override` values (FORMAT, or PATH=FORMAT) into a lookup by path. */
function overrides(values: readonly string[] = []): (path: string) => string | undefined {
  const known = new Set(formatNames());
  let all: string | undefined;
  const byPath = new Map<string, string>();
  for (const value of values) {
    const eq = value.lastIndexOf('=');
    const [path, format] = eq > 0 ? [value.slice(0, eq), value.slice(eq + 1)] : [undefined, value];
    if (!known.has(format)) {
      throw new CliError(
        `unknown format ${JSON.stringify(format)}; expected one of ${[...known].join(', ')}`,
      );
    }
    if (path === undefined) all = format;
    else byPath.set(path, format);
  }
  return (path) => byPath.get(path) ?? all;
}

/** Reads the evidence, drafts the timeline, prints it, and (with --incident) stores it. */
export async function runEvidence(
  paths: string[],
  options: EvidenceOptions,
  command: Command,
): Promise<void> {
  if (options.formats) {
    const { printFormats } = await import('./evidence-text.js');
    printFormats();
    return;
  }
  if (options.format !== 'text' && options.format !== 'json') {
    throw new CliError(`unknown --format ${JSON.stringify(options.format)}; expected text or json`);
  }
  if (paths.length === 0)
    throw new CliError('no evidence given; pass files or folders (or - for stdin), or --formats');
  const zone = options.tz ?? 'UTC';
  if (zone !== 'UTC' && !IANAZone.isValidZone(zone)) {
    throw new CliError(
      `unknown time zone ${JSON.stringify(zone)}; expected an IANA name such as Europe/Paris or UTC`,
    );
  }
  const formatFor = overrides(options.formatOverride);
  const reference = new Date();
  const draft = new EvidenceDraft({ time: { zone }, reference });
  const inputs = await collectInputs(paths);
  const totalBytes = inputs.reduce((n, input) => n + (input.type === 'file' ? input.size : 0), 0);
  const progress = startProgress(totalBytes);
  const unreadable: string[] = [];
  for (const input of inputs) {
    if (input.type === 'unreadable') {
      unreadable.push(`cannot read ${input.path}: ${input.reason}`);
      continue;
    }
    if (input.type === 'slack') {
      await addSlack(draft, input.path);
      continue;
    }
    const name = input.path === '-' ? '(stdin)' : input.path;
    if (input.path !== '-' && input.size >= parallelThreshold) {
      const { readInParallel } = await import('./evidence-parallel.js');
      const parts = await readInParallel(input.path, name, input.size, {
        zone,
        reference,
        format: formatFor(input.path),
        onProgress: (bytes) => progress.advance(bytes),
      });
      if (parts) {
        draft.addParts(parts);
        progress.fileDone(input.size);
        continue;
      }
    }
    const stats = newLineStats();
    let lines: AsyncGenerator<string[]>;
    try {
      lines = await openLineBatches(input.path, stats);
    } catch (error) {
      unreadable.push((error as Error).message);
      continue;
    }
    const report = await draft.addFile(name, progress.track(lines, stats), formatFor(input.path));
    draft.addLineStats(report, stats);
    progress.fileDone(input.size);
  }
  progress.end();
  const result = draft.result();
  if (options.incident) {
    const { attachToIncident } = await import('./evidence-store.js');
    const outcome = await attachToIncident(command, options.incident, result);
    if (options.format === 'text') {
      process.stderr.write(
        `${options.incident}: ${outcome.added} event(s) added, ${outcome.skipped} already there; ` +
          `moments set: ${outcome.moments.length > 0 ? outcome.moments.join(', ') : 'none'}\n`,
      );
    }
  }
  await present(result, options.format);
  if (unreadable.length > 0) {
    for (const line of unreadable.slice(1)) process.stderr.write(`debrief: ${line}\n`);
    throw new CliError(unreadable[0] as string);
  }
}

async function addSlack(draft: EvidenceDraft, path: string): Promise<void> {
  const { readExportFolder } = await import('./evidence-slack.js');
  const { readSlackExport } = await import('../evidence/index.js');
  const files = await readExportFolder(path);
  const result = readSlackExport(files);
  for (const item of result.items) draft.addItem(item, `${path}/${item.file}`);
  draft.addBytes(files.reduce((n, file) => n + Buffer.byteLength(file.text), 0));
  draft.addReport({
    file: path,
    format: 'slack-export',
    lines: result.items.length,
    unparsed: result.unparsed.length,
    samples: result.unparsed
      .slice(0, unparsedSamples)
      .map((bad) => ({ line: bad.line, reason: `${bad.file}: ${bad.reason}` })),
  });
}

async function present(result: EvidenceResult, format: string): Promise<void> {
  const { evidenceJson, renderEvidenceText } = await import('./evidence-text.js');
  if (format === 'json') process.stdout.write(`${JSON.stringify(evidenceJson(result), null, 2)}\n`);
  else process.stdout.write(renderEvidenceText(result));
}
