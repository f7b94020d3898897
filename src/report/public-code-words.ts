import { escapeRegExp } from '../domain/index.js';
import { isProductName } from '../language/index.js';
import { findGlossaryTerm } from '../playbook/index.js';
import { withoutQueries } from './machine-message.js';
import { fitToPosition } from './name-replacer.js';
import { declaredFunctions, modifiedPlurals, oneDeterminer, sentenceStart } from './redact-grammar.js';
import { samePlaceholdersCounted } from './redact-prose.js';
import { isEnglishWord } from './technical-words.js';

// A status-page reader does not know our code: version numbers, names from code (pgxpool.Acquire, resp.Body.Close(),
// maxIdleConns, anything in backticks) and the libraries and stores we build on (Diesel, tokio, Postgres) are said in
// plain words, or dropped, before the public sees them.

/**
 * Libraries, frameworks and stores engineers name in a write-up, as a public reader would say them. Data: add a name
 * here when a public report is found to show one (the key is matched whole, in any case).
 */
export const publicLibraryWords: Readonly<Record<string, string>> = {
  diesel: 'the database library',
  sqlx: 'the database library',
  gorm: 'the database library',
  'database/sql': 'the database library',
  pgx: 'the database library',
  pgxpool: 'the database connection pool',
  'deadpool-postgres': 'the database connection pool',
  bb8: 'the database connection pool',
  r2d2: 'the database connection pool',
  hikaricp: 'the database connection pool',
  pgbouncer: 'the database connection pool',
  postgres: 'the database',
  postgresql: 'the database',
  mysql: 'the database',
  mariadb: 'the database',
  mongodb: 'the database',
  redis: 'the cache',
  memcached: 'the cache',
  kafka: 'the message queue',
  rabbitmq: 'the message queue',
  // A short noun, so it can stand before another ("after a tokio upgrade"; trial 26 F20 read "after a software that
  // schedules work inside the service upgrade").
  tokio: 'the task-scheduling library',
  reqwest: 'the web library',
  axum: 'the web framework',
  actix: 'the web framework',
  'actix-web': 'the web framework',
  serde: 'the data-format library',
  goleak: 'a check for leaked background work',
  'diesel-async': 'the database library',
  'tokio-postgres': 'the database library',
  'sqlx-postgres': 'the database library',
  clippy: 'the code checker',
  'go vet': 'the code checker',
  'cert-manager': 'the certificate renewal tool',
  'golangci-lint': 'the code checker',
  staticcheck: 'the code checker',
  // Frameworks, job systems, web servers, managed stores and queues of other stacks (trial 18d left "Django",
  // "Celery", "gunicorn" and "RDS" in a public report).
  django: 'the web framework',
  rails: 'the web framework',
  'ruby on rails': 'the web framework',
  laravel: 'the web framework',
  flask: 'the web framework',
  fastapi: 'the web framework',
  'spring boot': 'the web framework',
  celery: 'the background job system',
  sidekiq: 'the background job system',
  bullmq: 'the background job system',
  resque: 'the background job system',
  gunicorn: 'the web server',
  uwsgi: 'the web server',
  puma: 'the web server',
  rds: 'the database',
  dynamodb: 'the database',
  cosmosdb: 'the database',
  'cosmos db': 'the database',
  'cloud sql': 'the database',
  elasticsearch: 'the search database',
  opensearch: 'the search database',
  memcache: 'the cache',
  varnish: 'the cache',
  sqs: 'the message queue',
  'service bus': 'the message queue',
  mongoose: 'the database library',
  ioredis: 'the cache library',
  elasticache: 'the cache',
  // Tools that watch, build and update our systems (trial 18e left them in public reports).
  cloudwatch: 'our monitoring',
  grafana: 'our monitoring',
  datadog: 'our monitoring',
  'azure monitor': 'our monitoring',
  'new relic': 'our monitoring',
  renovate: 'the dependency update tool',
  dependabot: 'the dependency update tool',
  'github actions': 'the build pipeline',
  'azure devops': 'the build pipeline',
  circleci: 'the build pipeline',
  bicep: 'the infrastructure configuration',
  k6: 'the load-testing tool',
  jmeter: 'the load-testing tool',
  gatling: 'the load-testing tool',
  vegeta: 'the load-testing tool',
};

/**
 * Types and values of Go's standard library that a write-up names, as a reader would say them: they are no secret of
 * ours, and "an internal function" for `*sql.Rows` hid what leaked (trial 25). Data, as the libraries above are.
 */
const standardTypeWords: Readonly<Record<string, string>> = {
  'sql.db': 'the database connection pool',
  'sql.rows': 'a set of database query results',
  'sql.row': 'a database query result',
  'sql.tx': 'a database transaction',
  'sql.conn': 'a database connection',
  'sql.stmt': 'a prepared database query',
  'http.request': 'a web request',
  'http.response': 'a web response',
  'http.responsewriter': 'the web response',
  'http.server': 'the web server',
  'http.handler': 'a web request handler',
  'context.context': 'the request context',
  ctx: 'the request context',
  'sync.mutex': 'a lock',
  'sync.rwmutex': 'a lock',
  'sync.waitgroup': 'a counter of running work',
  'time.timer': 'a timer',
  'time.ticker': 'a timer',
  'os.file': 'a file',
  // Values that say nothing is there (Rust's None, Go's nil): "returned `None`" is "returned no value" (trial 26).
  none: 'no value',
  nil: 'no value',
  null: 'no value',
  // A context's signals and wrappers, by what they do ("when `ctx.Done()` fires", trial 26 F4).
  'ctx.done': 'the cancellation signal',
  'context.done': 'the cancellation signal',
  'context.withtimeout': 'a request time limit',
  'context.withdeadline': 'a request time limit',
  'context.withcancel': 'a way to cancel the request',
};

// A call that ends in a plain verb of tidying up or waiting ("rows.Close()", "tx.Rollback()", "wg.Wait()") is that
// verb's step: "leaked the rows without the close step" says what was missing; "an internal function" did not (trial
// 25). A step, not a call: "The close call was never called" read twice.
const plainCallVerb =
  /^(close|flush|unlock|cancel|wait|stop|shutdown|commit|rollback|release|abort|join|sync|reset|retry|ping)$/i;

// A code checker's named check ("clippy's await_holding_lock lint", "the golangci-lint errcheck check"): a code check.
const checkerNames = 'clippy|golangci-lint|staticcheck|go vet|eslint|pylint|rubocop';
const namedCheck = new RegExp(
  String.raw`(?:\b(the|a|an|our|its)\s+)?\b(?:${checkerNames})(?:['’]s)?\s+(?:(?:(?:an? )?internal setting|[\x60]?[\w:-]+[\x60]?)\s+)?(lint|check|rule|warning)(s?)\b`,
  'giu',
);
// A tool named before the kind it is ("the k6 load test", "a JMeter test run"): the kind says enough.
const toolBeforeKind =
  /\b(?:k6|jmeter|gatling|vegeta|locust)\s+(?=(?:load|soak|stress|performance|perf|smoke)\s+tests?\b|tests?\b|test runs?\b|scripts?\b|runs?\b)/giu;
// A generic type from code ("Arc<Mutex<Cache>>", "HashMap<String, Vec<u8>>", "Option<T>"): a data structure.
const genericType =
  /(?<![\p{L}\p{N}_])[A-Z][A-Za-z0-9_]*(?:::[A-Za-z_]\w*)*<(?:[\w:&'…]|\.\.\.|,\s*|<|>)*>(?![\p{L}\p{N}_])/gu;
// Async code's waiting point ("held its lock across an await") and a program's panic ("the worker panicked"), as a
// reader outside engineering would say them; a person never "panicked" here, as the subject must be a program.
const acrossAwait = /\b(?:across|over|past|during) an? `?\.?await`?(?: point)?(?![\p{L}\p{N}])/giu;
const panicked = /\bpanick(ed|ing)\b/giu;
const programSubject =
  /\b(?:worker|thread|service|process|program|task|handler|goroutine|server|pod|binary|app|job|request|container)s?\b/i;
// A person or role in the sentence: then "panicked" may be said of them, a judgement the language gate must see.
const personInSentence =
  /\b(?:engineers?|developers?|devs?|on-?call|responders?|operators?|admins?|teams?|he|she|they|i|we|you|someone|somebody|nobody|everyone|everybody|people|person|staff|sre|dba|lead|manager|commander|scribe|facilitator|owner|author|attendee)\b/i;
/**
 * "panicked" where its sentence, up to it, names a program and no person ("A worker then hit … and panicked"):
 * "crashed". With a person there ("the on-call engineer panicked"), it stays for the language gate to judge.
 */
// A program's panic as a noun or in the present ("the service panic took down a worker", "A second panic hit the
// broker", "the worker panics on a None"): a crash, when nobody is in its sentence and no person's sense is meant
// ("in a panic", "no need to panic"). Trial 23 F15 left executives "panic" with no word of what it is.
const panicWord = /(?<![\p{L}\p{N}_`!-])(panic)(s?)(?![\p{L}\p{N}_`!(-])/giu;
const humanPanic = /(?:\b(?:in|into|of|need to|don['’]t|do not|not to)\s+(?:a\s+)?)$/i;
const peopleToo = /\b(?:customers?|users?|clients|callers|merchants|shoppers|buyers|everyone|panicking)\b/i;
function programPanic(found: string, word: string, ending: string, index: number, whole: string): string {
  const before = whole.slice(0, index);
  const start = sentenceStart(whole, index);
  const end = whole.slice(index).search(/[.!?](?:\s|$)|\n/);
  const sentence = whole.slice(start, end < 0 ? undefined : index + end);
  // "We saw a panic in the logs": we observed it; an "in a panic" of ours is the human sense, kept above.
  const others = sentence.replace(/\b(?:we|i)\b/gi, '');
  if (humanPanic.test(before) || personInSentence.test(others) || peopleToo.test(sentence)) return found;
  const noun = /^P/.test(word) ? 'Crash' : 'crash';
  return `${noun}${ending === '' ? '' : 'es'}`;
}
function programCrashed(found: string, ending: string, index: number, whole: string): string {
  const sentence = whole.slice(sentenceStart(whole, index), index);
  return programSubject.test(sentence) && !personInSentence.test(sentence) ? `crash${ending}` : found;
}
// Rust's shortcut that stops the program when a value is missing, met with one: ".unwrap() on a None", "`expect()` on
// an Err". Alone ("called unwrap()") it is a function, said as one below.
const unwrapOn =
  /\s*`?(?:[A-Za-z_]\w*(?:::|\.))*\.?(?:unwrap|expect)\(\)`?\s+(?:call\s+)?on\s+(?:an?\s+)?`?(None|Err)`?(?:\(\))?(?:\s+value)?(?![\p{L}\p{N}])/gu;
// A Go function named without its package: a setter or getter ("lower SetMaxOpenConns to 5") or any exported name
// called ("replicas x SetMaxOpenConns(20)"); a number passed is the value set (trial 18b B-4).
const goCall =
  /(?<![\p{L}\p{N}_./@-])((?:Set|Get)\p{Lu}[A-Za-z0-9]+|\p{Lu}[a-z0-9]+(?:\p{Lu}[a-z0-9]*)+(?=\())(\((\d[\d.,_]*)?\))?(?![\p{L}\p{N}_(])/gu;
// A check named from code after its kind ("clippy lint await_holding_lock", "the test test_refund_timeout"): the
// kind says what it is, the name only which one (trial 18b B-2 read "Add clippy a setting of lint to CI). "Test"
// and "check" are verbs too ("test pool_size under load"): kinds only after an article. A data pipeline's parts
// likewise: "the Airflow DAG dbt_revenue_hourly" is the Airflow DAG (trial 18f read "the DAG's internal setting").
const kindThenName =
  /\b((?:(?:the|a|an|this|that|our|its)\s+)(?:test|check)|lint|rule|job|hook|policy|DAG|model|pipeline|workflow|task)\s+`?[a-z][a-z0-9]*(?:_[a-z0-9]+)+`?(?![\p{L}\p{N}_(@-])/giu;
// A project's code name ("Project Nightjar", "Operation Falcon"): ours, said as what it is (trial 27 F5).
const projectCodeName =
  /\b(?:Project|Operation|Programme|Program|Initiative)\s+\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)?(?![\p{L}\p{N}_-])/gu;

// A Kubernetes object named by its kind and then its name in code marks ("the Certificate `api-gw-eu-tls`", "the
// Deployment `ledger-sync`"): the kind in words says what it is, the name is ours (trial 26 read "a Certificate
// setting expired").
const kubernetesKindWords: Readonly<Record<string, string>> = {
  Certificate: 'certificate',
  Issuer: 'certificate issuer',
  ClusterIssuer: 'certificate issuer',
  Deployment: 'deployment',
  StatefulSet: 'deployment',
  DaemonSet: 'deployment',
  ConfigMap: 'configuration',
  Secret: 'secret',
  CronJob: 'scheduled job',
  Job: 'job',
  PersistentVolumeClaim: 'storage volume',
  PodDisruptionBudget: 'disruption budget',
};
const kubernetesObject = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(${Object.keys(kubernetesKindWords).join('|')})\\s+\x60[^\x60\\n]+\x60`,
  'gu',
);
// cert-manager before what it manages is that thing: "the cert-manager certificate" is the certificate, and a
// "cert-manager renewal" a certificate renewal.
const certManagerBeforeItsObject =
  /\b(c)ert-manager\s+(?=certificates?\b|certificate issuers?\b|renewals?\b)/giu;
// Rust's None or Err named as a thing ("A None from a closed channel", "returned an Err"): an empty value, an error.
const noneValue = /\b([Aa]n?|[Tt]he)\s+`?(None|Err)`?(?:\s+value)?(?![\p{L}\p{N}_(])/gu;
// Rust's own panic message quoted ("panicked at 'called `Option::unwrap()` on a `None` value'"): what happened.
// "panicked at 'called …'", or "with" as people write it (trial 23 read "crashed with 'called an unexpected empty
// value'").
// A whole Rust panic line pasted into prose, as rustc 1.73 and later print it ("thread 'tokio-runtime-worker' panicked
// at src/rates.rs:212:38: called `Option::unwrap()` on a `None` value") or as older ones did ("panicked at 'called
// …', src/main.rs:4:5"): one of the program's threads crashed, on a missing value or an error (trial 26 F18 read
// "crashed at our code: called an unexpected empty value").
const rustPanicLine =
  /`?thread '[^'\n]{1,60}' panicked at (?:[\w./-]+:\d+:\d+:?\s*|(?=['"]))(?:['"]?called `?(?:Option|Result)::(?:unwrap|expect)\(\)`? on an? `?(None|Err)`? value(?::[^`'"\n]*)?['"]?(?:, [\w./-]+:\d+:\d+)?)?`?/gu;
const rustPanicLineWords = (_found: string, missing: string | undefined) =>
  `one of the program's threads crashed${missing === undefined ? '' : missing === 'Err' ? ' on an unexpected error' : ' on a value that was missing'}`;
const rustPanicMessage =
  /\bpanick(ed|ing)\s+(?:at|with)\s+['"‘“]called\s+`?(?:[A-Za-z_]\w*(?:::|\.))*\.?(?:unwrap|expect)\(\)`?\s+on\s+(?:an?\s+)?`?(None|Err)`?(?:\(\))?(?:\s+value)?['"’”]/gu;

const libraryNames = Object.keys(publicLibraryWords)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
const library = new RegExp(
  `(?:\\b(the|a|an|our|its|their)\\s+)?(?<![\\p{L}\\p{N}_./-])(${libraryNames})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}])(?:\\s+(library|crate|package|module|framework|driver|pool|database|db|cluster|server|client))?`,
  'giu',
);

/** A library's words before another noun: without their article, and without "library" unless it was upgraded. */
const modifierWords = (words: string, upgraded: boolean) => {
  const bare = words.replace(/^(?:the|an?) /, '');
  return upgraded ? bare : bare.replace(/ (?:library|system)$/, '');
};

// A library's version before what was done to it ("the tokio 1.41 upgrade"): the upgrade is the news, not the number.
const libraryVersion = new RegExp(
  `(?<![\\p{L}\\p{N}_./-])(${libraryNames})\\s+v?\\d+(?:\\.\\d+){1,3}(?=\\s+(?:upgrades?|bumps?|updates?|releases?|migrations?)\\b)`,
  'giu',
);

// "v2.31.0", "version 2.31.0", "release 2.31", "1.4.2-rc1": a version, with what names it around it.
// Never the start of an address: "10.42.11.17" is no version (trial 12d).
const version = String.raw`(?:v\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?|\d+\.\d+\.\d+(?:[-+][\w.]+)?)(?!\.\d)`;
// "rolled back to v2.30.4", "Rolled back an internal service to v2.30.4": the version before; "rolled back to
// search-gateway v2.7.2" is the previous version of that service (trial 21 read "to a new version").
const rolledBackTo = new RegExp(
  String.raw`\b((?:rolled back|roll(?:ing)? back|reverted|revert(?:ing)?|downgraded|downgrad(?:e|ing)|went back|back)(?:\s+[^\s.;,]+(?:\s+[^\s.;,]+){0,4}?)?)\s+to\s+(?:the\s+)?(?:((?:an?\s+|the\s+)?internal\s+[a-z]+|[\p{L}][\p{L}\p{N}_-]*[-_][\p{L}\p{N}_-]+)\s+)?(?:version\s+|release\s+)?(?:${version})(?:\s+(?:release|version|build))?(?![\p{L}\p{N}])`,
  'giu',
);
const fromVersionToVersion = new RegExp(
  String.raw`\bfrom\s+(?:version\s+)?(?:${version})\s+to\s+(?:version\s+)?(?:${version})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.])(?:${version})\s*(->|→|=>)\s*(?:${version})(?![\p{L}\p{N}])`,
  'giu',
);
const productVersion = new RegExp(
  String.raw`(?<![\p{L}\p{N}_./-])(\p{Lu}[\p{L}\p{N}+#]*)\s+(?:${version})(?![\p{L}\p{N}])`,
  'gu',
);
// A version something was left on, or moved away from, is the older one: "was still on v0.9" is "still on an older
// version", never "a new version" (trial 29 read the cause backwards).
const olderVersion = new RegExp(
  String.raw`\b(still (?:on|at|running|using)|stuck (?:on|at)|left on|remained on|upgraded from|upgrading from|upgrade from|migrated from|moved off|away from)\s+(?:the\s+)?(?:version\s+|release\s+)?(?:${version})(?![\p{L}\p{N}])`,
  'giu',
);
const versionPhrase = new RegExp(
  String.raw`(?:\b(the|this|that|a|an)\s+)?(?:\b(?:version|release|build|tag)\s+)?(?<![\p{L}\p{N}.])(?:${version})(?:\s+(release|version|build))?(?![\p{L}\p{N}])`,
  'giu',
);
const bracketedVersion = new RegExp(String.raw`\s*\((?:version\s+|release\s+)?(?:${version})\)`, 'giu');
// A commit hash in brackets without the word "commit" ("v1.8.3 (a1b2c3d)"): hex with a digit and a letter.
const bracketedHash = /\s*\((?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\)/g;
// A source file, with its line ("src/recon.rs:212", "internal/db/pool.go:88"): where in our code, not what happened.
// A folder or a line number makes it a path: "Node.js" alone is a product.
const sourcePath =
  /\b(?:(?:[\w.-]+\/)+[\w-]+\.(?:rs|go|py|ts|tsx|js|java|kt|rb|cs|cpp|cc|c|h|swift|scala|php|ex|exs)(?::\d+){0,2}|[\w-]+\.(?:rs|go|py|ts|tsx|js|java|kt|rb|cs|cpp|cc|c|h|swift|scala|php|ex|exs)(?::\d+){1,2})\b/g;
// "an internal service a new version" (the redactor named the service): "a new version of an internal service".
const serviceThenVersion =
  /\b((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]he other|[Tt]he first) internal [a-z]+) (a new|the new) (version|release|build)\b/g;

// Names from code: dotted and `::` paths (pgxpool.Acquire, resp.Body.Close(), tokio::spawn), camelCase
// (maxIdleConns), and anything else in backticks that is one word of code.
// A chain of calls goes whole, with its arguments ("pool.get().unwrap()", "sql.DB.SetMaxOpenConns(20)"): said in
// parts it would leave "an internal setting().unwrap()" (trial 18f F-2, F-9).
const codePath =
  /(?<![\p{L}\p{N}_./@-])([A-Za-z_]\w*(?:\([^()\n]{0,60}\))?(?:(?:\.|::)[A-Za-z_]\w*(?:\([^()\n]{0,60}\))?)+)(?:\s?=\s?("[^"\n]{0,40}"|'[^'\n]{0,40}'|[^\s,;)"'`‘’“”]+))?(?![\p{L}\p{N}_@(]|\.[\p{L}])/gu;
// Go's duration constants ("3*time.Second", "500 * time.Millisecond", "time.Minute"): a length of time.
const goTimeConstant =
  /(?<![\p{L}\p{N}_.])(?:(\d+)\s*\*\s*)?time\.(Nanosecond|Microsecond|Millisecond|Second|Minute|Hour)(?![\p{L}\p{N}_])/gu;
// In capitals too, as environment variables and constants are written ("NOTIFIER_CONCURRENCY=4", trial 18e).
const snakeCase =
  /(?<![\p{L}\p{N}_.@/$-])(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?: ?= ?(?:"[^"\n]{0,40}"|'[^'\n]{0,40}'|[^\s,;)"'`‘’“”]+))?(?![\p{L}\p{N}_(@-])/gu;
// An error code in capitals: its last word says what went wrong (QUOTA_EXCEEDED, PERMISSION_DENIED, NOT_FOUND).
const errorCode =
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:EXCEEDED|FAILED|FAILURE|DENIED|INVALID|FOUND|UNAVAILABLE|TIMEOUT|ERROR|EXPIRED|REJECTED|UNAUTHORIZED|UNAUTHENTICATED|FORBIDDEN|EXHAUSTED|CONFLICT|REFUSED|ABORTED|MISMATCH|EXISTS|THROTTLED|OVERLOADED)$/;
// A data warehouse's table by the prefixes modelling tools give them: facts, dimensions, staging, raw, marts.
const warehouseTable = /^(?:fct|fact|dim|stg|raw|int|agg|mart|rpt)_[a-z0-9_]+$/;
const sqlTableBefore =
  /(?:\b(?:insert(?:s|ed|ing)?|INSERTs?)\s+(?:[\w-]+\s+){0,2}into|\bupdate|\bdelete\s+from|\bselect\b[^.;]{0,80}\bfrom|\bjoin|\btruncate|\balter\s+table|\b(?:index|constraint|key|trigger)\s+on|\brows?\s+(?:in|of|from))\s+$/i;
const sqlColumnBefore =
  /\b(?:index|constraint|key)(?:\s+on)?(?:\s+[a-z][a-z0-9_]*)?\s*\((?:\s*[a-z][a-z0-9_]*\s*,)*\s*$|\b(?:insert\s+into\s+[a-z][a-z0-9_]*\s*)\((?:\s*[a-z][a-z0-9_]*\s*,)*\s*$/i;
// A word that describes the name after it: the name is then a thing named, not a setting's value.
const describedBefore =
  /\b(?:nullable|optional|required|unique|indexed|new|legacy|deprecated|boolean|integer|string|text|json|numeric|non-null)\s+$/i;
/**
 * What a snake_case or capitalised name from code is by its shape and place, for every reader: an error code
 * ("429 QUOTA_EXCEEDED" is "429 (quota exceeded)", else "a quota-exceeded error"), a warehouse table ("FCT_ORDERS"),
 * or a thing a describing word stands before ("adds nullable promo_code": internal data; "a nullable promo_code
 * field": an internal field). Undefined when its shape says nothing (the caller says it as a setting).
 */
export function namedByShape(name: string, before: string, after: string): string | undefined {
  if (errorCode.test(name)) {
    const words = name.toLowerCase().replace(/_/g, ' ');
    return /\b\d{3}\s+$/.test(before) ? `(${words})` : `a ${words.replace(/ /g, '-')} error`;
  }
  if (warehouseTable.test(name.toLowerCase())) return 'an internal table';
  // SQL says what a name is: a table after "INSERT … INTO", "UPDATE", "index on"; a column in the brackets after it
  // (trial 28 F2 read "the ledger entries setting" and "(an internal setting, the idempotency key)").
  if (sqlColumnBefore.test(before)) return 'an internal column';
  if (sqlTableBefore.test(before)) return 'an internal table';
  if (describedBefore.test(before)) return kindAfter.test(after) ? 'internal' : 'internal data';
  return undefined;
}

// The kind of thing a name from code stands before ("the go_goroutines metric", "a `currency_minor_units` field"):
// the name only says which one, so it is "an internal" one of that kind.
const kindAfter =
  /^\s+(?:metrics?|counters?|gauges?|histograms?|labels?|columns?|tables?|fields?|flags?|variables?|lints?|rules?|checks?|tests?|jobs?|tasks?|signals?|alerts?|probes?|exporters?|handlers?|hooks?|events?|callbacks?|methods?|functions?|parameters?|options?|keys?|classes|class|objects?|structs?|types?|components?|modules?|enums?|interfaces?|collections?|containers?|documents?)\b/;
// A class from code by its shape: capitalised words run together, ending in a word code names its parts with
// ("PriceCache", "OrderServiceClient", "RateLimiter"; trial 18d showed "PriceCache" to the public). Products with
// such names ("ServiceNow", "CloudWatch") end otherwise or are known products.
const codeClass =
  /(?<![\p{L}\p{N}_./@-])(?:\p{Lu}[\p{Ll}\p{N}]+)+(Cache|Service|Client|Manager|Handler|Controller|Worker|Provider|Factory|Repository|Repo|Store|Queue|Pool|Config|Helper|Utils?|Job|Task|Module|Component|Adapter|Processor|Listener|Consumer|Producer|Exception|Error|Loader|Builder|Resolver|Scheduler|Executor|Dao|Dto|Impl|Bean|Filter|Interceptor|Middleware|Serializer|Validator|Parser|Writer|Reader|Registry|Router|Mapper|Dispatcher|Subscriber|Publisher|Fetcher|Syncer|Updater|Checker|Limiter)(?![\p{L}\p{N}_]|\.[\p{L}_]|::)/gu;
// A metric by Prometheus's naming: a runtime's or exporter's prefix, or a unit or kind at the end.
const metricName =
  /^(?:go|process|http|grpc|node|container|kube|jvm|nginx|redis|kafka|pg|mysql|rabbitmq|probe|mongodb|elasticsearch|celery|hikaricp|envoy|istio|coredns|etcd|apiserver)_|_(?:total|seconds|bytes|count|sum|bucket|ratio|percent|ready|unacked)$/;
// A camelCase name, with the value a line of configuration sets it to ("maxReplicas=20").
// A limit written before its number with a space ("HPA maxReplicas 12") has that number as its value too.
// Set with "=" or, as YAML sets it, with ": " before a number ("minAvailable: 70%", trial 18c).
const camelCase =
  /(?<![\p{L}\p{N}_./@-])([a-z]{2,}[A-Z][A-Za-z0-9]*)(?:(?:=|: ?(?=\d))([^\s,;)"'`‘’“”]+)| (\d+(?:ms|s|m|h)?)(?![\p{L}\p{N}_:%-]|[.,]\d))?(?![\p{L}\p{N}_])/gu;
/** "an internal" before one thing, "internal" before many ("220k internal tasks", trial 18d). */
const internalBefore = (rest: string) =>
  /^\s+\p{L}+(?<!ss)s\b/u.test(rest) && !/^\s+(?:alias|status)\b/.test(rest) ? 'internal' : 'an internal';
const camelCall = /(?<![\p{L}\p{N}_./@-])([a-z]{2,}[A-Z][A-Za-z0-9]*)\(\)/gu;
const camelPair =
  /(?<![\p{L}\p{N}_./@-])([a-z]{2,}[A-Z][A-Za-z0-9]*)\/([a-z]{2,}[A-Z][A-Za-z0-9]*)(?![\p{L}\p{N}_/])/gu;
// Two parts or more after the "X-" ("X-Forwarded-For"): "X-Ray" alone is a product.
const headerName = /(?<![\p{L}\p{N}_./@-])[Xx]-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\p{L}\p{N}_-])/gu;
const backticked = /`([^`\n]{1,60})`/g;
const settingInCodeMarks = new RegExp(
  `\`(${'\u0001'}[^${'\u0002'}\`]*${'\u0002'})\\s*[:=]\\s*(\\d[\\d.,]*(?:ms|s|m|h|%|[kKMG]i?B?)?)\``,
  'g',
);
// Web domains and addresses are not code ("example.com"), nor abbreviations ("e.g.").
const notCode = (name: string) =>
  /\.(?:com|org|net|io|dev|app)$/i.test(name) ||
  // A host in our network ("db1.prod.internal", "payments.svc.cluster.local") is a name, not code.
  /\.(?:internal|local|lan|corp|intra|localdomain)$/i.test(name) ||
  /^\p{Lu}\p{Ll}+\.js$/u.test(name) ||
  name.split(/\.|::/).some((part) => part.length < 2) ||
  isProductName(name);

/**
 * A name from code as the glossary says it in everyday words: its own words when the glossary lists them as a name
 * ("pool_size" is "the pool size"), else the glossary's term ("max_conns" is "the connection limit"); undefined when
 * the glossary does not know it or names it only in code.
 */
export function glossaryWordsFor(name: string): string | undefined {
  const entry = findGlossaryTerm(name);
  if (!entry || entry.kind === 'incident-management') return undefined;
  const spaced = name.replace(/[_-]+/g, ' ').toLowerCase();
  if (
    /^[\p{L} ]+$/u.test(spaced) &&
    spaced.includes(' ') &&
    entry.aliases.some((alias) => alias.toLowerCase() === spaced)
  )
    return `the ${spaced}`;
  if (!/^[\p{L} -]+$/u.test(entry.term)) return undefined;
  // A library or tool known by a name in small letters is said by that name, with no article: "with serde", not
  // "with the serde" (trial 27 F2).
  if (/^[a-z][a-z0-9-]*$/.test(entry.term)) return entry.term;
  // A name for the quantity of a thing is that quantity: "maxPoolSize" is the connection pool's size, a number
  // (trial 18e read "pods x processes x the connection pool").
  const quantity = /(size|count|limit|capacity)$/i.exec(name)?.[1]?.toLowerCase();
  return quantity && !new RegExp(quantity, 'i').test(entry.term)
    ? `the ${inSentence(entry.term)} ${quantity}`
    : `the ${inSentence(entry.term)}`;
}

/**
 * A glossary term as it reads inside a sentence: its capitalised words lower-cased, product names and abbreviations
 * kept ("Go HTTP client" is "Go HTTP client", "Connection pool" is "connection pool").
 */
function inSentence(term: string): string {
  return term.replace(/\p{L}+/gu, (word) =>
    /^\p{Lu}\p{Ll}+$/u.test(word) && !isProductName(word) ? word.toLowerCase() : word,
  );
}

// A phrase said for a name from code is wrapped in these while the text is worked on, so the article the writer put
// before the name (and its modifiers) can be the phrase's only one once every name is said.
const open = '\u0001';
const close = '\u0002';
const markedCodeSpan = new RegExp(`\`(${open}[^${close}\`]*${close})\``, 'g');
const writerThenSaid = new RegExp(
  String.raw`\b(an?|the|this|that|these|those|our|its|their|his|her|my|your|each|every|one|some|any|no)\s+((?:[\p{Ll}\p{N}][\p{L}\p{N}-]*\s+){0,2})${open}(?:(?:the|an?)\s+(?=[^${close}]))?([^${close}]*)${close}`,
  'giu',
);
const partlySaidSpan = new RegExp(`\`([^\`\n]*${open}[^\`\n]*)\``, 'g');
/** "a shared the Go HTTP client" is "a shared Go HTTP client"; "a an internal setting" is "an internal setting". */
function oneArticle(text: string): string {
  return text
    .replace(writerThenSaid, (found, det: string, between: string, words: string) => {
      if (!modifiersOnly(det, between)) return found;
      const next = `${between}${words}`;
      const article = /^an?$/i.test(det) ? articleFor(next, det) : det;
      return `${article} ${next}`;
    })
    .replaceAll(open, '')
    .replaceAll(close, '');
}
// Words between an article and a name that make the name the article's own ("a shared", "the old payments"), not a
// clause of its own ("the deploy changed", "the service uses", "a call to"): no verb, preposition or conjunction.
const notModifier =
  /^(?:is|was|were|are|be|been|has|had|have|do|did|does|to|of|in|on|at|by|for|from|with|into|onto|than|and|or|but|then|set|hit|put|cut|let|made|make|use|call|said|got|get|went|ran|run)$/i;
const adjectiveInEd =
  /^(?:shared|pooled|cached|dedicated|managed|embedded|nested|bundled|vendored|patched|forked|wrapped|tuned|hard-coded|hardcoded|default|unbounded|bounded|buffered|unbuffered|configured|misconfigured|blocked|stuck|stalled|leaked|locked|queued|pending|failed|failing)$/i;
// Of two words between, the first describes the second ("the old payments"): an everyday adjective.
const firstOfTwo =
  /^(?:new|old|same|shared|default|global|main|single|whole|custom|existing|current|previous|own|other|second|first|internal|outbound|inbound|http|grpc)$/i;
function modifiersOnly(det: string, between: string): boolean {
  const words = between.trim().split(/\s+/).filter(Boolean);
  // "this raised max_conns", "that set it": a pronoun before a verb, not an article before a name.
  if (words.length > 0 && /^(?:this|that|these|those|some|any|no)$/i.test(det)) return false;
  if (words.length === 2 && !firstOfTwo.test(words[0] ?? '')) return false;
  return words.every((word) => !notModifier.test(word) && (!/ed$/i.test(word) || adjectiveInEd.test(word)));
}
function articleFor(next: string, det: string): string {
  const vowel =
    /^(?:[aeio]|u(?!ni|s[eu]|r[aeiou])|hour|honest|[FHLMNRSX]\b|8)/i.test(next) && !/^one\b/i.test(next);
  const word = vowel ? 'an' : 'a';
  return det.charAt(0) === 'A' ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** What a name from code is to a public reader: the glossary's term for it or its first part, else internal code. */
function codeWords(name: string, called: boolean): string {
  if (
    /\.(?:go|rs|py|ts|js|java|kt|cs|swift|php|ex|exs|rb|toml|ya?ml|json|md|txt|sql|proto|lock|mod|sum|tf|tfvars|hcl|bicep|bicepparam|ini|conf|env|xml|csproj)$/i.test(
      name,
    )
  )
    return 'an internal file';
  // Prometheus's exporters ("blackbox_exporter", "node_exporter") measure for the monitoring (trial 18d read "an
  // internal setting expiry alerts").
  if (/^[a-z][a-z0-9]*_exporter$/.test(name)) return 'the monitoring tool';
  const standard = standardTypeWords[name.toLowerCase()];
  if (standard) return standard;
  const parts = name.split(/\.|::/);
  // An exception's class ("javax.net.ssl.SSLHandshakeException") is an error, whatever its package (trial 30 read
  // "failed with an internal function").
  if (parts.length > 1 && /^\p{Lu}\w*(?:Exception|Error)$/u.test(parts.at(-1) ?? '')) return 'an error';
  // The whole name, then what the path ends in ("tokio::time::timeout" is a timeout), then the library it starts
  // with, which says what a member of it is only when the path is that library and one member ("pgxpool.Acquire"):
  // "tokio::sync::Mutex" is not the scheduler (trial 18f F-3).
  const last = parts.length > 1 ? (parts.at(-1) ?? '') : '';
  // A call is read by its whole name only: the last of a chain ("….unwrap()") is how it was called, not what it is.
  const candidates = [name, called ? '' : last, parts.length === 2 ? (parts[0] ?? '') : ''].filter(Boolean);
  for (const candidate of candidates) {
    const lib = candidate === last ? undefined : publicLibraryWords[candidate.toLowerCase()];
    if (lib) return lib;
    // A glossary term in everyday words; a term that is itself code is not. A setting of it is that setting
    // ("health_check.port" is "the health check port", trial 28 F13 read "the health check of 8081").
    const words = glossaryWordsFor(candidate);
    if (
      words &&
      candidate === parts[0] &&
      candidate !== name &&
      /^(?:port|path|timeout|interval|threshold|url)$/i.test(last)
    )
      return `${words} ${last.toLowerCase()}`;
    if (words) return words;
  }
  if (called && parts.length > 1 && plainCallVerb.test(last))
    return `the ${last.toLowerCase().replace(/^shutdown$/, 'shut-down')} step`;
  // A library's own function the glossary explains in code ("spawn_blocking", "tokio::task::spawn_blocking") is no
  // code of ours: said by the glossary's name, explained where the report explains words (trial 29 read "Move HSM
  // signing to an internal function").
  const library = findGlossaryTerm(name);
  if (library && library.kind !== 'incident-management' && /^[a-z][\w:.]*_[\w:.]*$/.test(library.term))
    return library.term;
  if (called) return 'an internal function';
  // A type at the end of a Rust path ("tokio::sync::Mutex", "std::sync::Arc") is a data structure.
  if (name.includes('::') && /^\p{Lu}/u.test(last)) return 'an internal data structure';
  // "persistConn.roundTrip" ends in a method (a capital inside its last part): a function, as "pool.Acquire" is.
  // A last part that names what a setting holds ("retryPolicy.maxAttempts", trial 28 F5) is a setting.
  return (/\.[A-Z]/.test(name) || name.includes('::') || /\.[a-z]+[A-Z]\w*$/.test(name)) &&
    !settingEnd.test(last)
    ? 'an internal function'
    : 'an internal setting';
}

// An async runtime named before its workers ("every tokio worker crashed"): the workers are the program's; the
// runtime's name in words before them read "every software that schedules work inside the service worker" (trial 23).
const runtimeBeforeWorker =
  /\b(?:tokio|async-std|rayon|smol|actix(?:-rt)?)(?:[ -]runtime)?\s+(?=(?:worker|thread|task)s?\b)/gi;
// The runtime's name before one of its own parts ("the tokio Mutex", "a tokio channel", "tokio's RwLock") goes: the
// part is explained on its own; before "runtime" the two are one name ("the tokio runtime stalled" is the library).
// Trial 25 read "The software that schedules work inside the service Mutex".
const runtimeBeforePart =
  /\b(?:tokio|async-std|smol)(?:['’]s)?\s+(?=(?:mutex|rwlock|semaphore|channel|mpsc|oneshot|broadcast|watch|notify|timer|interval|sleep|lock|select!?|spawn|JoinHandle|JoinSet|Barrier)(?:es|s)?\b)/gi;
const runtimeNamedTwice = /`?\b(tokio|async-std|smol)\b`?[ -]runtime\b/gi;

/**
 * A public text without our code: versions as "a new version" (or "the previous version" after a rollback), names
 * from code as the glossary says them ("pgxpool.Acquire" is "the database connection pool") or as "an internal
 * function" or "an internal setting", libraries and stores as what they are ("Diesel" is "the database library").
 */
export function publicCodeWords(text: string): string {
  const said = new Set<string>();
  const at = sayer(said);
  // A version in brackets is an aside ("rolled back to commit 4e1d7f0 (v2.30.4)"): it goes.
  let out = text
    .replace(
      namedCheck,
      (_found, det: string | undefined, _kind: string, plural: string, index: number, whole: string) =>
        at(
          whole,
          index,
          plural
            ? `${det ? `${det} ` : ''}code checks`
            : `${det && !/^an?$/i.test(det) ? det : 'a'} code check`,
        ),
    )
    .replace(toolBeforeKind, '')
    .replace(projectCodeName, (_found, index: number, whole: string) =>
      at(whole, index, 'an internal project'),
    )
    .replace(libraryVersion, '$1')
    .replace(runtimeBeforeWorker, '')
    .replace(runtimeBeforePart, '')
    .replace(certManagerBeforeItsObject, (found: string, c: string, index: number, whole: string) =>
      /^\s*renewals?/i.test(whole.slice(index + found.length)) ? `${c}ertificate ` : '',
    )
    .replace(runtimeNamedTwice, '$1')
    .replace(bracketedVersion, '')
    .replace(bracketedHash, '')
    .replace(rolledBackTo, (_found, verb: string, service: string | undefined) =>
      service ? `${verb} to the previous version of ${service}` : `${verb} to the previous version`,
    )
    // "bumped mongoose from 7.6.3 to 8.4.1" is to a new version (trial 18e read "from a new version to a new version").
    .replace(fromVersionToVersion, 'to a new version')
    .replace(olderVersion, '$1 an older version')
    // A product's own version ("Ktor 2.3.7", "Airflow 2.7.3") is the one in place, never "a new version" (trial
    // 30): the product's name says enough.
    .replace(productVersion, (found: string, product: string) =>
      /^(?:Version|Release|Build|Tag|The|This|That|A|An|To|From|On|At|In|v)$/.test(product) ||
      (/(?:ed|ing|s)$/.test(product) && !isProductName(product))
        ? found
        : product,
    );
  out = out.replace(
    versionPhrase,
    // The version phrase keeps its own determiner, and the service before it says whose version it is (below).
    (_found, det: string | undefined, noun: string | undefined, index: number, whole: string) =>
      fitToPosition(
        whole,
        index,
        `${det && /^(?:the|this|that)$/i.test(det) ? 'the new' : 'a new'} ${(noun ?? 'version').toLowerCase()}`,
      ),
  );
  out = out.replace(serviceThenVersion, (_found, service: string, _new: string, noun: string) => {
    const said = `a new ${noun} of ${service.charAt(0).toLowerCase()}${service.slice(1)}`;
    return /^\p{Lu}/u.test(service) ? said.charAt(0).toUpperCase() + said.slice(1) : said;
  });
  out = out.replace(codeClass, (found, kind: string, index: number, whole: string) => {
    if (isProductName(found) || publicLibraryWords[found.toLowerCase()]) return found;
    const rest = whole.slice(index + found.length);
    if (kindAfter.test(rest)) return at(whole, index, internalBefore(rest));
    return at(
      whole,
      index,
      /^(?:Exception|Error)$/.test(kind) ? 'an internal error' : 'an internal component',
    );
  });
  out = namesFromCode(out, at);
  const kinds = new Map<string, string>();
  out = out.replace(
    library,
    (
      found,
      det: string | undefined,
      name: string,
      noun: string | undefined,
      index: number,
      whole: string,
    ) => {
      const words = publicLibraryWords[name.toLowerCase()];
      const after = whole.slice(index + found.length);
      // "diesel generators" is fuel, not the library.
      if (!words || /^\s+(?:generators?|engines?|fuel|power|trucks?|oil)\b/i.test(after)) return found;
      // "our Django app" is "our app": a framework said before what is built with it says nothing a reader needs.
      if (
        words === 'the web framework' &&
        /^\s+(?:apps?|applications?|projects?|sites?|monoliths?)\b/i.test(after)
      )
        return det ?? fitToPosition(whole, index, 'the');
      // Before another noun ("a slow Diesel query") the name is a modifier: "a slow database query"; before an
      // upgrade it is the library that was upgraded ("a task-scheduling library upgrade").
      const upgraded = /^\s+(?:upgrades?|bumps?|updates?)\b/i.test(after);
      if (
        !noun &&
        /^\s+(?:quer(?:y|ies)|calls?|connections?|workers?|tasks?|jobs?|queues?|processes|instances?|migrations?|models?|schemas?|transactions?|errors?|timeouts?|clients?|drivers?|upgrades?|config(?:uration)?|settings?|code|layer|deserializ\w*|serializ\w*|pars(?:e|es|ing|er)|decod\w*|encod\w*)\b/i.test(
          after,
        )
      )
        return at(whole, index, `${det ? `${det} ` : ''}${modifierWords(words, upgraded)}`);
      // "our Diesel pool" is "our database connection pool"; "the Postgres database" is "the database".
      const kind =
        noun && /^pool$/i.test(noun) && !/pool/.test(words)
          ? words.replace(/ library$|$/, ' connection pool')
          : words;
      // Two products of one kind in a text are two things: "sessions to Redis, fragments stay on memcached" is
      // "sessions to another cache, fragments stay on the cache" (trial 18e read one cache three times).
      const first = kinds.get(kind);
      if (first === undefined) kinds.set(kind, name.toLowerCase());
      const said =
        first !== undefined && first !== name.toLowerCase() ? kind.replace(/^the /, 'another ') : kind;
      const keeps = det && !/^(?:the|an?)$/i.test(det);
      return at(whole, index, keeps ? `${det} ${said.replace(/^(?:the|an?) /, '')}` : said);
    },
  );
  return readsOnce(out, said);
}

/**
 * An executive's text with the names from code said in words ("a shared http.Client" is "a shared Go HTTP client",
 * `max_conns` "the connection limit", "panicked a goroutine" "crashed one of the program's tasks"), as the public's
 * is; the versions, libraries and stores an executive may know stay, glossed where the glossary has them.
 */
export function codeNamesInWords(text: string): string {
  const said = new Set<string>();
  return readsOnce(
    namesFromCode(declaredFunctions(withoutQueries(text)), sayer(said), settingByItsWords),
    said,
  );
}

/**
 * An executive's name from code that is a setting made of English words ("worker_concurrency", "idleTimeout",
 * "retry_budget_ms") said by those words: "the worker concurrency setting". Trial 18d read "With an internal setting
 * of 4 and an internal setting" in an exec report: placeholders lose what the sentence says. The public still reads
 * "an internal setting" (our settings are not its concern); a name with a word in no dictionary stays a placeholder
 * and is listed with the names from code.
 */
const engineerAbbreviation =
  /^(?:conns?|cfg|conf|msgs?|reqs?|resp|ctx|num|cnt|idx|tmp|buf|addr|auth|env|init|impl|ptr|refs?|vals?|str|int|sec|proc|svc|utils?|opts?|args?|params?|mgr|ttl|qps|rps)$/;

// Verbs a function's name starts with and a setting's does not ("handle_batch", "QueryContext", "fetchRates"; trial 25
// read "the handle batch setting"). Not those that also start settings ("retry_budget_ms", "cache_size").
const functionVerb =
  /^(?:handle|process|fetch|send|get|run|do|make|build|create|parse|load|read|write|call|init|start|stop|spawn|emit|publish|subscribe|consume|produce|dispatch|execute|exec|apply|compute|render|serialize|deserialize|encode|decode|validate|register|resolve|acquire|connect|disconnect|query|submit|enqueue|dequeue|drain|poll|flush|close|open|insert|delete|settle|charge|new|with)(?=[_A-Z]|$)/;
// Words a setting's name ends in, after whatever verb it starts with ("send_timeout", "readBufferSize").
const settingEnd =
  /(?:timeout|size|limit|count|interval|ttl|ms|secs?|seconds|bytes|enabled|disabled|max|min|rate|ratio|threshold|budget|retries|attempts|delay|period|window|capacity|depth|level|mode|url|path|dir|file|port|host|name|key|id)$/i;

function settingByItsWords(name: string, called: boolean): string {
  const said = codeWords(name, called);
  // A name the glossary explains but cannot say in everyday words ("spawn_blocking", "tokio::task::spawn_blocking")
  // stays, by the glossary's name, and is explained where the report explains words (trial 24 read "the spawn
  // blocking setting" under a note on spawn_blocking).
  const known = findGlossaryTerm(name);
  if (known && known.kind !== 'incident-management' && /^an internal (?:setting|function)$/.test(said))
    return /^[\w:.]+$/.test(known.term) ? known.term : name;
  // How many times a call is tried, by any of its names ("max_attempts", "maxRetries", "retryPolicy.maxAttempts"):
  // one plain name for the one knob (trial 28 F5 read three).
  const own = (name.split('.').at(-1) ?? name).replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();
  if (/^(?:max_)?(?:attempts|retries)$|^(?:max_)?retry_(?:count|limit|attempts)$|^retries_max$/.test(own))
    return 'the retry limit';
  // How long a client waits before it tries again ("initialBackoff", "max_backoff_ms"; trial 28 left
  // "initialBackoff" a placeholder): backoff is no word a reader knows.
  const backoff = own.replace(/_(?:ms|secs?|seconds)$/, '');
  if (/^(?:initial|base|min)_backoff$|^backoff(?:_(?:initial|base|min))?$/.test(backoff))
    return 'the first retry delay';
  if (/^max_backoff$|^backoff_max$/.test(backoff)) return 'the longest retry delay';
  if (/^backoff_(?:multiplier|factor)$/.test(backoff)) return 'the retry delay multiplier';
  if (said !== 'an internal setting') return said;
  const lowerFirst = name.charAt(0).toLowerCase() + name.slice(1);
  if (!called && functionVerb.test(lowerFirst) && !settingEnd.test(name) && !name.includes('.'))
    return 'an internal function';
  const words = name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[_\s-]+/)
    .filter((word) => word !== '');
  // A unit at the end is the value's, not the setting's name ("retry_budget_ms" is the retry budget).
  if (
    words.length > 1 &&
    /^(?:ms|msec|secs?|seconds|mins?|minutes|hrs?|hours|bytes|kb|mb|gb|pct|percent)$/.test(words.at(-1)!)
  )
    words.pop();
  // A limit ("maxReplicas", "min_idle") is said as a configured limit where its value is set; an engineer's
  // abbreviation ("conns", "ctx") is no word a reader knows.
  const limit = /^(?:max|min|maximum|minimum|limit|cap)$/;
  const readable =
    words.length >= 2 &&
    words.length <= 4 &&
    !limit.test(words[0]!) &&
    !limit.test(words.at(-1)!) &&
    words.every(
      (word) => /^[a-z]{3,}$/.test(word) && isEnglishWord(word) && !engineerAbbreviation.test(word),
    );
  if (readable) return `the ${words.join(' ')} setting`;
  // A limit whose other words are English ("maximum_lag_on_failover", "max_open_connections"; trial 29 read "an
  // internal setting" where the safeguard was a limit on lag): the maximum or minimum of that.
  const [bound, ...rest] = words;
  const bounded =
    bound !== undefined &&
    /^(?:max|min|maximum|minimum)$/.test(bound) &&
    // Of several words and in snake_case: a camelCase limit ("maxReplicas 12") is a configured limit where its
    // value is set.
    name.includes('_') &&
    rest.length >= 2 &&
    rest.length <= 4 &&
    /^[a-z]{3,}$/.test(rest[0] ?? '') &&
    rest.every(
      (word) =>
        /^(?:on|of|per|in|for|at)$/.test(word) ||
        (/^[a-z]{3,}$/.test(word) &&
          (isEnglishWord(word) || findGlossaryTerm(word) !== undefined) &&
          !engineerAbbreviation.test(word)),
    ) &&
    !/^(?:on|of|per|in|for|at)$/.test(rest.at(-1) ?? '');
  return bounded ? `the ${bound.startsWith('max') ? 'maximum' : 'minimum'} ${rest.join(' ')} setting` : said;
}

/**
 * Words for a setting, fitted after the product it belongs to: there it takes no article ("Raised tokio
 * worker_threads" is "Raised tokio worker threads", not "tokio the worker threads"; trial 29).
 */
export function afterProduct(before: string, words: string): string {
  const owner = /([\p{L}][\p{L}\p{N}.-]*)[ \t]+$/u.exec(before)?.[1];
  return owner && isProductName(owner) && /^the /.test(words) ? words.slice(4) : words;
}

type Sayer = (whole: string, index: number, words: string) => string;
/** Says a phrase for a name at its place, remembering it, wrapped so its article can be fitted after. */
function sayer(said: Set<string>): Sayer {
  return (whole, index, words) => {
    const fitted = afterProduct(whole.slice(0, index), words);
    said.add(fitted.toLowerCase());
    return `${open}${fitToPosition(whole, index, fitted)}${close}`;
  };
}

// "panicked a goroutine": the program crashed one of its tasks.
// A runtime's name may stand before its worker ("panicked the tokio worker thread", trial 26 F18).
const panickedTask =
  /\bpanick(ed|ing)\s+(?:a|one|the|its|that)\s+(?:(?:tokio|async-std|rayon|smol)\s+)?(?:(?:background|worker|request|handler)\s+)?(?:goroutine|thread|task)\b/giu;

/** A call said with the number it was given, when its words name a setting ("the connection limit of 20"). */
const withCallValue = (said: string, words: string, value: string | undefined) =>
  value && !/^an internal /.test(words) ? `${said} of ${value}` : said;

/** A setting said with the number a line of configuration sets it to ("the pool size of 5"); other values are code. */
/**
 * A setting said with the value given to it: "the pool size of 5"; after a verb that changes it, "bumped a
 * configured limit to 262144" (trial 18f: "bumped a configured limit of 262144" read as the old limit); a switch
 * "turned off" or "turned on". Any other value is code, left out.
 */
function withValue(said: string, given: string | undefined, before = '', limit = false): string {
  if (!given) return said;
  // A quoted value is its text ("burst=\"\"" set it empty, trial 21 left 'an internal setting=""').
  const quoted = /^(["'])(.*)\1$/.exec(given);
  if (quoted && quoted[2] === '') return `${said} to an empty value`;
  const value = quoted ? (quoted[2] as string) : given;
  if (/^(?:false|off|disabled|no)$/i.test(value)) return `${said} turned off`;
  if (/^(?:true|on|enabled|yes)$/i.test(value)) return `${said} turned on`;
  if (!/^\d[\d.,]*(?:ms|s|m|h|%|[kKMG]i?B?)?$/.test(value)) return said;
  const changed =
    limit &&
    /\b(?:set|setting|bumped|raised|lowered|increased|decreased|reduced|changed|tuned|moved|doubled|halved)\s+$/i.test(
      before,
    );
  return `${said} ${changed ? 'to' : 'of'} ${value}`;
}

// A store named by its kind before or after its name from code ("topic orders.v2", "the payments_dlq queue"); a
// name of plain words ("topic orders") is prose.
const storeKinds =
  '[Tt]opics?|[Qq]ueues?|[Ss]treams?|[Bb]uckets?|[Tt]ables?|[Ii]ndex(?:es)?|[Kk]eyspaces?|[Ee]xchanges?';
// In code marks any name is one ("the Service Bus queue `payment-events`", trial 18e read "an internal setting").
const storeName =
  '`?[A-Za-z_][\\w-]*(?:[._:][\\w-]+)+`?|`?(?=[\\w-]*\\d)[A-Za-z_][\\w-]*\\w`?|`[A-Za-z_][\\w.-]*`';
const storeBefore = new RegExp(
  `(?:\\b([Tt]he|[Aa]n?)\\s+)?(?:\\b(\\p{Lu}[\\p{L}\\d]*(?:\\s+\\p{Lu}[\\p{L}\\d]*)?)\\s+)?\\b(${storeKinds})\\s+(?:${storeName})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`,
  'gu',
);
const storeAfter = new RegExp(
  `(?:\\b(the|an?)\\s+)?(?:\\b(\\p{Lu}[\\p{L}\\d]*)\\s+)?(?<![\\p{L}\\p{N}_./@-])(?:${storeName})\\s+(${storeKinds})\\b`,
  'gu',
);
/**
 * "lagged on topic orders.v2", "the payments_dlq queue": a store of messages or data named from code is an internal
 * one of its kind, for executives and the public alike (trial 12g G-30 read the name as a setting: "lagged on topic
 * an internal setting"). `at` says the words at the name's place.
 */
export function namedStores(text: string, at: Sayer): string {
  return text
    .replace(storeBefore, (_found, det, owner, kind, index: number, whole: string) =>
      internalStore(whole, index, at, { det, owner, kind }),
    )
    .replace(storeAfter, (_found, det, owner, kind, index: number, whole: string) =>
      internalStore(whole, index, at, { det, owner, kind }),
    );
}

/**
 * "an internal topic", "the internal Kafka topic", "internal queues"; a capitalised word before the kind that is no
 * product stays where it was ("Yesterday an internal topic"), unless an article makes it the store's own.
 */
function internalStore(
  whole: string,
  index: number,
  at: Sayer,
  found: { det?: string; owner?: string; kind: string },
): string {
  // Two capitalised words own the store after an article ("the Service Bus queue `payment-events`"); without one the
  // first is the sentence's ("Yesterday Kafka topic orders.v2"), and the second alone may own it.
  const [first, second] = found.owner?.split(/\s+/) ?? [];
  if (second !== undefined && found.det === undefined && first !== undefined)
    return `${first} ${internalStore(whole, index + first.length + 1, at, { kind: found.kind, owner: second })}`;
  const kind = found.kind.toLowerCase();
  const many = /s$/.test(kind) && kind !== 'index';
  const article = found.det && /^the$/i.test(found.det) ? 'the ' : many ? '' : 'an ';
  // A product or an abbreviation in capitals ("SQS") owns the store: "an internal SQS queue".
  const owned =
    found.owner !== undefined &&
    (found.det !== undefined || isProductName(found.owner) || /^\p{Lu}{2,}$/u.test(found.owner));
  const words = `${article}internal ${owned ? `${found.owner} ` : ''}${kind}`;
  if (found.owner === undefined || owned) return at(whole, index, words);
  const after = index + found.owner.length + 1;
  return `${found.owner} ${at(whole, after, words)}`;
}
const bracketedId = /\s+\((?:commit\s+)?([0-9a-f]{7,40}|(?:\d{1,3}\.){3}\d{1,3})\)(?![\p{L}\p{N}])/gu;
// "set feature flag search_v2_ranker=false", "flipped the flag new_checkout to on": a flag turned off or on, in words
// (trial 12g G-37: "Set feature flag an internal setting" lost what was done).
const flagSet =
  /\b(?:(set|flip(?:ped)?|toggled?|switched)\s+)?(?:the\s+|a\s+)?(?:feature[- ])?flag\s+(?!(?:back|up|down|from|to|at|in|on|off)\b)`?[A-Za-z_][\w.-]*`?\s*(?:=\s*|\s+to\s+)(false|off|disabled|0|true|on|enabled|1)(?![\w%]|[.,]\d)/gi;

/** A text without the names from code said after their kind ("the Airflow DAG dbt_revenue_hourly"). */
export function withoutNamesAfterKinds(text: string): string {
  return text.replace(kindThenName, '$1');
}

/** Names from code, a panic and async code's waiting point, as a reader outside engineering says them. */
// A link's address is no prose: "?orgId=1" is part of where it points, and rewriting it breaks the link (trial 12f
// F12-10). Addresses are set aside while names are said in words, as marks no pattern here reads, then put back.
const linkAddress = /\b[a-z][a-z0-9+.-]*:\/\/[^\s)<>\]]+/gi;
const setAside = /\uE000(\uE002*)\uE001/g;

/** How a name from code is said: `codeWords` for the public; the executive's also says a setting by its words. */
type CodeNamer = (name: string, called: boolean) => string;

function namesFromCode(text: string, at: Sayer, say: CodeNamer = codeWords): string {
  const links: string[] = [];
  const marked = text.replace(linkAddress, (found) => {
    links.push(found);
    return `\uE000${'\uE002'.repeat(links.length - 1)}\uE001`;
  });
  const said = namesFromCodeInProse(marked, at, say);
  return links.length === 0 ? said : said.replace(setAside, (found, n: string) => links[n.length] ?? found);
}

/** A type named before "call" is a call to it: "a sync `std::net::ToSocketAddrs` call" is a function call (trial 24). */
function typeCalled(words: string, rest: string): string {
  return words === 'an internal data structure' && /^\s+calls?\b/.test(rest) ? 'an internal function' : words;
}

// What a function does as the subject of a sentence: "sends", "blocks", "returns".
const functionActs =
  /^\s+(?:sends|calls|returns|blocks|reads|writes|spawns|loops|waits|hangs|leaks|panics|starts|runs|handles|processes|retries|opens|closes|holds|acquires|locks|parses|decodes|encodes|fetches|drops|ignores|swallows)\b/;

function namesFromCodeInProse(text: string, at: Sayer, say: CodeNamer): string {
  let out = namedStores(text, at)
    // "Misaki's change (035402a)", "pg-primary-01 (10.42.11.7)": a hash or an address in brackets after what it
    // names says nothing more to a reader (trial 12g G-6).
    .replace(bracketedId, (found, id: string) =>
      /^(?:\d{1,3}\.){3}\d{1,3}$/.test(id) || (/\d/.test(id) && /[a-f]/.test(id)) ? '' : found,
    )
    .replace(flagSet, (_found, verb: string | undefined, value: string, index: number, whole: string) => {
      const state = /^(?:true|on|enabled|1)$/i.test(value) ? 'on' : 'off';
      return fitToPosition(
        whole,
        index,
        verb === undefined ? 'a feature flag' : `turned ${state} a feature flag`,
      );
    })
    .replace(kindThenName, '$1')
    .replace(kubernetesObject, (_found, kind: string) => kubernetesKindWords[kind] ?? kind)
    .replace(acrossAwait, 'while it waited')
    .replace(rustPanicLine, rustPanicLineWords)
    .replace(
      rustPanicMessage,
      (_found, ending: string, missing: string) =>
        `crash${ending} on an unexpected ${missing === 'Err' ? 'error' : 'empty value'}`,
    )
    .replace(panickedTask, (_found, ending: string) => `crash${ending} one of the program's tasks`)
    .replace(panicked, programCrashed)
    .replace(panicWord, programPanic)
    .replace(genericType, (_found, index: number, whole: string) =>
      at(
        whole,
        index,
        /\b(?:an?|the|our|its|their|this|that|one|new|old|shared|global)\s+$/i.test(whole.slice(0, index))
          ? 'internal data structure'
          : 'an internal data structure',
      ),
    )
    .replace(unwrapOn, (_found, missing: string | undefined, index: number, whole: string) => {
      // "hit an unwrap() on a None" keeps the writer's article: "hit an unexpected empty value" (trial 18b B-3).
      const article = /\b(?:an?|the)$/i.test(whole.slice(Math.max(0, index - 4), index)) ? '' : ' an';
      return `${article} unexpected ${missing === 'Err' ? 'error' : 'empty value'}`;
    })
    .replace(noneValue, (found, det: string, missing: string, index: number, whole: string) => {
      // Before a noun it says the thing was missing: "of a `None` carrier rate" is "of a missing carrier rate".
      if (
        missing === 'None' &&
        !/\bvalue$/.test(found) &&
        /^\s+(?!(?:was|is|were|are|and|or|from|in|on|at|when|for|because|to|so|but|then|as)\b)\p{Ll}/u.test(
          whole.slice(index + found.length),
        )
      )
        return fitToPosition(whole, index, `${/^the$/i.test(det) ? 'the' : 'a'} missing`);
      const words = missing === 'Err' ? 'error' : 'empty value';
      return fitToPosition(whole, index, `${/^the$/i.test(det) ? 'the' : 'an'} ${words}`);
    })
    .replace(sourcePath, (_found, index: number, whole: string) => at(whole, index, 'our code'))
    // An HTTP header by its name ("X-XSRF-TOKEN", "x-ms-retry-after-ms", trial 18e put one in a bottom line).
    .replace(headerName, (_found, index: number, whole: string) => {
      const rest = whole.slice(index + _found.length);
      return at(whole, index, /^\s+headers?\b/i.test(rest) ? 'an internal' : 'a request header');
    });
  out = out.replace(backticked, (found, inner: string, index: number, whole: string) => {
    const name = inner.trim().replace(/\(\)$/, '');
    // A tool of more than one word in code marks (`go vet`) is the tool, said as the public says it (trial 26 F4).
    const tool = /\s/.test(name) ? publicLibraryWords[name.toLowerCase()] : undefined;
    if (tool) return at(whole, index, tool);
    // A setting and its number in code marks (`MaxConns=200`, `max_lag: 5s`): the setting said with its value (trial
    // 27 F8 left "`MaxConns=200`" in an exec report).
    const assigned = /^([A-Za-z_][\w.]*)\s*[:=]\s*(\d[\d.,]*(?:ms|s|m|h|%|[kKMG]i?B?)?)$/.exec(inner.trim());
    if (assigned) {
      const setting = assigned[1] as string;
      // Given a value, a name is a setting, never a function.
      const named = say(setting, false);
      const words = named === 'an internal function' ? 'an internal setting' : named;
      const limit = words === 'an internal setting' && /^(?:max|min)|(?:max|min|limit|cap)$/i.test(setting);
      const said = limit ? 'a configured limit' : words;
      return withValue(at(whole, index, said), assigned[2], whole.slice(0, index), limit);
    }
    // A phrase in backticks that is not one name from code (`for: 5m`, `context deadline exceeded`) is left to the
    // steps that say it in words.
    if (!/^[A-Za-z_][\w.:-]*$/.test(name)) return found;
    if (kindAfter.test(whole.slice(index + found.length)))
      return at(whole, index, internalBefore(whole.slice(index + found.length)));
    // A Prometheus metric in code marks is a metric, as it is bare (trial 25).
    if (metricName.test(name) && !/\(\)$/.test(inner.trim())) return at(whole, index, 'an internal metric');
    return at(
      whole,
      index,
      typeCalled(say(name, /\(\)$/.test(inner.trim())), whole.slice(index + found.length)),
    );
  });
  out = out.replace(
    goTimeConstant,
    (found, count: string | undefined, unit: string, index: number, whole: string) => {
      const n = count === undefined ? 1 : Number(count);
      const word = unit.toLowerCase();
      // Before a noun after an article it describes the noun: "a 3*time.Second deadline" is "a 3-second deadline".
      if (
        /\b(?:a|an|the|its|their|our|this|that|each|every|one)\s+$/i.test(whole.slice(0, index)) &&
        /^\s+\p{L}/u.test(whole.slice(index + found.length))
      )
        return `${n}-${word}`;
      return `${count === undefined ? 'one' : n} ${word}${n === 1 ? '' : 's'}`;
    },
  );
  out = out.replace(
    codePath,
    (found, chain: string, assigned: string | undefined, index: number, whole: string) => {
      const name = chain.replace(/\([^()]*\)/g, '');
      if (notCode(name)) return found;
      const called = chain.includes('(');
      const named = say(name, called);
      // Set to a value ("Tune http.Transport.MaxIdleConnsPerHost to 100") a name is a setting, not a function.
      // So is a name given a value as YAML gives it ("autoscaleSettings.maxThroughput: 4000", trial 18e).
      const setTo =
        !called &&
        (assigned !== undefined || /^\s*(?:=|to\s+\d|:\s*\d)/.test(whole.slice(index + chain.length)));
      const asSetting =
        setTo && named === 'an internal function'
          ? 'an internal setting'
          : typeCalled(named, whole.slice(index + chain.length));
      // "max.poll.records=500" is a configured limit, given its value (trial 18f read "an internal setting=500").
      const limitName = /^(?:max|min)[._]|[._](?:max|min|limit|cap)$/i.test(name);
      const words =
        asSetting === 'an internal setting' && limitName && assigned !== undefined
          ? 'a configured limit'
          : asSetting;
      if (assigned !== undefined)
        return withValue(
          at(whole, index, words),
          assigned,
          whole.slice(0, index),
          words === 'a configured limit',
        );
      // A setter given a number says the setting's value: "SetMaxOpenConns(20)" is "the connection limit of 20".
      return withCallValue(at(whole, index, words), words, /\((\d[\d.,_]*)\)$/.exec(chain)?.[1]);
    },
  );
  // A name and its value in code marks ("`autoscaleSettings.maxThroughput: 4000`") are one setting and its value.
  out = out.replace(settingInCodeMarks, '$1 of $2');
  out = out.replace(
    goCall,
    (found, name: string, args: string | undefined, value: string | undefined, index, whole) => {
      if (isProductName(name)) return found;
      const words = say(name, args !== undefined || /^Get/.test(name));
      return withCallValue(at(whole, index, words), words, value);
    },
  );
  out = out.replace(snakeCase, (found, index: number, whole: string) => {
    const [written = found, value] = found.split(/ ?= ?/);
    const name = written.toLowerCase();
    const limit = /^(?:max|min)_|_(?:max|min|limit|cap)$/.test(name) ? 'a configured limit' : undefined;
    // Before what it names ("the go_goroutines metric", "a user_id label") the name is only internal.
    if (kindAfter.test(whole.slice(index + found.length)))
      return at(whole, index, internalBefore(whole.slice(index + found.length)));
    // A Prometheus metric ("go_goroutines", "http_requests_total") counts or measures something (trial 18c).
    if (metricName.test(name)) return at(whole, index, 'an internal metric');
    const before = whole.slice(0, index);
    const shaped =
      value === undefined ? namedByShape(written, before, whole.slice(index + found.length)) : undefined;
    const words = say(name, false);
    // After a word that describes it ("adds nullable promo_code") an executive reads the name's own words.
    if (shaped && describedBefore.test(before) && /^the .+ setting$/.test(words))
      return words.replace(/^the (.+) setting$/, '$1');
    // A table or a column the reader may see by its words: "the ledger entries table", "merchant id".
    if (shaped === 'an internal table' || shaped === 'an internal column') {
      const plain = name.split('_').filter(Boolean);
      if (!warehouseTable.test(name) && plain.length <= 4 && plain.every((w) => /^[a-z]{2,}$/.test(w)))
        return at(
          whole,
          index,
          shaped === 'an internal table' ? `the ${plain.join(' ')} table` : plain.join(' '),
        );
    }
    if (shaped) return /^\(/.test(shaped) ? shaped : at(whole, index, shaped);
    const isLimit = words === 'an internal setting' && limit !== undefined;
    const said = at(whole, index, isLimit ? (limit as string) : words);
    // A number set ("pool_size=5") is the setting's value: "the pool size of 5"; any other value is code.
    return withValue(said, value, whole.slice(0, index), isLimit);
  });
  // "getConnection()" is a function, its brackets with it (trial 18d left "an internal setting()").
  out = out.replace(camelCall, (found, name: string, index: number, whole: string) =>
    isProductName(name) ? found : at(whole, index, say(name, true)),
  );
  // "maxSurge/maxUnavailable" is two names (trial 18c said only the first).
  out = out.replace(camelPair, '$1 and $2');
  out = out.replace(
    camelCase,
    (
      found,
      name: string,
      set: string | undefined,
      spaced: string | undefined,
      index: number,
      whole: string,
    ) => {
      if (
        /^(?:iPhone|iPad|macOS|iOS|iPadOS|watchOS|tvOS|eBay|iCloud|jQuery)$/.test(name) ||
        isProductName(name)
      )
        return found;
      // A name that does what code does ("streamResults sends on a channel") or is where code runs ("select on
      // ctx.Done() in streamResults") is a function, with no value beside it (trial 29 read "the stream results
      // setting sends").
      const acts =
        set === undefined &&
        spaced === undefined &&
        (functionActs.test(whole.slice(index + found.length)) ||
          /\b(?:in|inside|within|from)\s+$/i.test(whole.slice(0, index)));
      const named = say(name, false);
      const words = acts && /setting$/.test(named) ? 'an internal function' : named;
      const limitName = /^(?:max|min)[A-Z]|(?:Max|Min|Limit|Cap)$/.test(name);
      // A number after a space is the value of a limit only ("maxReplicas 12"); after anything else it stays.
      // So is a length of time ("initialBackoff 0s", trial 28 F5 read "an internal setting 0 seconds").
      const value = set ?? (limitName || /[a-z]$/.test(spaced ?? '') ? spaced : undefined);
      const kept = spaced !== undefined && value === undefined ? ` ${spaced}` : '';
      // Set to a number, a max or min is a limit ("maxReplicas=20" is "a configured limit of 20").
      const limit = value !== undefined && limitName ? 'a configured limit' : undefined;
      const said = at(whole, index, words === 'an internal setting' && limit ? limit : words);
      // "Raise HPA maxReplicas=20" is "a configured limit of 20" (trial 18f F-26), as "pool_size=5" is.
      return withValue(said, value) + kept;
    },
  );
  // A phrase said for a whole code span needs no code marks: "the only `Arc<RwLock<…>>` write guard" is "the only
  // internal data structure's write guard", its article fitted (trial 18c: "the only an internal data structure").
  // A code span whose name inside was said in words is no code any more, whatever is left around it ("`pool.get()
  // timed out`" said as "an internal function timed out"): its marks go (trial 25).
  // Only a span that opens at an opening mark: the text between one span's end and the next span's start is prose
  // (trial 27 F8 read "`MaxConns=200 per pod … already`" as one span).
  const spans = out.replace(markedCodeSpan, '$1');
  return spans.replace(partlySaidSpan, (found, inner: string, index: number) =>
    (spans.slice(0, index).match(/`/g)?.length ?? 0) % 2 === 0 ? inner : found,
  );
}

/**
 * The said phrases fitted to the sentence: one article each, two side by side joined as owner and owned, a noun
 * said twice once ("the database database"), and "an internal setting and an internal setting" counted.
 */
// An abbreviation just before a said name owns it: "HPA maxReplicas=20" is "the HPA's configured limit of 20"; so
// does a product ("PostgreSQL max_conns" is "the PostgreSQL connection limit", trial 18b B-4).
const ownerAbbreviation = new RegExp(
  `\\b(\\p{Lu}{2,5}|\\p{Lu}[\\p{L}\\p{N}]+) ${open}(?:(?:the|an?)\\s+)?([^${close}]*)${close}`,
  'gu',
);

const productThenSetting = new RegExp(
  `\\b([a-z][a-z0-9-]{2,}) ${open}(?:an? )?internal setting${close}`,
  'gu',
);

// An adjective opening a sentence or a heading before a said phrase ("Shared Redis had no headroom") describes it:
// "The shared cache had no headroom", never "Shared the cache" (trial 18c).
const adjectiveOpening = new RegExp(
  `(^|[.!?]\\s+|\\n)(Shared|Dedicated|Managed|Embedded|Pooled|Cached|Bundled|Patched|Vendored|Old|New|Main|Single|Global|Default|Primary|Internal) ${open}(?:the|an?)\\s+`,
  'gu',
);

// A name said with an article before a plural noun it modifies ("currency_pairs.toml changes are not validated"):
// the article goes, "Internal file changes are not validated" (trial 23 read "An internal file changes are").
const articleBeforeModified = new RegExp(
  `${open}(an?)\\s+([^${close}]*)${close}(?=\\s+(?:${modifiedPlurals})\\b)`,
  'gi',
);

// A runtime said as its library, then "runtime" as written after the name: "the `tokio` runtime's" is the library's.
const libraryThenRuntime = new RegExp(`(library)${close}\\s+runtime\\b`, 'g');
// A said phrase that ends in the noun the writer put after the name: "the `tokio::sync::mpsc` channel" is "the
// message channel", not "the message channel channel" (trial 27 F2).
const nounSaidTwice = new RegExp(`(\\p{L}+)${close}\\s+\\1(?![\\p{L}\\p{N}_-])`, 'giu');

function readsOnce(text: string, said: ReadonlySet<string>): string {
  const nounFirst = text
    .replace(libraryThenRuntime, `$1${close}`)
    .replace(nounSaidTwice, `$1${close}`)
    .replace(articleBeforeModified, (_found, article: string, words: string) =>
      article.charAt(0) === 'A'
        ? `${open}${words.charAt(0).toUpperCase()}${words.slice(1)}${close}`
        : `${open}${words}${close}`,
    )
    .replace(
      adjectiveOpening,
      (_found, before: string, adjective: string) => `${before}${open}The ${adjective.toLowerCase()} `,
    )
    // "Set pgbouncer dns_max_ttl to 5s": a setting of a product the reader may know is that product's setting.
    .replace(productThenSetting, (found, product: string) =>
      isProductName(product) || glossaryWordsFor(product) !== undefined
        ? `${open}a setting of ${product}${close}`
        : found,
    )
    .replace(ownerAbbreviation, (found, owner: string, words: string, index: number, whole: string) => {
      // Nor a time zone: "At 15:58 UTC the Bicep deployment" (trial 18e read "the UTC's …").
      if (
        /^(?:AND|OR|THE|NOT|TO|OF|IN|ON|AT|IS|UTC|GMT|CET|CEST|EET|EEST|BST|IST|JST|KST|PST|PDT|EST|EDT|CST|CDT|MST|MDT)$/.test(
          owner,
        )
      )
        return found;
      // A capitalised name inside a sentence before a setting is what the setting belongs to: "Cap PriceCache with
      // Caffeine maximumWeight" is "a Caffeine setting" (trial 18d read "Caffeine an internal setting"); a sentence's
      // first word ("Set maxmemory …") is a verb.
      const library =
        /^\p{Lu}\p{Ll}+$/u.test(owner) &&
        words === 'internal setting' &&
        !/(?:^|[.!?:]\s+)$/.test(whole.slice(Math.max(0, index - 3), index));
      if (!/^\p{Lu}{2,5}$/u.test(owner) && !isProductName(owner) && !library) return found;
      // A product names a kind ("the SQL pool size"); our own abbreviation owns the thing ("the HPA's limit").
      // A product's setting we do not name is one of its settings: "Set Redis maxmemory_policy" is "a Redis setting".
      const phrase =
        words === 'internal setting' && (isProductName(owner) || library)
          ? `a ${owner} setting`
          : `the ${owner}${isProductName(owner) ? '' : "'s"} ${words}`;
      return `${open}${fitToPosition(whole, index, phrase)}${close}`;
    });
  return samePlaceholdersCounted(
    joinedSideBySide(oneDeterminer(oneArticle(nounFirst)), said)
      .replace(
        /\b(library|database|pool|framework|cache|queue|proxy|limit|setting|client|function|pipeline|server|system|tool) \1\b/gi,
        '$1',
      )
      // A name said in two steps says "internal" once: "an internal internal setting", "another internal an
      // internal setting" (trial 30).
      .replace(/\binternal((?:\s|[\uE000-\uF8FF])+(?:an?(?:\s|[\uE000-\uF8FF])+)?internal\b)+/g, 'internal'),
  );
}

/**
 * Two names from code written side by side ("pgxpool max_conns": the pool's setting) said as words side by side
 * read "the database connection pool the connection limit": the first owns the second, "the database connection
 * pool's connection limit" (trial 18e E2-2).
 */
function joinedSideBySide(text: string, said: ReadonlySet<string>): string {
  if (said.size === 0) return text;
  const phrases = [...said].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pair = new RegExp(
    `\\b(${phrases.join('|')}) (?:the |an? )(${phrases.map((p) => p.replace(/^(?:the|an?) /, '')).join('|')})\\b`,
    'gi',
  );
  return text.replace(pair, (_found, owner: string, owned: string) => `${owner}'s ${owned}`);
}
