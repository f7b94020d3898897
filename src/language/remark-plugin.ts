import type { VFile } from 'vfile';
import { analyze } from './analyze.js';
import type { AnalyzeOptions } from './types.js';

/**
 * A unified (remark or retext) plugin that reports the analyzer's findings as vfile messages, so teams already on
 * remark-lint or alex get them through vfile-reporter and their editor integrations. It reads the file's text, not
 * the tree, so positions are the analyzer's own.
 */
export function remarkBlameless(options: AnalyzeOptions = {}) {
  return function blamelessTransformer(_tree: unknown, file: VFile): void {
    for (const finding of analyze(String(file.value ?? ''), options)) {
      const message = file.message(finding.message, {
        place: {
          start: { line: finding.line, column: finding.column },
          end: { line: finding.endLine, column: finding.endColumn },
        },
        ruleId: finding.ruleId,
        source: 'debrief',
      });
      message.actual = finding.text;
      message.expected = finding.suggestions;
      message.note = finding.question;
      // vfile: true is an error, false a warning, undefined an informational message.
      message.fatal =
        finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
    }
  };
}
