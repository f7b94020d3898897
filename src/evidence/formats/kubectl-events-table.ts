import { kubernetesSeverity } from '../documents/kubernetes-events.js';
import type { LineFormat, LineResult } from '../line-format.js';

// `kubectl get events` (with -A a NAMESPACE column first; with -o wide SUBOBJECT, SOURCE, FIRST SEEN, COUNT, NAME).
const header = /^(?:NAMESPACE\s+)?LAST SEEN\s+TYPE\s+REASON\s+OBJECT\s+.*MESSAGE/;

/** Where each column starts in the header; kubectl aligns every row's cells under them. */
function columnsOf(line: string): Array<{ name: string; start: number }> {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ name: m[0], start: m.index }));
}

/**
 * The table `kubectl get events` prints. Its times are ages (`12m`, `3m2s`) counted back from when it ran, which
 * the table does not say: events keep an unknown time, in the table's order, with their age in the summary.
 */
export const kubectlEventsTable: LineFormat = {
  name: 'kubectl-events',
  description: 'the table `kubectl get events` prints (times are ages, so events keep an unknown time)',
  example:
    'LAST SEEN   TYPE      REASON    OBJECT                    MESSAGE\n3m2s        Warning   BackOff   pod/checkout-api-7f9c-1   Back-off restarting failed container',
  detect: (line) => header.test(line),
  score: (head) => (head[0] !== undefined && header.test(head[0]) ? 1 : 0),
  start() {
    let columns: Array<{ name: string; start: number }> | undefined;
    return {
      parse(line: string, lineNumber: number): LineResult {
        if (line.trim() === '') return null;
        if (header.test(line)) {
          columns = columnsOf(line);
          return null;
        }
        if (!columns) return { unparsed: 'a kubectl events row before its header' };
        const cells: Record<string, string> = {};
        columns.forEach((column, i) => {
          const end = columns?.[i + 1]?.start ?? line.length;
          // The last column (MESSAGE unless -o wide) runs to the end of the line.
          cells[column.name] = line
            .slice(column.start, i === (columns?.length ?? 0) - 1 ? undefined : end)
            .trim();
        });
        const reason = cells.REASON ?? '';
        const type = cells.TYPE ?? '';
        if (reason === '' || (type !== 'Normal' && type !== 'Warning'))
          return { unparsed: 'a row whose TYPE is not Normal or Warning' };
        const count = Number(cells.COUNT);
        const age = cells['LAST SEEN'] ?? '';
        return {
          at: null,
          approximate: false,
          severity: kubernetesSeverity(type, reason),
          message: `${reason} ${cells.OBJECT ?? '?'}: ${cells.MESSAGE ?? ''} (last seen ${age} before the listing)`,
          source: 'kubernetes',
          line: lineNumber,
          service: cells.NAMESPACE || undefined,
          kind: 'kubernetes',
          count: Number.isInteger(count) && count > 0 ? count : 1,
        };
      },
    };
  },
};
