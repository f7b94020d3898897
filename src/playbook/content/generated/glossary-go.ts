// Generated from src/playbook/content/glossary-go.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { GlossaryEntry } from '../../schema.js';

/** The glossary terms of kind `go`. */
export const goTerms: readonly GlossaryEntry[] = [
  {
    id: "go-deadlock",
    term: "Go deadlock",
    kind: "go",
    aliases: [
      "goroutine deadlock",
    ],
    patterns: [
      "all goroutines are asleep",
    ],
    engineer: "Every goroutine is blocked on a channel or lock that no other goroutine will release; the runtime aborts with \"all goroutines are asleep - deadlock!\".",
    exec: "Parts of the program waited on each other forever, so the program stopped and had to be restarted.",
    categories: [
      "code-review",
      "automated-testing",
    ],
    questions: [
      "q-concurrency-model",
      "q-test-gap",
    ],
  },
  {
    id: "goroutine-leak",
    term: "Goroutine leak",
    kind: "go",
    aliases: [],
    patterns: [],
    engineer: "Goroutines block forever (on a channel nobody reads or a call without a deadline) and accumulate, growing memory and scheduler work.",
    exec: "Background tasks in the program never finish and pile up until the service slows down or has no memory left.",
    categories: [
      "code-review",
      "monitoring-alerting",
    ],
    questions: [
      "q-signal-earlier",
      "q-error-handling",
    ],
  },
  {
    id: "goleak",
    term: "goleak",
    kind: "go",
    aliases: [
      "goroutine leak detector",
      "go leak check",
    ],
    patterns: [],
    engineer: "Uber's test helper (go.uber.org/goleak) that fails a test when goroutines are still running at its end, catching leaks before release.",
    exec: "An automatic test check that fails when a program leaves background tasks running, so leaks are caught before customers see them.",
    categories: [
      "automated-testing",
      "code-review",
    ],
    questions: [
      "q-test-gap",
      "q-signal-earlier",
    ],
  },
  {
    id: "data-race",
    term: "Data race",
    kind: "go",
    aliases: [
      "race condition",
    ],
    patterns: [
      "WARNING: DATA RACE",
    ],
    engineer: "Two goroutines access the same memory without synchronisation and at least one writes; results are undefined and bugs appear only under load.",
    exec: "Two parts of the program change the same data at the same moment, causing rare, hard-to-reproduce errors.",
    categories: [
      "code-review",
      "automated-testing",
    ],
    questions: [
      "q-concurrency-model",
      "q-load-tested",
    ],
  },
  {
    id: "concurrent-map-writes",
    term: "Concurrent map writes",
    kind: "go",
    aliases: [
      "concurrent map read and map write",
    ],
    patterns: [
      "concurrent map (writes|read and map write|iteration and map write)",
    ],
    engineer: "A Go map was written by two goroutines at once; the runtime detects it and aborts the whole process with a fatal error that recover cannot catch.",
    exec: "Two parts of the program updated the same table at once; the program detected it and shut itself down.",
    categories: [
      "code-review",
      "automated-testing",
    ],
    questions: [
      "q-concurrency-model",
      "q-test-gap",
    ],
  },
  {
    id: "nil-map-write",
    term: "Nil map write",
    kind: "go",
    aliases: [],
    patterns: [
      "assignment to entry in nil map",
    ],
    engineer: "Writing to a map that was declared but never made panics with \"assignment to entry in nil map\".",
    exec: "The program tried to store data in a table that was never set up, and crashed.",
    categories: [
      "code-review",
      "automated-testing",
    ],
    questions: [
      "q-test-gap",
      "q-review-context",
    ],
  },
  {
    id: "nil-pointer-dereference",
    term: "Nil pointer dereference",
    kind: "go",
    aliases: [
      "nil pointer",
      "segmentation violation",
      "nil response",
      "nil dereference",
      "dereference",
    ],
    patterns: [
      "invalid memory address or nil pointer dereference",
      "SIGSEGV: segmentation violation",
    ],
    engineer: "Code used a nil pointer or interface, often an unchecked error return; Go panics and the process exits unless recovered.",
    exec: "The program used a piece of data that did not exist, and crashed.",
    categories: [
      "code-review",
      "automated-testing",
    ],
    questions: [
      "q-error-handling",
      "q-test-gap",
    ],
  },
  {
    id: "context-deadline-exceeded",
    term: "Context deadline exceeded",
    kind: "go",
    aliases: [
      "deadline exceeded",
      "ctx deadline exceeded",
    ],
    patterns: [
      "context deadline exceeded",
      "DeadlineExceeded",
    ],
    engineer: "A context.Context reached its deadline before the operation finished; widespread, it means a dependency is slow or deadlines are too tight for the chain.",
    exec: "Requests gave up because a system they depend on answered too slowly.",
    categories: [
      "dependencies",
      "configuration",
    ],
    questions: [
      "q-retries",
      "q-dependency-failure-mode",
    ],
  },
  {
    id: "context-deadline",
    term: "Context deadline",
    kind: "go",
    aliases: [
      "ctx deadline",
      "request deadline",
      "context.WithDeadline",
    ],
    patterns: [],
    engineer: "The time by which a Go context.Context is done; every call that takes the context should return once it passes, so one slow dependency cannot hold a request forever.",
    exec: "A time limit set on a request; once it passes, the program stops waiting for the answer.",
    categories: [
      "dependencies",
      "configuration",
    ],
    questions: [
      "q-retries",
      "q-dependency-failure-mode",
    ],
  },
  {
    id: "context-canceled",
    term: "Context canceled",
    kind: "go",
    aliases: [
      "context cancelled",
      "cancelled context",
      "canceled context",
    ],
    patterns: [
      "context canceled",
    ],
    engineer: "A context was cancelled, usually because the caller gave up or disconnected; spikes often follow a timeout further upstream.",
    exec: "Work was abandoned because whoever asked for it stopped waiting.",
    categories: [
      "dependencies",
      "architecture-resilience",
    ],
    questions: [
      "q-retries",
      "q-mental-model",
    ],
  },
  {
    id: "gc-pause",
    term: "GC pause",
    kind: "go",
    aliases: [
      "garbage collection pause",
      "gc pressure",
      "GC pauses",
      "GC pause time",
    ],
    patterns: [],
    engineer: "Garbage-collection work (stop-the-world phases and assist) steals CPU from requests under high allocation rates, raising tail latency.",
    exec: "The program pauses to clean up memory it no longer needs, and requests slow down while it does.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-default-values",
      "q-load-tested",
    ],
  },
  {
    id: "send-on-closed-channel",
    term: "Send on closed channel",
    kind: "go",
    aliases: [],
    patterns: [
      "send on closed channel",
      "close of closed channel",
    ],
    engineer: "A goroutine sent on (or closed again) a channel that was already closed; the runtime panics, usually from unclear channel ownership.",
    exec: "One part of the program sent a message on a line that another part had already shut, causing a crash.",
    categories: [
      "code-review",
    ],
    questions: [
      "q-concurrency-model",
      "q-review-context",
    ],
  },
  {
    id: "index-out-of-range",
    term: "Index out of range",
    kind: "go",
    aliases: [
      "slice bounds out of range",
    ],
    patterns: [
      "index out of range",
      "slice bounds out of range",
    ],
    engineer: "Code indexed past the end of a slice or array, often on unexpected input such as an empty list; Go panics.",
    exec: "The program looked for an item past the end of a list, often because of unexpected input, and crashed.",
    categories: [
      "automated-testing",
      "code-review",
    ],
    questions: [
      "q-test-gap",
      "q-assumptions",
    ],
  },
  {
    id: "go-stack-overflow",
    term: "Goroutine stack overflow",
    kind: "go",
    aliases: [
      "stack exceeds limit",
    ],
    patterns: [
      "goroutine stack exceeds",
      "stack overflow",
    ],
    engineer: "Unbounded recursion grew a goroutine stack past its maximum (1 GB on 64-bit); the runtime aborts with \"goroutine stack exceeds … limit\".",
    exec: "A task in the program called itself again and again without end until it ran out of room, and the program stopped.",
    categories: [
      "code-review",
      "automated-testing",
    ],
    questions: [
      "q-test-gap",
      "q-assumptions",
    ],
  },
  {
    id: "unrecovered-goroutine-panic",
    term: "Panic in a goroutine",
    kind: "go",
    aliases: [
      "go panic",
      "unrecovered panic",
    ],
    patterns: [
      "^panic: ",
      "goroutine \\d+ \\[running\\]",
    ],
    engineer: "A panic in any goroutine without its own recover terminates the whole process, not only the request that caused it.",
    exec: "An error in one small task brought down the whole program, not just that task.",
    categories: [
      "architecture-resilience",
      "code-review",
    ],
    questions: [
      "q-error-handling",
      "q-blast-radius",
    ],
  },
  {
    id: "http-client-no-timeout",
    term: "HTTP client without timeout",
    kind: "go",
    aliases: [
      "default http client",
    ],
    patterns: [],
    engineer: "Go’s http.DefaultClient has no timeout, so a hung peer holds goroutines and connections indefinitely.",
    exec: "The program would wait forever for a partner that stopped answering, tying up resources.",
    categories: [
      "configuration",
      "dependencies",
    ],
    questions: [
      "q-default-values",
      "q-dependency-failure-mode",
    ],
  },
  {
    id: "unclosed-response-body",
    term: "Unclosed response body",
    kind: "go",
    aliases: [
      "bodyclose",
      "bodyclose linter",
      "unclosed body",
    ],
    patterns: [],
    engineer: "Not closing (and draining) an http.Response body leaks the connection, exhausting sockets or the pool over time.",
    exec: "The program forgot to hang up finished connections, so it slowly ran out of them.",
    categories: [
      "code-review",
      "capacity",
    ],
    questions: [
      "q-limits-known",
      "q-review-context",
    ],
  },
  {
    id: "gomaxprocs-in-containers",
    term: "GOMAXPROCS in containers",
    kind: "go",
    aliases: [
      "gomaxprocs",
      "automaxprocs",
      "go.uber.org/automaxprocs",
    ],
    patterns: [],
    engineer: "Older Go versions size GOMAXPROCS from the host’s cores, not the container’s CPU quota, causing throttling and latency spikes.",
    exec: "The program thought it had a whole machine’s worth of processors when it only had a small share, and slowed down.",
    categories: [
      "configuration",
      "capacity",
    ],
    questions: [
      "q-default-values",
      "q-test-env-differs",
    ],
  },
  {
    id: "mutex-starvation",
    term: "Mutex contention",
    kind: "go",
    aliases: [
      "lock contention in go",
      "sync.mutex contention",
    ],
    patterns: [],
    engineer: "Many goroutines queue on one sync.Mutex guarding hot shared state, serialising work and raising latency under load.",
    exec: "Many parts of the program queue for the same shared resource, so work happens one at a time instead of in parallel.",
    categories: [
      "architecture-resilience",
      "capacity",
    ],
    questions: [
      "q-concurrency-model",
      "q-load-tested",
    ],
  },
  {
    id: "goroutine",
    term: "Goroutine",
    kind: "go",
    aliases: [],
    patterns: [],
    engineer: "A lightweight thread managed by the Go runtime; cheap to start, so leaks and unbounded fan-out go unnoticed until memory or scheduler time runs out.",
    exec: "One of the many small tasks a program runs at the same time.",
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
    id: "go-channel",
    term: "Go channel",
    kind: "go",
    aliases: [
      "buffered channel",
      "unbuffered channel",
      "`channel`",
      "`chan`",
    ],
    patterns: [],
    engineer: "A typed pipe between goroutines; a send waits until a receiver is ready or the buffer has room, so a missing reader stalls the sender for good.",
    exec: "A hand-off point where one task passes work to another; if nobody is there to take it, the sender waits.",
    categories: [
      "code-review",
      "architecture-resilience",
    ],
    questions: [
      "q-concurrency-model",
      "q-test-gap",
    ],
  },
  {
    id: "panic",
    term: "Panic",
    kind: "go",
    aliases: [
      "`panic`",
      "`panic!`",
    ],
    patterns: [],
    engineer: "How Go and Rust stop on an error the code cannot handle; the stack unwinds (Go runs deferred calls and recover can stop it; Rust unwinds or aborts) and an unhandled panic ends the process.",
    exec: "The program met a situation it was not built to handle and stopped on purpose rather than carry on with bad data.",
    categories: [
      "code-review",
      "architecture-resilience",
    ],
    questions: [
      "q-error-handling",
      "q-blast-radius",
    ],
  },
  {
    id: "go-http-client",
    term: "Go HTTP client",
    kind: "go",
    aliases: [
      "http.Client",
      "shared http.Client",
      "HTTP client",
      "http.DefaultClient",
    ],
    patterns: [],
    engineer: "Go’s http.Client is meant to be shared; its Timeout field caps a whole call, and one shared value means one setting for every caller that uses it.",
    exec: "The part of the program that calls other services; one shared setting decides how long every such call may wait.",
    categories: [
      "configuration",
      "dependencies",
    ],
    questions: [
      "q-default-values",
      "q-dependency-failure-mode",
    ],
  },
  {
    id: "waitgroup",
    term: "WaitGroup",
    kind: "go",
    aliases: [
      "sync.WaitGroup",
      "wait group",
    ],
    patterns: [],
    engineer: "A sync.WaitGroup counts goroutines still running so a caller can wait for all of them; a missed Done() waits forever, an extra one panics.",
    exec: "A counter the program uses to wait until every piece of a job has finished before it carries on.",
    categories: [
      "code-review",
      "architecture-resilience",
    ],
    questions: [
      "q-concurrency-model",
      "q-test-gap",
    ],
  },
  {
    id: "errgroup",
    term: "errgroup",
    kind: "go",
    aliases: [
      "errgroup.Group",
      "errgroup.WithContext",
      "error group",
    ],
    patterns: [],
    engineer: "The golang.org/x/sync/errgroup package runs goroutines as a group, returns the first error and, with WithContext, cancels the rest.",
    exec: "A way to run several pieces of a job at once and stop all of them as soon as one fails.",
    categories: [
      "code-review",
      "architecture-resilience",
    ],
    questions: [
      "q-concurrency-model",
      "q-error-handling",
    ],
  },
  {
    id: "race-detector",
    term: "Race detector",
    kind: "go",
    aliases: [
      "go race detector",
      "-race flag",
      "go test -race",
    ],
    patterns: [
      "\\brace detector\\b",
      "\\bgo (test|build|run) -race\\b",
    ],
    engineer: "Go's built-in data-race checker (`go test -race`); it finds races only on the code paths a test or run actually executes, at several times the CPU and memory cost.",
    exec: "A checking tool that catches two parts of the program changing the same data at once, but only in the situations the tests try.",
    categories: [
      "automated-testing",
      "code-review",
    ],
    questions: [
      "q-test-gap",
      "q-concurrency-model",
    ],
  },
  {
    id: "context-done",
    term: "ctx.Done()",
    kind: "go",
    aliases: [
      "context done",
      "ctx done",
    ],
    patterns: [
      "\\bctx\\.Done\\(\\)",
    ],
    engineer: "The channel a context.Context closes when it is cancelled or its deadline passes; code that never selects on it keeps working for a caller that has already given up.",
    exec: "The signal that tells a piece of work its requester has stopped waiting; work that ignores it carries on for nobody.",
    categories: [
      "code-review",
      "architecture-resilience",
    ],
    questions: [
      "q-concurrency-model",
      "q-retries",
    ],
  },
  {
    id: "context-cancellation",
    term: "Context cancellation",
    kind: "go",
    aliases: [
      "context propagation",
      "cancellation propagation",
      "context.WithCancel",
      "context.WithTimeout",
      "no context cancellation",
    ],
    patterns: [],
    engineer: "Passing a context.Context down every call so work stops when the caller gives up, a deadline passes or the service shuts down; a goroutine that ignores its context keeps running and holds memory and connections.",
    exec: "A way of telling parts of the program to stop work nobody is waiting for any more; without it, abandoned work keeps running and piles up.",
    categories: [
      "code-review",
      "architecture-resilience",
    ],
    questions: [
      "q-concurrency-model",
      "q-review-context",
    ],
  },
  {
    id: "go-select",
    term: "select statement",
    kind: "go",
    aliases: [
      "`select`",
      "select block",
      "select case",
      "go select",
    ],
    patterns: [],
    engineer: "Go's select waits on several channel operations and runs the first one ready; without a case for ctx.Done() or a timer it can wait forever, and a default case turns it into a busy loop.",
    exec: "A point where the program waits for whichever of several things happens first; if none of them can happen, that part waits forever.",
    categories: [
      "code-review",
      "automated-testing",
    ],
    questions: [
      "q-concurrency-model",
      "q-test-gap",
    ],
  },
  {
    id: "pprof",
    term: "pprof",
    kind: "go",
    aliases: [
      "go tool pprof",
      "net/http/pprof",
      "goroutine dump",
      "goroutine profile",
      "heap profile",
      "cpu profile",
    ],
    patterns: [
      "^goroutine \\d+ \\[[\\w ,]+\\]:?",
    ],
    engineer: "Go's built-in profiler; CPU, heap and goroutine profiles come from a running service (net/http/pprof) or a test, and a goroutine dump shows what every goroutine is blocked on.",
    exec: "A tool that shows where a running program spends its time and memory, and what each part of it is waiting for.",
    categories: [
      "monitoring-alerting",
      "training",
    ],
    questions: [
      "q-signal-earlier",
      "q-mental-model",
    ],
  },
  {
    id: "gomemlimit",
    term: "GOMEMLIMIT",
    kind: "go",
    aliases: [
      "go memory limit",
      "debug.SetMemoryLimit",
    ],
    patterns: [],
    engineer: "Go's soft memory limit; near it the garbage collector runs harder, and set above the container's limit it does not prevent an OOM kill.",
    exec: "A setting that tells a Go program how much memory it may use before it works harder to free some.",
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
    id: "gogc",
    term: "GOGC",
    kind: "go",
    aliases: [
      "GOGC=off",
      "debug.SetGCPercent",
    ],
    patterns: [],
    engineer: "How much the Go heap may grow between garbage collections (100 by default); off disables collection until GOMEMLIMIT is reached.",
    exec: "A setting for how often a Go program frees memory it no longer uses.",
    categories: [
      "capacity",
      "configuration",
    ],
    questions: [
      "q-default-values",
      "q-limits-known",
    ],
  },
  {
    id: "go-ctx",
    term: "ctx",
    kind: "go",
    aliases: [
      "`ctx`",
      "context.Context",
    ],
    patterns: [
      "(?<![\\w.])ctx(?![\\w])",
    ],
    engineer: "The context.Context a Go function takes first; it carries the request's deadline and cancellation, so a call made without it cannot be stopped.",
    exec: "The instructions a request carries about how long it may take, so work stops when the customer stops waiting.",
    categories: [
      "code-review",
      "dependencies",
    ],
    questions: [
      "q-retries",
      "q-error-handling",
    ],
  },
  {
    id: "cgo",
    term: "cgo",
    kind: "go",
    aliases: [],
    patterns: [],
    engineer: "Go's bridge to C code; a crash in the C side (SIGSEGV) takes the whole Go process down and Go's own safety checks do not reach it.",
    exec: "A bridge that lets our Go programs use code written in an older language, C, whose crashes take the whole program down.",
    categories: [
      "dependencies",
      "code-review",
    ],
    questions: [
      "q-dependency-failure-mode",
      "q-test-gap",
    ],
  },
  {
    id: "mutex",
    term: "Mutex",
    kind: "go",
    aliases: [
      "mutexes",
      "sync.Mutex",
      "RWMutex",
      "std::sync::Mutex",
    ],
    patterns: [],
    engineer: "A lock that lets one goroutine or thread at a time touch shared state; others wait, so a lock held long or taken in different orders slows or deadlocks the program.",
    exec: "A lock that lets only one part of the program change a shared thing at a time, so others wait their turn.",
    categories: [
      "code-review",
      "architecture-resilience",
    ],
    questions: [
      "q-concurrency-model",
      "q-load-tested",
    ],
  },
  {
    id: "semaphore",
    term: "Semaphore",
    kind: "go",
    aliases: [
      "semaphores",
      "weighted semaphore",
      "tokio semaphore",
      "x/sync/semaphore",
    ],
    patterns: [],
    engineer: "A counter of permits that caps how many goroutines or tasks do something at once (calls to a database, requests to a vendor); when permits run out, callers wait or fail.",
    exec: "A limit on how many pieces of work may run at once, so a shared system is not overwhelmed.",
    categories: [
      "capacity",
      "architecture-resilience",
    ],
    questions: [
      "q-limits-known",
      "q-load-tested",
    ],
  },
  {
    id: "heap",
    term: "Heap",
    kind: "go",
    aliases: [
      "heap memory",
      "heap size",
      "heap usage",
      "heap growth",
    ],
    patterns: [],
    engineer: "The memory a program allocates as it runs (Go's and the JVM's are garbage collected, Rust's freed when owners drop); a heap that grows without bound ends in an out-of-memory kill.",
    exec: "The memory a program takes as it works; when it keeps growing, the program is eventually stopped for using too much.",
    categories: [
      "capacity",
      "code-review",
    ],
    questions: [
      "q-limits-known",
      "q-signal-earlier",
    ],
  },
  {
    id: "go-defer",
    term: "defer",
    kind: "go",
    aliases: [
      "defer statement",
      "deferred call",
      "deferred function",
    ],
    patterns: [],
    engineer: "Go's defer runs a call when the surrounding function returns, to close rows, files and bodies or to unlock; a defer inside a long loop waits for the whole function, so resources pile up, and a deferred recover() is how a goroutine stops its own panic.",
    exec: "An instruction to tidy up when a piece of work finishes; placed in the wrong spot, the tidying waits too long and the program runs short of what it holds.",
    categories: [
      "code-review",
    ],
    questions: [
      "q-error-handling",
      "q-review-context",
    ],
  },
  {
    id: "closure",
    term: "Closure",
    kind: "go",
    aliases: [
      "closures",
      "func literal",
      "anonymous function",
      "lambda",
      "move closure",
    ],
    patterns: [],
    engineer: "A function written inline that captures variables from the code around it; a Go goroutine started in a loop shares the captured variable unless it is copied, and a Rust closure moved into a task keeps what it captured alive as long as the task runs.",
    exec: "A small piece of code written inside another that carries some of its surroundings with it, so it can see or keep data longer than expected.",
    categories: [
      "code-review",
    ],
    questions: [
      "q-concurrency-model",
      "q-review-context",
    ],
  },
];
