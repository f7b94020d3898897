import { Document, isSeq, LineCounter, parseDocument } from 'yaml';
import { type IncidentDocument, momentNames } from '../../domain/index.js';
import { errorAt } from './source-error.js';
import { quote } from './tables.js';

/** Renders the structured fields as YAML, leaving out what is empty or default so the file stays readable. */
export function renderFrontMatter(doc: IncidentDocument): string {
  const data: Record<string, unknown> = {
    id: doc.id,
    severity: doc.severity,
    status: doc.status,
    services: doc.services,
  };
  if (doc.restricted) data.restricted = true;
  const { description: _description, ...numbers } = doc.impact;
  if (Object.keys(numbers).length > 0) data.impact = numbers;
  const moments = Object.fromEntries(
    momentNames.flatMap((name) => (doc.moments[name] ? [[name, doc.moments[name]]] : [])),
  );
  if (Object.keys(moments).length > 0) data.moments = moments;
  if (doc.participants.length > 0) data.participants = doc.participants;
  // The id first, so a reader sees which review each block is.
  if (doc.reviews.length > 0) data.reviews = doc.reviews.map(({ id, ...review }) => ({ id, ...review }));
  const yaml = new Document(data);
  const services = yaml.get('services', true);
  if (isSeq(services)) services.flow = true;
  return `---\n${yaml.toString({ lineWidth: 0 })}---`;
}

// The keys each part of the front matter may have. Unknown keys are errors rather than silently dropped, so a
// typo such as `moments: { impact: … }` is reported instead of lost.
type KeySpec = { [key: string]: KeySpec | null };
const momentSpec: KeySpec = { at: null, eventId: null, reason: null };
const frontMatterSpec: KeySpec = {
  id: null,
  severity: null,
  status: null,
  services: null,
  restricted: null,
  impact: {
    usersAffected: null,
    failedRequests: null,
    errorBudgetBurn: null,
    cost: null,
    slaBreached: null,
    sla: null,
  },
  moments: Object.fromEntries(momentNames.map((name) => [name, momentSpec])),
  participants: { name: null, role: null, email: null },
  reviews: {
    id: null,
    kind: null,
    scheduledAt: null,
    durationMinutes: null,
    location: null,
    attendees: null,
    agenda: { title: null, minutes: null },
    notes: null,
    decisions: null,
    endedAt: null,
    summary: {
      startedAt: null,
      endedAt: null,
      attendees: null,
      phases: { title: null, bookedMinutes: null, spentMs: null },
      decisions: null,
      factors: { id: null, title: null },
      actions: { id: null, title: null, owner: null, dueDate: null },
    },
    outcome: null,
    nextReviewAt: null,
  },
};

// Fields people put in the front matter by habit that this format keeps in the body.
const bodyFields: Record<string, string> = {
  title: 'the "# Title" heading',
  bluf: 'the "## Bottom line" section',
  summary: 'the "## Summary" section',
  'impact.description': 'the "## Impact" section',
  ask: 'the "## Decision or support requested" section',
  followUp: 'the "## Follow-up" section',
};

/** The keys of a document that come from the front matter (impact.description comes from the body). */
export const frontMatterKeys: ReadonlySet<string> = new Set(Object.keys(frontMatterSpec));

/** The front matter read from a file: its data, where the body starts, and the line of any field. */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** Index (0-based) of the first line after the front matter. */
  bodyStart: number;
  /** The 1-based line of the value at a path, or of its nearest present parent. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
}

const fence = /^---[ \t]*$/;
const closing = /^(---|\.\.\.)[ \t]*$/;

/** Reads the YAML front matter at the top of the file; a file without one has empty front matter. */
export function readFrontMatter(lines: readonly string[], file: string | undefined): FrontMatter {
  if (!fence.test(lines[0] ?? '')) return { data: {}, bodyStart: 0, lineOf: () => 1 };
  const end = lines.findIndex((line, index) => index > 0 && closing.test(line));
  if (end === -1) throw errorAt({ file, line: 1 }, 'front matter: expected a closing "---" line');
  const counter = new LineCounter();
  const yaml = parseDocument(lines.slice(1, end).join('\n'), { lineCounter: counter, prettyErrors: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;
  const [problem] = yaml.errors;
  if (problem) {
    const line = problem.linePos ? problem.linePos[0].line + 1 : 1;
    const message = (problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw errorAt({ file, line }, `front matter: ${message}`);
  }
  const value: unknown = yaml.toJS();
  if (value !== null && value !== undefined && !isPlainObject(value)) {
    throw errorAt({ file, line: 2 }, 'front matter: expected "key: value" lines such as "severity: SEV2"');
  }
  const lineOf = (path: ReadonlyArray<PropertyKey>): number => {
    for (let length = path.length; length > 0; length--) {
      const node = yaml.getIn(path.slice(0, length) as unknown[], true) as
        | { range?: [number, number, number] }
        | undefined;
      if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
    }
    return 1;
  };
  const data = (value ?? {}) as Record<string, unknown>;
  const unknownKey = findUnknownKey(data, frontMatterSpec, []);
  if (unknownKey) {
    const { path, allowed } = unknownKey;
    const key = path.join('.');
    const hint = bodyFields[key];
    throw errorAt(
      { file, line: lineOf(path) },
      hint
        ? `front matter: ${quote(key)} belongs in the body, as ${hint}`
        : `front matter: unknown key ${quote(key)}; expected one of ${allowed.join(', ')}`,
    );
  }
  return { data: withIsoTimes(data), bodyStart: end + 1, lineOf };
}

function findUnknownKey(
  value: unknown,
  spec: KeySpec,
  path: Array<string | number>,
): { path: Array<string | number>; allowed: string[] } | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnknownKey(item, spec, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (!Object.hasOwn(spec, key)) return { path: [...path, key], allowed: Object.keys(spec) };
    const childSpec = spec[key];
    if (childSpec) {
      const found = findUnknownKey(child, childSpec, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

// People write `2026-03-04 14:02:11Z` as in the timeline; the schema wants ISO 8601 with a `T`.
function withIsoTimes(data: Record<string, unknown>): Record<string, unknown> {
  const iso = (value: unknown) =>
    typeof value === 'string' ? value.replace(/^(\d{4}-\d{2}-\d{2}) +(?=\d)/, '$1T') : value;
  const out = { ...data };
  if (isPlainObject(out.impact)) out.impact = withPlainNumbers(out.impact);
  if (isPlainObject(out.moments)) {
    out.moments = Object.fromEntries(
      Object.entries(out.moments).map(([name, moment]) => [
        name,
        isPlainObject(moment) && 'at' in moment ? { ...moment, at: iso(moment.at) } : moment,
      ]),
    );
  }
  if (Array.isArray(out.reviews)) {
    out.reviews = out.reviews.map((review: unknown) =>
      isPlainObject(review) && 'scheduledAt' in review
        ? {
            ...review,
            scheduledAt: iso(review.scheduledAt),
            ...('endedAt' in review ? { endedAt: iso(review.endedAt) } : {}),
            ...('nextReviewAt' in review ? { nextReviewAt: iso(review.nextReviewAt) } : {}),
          }
        : review,
    );
  }
  return out;
}

// People write counts as they would in prose, `61,200` or `1 200 000` (YAML reads both as text), and the share of
// the error budget as a percentage, `34%`: each is taken as the number it plainly means. Anything else is left for
// the schema to refuse with its own message.
function withPlainNumbers(impact: Record<string, unknown>): Record<string, unknown> {
  const out = { ...impact };
  for (const key of ['usersAffected', 'failedRequests']) {
    const value = out[key];
    if (typeof value === 'string' && /^\d{1,3}(?:[,_ \u00a0\u202f]\d{3})+$/.test(value.trim())) {
      out[key] = Number(value.replace(/\D/g, ''));
    }
  }
  const burn = out.errorBudgetBurn;
  const percent = typeof burn === 'string' ? /^(\d+(?:\.\d+)?)\s*%$/.exec(burn.trim()) : null;
  if (percent) out.errorBudgetBurn = Number(percent[1]) / 100;
  return out;
}

/** Whether a value is a plain `{…}` object (not an array or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
