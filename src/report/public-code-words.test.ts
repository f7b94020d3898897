import { describe, expect, it } from 'vitest';
import { codeNamesInWords, publicCodeWords } from './public-code-words.js';
import { publicRedactor } from './redact.js';
import { renderReport } from './render.js';
import { readingProblems } from './test-support/reads-as-english.js';
import { trialIncident } from './test-support/trial-incident.js';

describe('a public text without our code', () => {
  it.each([
    ['Deployed v2.31.0 at 14:02.', 'Deployed a new version at 14:02.'],
    // Trial 18e E2-2/E2-3: generic types, async libraries, a checker's named check, a load-test tool, Rust's unwrap.
    [
      'A new Arc<Mutex<Cache>> in the service held its lock.',
      'A new internal data structure in the service held its lock.',
    ],
    [
      'We use Option<String> there and HashMap<String, Vec<u8>> here.',
      'We use an internal data structure there and an internal data structure here.',
    ],
    ['If a < b and c > d, retry.', 'If a < b and c > d, retry.'],
    ['Then diesel-async connections piled up.', 'Then database connections piled up.'],
    // Trial 18d: other stacks' frameworks, job systems and servers, and classes from code.
    [
      'The PriceCache class in our Django app held stale prices while gunicorn restarted.',
      'The internal class in our app held stale prices while the web server restarted.',
    ],
    [
      'Celery workers on RDS slowed; the Sidekiq queue grew.',
      'Background job workers on the database slowed; the background job queue grew.',
    ],
    [
      'A NullPointerException in OrderServiceClient broke checkout; ServiceNow paged us.',
      'An internal error in an internal component broke checkout; ServiceNow paged us.',
    ],
    ["clippy's await_holding_lock lint was off.", 'A code check was off.'],
    ['The k6 load test never exercised it.', 'The load test never exercised it.'],
    ['We ran k6 against staging.', 'We ran the load-testing tool against staging.'],
    [
      'A worker then hit .unwrap() on a None and panicked.',
      'A worker then hit an unexpected empty value and crashed.',
    ],
    ['It held the lock across an await.', 'It held the lock while it waited.'],
    ['Nobody panicked; we followed the runbook.', 'Nobody panicked; we followed the runbook.'],
    // A program's panic as a noun or in the present is a crash (trial 23 F15); a person's stays for the gate.
    [
      'The service panic took down a worker. A second panic hit the broker; we saw a panic in the logs.',
      'The service crash took down a worker. A second crash hit the broker; we saw a crash in the logs.',
    ],
    ['The worker panics on a None.', 'The worker crashes on an empty value.'],
    ['There was no need to panic.', 'There was no need to panic.'],
    ['The on-call engineer was in a panic.', 'The on-call engineer was in a panic.'],
    ['A panic spread among customers.', 'A panic spread among customers.'],
    ['Set `panic = "abort"` in the profile.', 'Set `panic = "abort"` in the profile.'],
    // A person in the sentence: the word stays, for the language gate to judge.
    [
      'When the service fell over, the on-call engineer panicked.',
      'When the service fell over, the on-call engineer panicked.',
    ],
    ['We rolled back to v2.30.4.', 'We rolled back to the previous version.'],
    [
      'Rolled back to search-gateway v2.7.2 via Argo CD.',
      'Rolled back to the previous version of search-gateway via Argo CD.',
    ],
    // A quoted value is its text (trial 21 F12 read 'an internal setting=""').
    [
      'Pushed config change ledger.rate_limit.burst="" via consul-template.',
      'Pushed config change an internal setting to an empty value via consul-template.',
    ],
    ['Set timeout_ms="500" in the chart.', 'Set an internal setting of 500 in the chart.'],
    [
      'Rolled back to an internal service v2.7.2.',
      'Rolled back to the previous version of an internal service.',
    ],
    [
      'Rolled back an internal service to v2.30.4.',
      'Rolled back an internal service to the previous version.',
    ],
    [
      'One internal service v2.31.0 lowered the limit.',
      'A new version of one internal service lowered the limit.',
    ],
    ['The v2.31.0 release raised the pool size.', 'The new release raised the pool size.'],
    [
      'The deploy of an internal service v2.31.0 went out.',
      'The deploy of a new version of an internal service went out.',
    ],
    ['Requests waited in pgxpool.Acquire.', 'Requests waited in the database connection pool.'],
    ['resp.Body.Close() was never called.', 'The close step was never called.'],
    // Trial 26: a tool in code marks, a context's signal, Rust's None, a class's method and a whole panic line.
    [
      'Nothing in `go vet` or CI detects a goroutine leak.',
      'Nothing in the code checker or CI detects a goroutine leak.',
    ],
    [
      'A call to `CarrierClient::rate()` returned `None`.',
      'A call to an internal function returned no value.',
    ],
    ['It crashed on a `None` carrier rate.', 'It crashed on a missing carrier rate.'],
    ['It crashed after a tokio upgrade.', 'It crashed after a task-scheduling library upgrade.'],
    // A Kubernetes object by its kind, and cert-manager by what it manages (trial 26 F14).
    [
      'At 02:10 UTC the cert-manager Certificate `api-gw-eu-tls` expired.',
      'At 02:10 UTC the certificate expired.',
    ],
    [
      'cert-manager renewal failures raise only an event.',
      'certificate renewal failures raise only an event.',
    ],
    ['We run cert-manager in every cluster.', 'We run the certificate renewal tool in every cluster.'],
    ['The ConfigMap `orders-config` was wrong.', 'The configuration was wrong.'],
    // A project's code name, a setting with its value in code marks, and marks kept paired (trial 27 F5, F8).
    [
      'This is part of Project Falconer, the checkout migration.',
      'This is part of an internal project, the checkout migration.',
    ],
    ['It uses `MaxConns=200` per pod.', 'It uses the connection limit of 200 per pod.'],
    [
      'It uses `pgxpool` with `MaxConns=200` per pod; it hit `max_connections` and returned `FATAL: too many clients`.',
      'It uses the database connection pool with the connection limit of 200 per pod; it hit the max connections and returned `FATAL: too many clients`.',
    ],
    ['The tokio 1.41 upgrade merged.', 'The task-scheduling library upgrade merged.'],
    [
      "It failed: `thread 'tokio-runtime-worker' panicked at src/rates.rs:212:38: called Option::unwrap() on a None value`.",
      "It failed: one of the program's threads crashed on a value that was missing.",
    ],
    // The runtime's name before one of its parts goes; before its workers, they are its own (trial 25).
    [
      'The tokio Mutex in the enricher was held and the tokio runtime stalled.',
      'The Mutex in the enricher was held and the task-scheduling library stalled.',
    ],
    ["The tokio runtime's workers were starved.", "The task-scheduling library's workers were starved."],
    ['We lowered `maxIdleConns` and maxOpenConns.', 'We lowered two internal settings.'],
    ['A slow Diesel query held every connection.', 'A slow database query held every connection.'],
    ['The diesel generators started.', 'The diesel generators started.'],
    [
      'The Rust ledger used Diesel with a pool of 10.',
      'The Rust ledger used the database library with a pool of 10.',
    ],
    ['Our Diesel pool ran dry.', 'Our database connection pool ran dry.'],
    ['The Postgres database refused connections.', 'The database refused connections.'],
    // The writer's article is the phrase's only one, and a glossary term keeps its product names ("Go").
    [
      'It moved onto a shared http.Client with a timeout.',
      'It moved onto a shared Go HTTP client with a timeout.',
    ],
    ['The payments http.Client timed out.', 'The payments Go HTTP client timed out.'],
    // "one" before a modifier is a number, not a pronoun before a verb (trial 23: "one shared the Go HTTP client").
    ['Use one shared http.Client for every call.', 'Use one shared Go HTTP client for every call.'],
    // Trial 23: a panic message after "with", and a runtime named before its workers.
    [
      "Every tokio worker panicked with 'called Option::unwrap() on a None value' after the push.",
      'Every worker crashed on an unexpected empty value after the push.',
    ],
    ['We raised a `max_conns` limit.', 'We raised a connection limit.'],
    ['We set the `pool_size` to 5.', 'We set the pool size to 5.'],
    ['It used a `foo_bar` value.', 'It used an internal setting value.'],
    ['The pgxpool.Acquire call blocked.', 'The database connection pool call blocked.'],
    // Words between the article and the name that make a clause: the article is not the name's.
    ['The deploy changed `max_conns` to 5.', 'The deploy changed the connection limit to 5.'],
    ['The service uses http.Client here.', 'The service uses the Go HTTP client here.'],
    ['A call to pgxpool.Acquire hung.', 'A call to the database connection pool hung.'],
    // An address is no name from code (its part before the "@" is dotted like one).
    [
      'lan.nguyen@example.com should have checked the proxy.',
      'lan.nguyen@example.com should have checked the proxy.',
    ],
    [
      'See status.example.com and Node.js, e.g. here; PagerDuty paged.',
      'See status.example.com and Node.js, e.g. here; PagerDuty paged.',
    ],
  ])('%s', (text, expected) => {
    const out = publicCodeWords(text);
    expect(out).toBe(expected);
    expect(readingProblems(out)).toEqual([]);
  });
});

// Trial 18d, E-6: the public report showed "v2.31.0", `pgxpool.Acquire`, "Diesel" and a paragraph sending the public
// to our engineers for "Names from our code".
describe('the public report of an incident written in code words', () => {
  const doc = trialIncident({
    summary:
      'Deploy v2.31.0 of payments-api moved charges onto a shared pool; requests blocked in `pgxpool.Acquire` and the Rust settlement-sidecar, built on Diesel, ran out of connections. We rolled back to v2.30.4.',
    factors: [
      {
        id: 'FAC-1',
        title: 'pgxpool.Acquire had no timeout, so a slow Diesel query held every connection',
        category: 'architecture-resilience',
        description:
          'The Postgres pool in v2.31.0 was sized for one replica; `maxConns` was never load-tested.',
      },
      ...trialIncident().factors.slice(1),
    ],
  });

  it.each(['md', 'html', 'json', 'slack'] as const)(
    'shows no code name, library or version in %s',
    (format) => {
      const { text } = renderReport(doc, {
        format,
        audience: 'public',
        now: new Date('2026-12-04T12:00:00Z'),
      });
      for (const leak of [
        'v2.31.0',
        'v2.30.4',
        'pgxpool',
        'Acquire',
        'Diesel',
        'Postgres',
        'maxConns',
        'Names from our code',
        'engineering team',
      ])
        expect(text).not.toContain(leak);
    },
  );

  it('reads as English where the names were', () => {
    const { text } = renderReport(doc, {
      format: 'md',
      audience: 'public',
      now: new Date('2026-12-04T12:00:00Z'),
    });
    expect(text).toContain('the database connection pool');
    expect(text).toContain('rolled back to the previous version');
    expect(readingProblems(text)).toEqual([]);
  });
});

describe('two names from code side by side', () => {
  it('are said as one owning the other, not as two noun phrases in a row (trial 18e E2-2)', () => {
    expect(publicCodeWords('A new version dropped pgxpool max_conns from 50 to 10.')).toBe(
      "A new version dropped the database connection pool's connection limit from 50 to 10.",
    );
    expect(publicCodeWords('We raised max_conns and pool_size.')).toBe(
      'We raised the connection limit and the pool size.',
    );
  });
});

describe('hashes and source paths', () => {
  it('drops a commit hash in brackets and says a source path as our code, keeping products (trial 18e E2-3)', () => {
    expect(publicCodeWords('Deploy ledger-svc v1.8.3 (a1b2c3d)')).not.toContain('a1b2c3d');
    expect(publicCodeWords('The backtrace showed src/recon.rs:212 as the panic site.')).toBe(
      'The backtrace showed our code as the crash site.',
    );
    expect(publicCodeWords('main.go:74 panicked')).toBe('Our code panicked');
    expect(publicCodeWords('We moved to Node.js first.')).toBe('We moved to Node.js first.');
    expect(publicCodeWords('It cost (1234567) dollars.')).toBe('It cost (1234567) dollars.');
  });
});

// Trial 18f: chains of calls, long Rust paths, Go's duration constants and metric names, as an executive reads them.
describe('names from code that are chains, paths and constants', () => {
  it.each([
    ['Then pool.get().unwrap() panicked.', 'Then an internal function panicked.'],
    [
      'We set sql.DB.SetMaxOpenConns(20) and a 3*time.Second deadline.',
      'We set the connection limit of 20 and a 3-second deadline.',
    ],
    ['Wait time.Second before retrying.', 'Wait one second before retrying.'],
    // After a possessive too (trial 24 read "its 3 seconds context deadline").
    ['The gateway hit its 3*time.Second context deadline.', 'The gateway hit its 3-second context deadline.'],
    [
      'We wrapped it in tokio::time::timeout and used tokio::sync::Mutex.',
      // The glossary knows a mutex (trial 21): said by its name, explained where the report explains words.
      // tokio's own lock is the async mutex (trial 25 read Go's explanation for it).
      'We wrapped it in the timeout and used the async mutex.',
    ],
    [
      'It called tokio::task::spawn_blocking for the resize.',
      // The glossary explains spawn_blocking but has no everyday words for it: said by its name, explained in the
      // report's words (trial 24 read "the spawn blocking setting" under a note on spawn_blocking).
      'It called spawn_blocking for the resize.',
    ],
    ['The go_goroutines metric rose.', 'The internal metric rose.'],
    ['We added a user_id label.', 'We added an internal label.'],
    // A function as its code declares it, and a type named before "call" (trial 24).
    [
      'It added `reqwest::blocking` inside `async fn fetch_fx_rates`.',
      'It added the web library inside an internal function.',
    ],
    ['A sync `std::net::ToSocketAddrs` call blocked.', 'A sync internal function call blocked.'],
    // Keywords, pointers and labels around a name in code marks, and a function named by its verb (trial 25).
    [
      'Retry wrapper around `QueryContext` releases `*sql.Rows` only on the success path.',
      'Retry wrapper around an internal function releases a set of database query results only on the success path.',
    ],
    ['`grpc_server_handled_total{code="DeadlineExceeded"}` spiked.', 'An internal metric spiked.'],
    ['It ran before `defer rows.Close()` ran.', 'It ran before the close step ran.'],
    [
      'Goroutines do not exit when `ctx.Done()` fires; nothing in `go vet` catches it.',
      'Goroutines do not exit when the cancellation signal fires; nothing in the code checker catches it.',
    ],
    // Go's standard types and a tidying call by its verb; the runtime's name before one of its parts (trial 25).
    [
      'The handler leaked a `*sql.Rows` without `rows.Close()`, so the sql.DB pool ran dry.',
      'The handler leaked a set of database query results without the close step, so the database connection pool ran dry.',
    ],
    ['The `context.Context` was dropped.', 'The request context was dropped.'],

    ['The lock deadlocked handle_batch.', 'The lock deadlocked an internal function.'],
    ['The unwrap panicked the tokio worker thread.', "The unwrap crashed one of the program's tasks."],
    // Trial 27 F2: a said name before the noun it ends in, a glossary alias said as itself, a library by its name.
    [
      'The `tokio::sync::mpsc` channel between the reader and writer tasks grew unbounded.',
      'The message channel between the reader and writer tasks grew unbounded.',
    ],
    [
      'Replace `unbounded_channel` with a bounded queue.',
      'Replace the unbounded channel with a bounded queue.',
    ],
    [
      'Deserializing with `serde_json::from_slice` holds every entry.',
      'Deserializing with serde holds every entry.',
    ],
  ])('%s', (text, expected) => {
    const out = codeNamesInWords(text);
    expect(out).toBe(expected);
    expect(readingProblems(out)).toEqual([]);
  });
});

describe('a said name inside a longer phrase (trial 18f F-1, F-26)', () => {
  it.each([
    [
      'Blocking calls starved the tokio::runtime worker threads.',
      'Blocking calls starved the task-scheduling library worker threads.',
    ],
    [
      "Blocking calls starved the `tokio` runtime's worker threads.",
      "Blocking calls starved the task-scheduling library's worker threads.",
    ],
    ['Raise HPA maxReplicas=20 for checkout.', "Raise the HPA's configured limit of 20 for checkout."],
    ['SQL pool_size=5 was low.', 'The SQL pool size of 5 was low.'],
    ['We use maxIdleConns.', 'We use an internal setting.'],
    // A limit's number after a space is its value (trial 12g G-4: "the HPA's internal setting 12").
    ['HPA capped at maxReplicas 12.', 'HPA capped at a configured limit of 12.'],
    ['Deploy it (HPA maxReplicas 12)', "Deploy it (the HPA's configured limit of 12)"],
    ['Set retryBudget 3 times.', 'Set the retry budget setting 3 times.'],
    ['Capped at maxReplicas 12.5 now.', 'Capped at an internal setting 12.5 now.'],
    // A flag turned off or on is said so, and a product's setting is its setting (trial 12g G-34, G-37).
    [
      'Bea set feature flag search_v2_ranker=false in LaunchDarkly.',
      'Bea turned off a feature flag in LaunchDarkly.',
    ],
    ['Flipped the flag new_checkout to on.', 'Turned on a feature flag.'],
    ['Set pgbouncer dns_max_ttl to 5s.', 'Set a setting of pgbouncer to 5s.'],
    // A hash or an address in brackets after what it names goes (trial 12g G-6).
    [
      "It came from Misaki's change (035402a); the primary (10.42.11.7) hit its limit.",
      "It came from Misaki's change; the primary hit its limit.",
    ],
    ['Version (2024) stays.', 'Version (2024) stays.'],
    // A topic, queue or table named from code is an internal one of its kind (trial 12g G-30: "lagged on topic an
    // internal setting"); one named in plain words stays.
    [
      'The consumer lagged on topic orders.v2 and recovered.',
      'The consumer lagged on an internal topic and recovered.',
    ],
    ['Lag grew on the Kafka topic orders.v2.', 'Lag grew on the internal Kafka topic.'],
    ['Messages waited in SQS queue orders.v2.', 'Messages waited in an internal SQS queue.'],
    ['The payments_dlq queue filled up.', 'The internal queue filled up.'],
    ['Yesterday topic orders-7 lagged.', 'Yesterday an internal topic lagged.'],
    ['We read the orders table and see table 3.', 'We read the orders table and see table 3.'],
    // Before a plural noun it modifies, a name takes no article (trial 23: "An internal file changes are …").
    [
      'currency_pairs.toml changes are not validated in CI.',
      'Internal file changes are not validated in CI.',
    ],
  ])('reads as English: %s', (text, expected) => {
    expect(codeNamesInWords(text)).toBe(expected);
  });
});

describe('names from a data pipeline and a push service, as an executive and the public read them (trial 18f)', () => {
  it.each([
    // A limit given its value; after a verb that changes it, the value it was given.
    [
      'We set max.poll.records=500.',
      'We set a configured limit to 500.',
      'We set a configured limit to 500.',
    ],
    [
      'We bumped nf_conntrack_max=262144.',
      'We bumped a configured limit to 262144.',
      'We bumped an internal setting.',
    ],
    // A switch is turned off or on, never "=false".
    [
      'Retries disabled (config push.apns.retry_on_403=false).',
      'Retries disabled (config an internal setting turned off).',
      'Retries disabled (config an internal setting turned off).',
    ],
    // Error codes, warehouse tables and the parts of a pipeline by what they are.
    [
      'Sends were throttled with 429 QUOTA_EXCEEDED; later PERMISSION_DENIED.',
      'Sends were throttled with 429 (quota exceeded); later a permission-denied error.',
      'Sends were throttled with 429 (quota exceeded); later a permission-denied error.',
    ],
    [
      'It merged data into FCT_ORDERS.',
      'It merged data into an internal table.',
      'It merged data into an internal table.',
    ],
    [
      'The Airflow DAG dbt_revenue_hourly kept running.',
      'The Airflow DAG kept running.',
      'The Airflow DAG kept running.',
    ],
    // A name after a word that describes it.
    [
      'The event adds nullable promo_code.',
      'The event adds nullable promo code.',
      'The event adds nullable internal data.',
    ],
    [
      'We added a nullable promo_code field.',
      'We added a nullable internal field.',
      'We added a nullable internal field.',
    ],
    // A flag moved back to a share of traffic keeps its words.
    [
      'Rolling the flag back to 0% made no difference.',
      'Rolling the flag back to 0% made no difference.',
      'Rolling the flag back to 0% made no difference.',
    ],
    // A change named by its ticket is the change to the public; the executive keeps the ticket.
    [
      'We reverted FW-2291 and moved on.',
      'We reverted FW-2291 and moved on.',
      'We reverted the change and moved on.',
    ],
    ['Reverted firewall change FW-2291.', 'Reverted firewall change FW-2291.', 'Reverted firewall change.'],
  ])('%s', (text, exec, published) => {
    expect(codeNamesInWords(text)).toBe(exec);
    // The public report's way: the redactor's names, then the names from code (audience.ts).
    expect(publicCodeWords(publicRedactor([]).redact(text))).toBe(published);
  });
});

describe('a link in an executive text (trial 12f F12-10)', () => {
  it('keeps the address whole while the names around it are said in words', () => {
    expect(
      codeNamesInWords('The board (https://grafana.shop.example/d/checkout?orgId=1) showed max_conns=40.'),
    ).toBe('The board (https://grafana.shop.example/d/checkout?orgId=1) showed the connection limit of 40.');
  });
});

describe('a role in the possessive before a setting (trial 12f F12-9)', () => {
  it('is the phrase’s only determiner', () => {
    expect(codeNamesInWords("Checkout 502s after responder 1's max_conns change")).toBe(
      "Checkout 502s after responder 1's connection limit change",
    );
    expect(codeNamesInWords("Checkout 502s after the deploy author's max_conns change")).toBe(
      "Checkout 502s after the deploy author's connection limit change",
    );
  });
});

describe('names from code an executive met in trial 18b', () => {
  it.each([
    // B-3: the writer's article is the phrase's only one.
    [
      'the Rust worker hit an unwrap() on a None from the tokio channel',
      'the Rust worker hit an unexpected empty value from the tokio channel',
    ],
    // Rust's None or Err named as a thing; "None of" is English.
    [
      'A None from a closed channel panicked the worker.',
      'An empty value from a closed channel panicked the worker.',
    ],
    ['It returned an Err.', 'It returned an error.'],
    ['None of the pods restarted.', 'None of the pods restarted.'],
    // B-2: a check named after its kind is that kind.
    ['Add clippy lint await_holding_lock to CI', 'Add clippy lint to CI'],
    ['the test test_refund_timeout failed', 'the test failed'],
    // "Test" and "check" as verbs keep what they act on.
    ['Test pool_size changes under load', 'Test the pool size changes under load'],
    ['We should check max_conns next time', 'We should check the connection limit next time'],
    // B-4: a product owns the setting said after it; a Go setter is the setting, with the number it is given.
    [
      'The HPA added replicas until PostgreSQL max_conns was hit.',
      'The HPA added replicas until the PostgreSQL connection limit was hit.',
    ],
    // The glossary knows this setting (Memory limit setting): it is said as the glossary names it, and explained.
    ['Set Redis maxmemory_policy to allkeys-lru.', 'Set the Redis maxmemory policy to allkeys-lru.'],
    [
      'Put PgBouncer in front of PostgreSQL and lower SetMaxOpenConns to 5',
      'Put PgBouncer in front of PostgreSQL and lower the connection limit to 5',
    ],
    ['replicas x SetMaxOpenConns(20) per pod', 'replicas x the connection limit of 20 per pod'],
    ['We call HandleCheckout() twice.', 'We call an internal function twice.'],
    ['GetUser returned an error.', 'An internal function returned an error.'],
    // Trial 18c: a YAML setting with its number, and two names joined by a slash.
    [
      'The budget had minAvailable: 70% for the pods.',
      'The budget had a configured limit of 70% for the pods.',
    ],
    ['The rollout used maxSurge/maxUnavailable of 25%.', 'The rollout used two internal settings of 25%.'],
    ['We renamed userName: see below.', 'We renamed the user name setting: see below.'],
    // Trial 18d: a call with its brackets, a name before the kind of thing it names, an exporter's metric.
    [
      'Threads blocked on getConnection() for 30 seconds.',
      'Threads blocked on an internal function for 30 seconds.',
    ],
    ['About 220k generate_invoice tasks were queued.', 'About 220k internal tasks were queued.'],
    ['We scrape rabbitmq_queue_messages_ready every minute.', 'We scrape an internal metric every minute.'],
    ['Cap the cache with Caffeine maximumWeight now.', 'Cap the cache with a Caffeine setting now.'],
  ])('%s', (text, expected) => {
    expect(codeNamesInWords(text)).toBe(expected);
  });
});

describe('names from code trial 18c met in an executive text', () => {
  it.each([
    // A said phrase for a whole code span takes the writer's article, with no code marks left.
    [
      'held the only `Arc<RwLock<PartitionState>>` write guard',
      'held the only internal data structure write guard',
    ],
    ['emitting a `currency_minor_units` field', 'emitting an internal field'],
    // A method at the end of a dotted path is a function; a name set to a value is a setting.
    ['the blocked persistConn.roundTrip frames', 'the blocked internal function frames'],
    ['Tune http.Transport.MaxIdleConnsPerHost to 100', 'Tune an internal setting to 100'],
    // A Prometheus metric, and a value set with spaces around the sign.
    ['alert on go_goroutines > 50k', 'alert on an internal metric > 50k'],
    ['capped at default_pool_size = 20', 'capped at the default pool size setting of 20'],
  ])('%s', (text, expected) => {
    expect(codeNamesInWords(text)).toBe(expected);
  });
});

describe('public sentences trial 18c found garbled', () => {
  it.each([
    ['Shared Redis had no headroom', 'The shared cache had no headroom'],
    ['crashed on a serde deserialize error', 'crashed on a data-format deserialize error'],
    ['held the write half of an Arc<RwLock<…>>, so', 'held the write half of an internal data structure, so'],
    ['We restarted Redis.', 'We restarted the cache.'],
  ])('%s', (text, expected) => {
    expect(publicCodeWords(text)).toBe(expected);
  });
});

describe('an executive setting by its words (trial 18d)', () => {
  it.each([
    [
      'With worker_concurrency=4 the queue drained slowly.',
      'With the worker concurrency setting of 4 the queue drained slowly.',
    ],
    ['We set idleTimeout to 30s.', 'We set the idle timeout setting to 30s.'],
    ['Lower retry_budget_ms next.', 'Lower the retry budget setting next.'],
    // A word in no dictionary keeps the placeholder (and the report lists the name).
    ['Set qzx_flurb=2 today.', 'Set an internal setting of 2 today.'],
    // Constants and environment variables in capitals (trial 18e left NOTIFIER_CONCURRENCY unlisted).
    ['We set NOTIFIER_CONCURRENCY=4 today.', 'We set the notifier concurrency setting of 4 today.'],
    ['blackbox_exporter expiry alerts never fired.', 'The monitoring tool expiry alerts never fired.'],
  ])('says "%s" as "%s"', (text, said) => {
    expect(codeNamesInWords(text)).toBe(said);
  });

  it('leaves the public its placeholder', () => {
    expect(publicCodeWords('With worker_concurrency=4 the queue drained slowly.')).toBe(
      'With an internal setting of 4 the queue drained slowly.',
    );
  });
});

describe('trial 18e: names from code of other stacks', () => {
  it.each([
    [
      'bumped mongoose from 7.6.3 to 8.4.1 yesterday',
      'bumped the database library to a new version yesterday',
    ],
    [
      'applied `autoscaleSettings.maxThroughput: 4000` to the `ledger` container',
      'applied an internal setting of 4000 to the internal container',
    ],
    ['the orders_outbox collection grew', 'the internal collection grew'],
    ['LedgerWriter.AppendAsync timed out', 'An internal function timed out'],
    ['RetryInterceptor.swift retries 5x', 'An internal file retries 5x'],
    ['pods x processes x maxPoolSize', 'pods x processes x the connection pool size'],
    ['ElastiCache filled up.', 'The cache filled up.'],
    [
      'At 15:58 UTC the Bicep deployment ran.',
      'At 15:58 UTC the infrastructure configuration deployment ran.',
    ],
    ['The Azure DevOps pipeline ran.', 'The build pipeline ran.'],
    ['The Service Bus queue `payment-events` hit its limit.', 'The internal message queue hit its limit.'],
    [
      'Android was unaffected because it does not send X-XSRF-TOKEN; the X-Forwarded-For header was right; X-Ray stays.',
      'Android was unaffected because it does not send a request header; the internal header was right; X-Ray stays.',
    ],
    [
      'Renovate merged it after GitHub Actions passed.',
      'The dependency update tool merged it after the build pipeline passed.',
    ],
    [
      'Split memcached: sessions to Redis, fragments stay on memcached.',
      'Split the cache: sessions to another cache, fragments stay on the cache.',
    ],
  ])('says "%s" in words', (text, said) => {
    expect(publicCodeWords(text)).toBe(said);
  });
});

describe('a database table, its columns and one retry setting, as an executive and the public read them (trial 28)', () => {
  const { redact } = publicRedactor([]);
  it.each([
    [
      'The worker re-sent INSERTs into ledger_entries after the timeout fired.',
      'The worker re-sent INSERTs into the ledger entries table after the timeout fired.',
      'The worker re-sent INSERTs into an internal table after the timeout fired.',
    ],
    [
      'Add unique index on ledger_entries (merchant_id, idempotency_key)',
      'Add unique index on the ledger entries table (merchant id, idempotency key)',
      'Add unique index on an internal table (two internal columns)',
    ],
  ])('%s', (text, exec, shown) => {
    expect(codeNamesInWords(text).replace(/[\uE000-\uF8FF]/g, '')).toBe(exec);
    expect(redact(text)).toBe(shown);
  });

  it('says the attempts a call gets by one name, and a length of time as a setting’s value (F5)', () => {
    const said = (text: string) => codeNamesInWords(text).replace(/[\uE000-\uF8FF]/g, '');
    expect(said('changed retryPolicy.maxAttempts from 3 to 10')).toBe('changed the retry limit from 3 to 10');
    expect(said('Set max_attempts=10.')).toBe('Set the retry limit of 10.');
    expect(said('with initialBackoff 0s')).toBe('with the first retry delay of 0s');
    expect(said('raised max_backoff_ms to 5000')).toBe('raised the longest retry delay to 5000');
    expect(said('set backoffMultiplier: 2')).toBe('set the retry delay multiplier of 2');
    // Trial 29: a limit of English words is that limit; a function doing what code does is no setting.
    expect(said('Set maximum_lag_on_failover to 1 MB in Patroni.')).toBe(
      'Set the maximum lag on failover setting to 1 MB in Patroni.',
    );
    expect(said('streamResults sends on an unbuffered channel.')).toBe(
      'An internal function sends on an unbuffered channel.',
    );
    expect(said('select on ctx.Done() in streamResults')).toBe(
      'select on the cancellation signal in an internal function',
    );
    expect(said('set workerConcurrency to 4')).toBe('set the worker concurrency setting to 4');
    // A setting of a thing the glossary knows is that thing's setting (F13).
    expect(said('health_check.port = 8081')).toBe('The health check port of 8081');
  });
});
