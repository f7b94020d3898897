// The application layer: every operation debrief performs, once, for the CLI, the API and the web app alike.
// Entry points parse their input (flags, HTTP), call these, and present the result; they hold no operation.
export * from './action-closure.js';
export * from './alert-group-incident.js';
export * from './alertmanager-intake.js';
export * from './already-stored.js';
export * from './attach-draft.js';
export * from './delete-by-id.js';
export * from './draft-to-attach.js';
export * from './import-document.js';
export * from './import-evidence.js';
export * from './incident-list.js';
export * from './insights.js';
export * from './mine-signatures.js';
export * from './participants.js';
export { type PdfPrinter, type PdfPrinterOptions, pdfPrinter } from './print-pdf.js';
export * from './publish-report.js';
export * from './records.js';
export * from './reminder-plan.js';
export * from './reminder-run.js';
export * from './reminder-senders.js';
export * from './reviews.js';
export * from './similar-incidents.js';
export * from './sync-folder.js';
