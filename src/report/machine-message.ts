import { glossaryEntriesIn } from '../playbook/index.js';

// A quoted machine message after an alert's words: "…for payouts-rs: thread 'tokio-runtime-worker' panicked at
// 'called `Option::unwrap()` on a `None` value'". The clause it opens runs from the last ": " before the first
// opening quote (one after a space, a colon or a bracket, so "payouts-rs's" is no quote).
const quotedClause = /:\s+(?=[^:]*(?:^|[\s(:])['"`‘“][^\s'"`’”])/u;
// Marks of code in a quote: backticks, paths, calls, assignments.
const codeMarks = /`|::|\(\)|=|\w\.\w+\(/;

// A query an alert rule evaluates, after a colon or "expr": PromQL's selectors, ranges and functions
// ("sum(rate(http_requests_total{code=~"5.."}[5m])) > 0.05"): how the alert measures, for engineers (trial 18f F-5).
// A bare metric compared with a number is one too ("go_goroutines > 100000 for 10 minutes", trial 23).
// A selector with its labels ("kafka_consumergroup_lag{group="ingest"} > 500k") and a ratio of two metrics
// ("sql_db_open_connections / max_open > 0.95") are too (trial 25), and one in brackets goes with them ("(expr: …)",
// trial 28 F6), as does one in brackets alone ("fired (go_goroutines > 50000 for 10m)", trial 29).
const queryClause =
  /(?:\s*\(\s*(?:(?:expr(?:ession)?|query)\s*[:=]\s*)?|:\s+|\s+(?:expr(?:ession)?|query)\s*[:=]?\s+)(?=[a-z_]+\s*\([^\n]*(?:\{[^}]*\}|\[\d+[smhd]\]|\)\s*[<>=!])|[\w:]+\{[^}\n]*\}|[\w:]+\[\d+[smhd]\]|[a-z][a-z0-9]*_[a-z0-9_:]+(?:\s*[-+*/]\s*[\w:.]+)*\s*[<>=!]=?\s*\d)[^\n]*$/u;

/**
 * An alert line for a reader outside engineering: a quoted machine message (code in it, or a failure the glossary
 * knows by its log pattern) is cut, and what the glossary knows it to be is said instead ("…for payouts-rs (Rust
 * panic)"), so no raw panic or log text is published. A line that quotes a person's words is kept as it is.
 */
export function withoutMachineMessage(line: string): string {
  const query = queryClause.exec(line);
  if (query && query.index > 0) return line.slice(0, query.index).trimEnd();
  const clause = quotedClause.exec(line);
  if (!clause || clause.index === 0) return line;
  const message = line.slice(clause.index);
  const meaning = glossaryEntriesIn(message)[0];
  if (!meaning && !codeMarks.test(message)) return line;
  const kept = line.slice(0, clause.index).trimEnd();
  return meaning ? `${kept} (${meaning.term})` : kept;
}

// A query compares or calls: a metric or a selector alone ("`grpc_server_handled_total{…}` spiked") is a metric,
// and "max_conns=20" a setting, said by the steps for code.
const compares = (query: string) => /[<>]|[a-z_]\(/.test(query);

// The start of a query inside brackets, as queryClause reads one.
const queryStart =
  /^\s*(?:[a-z_]+\s*\([^\n]*(?:\{[^}]*\}|\[\d+[smhd]\]|\)\s*[<>=!])|[\w:]+\{[^}\n]*\}|[\w:]+\[\d+[smhd]\]|[a-z][a-z0-9]*_[a-z0-9_:]+(?:\s*[-+*/]\s*[\w:.]+)*\s*[<>=!]=?\s*\d)/u;

/**
 * A text without the alert queries it gives in brackets: "Alert on goroutine growth rate (deriv(go_goroutines[30m])
 * > 50)" is "Alert on goroutine growth rate" for a reader outside engineering (trial 29 read the query in an exec
 * action). Brackets are matched by depth, so a query's own calls go with it.
 */
export function withoutBracketedQueries(text: string): string {
  let out = text;
  for (let open = out.indexOf('('); open !== -1; open = out.indexOf('(', open + 1)) {
    if (!queryStart.test(out.slice(open + 1))) continue;
    let depth = 0;
    let close = -1;
    for (let i = open; i < out.length; i++) {
      if (out[i] === '(') depth++;
      else if (out[i] === ')' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close === -1 || !compares(out.slice(open + 1, close))) continue;
    const start = /\s*$/.exec(out.slice(0, open))?.index ?? open;
    out = out.slice(0, start) + out.slice(close + 1);
    open = start - 1;
  }
  return out;
}

/**
 * A text without alert queries anywhere: in code marks ("the alert rule `probe_ssl_earliest_cert_expiry{job="x"} -
 * time() < 86400 * 7` had been scoped" is "the alert rule had been scoped"), in brackets, or after a colon to the
 * end of its line. Read before names from code are said, which would leave half a query (trial 30).
 */
export function withoutQueries(text: string): string {
  const spans = text.replace(/[ \t]*`([^`\n]+)`/g, (found, inner: string) =>
    queryStart.test(inner) && compares(inner) ? '' : found,
  );
  const lines = spans
    .split('\n')
    .map((line) => {
      const query = queryClause.exec(line);
      return query && query.index > 0 && compares(line.slice(query.index))
        ? line.slice(0, query.index).trimEnd()
        : line;
    })
    .join('\n');
  return withoutBracketedQueries(lines);
}
