import { EvidenceDraft, type EvidenceResult, newLineStats, openLineBatches } from '../evidence/index.js';

/** An evidence file on disk and the name it is reported under (the uploaded file name, not the temp path). */
export interface EvidenceFile {
  name: string;
  path: string;
}

/** Drafts a timeline from files on disk (plain or gzip), streaming each; unparsable lines are counted, not fatal. */
export async function draftEvidence(files: readonly EvidenceFile[], zone = 'UTC'): Promise<EvidenceResult> {
  const draft = new EvidenceDraft({ time: { zone }, reference: new Date() });
  for (const file of files) {
    const stats = newLineStats();
    const report = await draft.addFile(file.name, await openLineBatches(file.path, stats));
    // As on the CLI: a stream that stopped early and lines that were cut show up in the file's report.
    draft.addLineStats(report, stats);
  }
  return draft.result();
}
