import type { Command } from 'commander';
import type { EvidenceResult } from '../../app/draft-to-attach.js';
import { CliError } from '../errors.js';
import type { EvidenceOptions } from './evidence.js';

/** Reads the evidence, drafts the timeline, prints it, and (with --incident) attaches it to the incident. */
export async function runEvidence(
  paths: string[],
  options: EvidenceOptions,
  command: Command,
): Promise<void> {
  if (options.formats) {
    const { printFormats } = await import('./text.js');
    printFormats();
    return;
  }
  if (options.format !== 'text' && options.format !== 'json') {
    throw new CliError(`unknown --format ${JSON.stringify(options.format)}; expected text or json`);
  }
  if (paths.length === 0)
    throw new CliError('no evidence given; pass files or folders (or - for stdin), or --formats');
  const { formatOverrides, importEvidence, zoneOverrides } = await import('../../app/import-evidence.js');
  const { pathsWithZones } = await import('./path-zones.js');
  const given = await pathsWithZones(paths);
  const { zone, zoneFor, unused } = zoneOverrides([...(options.tz ?? []), ...given.zones]);
  const formatFor = formatOverrides(options.formatOverride);
  const { progressBar } = await import('./progress.js');
  const { result, unreadable } = await importEvidence(
    { paths: given.paths },
    { zone, zoneFor, formatFor, progress: progressBar() },
  );
  for (const value of unused()) {
    process.stderr.write(
      `debrief: --tz ${value} names no input read (paths are compared resolved); its zone was not used\n`,
    );
  }
  for (const value of formatFor.unused()) {
    process.stderr.write(
      `debrief: --format-override ${value} names no input read (paths are compared resolved); ` +
        'that format was not used\n',
    );
  }
  if (unreadable.length > 0 && result.stats.files + result.stats.notRead === 0 && !options.incident) {
    // Nothing was read: an empty draft would only hide the error.
    for (const line of unreadable.slice(0, -1)) process.stderr.write(`debrief: ${line}\n`);
    throw new CliError(unreadable.at(-1) as string);
  }
  if (unreadable.length > 0) {
    // Errors first. Nothing is attached as if all the evidence had been read; without --incident, the draft of
    // what could be read still follows, and the exit code says it is incomplete.
    for (const line of unreadable) process.stderr.write(`debrief: ${line}\n`);
    if (options.incident) {
      throw new CliError(`nothing was attached to ${options.incident}; fix the path or leave it out`);
    }
    await present(result, options.format, unreadable);
    process.exitCode = 2;
    return;
  }
  if (options.incident) {
    const outcome = await attach(command, options.incident, result);
    // On stderr in both formats, so a script reading the JSON still sees what was saved and what was left out.
    process.stderr.write(
      `${options.incident}: ${outcome.added} event(s) added, ${outcome.skipped} already there; ` +
        `moments set: ${outcome.set.length > 0 ? outcome.set.join(', ') : 'none'}\n`,
    );
    for (const left of outcome.leftOut) {
      process.stderr.write(`debrief: ${left.name} not set: ${left.reason}\n`);
    }
    for (const { file, ids } of outcome.differing) {
      const shown = ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', …' : '');
      process.stderr.write(
        `debrief: ${ids.length} stored event(s) from ${file} have times that differ from this reading ` +
          `(read before in another zone, or set by hand since?): ${shown}. They were kept as they are; to store this reading, ` +
          `remove them (debrief delete ${ids[0]}, …) and attach the file again\n`,
      );
    }
  }
  await present(result, options.format);
}

/** Adds the drafted events and the moments the incident lacks (a second import of the same evidence adds nothing). */
async function attach(command: Command, incidentId: string, result: EvidenceResult) {
  const { attachDraft } = await import('../../app/attach-draft.js');
  const { draftToAttach } = await import('../../app/draft-to-attach.js');
  const { storedMatches } = await import('../../app/already-stored.js');
  const { cliActor, withStore } = await import('../context.js');
  const ctx = { actor: cliActor() };
  const draft = draftToAttach(result);
  const { outcome, sameLine } = await withStore(command, async (store) => {
    const { sameLine } = await storedMatches(store, incidentId, draft.events);
    return { outcome: await attachDraft(store, incidentId, draft, ctx, { policy: 'fill' }), sameLine };
  });
  if (sameLine.length > 0) {
    // Said, not decided: two pods' logs of one name may hold the same lines, and both belong in the timeline.
    const files = [...new Set(sameLine.map((match) => match.file))].slice(0, 3).join(', ');
    process.stderr.write(
      `debrief: ${sameLine.length} added event(s) repeat lines the timeline already held from a file of the same name ` +
        `(${files}); if that was this same log attached another way (the web's upload), delete the copies ` +
        `(debrief timeline ${incidentId} lists them)\n`,
    );
  }
  return {
    added: outcome.added.length,
    skipped: outcome.skipped,
    set: outcome.set,
    leftOut: outcome.leftOut,
    differing: outcome.differing,
  };
}

async function present(
  result: EvidenceResult,
  format: string,
  unreadable: readonly string[] = [],
): Promise<void> {
  const { evidenceJson, renderEvidenceText } = await import('./text.js');
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(evidenceJson(result, unreadable), null, 2)}\n`);
  } else process.stdout.write(renderEvidenceText(result));
}
