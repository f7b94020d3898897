// The public face of evidence: what the CLI, the server, tests and benchmarks use. Every other module in this
// folder is internal; test/dependency-rule.test.ts keeps code outside the folder to this file (and a short,
// commented list of entries kept separate for start-up speed).
export type { DocumentFormat } from './document-format.js';
export { alertmanagerWebhook } from './documents/alertmanager.js';
export { type ExportFile, readSlackExport, type SlackResult } from './documents/slack-export.js';
export {
  baseName,
  draftEventInput,
  eventFingerprint,
  maxSignatureChars,
  maxSummaryChars,
  withoutFloodCount,
} from './draft/event-input.js';
export { EvidenceDraft, type EvidencePart, type EvidenceResult } from './draft/evidence-draft.js';
export type { ProposedMoment, ProposedMoments } from './draft/propose-moments.js';
export {
  type FileReport,
  maxDocumentChars,
  maxDocumentRecords,
  unparsedSamples,
} from './draft/read-evidence.js';
export type { DraftEvent } from './draft-event.js';
export type { EvidenceItem, Unparsed } from './evidence-item.js';
export { crashFormats, detectLineFormat, documentFormats, formatNames, lineFormats } from './formats.js';
export type { LineFormat, ParseOptions } from './line-format.js';
export { fileErrorWords } from './read/file-error.js';
export { isGzip, openLineBatches, openLines } from './read/open-evidence.js';
export { type LineStats, newLineStats, readLineBatches } from './read/read-lines.js';
export { accessLogZone, type RevealedZone, revealedZone } from './read/revealed-zone.js';
export { type MinedSignatures, mineMessages } from './signatures/mine-messages.js';
export type { Signature } from './signatures/signature-book.js';
export { signatureId } from './signatures/signature-id.js';
export { type MinedTemplate, type MinerOptions, TemplateMiner } from './signatures/template-miner.js';
