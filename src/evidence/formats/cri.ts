import type { EvidenceItem } from '../evidence-item.js';
import { isItem, type LineFormat, type LineResult, type ParseOptions } from '../line-format.js';
import { severityFromWords } from '../read/levels.js';
import { parseTimestamp } from '../read/timestamps.js';
import { jsonLines } from './json-lines.js';
import { logfmt } from './logfmt.js';
import { plainText } from './plain-text.js';

// The CRI log format containerd and CRI-O write under /var/log/pods: time, stream, full or partial tag, the line.
const criLine =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})) (stdout|stderr) ([FP])(?: (.*))?$/;

/**
 * Container logs in the CRI format (`2026-03-04T14:02:11.123456789Z stderr F message`): the container's own line
 * is read as JSON, logfmt or timestamped text when it is one, else as plain text at the runtime's time; partial
 * lines (`P`) are joined to the line that completes them.
 */
export const cri: LineFormat = {
  name: 'cri',
  description: 'Kubernetes container logs in the CRI format (containerd, CRI-O: /var/log/pods/…)',
  example: '2026-03-04T14:02:11.123456789Z stderr F {"level":"error","msg":"charge failed"}',
  detect: (line) => criLine.test(line),
  start(options: ParseOptions) {
    const inner = [jsonLines, logfmt, plainText].map((format) => ({ format, parser: format.start(options) }));
    let partial = '';
    return {
      parse(line: string, lineNumber: number): LineResult {
        if (line.trim() === '') return null;
        const m = criLine.exec(line);
        if (!m) return { unparsed: 'not a CRI container log line' };
        const text = partial + (m[4] ?? '');
        if (m[3] === 'P') {
          partial = text.length < 1 << 20 ? text : '';
          return null;
        }
        partial = '';
        if (text.trim() === '') return null;
        const at = parseTimestamp(m[1] as string, options.time) ?? null;
        for (const { format, parser } of inner) {
          if (!format.detect(text)) continue;
          const read = parser.parse(text, lineNumber);
          // A JSON record keeps its logger's name; text lines are raw output, where crash reports are looked for.
          if (read !== null && isItem(read))
            return { ...read, at: read.at ?? at, source: format === jsonLines ? read.source : 'cri' };
        }
        const item: EvidenceItem = {
          at,
          approximate: false,
          severity: severityFromWords(text),
          message: text,
          source: 'cri',
          line: lineNumber,
        };
        return item;
      },
    };
  },
};
