import type { EventKind } from '../../domain/index.js';
import type { EvidenceItem } from '../evidence-item.js';
import type { LineFormat, LineResult, ParseOptions } from '../line-format.js';
import { parseTimestamp } from '../read/timestamps.js';

const commitLine = /^commit ([0-9a-f]{7,40})\b/;
const months: Record<string, string> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};
// git's default date: `Wed Mar 4 14:02:11 2026 +0100`.
const gitDate = /^(?:\w{3}) (\w{3}) {1,2}(\d{1,2}) (\d{2}:\d{2}:\d{2}) (\d{4}) ([+-]\d{4})$/;

/** Reads git's default date format (`Wed Mar 4 14:02:11 2026 +0100`) or ISO as UTC. */
export function parseGitDate(text: string): string | undefined {
  const m = gitDate.exec(text.trim());
  if (!m) return parseTimestamp(text.trim());
  const month = months[m[1] as string];
  if (!month) return undefined;
  const offset = (m[5] as string).replace(/(\d{2})(\d{2})$/, '$1:$2');
  return parseTimestamp(`${m[4]}-${month}-${(m[2] as string).padStart(2, '0')}T${m[3]}${offset}`);
}

const setsValue =
  /\b(?:set|sets|raise[ds]?|lower(?:s|ed)?|increase[ds]?|decrease[ds]?|bump(?:s|ed)?|reduce[ds]?|change[ds]?|tune[ds]?|cap(?:s|ped)?)\b.*?(?:\bto|->|→|=)\s*\d/i;
const namedValue = /(?<![\w.-])[a-z][a-z0-9]*(?:_[a-z0-9]+|[A-Z][a-z0-9]*)+\s*(?:=|:|->|→)\s*\d/;

/** What a commit subject says it is: a revert or rollback, a deploy or release, a config or flag change. */
export function commitKind(subject: string): EventKind {
  if (/\b(?:revert|roll(?:ed)? ?back)\b/i.test(subject)) return 'rollback';
  if (/\b(?:deploy(?:ed|ing)?|release[ds]?|rollout|ship(?:ped)?)\b/i.test(subject)) return 'deploy';
  if (/\b(?:feature flag|flag|toggle)\b/i.test(subject)) return 'flag-change';
  if (/\b(?:config(?:uration)?|settings?)\b/i.test(subject)) return 'config-change';
  // A value set in the subject is a change of configuration too (trial 12g G-31): "Lower max_conns to 5",
  // "pool_size=5", "maxReplicas 12 -> 20", "raise timeout from 2s to 5s".
  if (setsValue.test(subject) || namedValue.test(subject)) return 'config-change';
  return 'note';
}

interface Commit {
  sha: string;
  line: number;
  author?: string;
  committer?: string;
  at?: string | undefined;
  subject?: string;
}

/** `git log` output (default, medium or fuller formats): each commit is an event; reverts and deploys are marked. */
export const gitLog: LineFormat = {
  name: 'git-log',
  description: '`git log` output; reverts become rollbacks and deploy/release commits deploys',
  example:
    'commit 3f2a9c1d…\nAuthor: Dana <dana@example.com>\nDate:   Wed Mar 4 14:02:11 2026 +0100\n\n    Revert "Raise pool size"',
  detect: (line) =>
    commitLine.test(line) ||
    /^(?:Author|Date|AuthorDate|Commit|CommitDate):\s/.test(line) ||
    /^ {4}\S/.test(line),
  score(head) {
    if (!head.some((line) => commitLine.test(line))) return 0;
    return head.filter((line) => this.detect(line) || line.trim() === '').length / head.length;
  },
  start(_options: ParseOptions) {
    let current: Commit | undefined;
    const finish = (): EvidenceItem | null => {
      const commit = current;
      current = undefined;
      if (!commit) return null;
      const subject = commit.subject ?? '(no message)';
      // Whoever committed someone else's change (merged, applied or rebased it) is a person the report names too.
      const committer =
        commit.committer && commit.committer !== commit.author ? `, committed by ${commit.committer}` : '';
      return {
        at: commit.at ?? null,
        approximate: false,
        severity: 'info',
        message: `${subject} (commit ${commit.sha.slice(0, 10)}${commit.author ? ` by ${commit.author}` : ''}${committer})`,
        source: 'git-log',
        line: commit.line,
        kind: commitKind(subject),
      };
    };
    return {
      parse(line: string, lineNumber: number): LineResult {
        const m = commitLine.exec(line);
        if (m) {
          const done = finish();
          current = { sha: m[1] as string, line: lineNumber };
          return done;
        }
        if (!current) return line.trim() === '' ? null : { unparsed: 'text before the first commit line' };
        const header = /^(Author|Date|AuthorDate|Merge|Commit|CommitDate):\s+(.*)$/.exec(line);
        if (header) {
          // "Name <address>" as git prints it: the address is how reports know the author's login ("jnowak" of
          // jnowak@corp.example) when a commit subject names them by it ("Revert jnowak's pool change").
          if (header[1] === 'Author') current.author = (header[2] as string).trim();
          if (header[1] === 'Commit') current.committer = (header[2] as string).trim();
          if (header[1] === 'Date' || header[1] === 'CommitDate')
            current.at = parseGitDate(header[2] as string);
          return null;
        }
        if (current.subject === undefined && line.trim() !== '') current.subject = line.trim();
        return null;
      },
      finish() {
        const last = finish();
        return last ? [last] : [];
      },
    };
  },
};
