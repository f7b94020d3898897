// Generated from src/playbook/content/glossary-infrastructure.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { GlossaryEntry } from '../../schema.js';

/** The glossary terms of kind `infrastructure`. */
export const infrastructureTerms: readonly GlossaryEntry[] = [
  {
    id: "retry-storm",
    term: "Retry storm",
    kind: "infrastructure",
    aliases: [
      "retry amplification",
    ],
    patterns: [],
    engineer: "Clients retrying failed calls without back-off or budgets multiply load on a struggling service, keeping it down.",
    exec: "When many systems keep retrying at once, the extra traffic stops a struggling service from recovering.",
    categories: [
      "architecture-resilience",
      "dependencies",
    ],
    questions: [
      "q-retries",
      "q-dependency-failure-mode",
    ],
  },
  {
    id: "thundering-herd",
    term: "Thundering herd",
    kind: "infrastructure",
    aliases: [],
    patterns: [],
    engineer: "Many clients wake or reconnect at the same moment (after a restart, cache expiry or timer) and overwhelm a shared resource.",
    exec: "Everyone rushes back at the same instant after a pause, and the crowd knocks the system over again.",
    categories: [
      "architecture-resilience",
      "capacity",
    ],
    questions: [
      "q-retries",
      "q-capacity-headroom",
    ],
  },
  {
    id: "cascading-failure",
    term: "Cascading failure",
    kind: "infrastructure",
    aliases: [
      "cascade",
    ],
    patterns: [],
    engineer: "A failure in one component shifts load or errors to others, which then fail in turn, spreading across the system.",
    exec: "One failing part overloads the next, and the failure spreads like falling dominoes.",
    categories: [
      "architecture-resilience",
    ],
    questions: [
      "q-blast-radius",
      "q-degrade-gracefully",
    ],
  },
  {
    id: "connection-pool-exhaustion",
    term: "Connection-pool exhaustion",
    kind: "infrastructure",
    aliases: [
      "pool exhaustion",
      "pool exhausted",
      "connection pool exhausted",
      "exhausted pool",
      "too many connections",
      "pgxpool exhausted",
      "pgxpool exhaustion",
    ],
    patterns: [
      "too many (clients|connections)",
      "connection pool (is )?(exhausted|timeout)",
      "remaining connection slots are reserved",
      "timed out waiting for (a )?connection",
    ],
    engineer: "Every connection in a client pool is in use or leaked, so new requests queue or fail while waiting for one.",
    exec: "The service ran out of open lines to its database or partner, so new requests had to wait or fail.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-limits-known",
      "q-default-values",
    ],
  },
  {
    id: "split-brain",
    term: "Split brain",
    kind: "infrastructure",
    aliases: [
      "split-brain",
    ],
    patterns: [],
    engineer: "Two nodes both believe they are the leader or primary after a partition, accepting conflicting writes.",
    exec: "Two copies of a system each think they are in charge and make conflicting changes.",
    categories: [
      "architecture-resilience",
    ],
    questions: [
      "q-single-point",
      "q-assumptions",
    ],
  },
  {
    id: "oom-kill",
    term: "OOM kill",
    kind: "infrastructure",
    aliases: [
      "oomkilled",
      "out of memory",
      "oom killer",
      "oom",
    ],
    patterns: [
      "\\bOOMKilled\\b",
      "out of memory: kill(ed)? process",
      "oom-kill(er)?",
      "exit code 137",
      "memory cgroup out of memory",
    ],
    engineer: "The kernel or container runtime killed a process that exceeded its memory limit (Kubernetes reports OOMKilled, exit code 137).",
    exec: "A program used more memory than it was allowed, so the system shut it down abruptly.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-limits-known",
      "q-capacity-headroom",
    ],
  },
  {
    id: "crash-loop",
    term: "Crash loop",
    kind: "infrastructure",
    aliases: [
      "crashloopbackoff",
      "restart loop",
    ],
    patterns: [
      "\\bCrashLoopBackOff\\b",
      "back-off restarting failed container",
    ],
    engineer: "A process crashes on start, is restarted, and crashes again; Kubernetes shows CrashLoopBackOff and delays each restart longer.",
    exec: "A program keeps failing as soon as it starts, over and over.",
    categories: [
      "deploy-release",
      "configuration",
    ],
    questions: [
      "q-deploy-signal",
      "q-config-validation",
    ],
  },
  {
    id: "resource-exhaustion",
    term: "File descriptor exhaustion",
    kind: "infrastructure",
    aliases: [
      "too many open files",
      "fd exhaustion",
      "emfile",
    ],
    patterns: [
      "too many open files",
      "\\bEMFILE\\b",
    ],
    engineer: "The process hit its open-file or socket limit, often from leaked connections, so new sockets and files cannot be opened.",
    exec: "A program hit its limit on open connections and files, so it could not accept more work.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-limits-known",
      "q-default-values",
    ],
  },
  {
    id: "disk-full",
    term: "Disk full",
    kind: "infrastructure",
    aliases: [
      "no space left on device",
      "enospc",
    ],
    patterns: [
      "no space left on device",
      "\\bENOSPC\\b",
    ],
    engineer: "A volume ran out of space or inodes, so writes (logs, database pages, temporary files) fail.",
    exec: "A machine ran out of storage space and could no longer save data.",
    categories: [
      "capacity",
      "monitoring-alerting",
    ],
    questions: [
      "q-capacity-headroom",
      "q-signal-earlier",
    ],
  },
  {
    id: "dns-failure",
    term: "DNS failure",
    kind: "infrastructure",
    aliases: [
      "dns resolution failure",
      "nxdomain",
    ],
    patterns: [
      "no such host",
      "NXDOMAIN",
      "temporary failure in name resolution",
      "dns.*(timeout|timed out)",
    ],
    engineer: "Name resolution failed or returned wrong answers, so services could not find each other even though they were up.",
    exec: "The system that turns service names into addresses failed, so working services could not find each other.",
    categories: [
      "dependencies",
      "configuration",
    ],
    questions: [
      "q-dependency-failure-mode",
      "q-config-review",
    ],
  },
  {
    id: "certificate-expiry",
    term: "Certificate expiry",
    kind: "infrastructure",
    aliases: [
      "expired certificate",
      "tls certificate expired",
    ],
    patterns: [
      "certificate has expired",
      "x509: certificate has expired",
      "certificate (is )?not yet valid",
    ],
    engineer: "A TLS certificate passed its validity date, so clients refuse the connection.",
    exec: "A digital security certificate ran out, and other systems stopped trusting ours until it was renewed.",
    categories: [
      "monitoring-alerting",
      "tooling",
    ],
    questions: [
      "q-signal-earlier",
      "q-action-beyond-people",
    ],
  },
  {
    id: "timeout",
    term: "Timeout",
    kind: "infrastructure",
    aliases: [
      "request timeout",
      "i/o timeout",
    ],
    patterns: [
      "i/o timeout",
      "request timed out",
      "upstream request timeout",
      "gateway time-?out",
    ],
    engineer: "A call gave up after waiting its deadline; mis-set timeouts either hang callers or fail healthy slow calls.",
    exec: "A system stopped waiting for an answer that took too long.",
    categories: [
      "configuration",
      "dependencies",
    ],
    questions: [
      "q-retries",
      "q-default-values",
    ],
  },
  {
    id: "circuit-breaker",
    term: "Circuit breaker",
    kind: "infrastructure",
    aliases: [],
    patterns: [],
    engineer: "A client-side guard that stops calling a failing dependency for a while after errors pass a threshold, failing fast instead.",
    exec: "A safety switch that stops us calling a broken partner system for a while, so requests fail quickly rather than pile up.",
    categories: [
      "architecture-resilience",
      "dependencies",
    ],
    questions: [
      "q-dependency-failure-mode",
      "q-degrade-gracefully",
    ],
  },
  {
    id: "backpressure",
    term: "Backpressure",
    kind: "infrastructure",
    aliases: [
      "back-pressure",
    ],
    patterns: [],
    engineer: "A consumer signalling producers to slow down (bounded queues, flow control) instead of buffering without limit.",
    exec: "A way for a busy system to tell others to slow down instead of silently falling behind.",
    categories: [
      "architecture-resilience",
      "capacity",
    ],
    questions: [
      "q-limits-known",
      "q-degrade-gracefully",
    ],
  },
  {
    id: "load-shedding",
    term: "Load shedding",
    kind: "infrastructure",
    aliases: [],
    patterns: [],
    engineer: "Deliberately rejecting some requests (often low priority) when overloaded so the rest still succeed.",
    exec: "Turning some requests away on purpose when overloaded, so most customers still get served.",
    categories: [
      "architecture-resilience",
      "capacity",
    ],
    questions: [
      "q-degrade-gracefully",
    ],
  },
  {
    id: "cpu-throttling",
    term: "CPU throttling",
    kind: "infrastructure",
    aliases: [
      "CFS throttling",
      "CPU throttled",
      "CFS quota",
      "CPU limit throttling",
    ],
    patterns: [
      "cpu throttl(ed|ing)",
    ],
    engineer: "The kernel's CFS quota pauses a container that used its CPU limit within a period, adding latency even when the node has idle cores; often a runtime sizing itself to the node's cores rather than its limit.",
    exec: "The platform held a program to a fixed share of processor time, so it ran slower than it could even though the machine had spare capacity.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-limits-known",
      "q-default-values",
    ],
  },
  {
    id: "environment-variable",
    term: "Environment variable",
    kind: "infrastructure",
    aliases: [
      "env var",
      "env vars",
      "environment variables",
    ],
    patterns: [],
    engineer: "A named value a process reads from its environment at start-up; a common way to pass configuration, easy to leave unset or different between environments.",
    exec: "A setting handed to a program when it starts, outside its code.",
    categories: [
      "configuration",
    ],
    questions: [
      "q-default-values",
      "q-config-review",
    ],
  },
  {
    id: "rate-limiting",
    term: "Rate limiting",
    kind: "infrastructure",
    aliases: [
      "throttling",
      "rate limit",
      "rate limiter",
      "429",
    ],
    patterns: [
      "too many requests",
      "rate limit(ed)? exceeded",
    ],
    engineer: "Capping the requests a client may send per unit of time; our limits protect us, a provider’s limits can surprise us.",
    exec: "A cap on how many requests someone may send; ours protect us, a partner’s can block us.",
    categories: [
      "dependencies",
      "capacity",
    ],
    questions: [
      "q-dependency-contract",
      "q-limits-known",
    ],
  },
  {
    id: "hot-partition",
    term: "Hot partition",
    kind: "infrastructure",
    aliases: [
      "hot shard",
      "hot key",
    ],
    patterns: [],
    engineer: "Uneven key distribution sends a disproportionate share of traffic to one shard or partition, which saturates alone.",
    exec: "One part of the database gets far more traffic than the rest and becomes the bottleneck.",
    categories: [
      "capacity",
      "architecture-resilience",
    ],
    questions: [
      "q-load-tested",
      "q-capacity-headroom",
    ],
  },
  {
    id: "replication-lag",
    term: "Replication lag",
    kind: "infrastructure",
    aliases: [],
    patterns: [],
    engineer: "Replicas fall behind the primary, so reads return stale data and failover risks losing recent writes.",
    exec: "Backup copies of the data fall behind, so some customers see out-of-date information.",
    categories: [
      "capacity",
      "monitoring-alerting",
    ],
    questions: [
      "q-observability-gap",
      "q-assumptions",
    ],
  },
  {
    id: "clock-skew",
    term: "Clock skew",
    kind: "infrastructure",
    aliases: [
      "clock drift",
    ],
    patterns: [],
    engineer: "Machine clocks disagree, breaking token expiry, ordering, leases and the timeline we reconstruct from logs.",
    exec: "Machines disagree about the time, which breaks logins, ordering of events and our own records.",
    categories: [
      "configuration",
      "tooling",
    ],
    questions: [
      "q-approximate-times",
      "q-assumptions",
    ],
  },
  {
    id: "memory-leak",
    term: "Memory leak",
    kind: "infrastructure",
    aliases: [],
    patterns: [],
    engineer: "Memory that is no longer needed stays referenced, so usage grows until the process is killed or slows in garbage collection.",
    exec: "A program slowly uses more and more memory without giving it back, until it fails.",
    categories: [
      "capacity",
      "automated-testing",
    ],
    questions: [
      "q-load-tested",
      "q-signal-earlier",
    ],
  },
  {
    id: "tail-latency",
    term: "Tail latency",
    kind: "infrastructure",
    aliases: [
      "latency spike",
    ],
    patterns: [],
    engineer: "The slowest requests (p99, p99.9); averages hide them, yet fan-out makes them common for users.",
    exec: "How slow the slowest requests are; even if most are fast, these are what frustrated customers feel.",
    categories: [
      "monitoring-alerting",
      "capacity",
    ],
    questions: [
      "q-symptom-vs-cause",
      "q-dashboard-trust",
    ],
  },
  {
    id: "fan-out",
    term: "Fan-out",
    kind: "infrastructure",
    aliases: [
      "fan out",
      "fans out",
      "fanned out",
      "fanning out",
    ],
    patterns: [],
    engineer: "One request calls several downstream services in parallel and waits for them all; its latency is the slowest call's, and one slow dependency stalls the whole request.",
    exec: "One request is split into several calls to other systems at the same time, so the answer waits for the slowest of them.",
    categories: [
      "architecture-resilience",
      "dependencies",
    ],
    questions: [
      "q-dependency-failure-mode",
      "q-blast-radius",
    ],
  },
  {
    id: "sidecar",
    term: "Sidecar",
    kind: "infrastructure",
    aliases: [
      "sidecar container",
      "sidecar process",
      "sidecars",
    ],
    patterns: [],
    engineer: "A helper process deployed beside a service (same pod or host) that handles one concern for it, such as settlement, proxying or telemetry; it shares the service's fate and resources.",
    exec: "A small helper program that runs right next to a main service and does one job for it.",
    categories: [
      "architecture-resilience",
      "dependencies",
    ],
    questions: [
      "q-dependency-failure-mode",
      "q-single-point",
    ],
  },
  {
    id: "network-partition",
    term: "Network partition",
    kind: "infrastructure",
    aliases: [
      "partition",
      "netsplit",
    ],
    patterns: [],
    engineer: "Parts of the network cannot reach each other while each side keeps running, forcing a choice between availability and consistency.",
    exec: "Parts of our network lose contact with each other while still running on their own.",
    categories: [
      "architecture-resilience",
      "dependencies",
    ],
    questions: [
      "q-single-point",
      "q-blast-radius",
    ],
  },
  {
    id: "failover",
    term: "Failover",
    kind: "infrastructure",
    aliases: [],
    patterns: [],
    engineer: "Moving traffic or leadership to a standby when the primary fails; untested failover often fails when needed.",
    exec: "Switching to a backup system when the primary system stops working.",
    categories: [
      "architecture-resilience",
      "runbooks-documentation",
    ],
    questions: [
      "q-mitigation-options",
      "q-runbook-used",
    ],
  },
  {
    id: "cache-stampede",
    term: "Cache stampede",
    kind: "infrastructure",
    aliases: [
      "dogpile",
      "cold cache",
    ],
    patterns: [],
    engineer: "A popular cache entry expires or the cache restarts empty, and all requests hit the backing store at once.",
    exec: "When a shortcut store of answers is emptied, every request goes to the slow main system at once.",
    categories: [
      "architecture-resilience",
      "capacity",
    ],
    questions: [
      "q-worst-case",
      "q-capacity-headroom",
    ],
  },
  {
    id: "configuration-drift",
    term: "Configuration drift",
    kind: "infrastructure",
    aliases: [
      "config drift",
    ],
    patterns: [],
    engineer: "Environments or hosts diverge from their declared configuration through manual changes, so behaviour differs unexpectedly.",
    exec: "Settings on different machines slowly become different from what we think they are.",
    categories: [
      "configuration",
      "tooling",
    ],
    questions: [
      "q-test-env-differs",
      "q-config-review",
    ],
  },
  {
    id: "noisy-neighbour",
    term: "Noisy neighbour",
    kind: "infrastructure",
    aliases: [
      "noisy neighbor",
    ],
    patterns: [],
    engineer: "Another workload on shared hardware or a shared quota consumes CPU, disk or network and starves ours.",
    exec: "Another system sharing the same hardware used up resources we needed.",
    categories: [
      "capacity",
      "architecture-resilience",
    ],
    questions: [
      "q-single-point",
      "q-observability-gap",
    ],
  },
  {
    id: "lock-contention",
    term: "Lock contention",
    kind: "infrastructure",
    aliases: [
      "database deadlock",
      "lock wait timeout",
    ],
    patterns: [
      "deadlock detected",
      "lock wait timeout exceeded",
    ],
    engineer: "Transactions wait on each other’s row or table locks; the database aborts one in a deadlock or queries queue behind a long lock.",
    exec: "Database operations wait on each other, so work queues up or gets cancelled.",
    categories: [
      "architecture-resilience",
      "code-review",
    ],
    questions: [
      "q-concurrency-model",
      "q-load-tested",
    ],
  },
  {
    id: "connection-pool",
    term: "Connection pool",
    kind: "infrastructure",
    aliases: [
      "database pool",
      "db pool",
      "pool size",
      "pgxpool",
      "pgx pool",
    ],
    patterns: [],
    engineer: "A fixed set of open connections a service reuses for its database or partner calls; its size caps how many calls can run at once.",
    exec: "A small, fixed number of open lines a service keeps to its database and shares among all requests; when every line is busy, the rest wait.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-limits-known",
      "q-default-values",
    ],
  },
  {
    id: "connection-limit",
    term: "Connection limit",
    kind: "infrastructure",
    aliases: [
      "max_conns",
      "maxconns",
      "max_connections",
      "max connections",
      "max_open_conns",
      "SetMaxOpenConns",
      "sql.DB.SetMaxOpenConns",
      "db.SetMaxOpenConns",
      "connection cap",
    ],
    patterns: [],
    engineer: "The most connections a server accepts (PostgreSQL max_connections) or a client pool opens (max_conns, SetMaxOpenConns); every replica's pool counts against the server's limit.",
    exec: "The most connections a database or service will accept at once; past that number, new requests are turned away.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-limits-known",
      "q-capacity-headroom",
    ],
  },
  {
    id: "http-5xx",
    term: "HTTP 5xx",
    kind: "infrastructure",
    aliases: [
      "5xx",
      "5xx errors",
      "server errors",
      "internal server error",
      "bad gateway",
      "service unavailable",
      "500",
      "502",
      "503",
      "504",
    ],
    patterns: [
      "\\b5\\d\\ds\\b",
      "\\b(http|status|status code|code|error|returned|returning|returns)[ :]+5\\d\\d\\b",
      "\\b5\\d\\d (errors?|responses?)\\b",
    ],
    engineer: "Server-side HTTP errors (500 internal error, 502 bad gateway, 503 unavailable, 504 gateway timeout); our service, or a proxy in front of it, failed the request.",
    exec: "Error responses that mean the failure was on our side rather than the customer's; customers usually see an error page.",
    categories: [
      "monitoring-alerting",
      "dependencies",
    ],
    questions: [
      "q-customer-view",
      "q-symptom-vs-cause",
    ],
  },
  {
    id: "http-4xx",
    term: "HTTP 4xx",
    kind: "infrastructure",
    aliases: [
      "4xx",
      "4xx errors",
      "client errors",
      "bad request",
    ],
    patterns: [
      "\\b4\\d\\ds\\b",
      "\\b(http|status|status code|code|returned|returning|returns)[ :]+4\\d\\d\\b",
      "\\b4\\d\\d (errors?|responses?)\\b",
    ],
    engineer: "HTTP errors that refuse the request as sent (400 bad request, 401 and 403 for sign-in and permission, 404 not found, 429 too many requests); a rise after a release often means a client and a server disagree.",
    exec: "Error responses that mean a request was refused as sent, for example a missing sign-in or a page that does not exist.",
    categories: [
      "dependencies",
      "deploy-release",
    ],
    questions: [
      "q-dependency-contract",
      "q-deploy-signal",
    ],
  },
  {
    id: "readiness-probe",
    term: "Readiness probe",
    kind: "infrastructure",
    aliases: [
      "readiness check",
      "readinessProbe",
    ],
    patterns: [
      "readiness probe failed",
    ],
    engineer: "Kubernetes asks a container whether it can take traffic and removes it from the Service's endpoints while the probe fails; a probe that checks a shared dependency can empty every endpoint at once.",
    exec: "A regular check that asks each copy of a service whether it is ready for customers; copies that answer no get no traffic.",
    categories: [
      "configuration",
      "architecture-resilience",
    ],
    questions: [
      "q-default-values",
      "q-blast-radius",
    ],
  },
  {
    id: "liveness-probe",
    term: "Liveness probe",
    kind: "infrastructure",
    aliases: [
      "liveness check",
      "livenessProbe",
    ],
    patterns: [
      "liveness probe failed",
    ],
    engineer: "Kubernetes restarts a container whose liveness probe fails; a probe that is too strict or checks a dependency restarts busy but healthy containers, and can start a crash loop.",
    exec: "A regular check that a program still answers; when it stops answering, the system restarts it.",
    categories: [
      "configuration",
      "architecture-resilience",
    ],
    questions: [
      "q-default-values",
      "q-config-review",
    ],
  },
  {
    id: "health-check",
    term: "Health check",
    kind: "infrastructure",
    aliases: [
      "healthcheck",
      "health endpoint",
    ],
    patterns: [],
    engineer: "An endpoint a load balancer or orchestrator calls to decide whether an instance gets traffic; deep checks that call dependencies can take a whole fleet out of service at once.",
    exec: "A regular automatic test that a service is up, used to decide where customer traffic goes.",
    categories: [
      "monitoring-alerting",
      "architecture-resilience",
    ],
    questions: [
      "q-dashboard-trust",
      "q-blast-radius",
    ],
  },
  {
    id: "segmentation-fault",
    term: "Segmentation fault",
    kind: "infrastructure",
    aliases: [
      "segfault",
      "SIGSEGV",
      "segv",
    ],
    patterns: [
      "\\bSIGSEGV\\b",
      "segmentation fault",
    ],
    engineer: "The process touched memory it may not use (a null or freed pointer in C, C++ or unsafe Rust; Go reports its nil dereference as SIGSEGV) and the kernel ended it.",
    exec: "The program tried to use memory that was not its own, and the computer stopped it at once.",
    categories: [
      "code-review",
      "automated-testing",
    ],
    questions: [
      "q-test-gap",
      "q-error-handling",
    ],
  },
  {
    id: "sigkill",
    term: "SIGKILL",
    kind: "infrastructure",
    aliases: [
      "kill -9",
      "signal 9",
    ],
    patterns: [
      "\\bSIGKILL\\b",
      "signal: killed",
    ],
    engineer: "A signal that ends a process at once with no cleanup; sent by the OOM killer, by Kubernetes after the termination grace period, or by hand.",
    exec: "An order that stops a program instantly, without letting it finish or tidy up its work.",
    categories: [
      "configuration",
      "capacity",
    ],
    questions: [
      "q-limits-known",
      "q-default-values",
    ],
  },
  {
    id: "percentile-latency",
    term: "Percentile latency",
    kind: "infrastructure",
    aliases: [
      "p50",
      "p75",
      "p90",
      "p95",
      "p99",
      "p99.9",
      "p999",
      "latency percentile",
      "median latency",
    ],
    patterns: [],
    engineer: "The response time under which a share of requests finish; p50 is the median and p99 the time only 1 in 100 requests exceed. Percentiles cannot be averaged across hosts.",
    exec: "A way to describe speed by the slower share of requests; the number after the letter p is that share out of 100, so with 95 it is the time within which 95 in 100 requests finished, and with 999 it is 999 in 1,000.",
    categories: [
      "monitoring-alerting",
      "capacity",
    ],
    questions: [
      "q-dashboard-trust",
      "q-symptom-vs-cause",
    ],
  },
  {
    id: "error-rate",
    term: "Error rate",
    kind: "infrastructure",
    aliases: [
      "failure rate",
      "error ratio",
    ],
    patterns: [],
    engineer: "Failed requests as a share of all requests over a window; the usual paging signal, and only as good as its definition of a failure.",
    exec: "The share of requests that failed.",
    categories: [
      "monitoring-alerting",
    ],
    questions: [
      "q-alert-threshold",
      "q-customer-view",
    ],
  },
  {
    id: "regression",
    term: "Regression",
    kind: "infrastructure",
    aliases: [
      "regressions",
      "performance regression",
      "latency regression",
    ],
    patterns: [],
    engineer: "A change that makes something that used to work worse (slower, more errors, a lost feature); caught by comparing before and after, in tests, canaries or dashboards.",
    exec: "A change that made something worse that used to work well, such as slower answers.",
    categories: [
      "automated-testing",
      "deploy-release",
    ],
    questions: [
      "q-load-tested",
      "q-deploy-signal",
    ],
  },
  {
    id: "latency",
    term: "Latency",
    kind: "infrastructure",
    aliases: [
      "response time",
    ],
    patterns: [],
    engineer: "The time a request takes end to end; watch percentiles, not averages, and separate queueing from work.",
    exec: "How long customers wait for an answer.",
    categories: [
      "monitoring-alerting",
      "capacity",
    ],
    questions: [
      "q-customer-view",
      "q-dashboard-trust",
    ],
  },
  {
    id: "load-balancer",
    term: "Load balancer",
    kind: "infrastructure",
    aliases: [
      "load balancing",
      "LB",
      "lb health check",
    ],
    patterns: [],
    engineer: "A proxy that spreads requests across healthy instances using health checks; its timeouts, retries and connection limits shape how failures look to clients.",
    exec: "The system that spreads incoming requests across the copies of a service.",
    categories: [
      "architecture-resilience",
      "configuration",
    ],
    questions: [
      "q-single-point",
      "q-default-values",
    ],
  },
  {
    id: "reverse-proxy",
    term: "Reverse proxy",
    kind: "infrastructure",
    aliases: [
      "nginx",
      "Envoy",
      "HAProxy",
      "Traefik",
      "ingress controller",
    ],
    patterns: [],
    engineer: "A server in front of the services (nginx, Envoy, HAProxy) that terminates connections and forwards each request upstream; it answers 502 or 504 itself when the service behind it fails or is too slow.",
    exec: "The web server in front of our services that takes each customer request and passes it on to the right one.",
    categories: [
      "architecture-resilience",
      "configuration",
    ],
    questions: [
      "q-single-point",
      "q-default-values",
    ],
  },
  {
    id: "autoscaling",
    term: "Autoscaling",
    kind: "infrastructure",
    aliases: [
      "auto-scaling",
      "autoscaler",
    ],
    patterns: [],
    engineer: "Adding or removing instances from a metric; it reacts in minutes, so it cannot absorb a sudden spike and may scale on the wrong signal.",
    exec: "Adding or removing copies of a service automatically as traffic rises and falls.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-capacity-headroom",
      "q-growth-forecast",
    ],
  },
  {
    id: "hpa",
    term: "HPA",
    kind: "infrastructure",
    aliases: [
      "horizontal pod autoscaler",
      "HorizontalPodAutoscaler",
    ],
    patterns: [],
    engineer: "The Kubernetes controller that changes a deployment's replica count from a metric such as CPU; it acts after a delay and within its min and max.",
    exec: "The platform feature that adds or removes copies of a service automatically as load changes.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-capacity-headroom",
      "q-growth-forecast",
    ],
  },
  {
    id: "pod",
    term: "Pod",
    kind: "infrastructure",
    aliases: [
      "kubernetes pod",
    ],
    patterns: [],
    engineer: "The smallest unit Kubernetes runs, one or more containers scheduled together; pods are replaced, not repaired.",
    exec: "One running copy of a service in our container platform; the platform replaces copies that fail.",
    categories: [
      "architecture-resilience",
      "capacity",
    ],
    questions: [
      "q-single-point",
      "q-capacity-headroom",
    ],
  },
  {
    id: "namespace",
    term: "Namespace",
    kind: "infrastructure",
    aliases: [
      "kubernetes namespace",
    ],
    patterns: [],
    engineer: "A Kubernetes scope for names, quotas and access rules; services of one team or environment usually share one.",
    exec: "A separate area of our container platform that keeps one group of services and their settings apart from others.",
    categories: [
      "configuration",
    ],
    questions: [
      "q-config-review",
      "q-blast-radius",
    ],
  },
  {
    id: "ci",
    term: "CI",
    kind: "infrastructure",
    aliases: [
      "continuous integration",
      "CI pipeline",
    ],
    patterns: [],
    engineer: "The automated build and test run on every change before it can merge or deploy.",
    exec: "The automatic checks every code change must pass before it can go live.",
    categories: [
      "automated-testing",
      "deploy-release",
    ],
    questions: [
      "q-test-gap",
      "q-deploy-signal",
    ],
  },
  {
    id: "dba",
    term: "DBA",
    kind: "infrastructure",
    aliases: [
      "database administrator",
    ],
    patterns: [],
    engineer: "The engineer or team who runs the databases, their limits, upgrades and recovery.",
    exec: "The specialist who looks after our databases.",
    categories: [
      "dependencies",
      "on-call-escalation",
    ],
    questions: [
      "q-knowledge-holders",
      "q-who-to-call",
    ],
  },
  {
    id: "pgbouncer",
    term: "PgBouncer",
    kind: "infrastructure",
    aliases: [
      "pg bouncer",
      "connection pooler",
    ],
    patterns: [],
    engineer: "A lightweight connection pooler in front of PostgreSQL; its pool size and mode cap how many queries reach the database at once.",
    exec: "A gatekeeper in front of the database that shares a limited number of connections among many requests.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-limits-known",
      "q-default-values",
    ],
  },
  {
    id: "load-test",
    term: "Load test",
    kind: "infrastructure",
    aliases: [
      "load testing",
      "stress test",
      "performance test",
    ],
    patterns: [],
    engineer: "Driving a service at or beyond its expected peak traffic before release, to find limits, latency under load and failure behaviour.",
    exec: "A rehearsal that sends a service as much traffic as a busy day, before customers do.",
    categories: [
      "automated-testing",
      "capacity",
    ],
    questions: [
      "q-load-tested",
      "q-capacity-headroom",
    ],
  },
  {
    id: "timeout-budget",
    term: "Timeout budget",
    kind: "infrastructure",
    aliases: [
      "timeout budget check",
      "deadline budget",
      "latency budget",
    ],
    patterns: [],
    engineer: "The end-to-end deadline of a request split across its downstream calls, so each call’s timeout fits the caller’s and sits above the dependency’s normal p99.",
    exec: "How long each step of a request may take, so the whole answer still arrives in time and no step gives up on a partner that is only a little slow.",
    categories: [
      "configuration",
      "dependencies",
    ],
    questions: [
      "q-default-values",
      "q-dependency-contract",
    ],
  },
  {
    id: "alert-hold-duration",
    term: "Alert hold duration",
    kind: "infrastructure",
    aliases: [
      "hold duration",
      "alert hold time",
      "hold time",
      "pending period",
    ],
    patterns: [
      "(?<![\\p{L}\\p{N}])for:\\s*\\d+\\s*[smh]\\b",
    ],
    engineer: "The `for:` clause of a Prometheus alerting rule; the condition must hold that long before the alert fires, trading noise against time to detect.",
    exec: "How long a problem must last before the alarm goes off; a longer wait means fewer false alarms but a later warning.",
    categories: [
      "monitoring-alerting",
    ],
    questions: [
      "q-alert-threshold",
      "q-signal-earlier",
    ],
  },
  {
    id: "argo-cd",
    term: "Argo CD",
    kind: "infrastructure",
    aliases: [
      "ArgoCD",
      "Argo",
    ],
    patterns: [],
    engineer: "A GitOps deploy tool for Kubernetes that keeps the cluster in sync with a Git repository; a rollback is a sync to an earlier commit.",
    exec: "The tool that puts new versions of our software live, and can put the previous version back.",
    categories: [
      "deploy-release",
      "tooling",
    ],
    questions: [
      "q-rollback-path",
      "q-deploy-signal",
    ],
  },
  {
    id: "lint-check",
    term: "Lint check",
    kind: "infrastructure",
    aliases: [
      "lint",
      "linter",
      "linting",
      "lint rule",
      "clippy",
      "golangci-lint",
    ],
    patterns: [],
    engineer: "A static check run on code or configuration before merge, flagging known mistakes (here a timeout below a dependency’s latency) without running it.",
    exec: "An automatic check that reads code before it goes live and flags known mistakes.",
    categories: [
      "code-review",
      "tooling",
    ],
    questions: [
      "q-review-context",
      "q-action-beyond-people",
    ],
  },
  {
    id: "kubernetes",
    term: "Kubernetes",
    kind: "infrastructure",
    aliases: [
      "k8s",
    ],
    patterns: [],
    engineer: "The container orchestrator that schedules pods onto nodes, restarts failed ones, rolls out new versions and scales them; its own settings (probes, limits, rollout strategy) shape how a failure spreads.",
    exec: "The platform that runs our services as many copies on many machines and replaces copies that fail.",
    categories: [
      "architecture-resilience",
      "configuration",
    ],
    questions: [
      "q-blast-radius",
      "q-default-values",
    ],
  },
  {
    id: "staging",
    term: "Staging",
    kind: "infrastructure",
    aliases: [
      "staging environment",
      "stage environment",
    ],
    patterns: [],
    engineer: "A pre-production environment meant to mirror production, where changes are tried before release; it rarely matches production's traffic, data or scale.",
    exec: "A copy of our systems where changes are tried before customers get them; it is smaller and quieter than the real thing, so some problems only show up later.",
    categories: [
      "automated-testing",
      "deploy-release",
    ],
    questions: [
      "q-test-env-differs",
      "q-load-tested",
    ],
  },
  {
    id: "production",
    term: "prod",
    kind: "infrastructure",
    aliases: [],
    patterns: [
      "(?<![\\w.-])prod(?![\\w.-])",
    ],
    engineer: "The production environment, serving real customers and their traffic.",
    exec: "The live systems our customers use, as opposed to the copies where changes are tried first.",
    categories: [
      "deploy-release",
    ],
    questions: [
      "q-blast-radius",
    ],
  },
  {
    id: "commit-hash",
    term: "commit hash",
    kind: "infrastructure",
    aliases: [
      "commit id",
      "commit sha",
      "git sha",
    ],
    patterns: [
      "(?<=\\bcommit )[0-9a-f]{7,40}\\b",
    ],
    engineer: "The identifier Git gives each change (a 40-character hexadecimal hash, usually shortened to 7 to 12 characters); it names exactly which code was built and deployed.",
    exec: "The reference number of one change to our code, which tells exactly which version was running.",
    categories: [
      "deploy-release",
    ],
    questions: [
      "q-blast-radius",
    ],
  },
  {
    id: "postgresql",
    term: "PostgreSQL",
    kind: "infrastructure",
    aliases: [
      "Postgres",
      "psql",
      "pg database",
    ],
    patterns: [],
    engineer: "The relational database many of our services store their data in; it accepts a limited number of connections (max_connections), shared by every client pool.",
    exec: "The database where our services keep their records, such as orders and payments.",
    categories: [
      "dependencies",
      "capacity",
    ],
    questions: [
      "q-dependency-contract",
      "q-limits-known",
    ],
  },
  {
    id: "pull-request",
    term: "Pull request",
    kind: "infrastructure",
    aliases: [
      "PR",
      "merge request",
      "MR",
    ],
    patterns: [
      "(?<![\\w.-])PRs?(?:\\s+#\\d+)?(?![\\w-])",
      "(?<![\\w.-])MR\\s+!\\d+",
    ],
    engineer: "A proposed code change, with its diff, review and checks, that is merged once approved.",
    exec: "A proposed change to our code that colleagues review and automatic checks test before it goes in.",
    categories: [
      "code-review",
    ],
    questions: [
      "q-review-context",
      "q-review-size",
    ],
  },
  {
    id: "diff",
    term: "Diff",
    kind: "infrastructure",
    aliases: [],
    patterns: [
      "(?<![\\w.-])diffs?(?![\\w-])",
    ],
    engineer: "The lines a change adds and removes, as a reviewer reads them.",
    exec: "The list of lines a change adds and removes, which is what reviewers read.",
    categories: [
      "code-review",
    ],
    questions: [
      "q-review-size",
    ],
  },
  {
    id: "requests-per-second",
    term: "rps",
    kind: "infrastructure",
    aliases: [
      "requests per second",
      "req/s",
      "qps",
    ],
    patterns: [
      "(?<![\\w.-])(?:rps|req/s|qps)(?![\\w-])",
    ],
    engineer: "Requests per second, the rate of traffic a service serves.",
    exec: "How many requests a service receives each second, a measure of its traffic.",
    categories: [
      "capacity",
    ],
    questions: [
      "q-capacity-headroom",
      "q-load-tested",
    ],
  },
  {
    id: "request-handler",
    term: "Handler",
    kind: "infrastructure",
    aliases: [
      "request handler",
      "HTTP handler",
    ],
    patterns: [
      "(?<![\\w.-])handlers?(?![\\w-])",
    ],
    engineer: "The function that serves one kind of request in a service.",
    exec: "The part of a service's code that answers one kind of request.",
    categories: [
      "code-review",
      "architecture-resilience",
    ],
    questions: [
      "q-error-handling",
    ],
  },
  {
    id: "environment",
    term: "env",
    kind: "infrastructure",
    aliases: [
      "environment",
    ],
    patterns: [
      "(?<![\\w.$-])envs?(?![\\w.-])",
    ],
    engineer: "An environment (production, staging, development), one copy of the systems with its own settings.",
    exec: "One copy of our systems, such as the live one or a test copy, each with its own settings.",
    categories: [
      "configuration",
      "deploy-release",
    ],
    questions: [
      "q-test-env-differs",
    ],
  },
  {
    id: "hotfix",
    term: "Hotfix",
    kind: "infrastructure",
    aliases: [
      "hot fix",
      "hot-fix",
    ],
    patterns: [
      "(?<![\\w.-])hot-?fix(?:es|ed|ing)?(?![\\w-])",
    ],
    engineer: "A change made and shipped urgently, outside the usual release path, to stop or limit an incident.",
    exec: "An urgent repair to the live systems, made outside the usual release steps to stop the harm quickly.",
    categories: [
      "deploy-release",
    ],
    questions: [
      "q-mitigation-options",
      "q-rollback-path",
    ],
  },
  {
    id: "worker-thread",
    term: "Worker thread",
    kind: "infrastructure",
    aliases: [
      "worker threads",
      "worker pool",
      "thread pool",
    ],
    patterns: [],
    engineer: "One of a fixed set of threads that run a service's work; when all are busy or blocked, new work waits.",
    exec: "One of a fixed number of lanes a service does its work in; when every lane is stuck, new work waits.",
    categories: [
      "capacity",
      "architecture-resilience",
    ],
    questions: [
      "q-capacity-headroom",
      "q-limits-known",
    ],
  },
  {
    id: "grpc",
    term: "gRPC",
    kind: "infrastructure",
    aliases: [
      "grpc client",
      "grpc server",
      "grpc call",
    ],
    patterns: [],
    engineer: "An RPC framework over HTTP/2 with protobuf messages; deadlines, retries and connection reuse are set per client and shape how a slow dependency shows up.",
    exec: "The way our services call each other over the network.",
    categories: [
      "dependencies",
      "architecture-resilience",
    ],
    questions: [
      "q-dependency-failure-mode",
      "q-default-values",
    ],
  },
  {
    id: "tls",
    term: "TLS",
    kind: "infrastructure",
    aliases: [
      "tls certificate",
      "tls handshake",
      "ssl certificate",
      "mtls",
      "mutual tls",
    ],
    patterns: [],
    engineer: "Transport encryption with certificates; an expired certificate, a wrong chain or mutual TLS (both sides present certificates) failing breaks connections that are otherwise healthy.",
    exec: "The encryption that protects traffic between systems; it depends on certificates that expire and must be renewed.",
    categories: [
      "configuration",
      "dependencies",
    ],
    questions: [
      "q-config-review",
      "q-signal-earlier",
    ],
  },
  {
    id: "dns",
    term: "DNS",
    kind: "infrastructure",
    aliases: [
      "dns record",
      "dns ttl",
      "name resolution",
    ],
    patterns: [],
    engineer: "The name system that maps service and host names to addresses; record TTLs decide how long a stale answer is cached after a change.",
    exec: "The system that turns names of services and websites into network addresses.",
    categories: [
      "dependencies",
      "configuration",
    ],
    questions: [
      "q-dependency-failure-mode",
      "q-config-review",
    ],
  },
  {
    id: "ttl",
    term: "TTL",
    kind: "infrastructure",
    aliases: [
      "time to live",
      "cache ttl",
    ],
    patterns: [],
    engineer: "How long a cached value or record is served before it is fetched again; a long TTL keeps a wrong value alive after the source is fixed.",
    exec: "How long a saved answer is reused before the system asks again.",
    categories: [
      "configuration",
    ],
    questions: [
      "q-default-values",
      "q-config-review",
    ],
  },
  {
    id: "cdn",
    term: "CDN",
    kind: "infrastructure",
    aliases: [
      "content delivery network",
      "edge cache",
    ],
    patterns: [],
    engineer: "A network of edge caches in front of our origin; cache rules and TTLs decide whether clients see fresh or stale content when the origin fails.",
    exec: "A network of servers around the world that keeps copies of our pages and files close to customers.",
    categories: [
      "dependencies",
      "architecture-resilience",
    ],
    questions: [
      "q-dependency-failure-mode",
      "q-customer-view",
    ],
  },
  {
    id: "jvm",
    term: "JVM",
    kind: "infrastructure",
    aliases: [
      "java virtual machine",
      "jvm gc",
      "jvm heap",
    ],
    patterns: [],
    engineer: "The runtime for Java and Kotlin services; its heap size and garbage collector settings decide memory use and pause lengths.",
    exec: "The software that runs our Java programs and manages their memory.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-limits-known",
      "q-default-values",
    ],
  },
  {
    id: "etcd",
    term: "etcd",
    kind: "infrastructure",
    aliases: [
      "etcd cluster",
    ],
    patterns: [],
    engineer: "The consistent key-value store behind Kubernetes' control plane; slow disks or lost quorum make the whole cluster slow to change.",
    exec: "The small database our container platform keeps its own settings in; when it is slow, the platform cannot make changes.",
    categories: [
      "dependencies",
      "architecture-resilience",
    ],
    questions: [
      "q-single-point",
      "q-dependency-failure-mode",
    ],
  },
  {
    id: "consumer-lag",
    term: "Consumer lag",
    kind: "infrastructure",
    aliases: [
      "kafka consumer lag",
      "kafka lag",
      "queue lag",
    ],
    patterns: [],
    engineer: "How far a consumer group is behind the newest messages of a topic; growing lag means work arrives faster than it is processed.",
    exec: "How far behind a service is in working through its queue of waiting messages.",
    categories: [
      "capacity",
      "monitoring-alerting",
    ],
    questions: [
      "q-capacity-headroom",
      "q-signal-earlier",
    ],
  },
  {
    id: "rss",
    term: "RSS",
    kind: "infrastructure",
    aliases: [
      "resident set size",
      "resident memory",
    ],
    patterns: [],
    engineer: "The memory a process holds in RAM, as the kernel and a container's memory limit count it; the OOM killer acts on it.",
    exec: "How much of a machine's memory a program is using.",
    categories: [
      "capacity",
    ],
    questions: [
      "q-limits-known",
      "q-capacity-headroom",
    ],
  },
  {
    id: "kubectl",
    term: "kubectl",
    kind: "infrastructure",
    aliases: [
      "kube control",
    ],
    patterns: [],
    engineer: "The Kubernetes command-line tool; a command typed with it (scale, rollout undo, delete pod) changes the cluster at once, with no review unless a wrapper adds one.",
    exec: "The command engineers type to change how our services run on the platform, directly and immediately.",
    categories: [
      "tooling",
      "configuration",
    ],
    questions: [
      "q-default-values",
      "q-blast-radius",
    ],
  },
  {
    id: "sre",
    term: "SRE",
    kind: "infrastructure",
    aliases: [
      "site reliability engineering",
      "site reliability engineer",
      "site reliability engineers",
      "SREs",
    ],
    patterns: [],
    engineer: "Site reliability engineering, the practice (and the team) that runs production with software, error budgets and blameless reviews.",
    exec: "The engineers whose job is keeping our services reliable and running the response when they are not.",
    categories: [
      "on-call-escalation",
      "training",
    ],
    questions: [
      "q-mental-model",
      "q-signal-earlier",
    ],
  },
];
