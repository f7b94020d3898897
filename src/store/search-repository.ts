import { type Kysely, type RawBuilder, sql } from 'kysely';
import { parseSearchText, rankByWords, type SearchTerm, snippetOf } from '../domain/index.js';
import type { Database } from './schema.js';
import type { SearchHit, SearchOptions, SearchRepository } from './store.js';
import type { StoreDatabase } from './store-database.js';
import { visibility } from './visibility-sql.js';

/** How much of a record's text is read to rank it and cut its snippet. */
const bodyLimit = 20_000;

/** A word of one letter or digit is found whole: as the start of words it would find nearly everything. */
function isPrefix(term: SearchTerm): boolean {
  return [...(term.words[0] ?? '')].length > 1;
}

/** The terms as FTS5 reads them: each word a prefix, phrases exact, all required (or any, for similar ones). */
function fts5Query(terms: readonly SearchTerm[], any: boolean): string {
  return terms
    .map((term) => (term.phrase || !isPrefix(term) ? `"${term.words.join(' ')}"` : `"${term.words[0]}"*`))
    .join(any ? ' OR ' : ' AND ');
}

/**
 * The terms as PostgreSQL's to_tsquery reads them, the same way; `loosely`, a phrase's words in any order (what its
 * GIN index lists for the phrase).
 */
function tsQuery(terms: readonly SearchTerm[], any: boolean, loosely = false): string {
  return terms
    .map((term) =>
      term.phrase || !isPrefix(term)
        ? `(${term.words.join(loosely ? ' & ' : ' <-> ')})`
        : `${term.words[0]}:*`,
    )
    .join(any ? ' | ' : ' & ');
}

interface Candidate {
  id: string | number;
  kind: string;
  record_id: string;
  incident_id: string;
  body: string;
}

/** The reader's filters: incidents they may not see, and the one incident asked for or left out. */
function filters(options: SearchOptions, hidden: readonly string[]) {
  const parts = [];
  if (hidden.length > 0) parts.push(sql`e.incident_id <> all(${hidden})`);
  if (options.incidentId !== undefined) parts.push(sql`e.incident_id = ${options.incidentId}`);
  if (options.excludeIncidentId !== undefined) parts.push(sql`e.incident_id <> ${options.excludeIncidentId}`);
  return parts.length === 0 ? sql`` : sql` and ${sql.join(parts, sql` and `)}`;
}

/** The newest matching records the reader may see, at most `tuning.candidates`; ranked afterwards. */
async function candidatesSqlite(
  k: Kysely<Database>,
  terms: SearchTerm[],
  options: SearchOptions,
  tuning: SearchTuning,
) {
  const match = fts5Query(terms, options.any === true);
  const { rows } = await sql<Candidate>`
    select e.id, e.kind, e.record_id, e.incident_id, substr(e.body, 1, ${bodyLimit}) as body
    from search_fts
    join search_entries e on e.id = search_fts.rowid
    join incidents i on i.id = e.incident_id
    where search_fts match ${match} and ${visibility(options.visibleTo)}${filters(options, [])}
    order by search_fts.rowid desc
    limit ${tuning.candidates}`.execute(k);
  return rows;
}

/**
 * How the newest matches are found. `candidates`: how many of the newest matching records are ranked. A word found
 * in a million log lines would otherwise rank them all on every keystroke; among the newest few thousand, the best
 * still come first, and a query with fewer matches than this is ranked whole.
 *
 * The rest is for PostgreSQL. Its GIN index lists a word's records in no useful order, so taking the newest from it
 * means visiting every record it lists (and, for a phrase, every record holding all its words, to check their
 * order). Reading records newest first instead stops once enough match: quick for a common word, slow for a rare
 * one. The newest `sample` records are read first to see how often the query matches, and the cheaper way is
 * taken: reading `candidates / share` records in order, or visiting the index's records, each costing
 * `visitCost` records read in order. (A word the sample lacks is taken from the index, which is slow only for a
 * word common in old records and absent from the newest.)
 */
export interface SearchTuning {
  candidates: number;
  sample: number;
  visitCost: number;
}

export const searchTuning: SearchTuning = { candidates: 2_000, sample: 5_000, visitCost: 10 };

/** Plans only for this transaction: `off` steers PostgreSQL away from one way of reading. */
async function planning(k: Kysely<Database>, settings: Record<string, 'on' | 'off'>) {
  for (const [name, value] of Object.entries(settings))
    await sql`select set_config(${name}, ${value}, true)`.execute(k);
}

/** Whether reading records newest first costs less than visiting what the index lists, judged on a sample. */
async function newestFirst(
  k: Kysely<Database>,
  terms: SearchTerm[],
  any: boolean,
  tuning: SearchTuning,
): Promise<boolean> {
  type Counts = { matches: string; listed: string; read: string; newest: string | null };
  const { rows } = await sql<Counts>`
    select count(*) filter (where e.words @@ to_tsquery('simple', ${tsQuery(terms, any)})) as matches,
      count(*) filter (where e.words @@ to_tsquery('simple', ${tsQuery(terms, any, true)})) as listed,
      count(*) as read,
      (select max(id) from search_entries) as newest
    from (select words from search_entries order by id desc limit ${tuning.sample}) e`.execute(k);
  const row = rows[0];
  const read = Number(row?.read ?? 0);
  if (read === 0) return false;
  const records = Number(row?.newest ?? read);
  const matches = Number(row?.matches ?? 0);
  if (matches === 0) return false;
  const inOrder = Math.min(records, (tuning.candidates * read) / matches);
  const visited = (Number(row?.listed ?? 0) / read) * records * tuning.visitCost;
  return inOrder < visited;
}

async function candidatesPostgres(
  k: Kysely<Database>,
  terms: SearchTerm[],
  options: SearchOptions,
  tuning: SearchTuning,
): Promise<Candidate[]> {
  const hidden =
    options.visibleTo === undefined
      ? []
      : (
          await sql<{
            id: string;
          }>`select i.id from incidents i where i.restricted = 1 and (${visibility(options.visibleTo)}) is not true`.execute(
            k,
          )
        ).rows.map((row) => row.id);
  const found = async <T>(columns: RawBuilder<unknown>) =>
    (
      await sql<T>`
        select ${columns} from search_entries e
        where e.words @@ to_tsquery('simple', ${tsQuery(terms, options.any === true)})${filters(options, hidden)}
        order by e.id desc
        limit ${tuning.candidates}`.execute(k)
    ).rows;
  const columns = sql`e.id, e.kind, e.record_id, e.incident_id, substr(e.body, 1, ${bodyLimit}) as body`;
  // One incident's records are found by its own index, however the words are spread.
  if (options.incidentId !== undefined) return found<Candidate>(columns);
  if (await newestFirst(k, terms, options.any === true, tuning)) {
    await planning(k, { enable_bitmapscan: 'off', enable_seqscan: 'off' });
    return found<Candidate>(columns);
  }
  // The index may list many more records than are kept: their ids first, then what is kept of the newest.
  await planning(k, { enable_indexscan: 'off' });
  const ids = (await found<{ id: string | number }>(sql`e.id`)).map((row) => String(row.id));
  if (ids.length === 0) return [];
  await planning(k, { enable_indexscan: 'on' });
  const { rows } = await sql<Candidate>`
    select ${columns} from search_entries e where e.id = any(${ids}::bigint[])`.execute(k);
  return rows.sort((a, b) => Number(b.id) - Number(a.id));
}

interface IncidentRow {
  id: string;
  title: string;
  severity: string;
  status: string;
}

async function incidentsOf(k: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, IncidentRow>();
  const rows = await k
    .selectFrom('incidents')
    .select(['id', 'title', 'severity', 'status'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Full-text search over what people wrote, ranked best first, with the matched words marked. `tuning`: how
 * many candidates are ranked and how PostgreSQL looks for them (tests use small numbers).
 */
export function searchRepository(db: StoreDatabase, tuning = searchTuning): SearchRepository {
  return {
    search(text, options = {}) {
      const terms = parseSearchText(text);
      if (terms.length === 0) return Promise.resolve([]);
      const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? 50)), 200);
      const find = async (k: Kysely<Database>) => {
        const candidates =
          db.dialect === 'postgres'
            ? await candidatesPostgres(k, terms, options, tuning)
            : await candidatesSqlite(k, terms, options, tuning);
        const rows = rankByWords(candidates, (row) => row.body, terms).slice(0, limit);
        const incidents = await incidentsOf(
          k,
          rows.map((row) => row.incident_id),
        );
        return rows.flatMap((row): SearchHit[] => {
          const incident = incidents.get(row.incident_id);
          if (!incident) return [];
          return [
            {
              kind: row.kind as SearchHit['kind'],
              recordId: row.record_id,
              incidentId: row.incident_id,
              incidentTitle: incident.title,
              severity: incident.severity as SearchHit['severity'],
              status: incident.status as SearchHit['status'],
              snippet: snippetOf(row.body, terms),
            },
          ];
        });
      };
      // PostgreSQL steers its plans for one transaction at a time, so its search runs in one.
      return db.dialect === 'postgres' ? db.snapshot(find) : db.read(find);
    },
  };
}
