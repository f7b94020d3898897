import type { DocumentFormat } from './document-format.js';
import { alertmanagerApi, alertmanagerWebhook } from './documents/alertmanager.js';
import { kubernetesEvents } from './documents/kubernetes-events.js';
import { pagerduty } from './documents/pagerduty.js';
import { accessLog } from './formats/access-log.js';
import { cri } from './formats/cri.js';
import { csv } from './formats/csv.js';
import { gitLog } from './formats/git-log.js';
import { jsonLines } from './formats/json-lines.js';
import { kubectlEventsTable } from './formats/kubectl-events-table.js';
import { logfmt } from './formats/logfmt.js';
import { plainText } from './formats/plain-text.js';
import { syslog } from './formats/syslog.js';
import type { LineFormat } from './line-format.js';

/** Line formats, most specific first (detection prefers the earlier one on a tie). */
export const lineFormats: readonly LineFormat[] = [
  jsonLines,
  cri,
  accessLog,
  syslog,
  logfmt,
  gitLog,
  csv,
  kubectlEventsTable,
  plainText,
];

/** Whole-document JSON formats. */
export const documentFormats: readonly DocumentFormat[] = [
  alertmanagerWebhook,
  alertmanagerApi,
  pagerduty,
  kubernetesEvents,
];

/** Crash reports are recognised inside any line format; listed here so `--formats` shows them. */
export const crashFormats = [
  {
    name: 'go-crash',
    description:
      'Go panic: / fatal error: with goroutine stacks ([recovered], re-panicked), http: panic serving, SIGQUIT dumps',
    example:
      'panic: runtime error: invalid memory address or nil pointer dereference\n\ngoroutine 1 [running]:',
  },
  {
    name: 'rust-panic',
    description:
      'Rust panics (both forms, thread ids as rustc 1.80+ prints them, with or without backtrace), stack overflow, poisoned mutex',
    example: "thread 'main' panicked at src/main.rs:5:10:\ncalled `Result::unwrap()` on an `Err` value",
  },
  {
    name: 'slack-export',
    description:
      'a Slack export, as its folder or the zip Slack hands out (users.json, channels.json, a folder of day files per channel)',
    example: 'export/users.json, export/channels.json, export/incidents/2026-03-04.json',
  },
] as const;

/** Every format name a user may pass to --format-override. */
export function formatNames(): string[] {
  return [...lineFormats.map((f) => f.name), ...documentFormats.map((f) => f.name)];
}

/** Picks the line format most of the sample lines fit; plain text when none fits. */
export function detectLineFormat(head: readonly string[]): LineFormat {
  const lines = head.filter(
    (line) => line.trim() !== '' && !/^(?:\t|goroutine |panic: |thread ')/.test(line),
  );
  if (lines.length === 0) return plainText;
  let best = plainText;
  let bestScore = 0;
  for (const format of lineFormats) {
    const score = format.score
      ? format.score(lines)
      : lines.filter((line) => format.detect(line)).length / lines.length;
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}
