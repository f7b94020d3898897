// Generated from src/playbook/content/glossary-rust.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { GlossaryEntry } from '../../schema.js';

/** The glossary terms of kind `rust`. */
export const rustTerms: readonly GlossaryEntry[] = [
  {
    id: "rust-unwrap-panic",
    term: "Panic on unwrap",
    kind: "rust",
    aliases: [
      "unwrap panic",
      "unwrap on none",
      "unwrap on err",
      "unwrap",
      "unwrap()",
    ],
    patterns: [
      "called `?(Option|Result)::unwrap\\(\\)`? on an? `?(None|Err)",
      "unwrap\\(\\)` on",
    ],
    engineer: "Code called unwrap() on a None or an Err, treating a possible failure as impossible; the thread panics and, in a server, often the process exits.",
    exec: "The program assumed a step could never fail; when it did, the program stopped.",
    categories: [
      "code-review",
      "automated-testing",
    ],
    questions: [
      "q-error-handling",
      "q-assumptions",
    ],
  },
  {
    id: "rust-expect-panic",
    term: "Panic on expect",
    kind: "rust",
    aliases: [
      "expect panic",
      "expect()",
      "`expect`",
    ],
    patterns: [
      "panicked at .*expect",
    ],
    engineer: "Like unwrap, expect() panics on None or Err, with a message naming the assumption that did not hold.",
    exec: "The program stopped because something it was sure of turned out not to be true.",
    categories: [
      "code-review",
    ],
    questions: [
      "q-error-handling",
      "q-assumptions",
    ],
  },
  {
    id: "rust-panic",
    term: "Rust panic",
    kind: "rust",
    aliases: [
      "thread panicked",
    ],
    patterns: [
      "thread '[^']*' panicked at",
    ],
    engineer: "An unrecoverable error unwinds (or aborts) the thread; in Tokio a panicking task surfaces as a JoinError, with panic=abort the whole process ends.",
    exec: "The program hit an error it was not built to handle and stopped that piece of work, or itself.",
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
    id: "async-runtime-starvation",
    term: "Async runtime starvation",
    kind: "rust",
    aliases: [
      "executor starvation",
      "tokio starvation",
      "runtime starvation",
    ],
    patterns: [
      "starv(ed|es|ing) the (async |tokio )?(runtime|executor|worker threads)",
      "(async|tokio) (runtime|executor) (was |got |is )?starved",
    ],
    engineer: "Long CPU work or blocking calls occupy the async worker threads, so other tasks (including health checks) are not polled and time out.",
    exec: "A few slow jobs hogged the workers, so every other request, even the simplest, had to wait.",
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
    id: "blocking-in-async",
    term: "Blocking in async",
    kind: "rust",
    aliases: [
      "blocking call in async context",
      "blocking call in async handler",
      "blocking call in async code",
      "blocking in async handler",
    ],
    patterns: [
      "Cannot (start a runtime from within a runtime|block the current thread from within a runtime)",
      "blocking (calls?|code|i/o|work|operations?) (in|inside|within|from) (an? |the )?async",
    ],
    engineer: "A synchronous call (file I/O, std Mutex, a blocking client) inside an async task stalls its worker thread; it belongs in spawn_blocking.",
    exec: "A waiting task kept hold of a worker, so other tasks could not run.",
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
    id: "poisoned-mutex",
    term: "Poisoned mutex",
    kind: "rust",
    aliases: [
      "poisonerror",
      "mutex poisoning",
    ],
    patterns: [
      "PoisonError",
      "poisoned lock",
    ],
    engineer: "A thread panicked while holding a std Mutex; later lock() calls return PoisonError, and unwrapping it spreads the panic to every user of the lock.",
    exec: "A task that stopped with an error left a shared resource marked as unsafe, and every later task that touched it failed too.",
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
    id: "rust-stack-overflow",
    term: "Stack overflow",
    kind: "rust",
    aliases: [
      "thread overflowed its stack",
    ],
    patterns: [
      "has overflowed its stack",
      "fatal runtime error: stack overflow",
    ],
    engineer: "Deep recursion or a large value on the stack exceeded the thread’s stack size; Rust aborts the process with \"has overflowed its stack\".",
    exec: "A task nested too deeply and ran out of room, and the program stopped at once.",
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
    id: "integer-overflow",
    term: "Integer overflow",
    kind: "rust",
    aliases: [
      "arithmetic overflow",
    ],
    patterns: [
      "attempt to (add|subtract|multiply|negate|shift left|shift right) with overflow",
    ],
    engineer: "Arithmetic exceeded the integer type; debug builds panic, release builds wrap silently unless overflow checks are on.",
    exec: "A number grew too big for the space set aside for it, causing a crash or a wrong result.",
    categories: [
      "automated-testing",
      "configuration",
    ],
    questions: [
      "q-test-env-differs",
      "q-test-gap",
    ],
  },
  {
    id: "index-out-of-bounds",
    term: "Index out of bounds",
    kind: "rust",
    aliases: [
      "index panic",
    ],
    patterns: [
      "index out of bounds: the len is",
    ],
    engineer: "Slice or Vec indexing past its length panics; get() returns an Option that forces the caller to handle the miss.",
    exec: "The program looked past the end of a list and stopped.",
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
    id: "refcell-already-borrowed",
    term: "RefCell already borrowed",
    kind: "rust",
    aliases: [
      "borrowmuterror",
      "already mutably borrowed",
    ],
    patterns: [
      "already (mutably )?borrowed",
      "BorrowMutError",
    ],
    engineer: "RefCell checks borrows at run time; a second mutable borrow while one is live panics, often through re-entrant callbacks.",
    exec: "Two parts of the program tried to change the same data at once and the safety check stopped the program.",
    categories: [
      "code-review",
    ],
    questions: [
      "q-concurrency-model",
      "q-review-context",
    ],
  },
  {
    id: "allocation-failure",
    term: "Allocation failure",
    kind: "rust",
    aliases: [
      "memory allocation failed",
    ],
    patterns: [
      "memory allocation of \\d+ bytes failed",
    ],
    engineer: "The allocator could not satisfy a request and Rust aborts; often an unbounded buffer or input sized by an untrusted length.",
    exec: "The program asked for more memory than was available and stopped.",
    categories: [
      "capacity",
      "code-review",
    ],
    questions: [
      "q-limits-known",
      "q-assumptions",
    ],
  },
  {
    id: "async-mutex-across-await",
    term: "Lock held across await",
    kind: "rust",
    aliases: [
      "mutex held across await",
      "std::sync::Mutex held across await",
      "blocking mutex",
      "async deadlock",
    ],
    patterns: [],
    engineer: "Holding a lock guard across an .await lets other tasks wait on it indefinitely and can deadlock the runtime.",
    exec: "A task kept a shared resource locked while it waited on something else, so other tasks got stuck.",
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
    id: "cancelled-future",
    term: "Cancelled future",
    kind: "rust",
    aliases: [
      "cancellation safety",
      "dropped future",
    ],
    patterns: [],
    engineer: "Dropping a future (a timeout or select! branch losing) stops it at an await point, leaving partial work unless the code is cancellation-safe.",
    exec: "A task was stopped halfway when it timed out and left its work unfinished.",
    categories: [
      "code-review",
      "architecture-resilience",
    ],
    questions: [
      "q-error-handling",
      "q-retries",
    ],
  },
  {
    id: "unbounded-channel",
    term: "Unbounded channel growth",
    kind: "rust",
    aliases: [
      "unbounded queue",
      "unbounded channel",
      "unbounded_channel",
    ],
    patterns: [],
    engineer: "An unbounded mpsc channel buffers without limit when consumers fall behind, turning slowness into memory growth and an eventual OOM.",
    exec: "Work piled up in a queue with no size limit until memory ran out.",
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
    id: "join-error",
    term: "Task JoinError",
    kind: "rust",
    aliases: [
      "joinerror",
      "task panicked",
    ],
    patterns: [
      "JoinError::Panic",
      "task \\d+ panicked",
    ],
    engineer: "A spawned Tokio task panicked or was cancelled; if the JoinHandle is ignored the failure vanishes silently.",
    exec: "A background task failed and, unless we check on it, nobody finds out.",
    categories: [
      "code-review",
      "monitoring-alerting",
    ],
    questions: [
      "q-error-handling",
      "q-observability-gap",
    ],
  },
  {
    id: "panic-abort",
    term: "panic = abort",
    kind: "rust",
    aliases: [
      "panic abort",
    ],
    patterns: [],
    engineer: "With panic = \"abort\" in the build profile, any panic ends the whole process at once, with no unwinding and no catch_unwind.",
    exec: "A setting that makes any error of this kind stop the whole program immediately.",
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
    id: "sigpipe",
    term: "Broken pipe",
    kind: "rust",
    aliases: [
      "epipe",
      "connection reset",
    ],
    patterns: [
      "broken pipe",
      "connection reset by peer",
    ],
    engineer: "Writing to a socket the peer already closed fails with EPIPE or ECONNRESET; unhandled, it surfaces as request errors or a panic.",
    exec: "The program tried to reply on a connection the other side had already hung up.",
    categories: [
      "dependencies",
      "code-review",
    ],
    questions: [
      "q-dependency-failure-mode",
      "q-error-handling",
    ],
  },
  {
    id: "borrow-checker",
    term: "Borrow checker",
    kind: "rust",
    aliases: [
      "borrowck",
      "borrow check",
      "ownership",
      "ownership rules",
    ],
    patterns: [
      "cannot borrow .+ as mutable",
      "does not live long enough",
    ],
    engineer: "The compiler pass that enforces Rust's ownership rules, so safe code cannot race on data or use freed memory; it says nothing about deadlocks, panics or logic errors, and RefCell moves some of its checks to run time.",
    exec: "A check in the Rust language that refuses, before the program ever runs, code that could let two parts change the same data unsafely.",
    categories: [
      "code-review",
      "automated-testing",
    ],
    questions: [
      "q-review-context",
      "q-assumptions",
    ],
  },
  {
    id: "async-runtime",
    term: "Async runtime",
    kind: "rust",
    aliases: [
      "tokio",
      "tokio runtime",
      "async executor",
      "tokio::spawn",
      "tokio::task::spawn",
    ],
    patterns: [],
    engineer: "The scheduler that runs async tasks on a few worker threads (Tokio in Rust); a task that blocks or spins holds a worker, and everything queued behind it waits.",
    exec: "The engine inside a program that shares a few workers among many small tasks; one task that does not let go slows all the others.",
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
    id: "rust-backtrace",
    term: "RUST_BACKTRACE",
    kind: "rust",
    aliases: [
      "RUST_BACKTRACE=1",
    ],
    patterns: [],
    engineer: "The environment variable that makes a Rust panic print a stack backtrace; without it the log shows only the panic message.",
    exec: "A setting that makes a crashing Rust program write down where it crashed; without it the team has less to go on.",
    categories: [
      "tooling",
      "monitoring-alerting",
    ],
    questions: [
      "q-observability-gap",
      "q-tools-in-the-way",
    ],
  },
  {
    id: "spawn-blocking",
    term: "spawn_blocking",
    kind: "rust",
    aliases: [
      "tokio::task::spawn_blocking",
      "block_in_place",
    ],
    patterns: [],
    engineer: "Tokio’s spawn_blocking moves a synchronous or CPU-heavy call onto a separate pool of threads, so the async workers keep serving other tasks.",
    exec: "A way to move slow, waiting work off the shared workers so every other request keeps moving.",
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
    id: "block-on",
    term: "block_on",
    kind: "rust",
    aliases: [
      "Runtime::block_on",
      "futures::executor::block_on",
      "Handle::block_on",
    ],
    patterns: [],
    engineer: "Runs one future to completion on the calling thread and blocks that thread until it finishes; called from inside the async runtime it panics (\"Cannot start a runtime from within a runtime\") or stalls a worker, so it belongs at the program's entry point or in plain threads.",
    exec: "A way to make one part of a program stop and wait for a job to finish; used in the wrong place it freezes the parts that serve everyone else.",
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
    id: "option-result",
    term: "Option and Result",
    kind: "rust",
    aliases: [
      "Option<T>",
      "Result<T, E>",
      "Option type",
      "Result type",
    ],
    patterns: [],
    engineer: "Rust's types for a value that may be absent (Option, Some or None) and a step that may fail (Result, Ok or Err); the compiler makes code handle both, unless unwrap() or expect() skips that and panics.",
    exec: "The way a Rust program marks that an answer may be missing or a step may fail, so the code has to plan for it; skipping that plan is what crashes a program when the case comes.",
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
    id: "mutex-guard",
    term: "Mutex guard",
    kind: "rust",
    aliases: [
      "MutexGuard",
      "lock guard",
      "RwLockWriteGuard",
      "RwLockReadGuard",
    ],
    patterns: [],
    engineer: "The value a Rust lock returns while it is held; the lock is released only when the guard is dropped, so a guard kept alive across an .await or a slow call holds everyone else up.",
    exec: "The sign that a task is holding a shared lock; while the task keeps it, every other task that needs the same data waits.",
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
    id: "rust-channel",
    term: "Message channel",
    kind: "rust",
    aliases: [
      "Rust channel",
      "mpsc",
      "mpsc channel",
      "tokio channel",
      "oneshot channel",
      "tokio::sync::mpsc",
      "std::sync::mpsc",
    ],
    patterns: [],
    engineer: "A queue between tasks or threads (tokio or std mpsc, oneshot); a receive returns None once every sender is dropped, which code must handle rather than unwrap.",
    exec: "A hand-off point where one task passes work to another; once nobody is left to send, the receiving task gets nothing more and must stop cleanly.",
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
    id: "async-mutex",
    term: "Async mutex",
    kind: "rust",
    aliases: [
      "tokio::sync::Mutex",
      "tokio Mutex",
      "tokio::sync::RwLock",
      "async lock",
      "RwLock",
      "std::sync::RwLock",
    ],
    patterns: [],
    engineer: "The Mutex and RwLock of tokio can be held across an .await; a task that awaits while holding one makes every other task that needs it wait, and two tasks waiting on each other's locks deadlock the runtime's workers.",
    exec: "A lock that lets one task at a time change shared data; held while waiting on something slow, it makes every other task wait.",
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
    id: "arc-mutex",
    term: "Arc<Mutex>",
    kind: "rust",
    aliases: [
      "Arc Mutex",
      "shared mutex",
    ],
    patterns: [
      "Arc<\\s*(std::sync::|tokio::sync::)?Mutex",
    ],
    engineer: "Shared, lock-guarded state across threads or tasks; every user takes the one lock, so it serialises work and can deadlock or be held across an await.",
    exec: "One shared piece of data that only one task at a time may use; the others queue for it.",
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
    id: "rust-lifetime",
    term: "Rust lifetime",
    kind: "rust",
    aliases: [
      "lifetimes",
      "lifetime annotation",
      "lifetime parameter",
      "`'static`",
    ],
    patterns: [],
    engineer: "The compiler’s record of how long a reference stays valid; lifetime errors are caught at build time, and workarounds (cloning, 'static, leaking) trade them for run-time costs.",
    exec: "Rules the Rust language checks before a program runs, so it never uses data that has already been thrown away.",
    categories: [
      "code-review",
    ],
    questions: [
      "q-review-context",
      "q-assumptions",
    ],
  },
  {
    id: "send-sync",
    term: "Send + Sync",
    kind: "rust",
    aliases: [
      "Send and Sync",
    ],
    patterns: [
      "\\bSend\\s*\\+\\s*Sync\\b",
    ],
    engineer: "Marker traits saying a value may move to (Send) or be shared between (Sync) threads; async tasks on a multi-threaded runtime need them, which shapes how shared state is built.",
    exec: "Labels the Rust language requires before data may be passed between tasks running at the same time, so they cannot corrupt it.",
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
    id: "cargo",
    term: "Cargo",
    kind: "rust",
    aliases: [
      "cargo build",
      "cargo test",
      "Cargo.toml",
      "Cargo.lock",
    ],
    patterns: [],
    engineer: "Rust’s build tool and package manager; Cargo.lock pins the exact versions of every dependency a build uses.",
    exec: "The tool that builds our Rust programs and fetches the outside code they rely on.",
    categories: [
      "tooling",
      "dependencies",
    ],
    questions: [
      "q-tools-in-the-way",
      "q-dependency-contract",
    ],
  },
  {
    id: "tokio-select",
    term: "select!",
    kind: "rust",
    aliases: [
      "tokio::select!",
      "tokio select",
    ],
    patterns: [
      "\\bselect!",
    ],
    engineer: "The tokio::select! macro waits on several futures and runs the branch of the first to finish, dropping the others; a dropped branch that was half-way through (not cancellation-safe) loses its work.",
    exec: "The program waited for whichever of several things happened first and abandoned the rest, sometimes in the middle of a step.",
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
    id: "tokio-console",
    term: "tokio-console",
    kind: "rust",
    aliases: [
      "tokio console",
      "console-subscriber",
    ],
    patterns: [],
    engineer: "A live debugger for Tokio programs that lists tasks with how long each was polled and how long it sat idle, which shows tasks that block a worker thread or never finish.",
    exec: "A tool that shows, while the program runs, which of its many small tasks are stuck or hogging the machine.",
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
    id: "diesel",
    term: "Diesel",
    kind: "rust",
    aliases: [
      "diesel-async",
      "diesel orm",
      "diesel crate",
    ],
    patterns: [],
    engineer: "A Rust ORM and query builder for PostgreSQL, MySQL and SQLite; with r2d2 or deadpool it keeps a pool of database connections whose size caps how many queries run at once.",
    exec: "The ready-made code our Rust programs use to talk to the database.",
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
    id: "r2d2",
    term: "r2d2",
    kind: "rust",
    aliases: [
      "r2d2 pool",
      "r2d2 crate",
    ],
    patterns: [],
    engineer: "A synchronous connection pool for Rust; get() blocks the thread until a connection frees up or its timeout passes.",
    exec: "The ready-made code a Rust program uses to share a fixed number of database connections.",
    categories: [
      "dependencies",
      "capacity",
    ],
    questions: [
      "q-limits-known",
      "q-dependency-contract",
    ],
  },
  {
    id: "sqlx",
    term: "sqlx",
    kind: "rust",
    aliases: [
      "sqlx pool",
      "sqlx crate",
      "PgPool",
    ],
    patterns: [],
    engineer: "An async Rust SQL toolkit; its pool's max_connections and acquire_timeout cap how many queries run at once and how long a request waits for one.",
    exec: "The ready-made code our Rust programs use to talk to the database.",
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
    id: "rust-await",
    term: ".await",
    kind: "rust",
    aliases: [
      "`.await`",
      "await point",
    ],
    patterns: [
      "\\.await\\b",
    ],
    engineer: "Where an async Rust function yields until a future is ready; a lock or a blocking call held across it stalls every task waiting on that worker thread.",
    exec: "A point where the program pauses one task to wait for something, such as an answer from another system.",
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
    id: "box-dyn-error",
    term: "Box<dyn Error>",
    kind: "rust",
    aliases: [
      "Box<dyn std::error::Error>",
      "boxed error",
    ],
    patterns: [
      "Box<dyn\\s+(?:std::error::)?Error",
    ],
    engineer: "A catch-all error type that erases which error happened; callers can no longer tell a timeout from bad input without inspecting strings.",
    exec: "A way of reporting failures in the code that loses which kind of failure it was.",
    categories: [
      "code-review",
    ],
    questions: [
      "q-error-handling",
    ],
  },
  {
    id: "rust-crate",
    term: "Crate",
    kind: "rust",
    aliases: [
      "`crate`",
      "`crates`",
      "rust crate",
      "crates.io",
      "cargo crate",
    ],
    patterns: [],
    engineer: "A Rust package, the unit Cargo builds and publishes on crates.io; its version and features in Cargo.toml decide what code a build pulls in.",
    exec: "A ready-made package of code our Rust programs use, much like a part bought from a supplier.",
    categories: [
      "dependencies",
    ],
    questions: [
      "q-dependency-contract",
      "q-dependency-failure-mode",
    ],
  },
  {
    id: "rust-future",
    term: "Future",
    kind: "rust",
    aliases: [
      "`future`",
      "`futures`",
      "rust future",
      "async future",
    ],
    patterns: [],
    engineer: "A Rust value for work that will finish later; it does nothing until polled (awaited) by an async runtime such as Tokio, and stops where it is if dropped.",
    exec: "A piece of work the program has started and will finish later, such as waiting for an answer from another system.",
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
    id: "async-await",
    term: "Async/await",
    kind: "rust",
    aliases: [
      "async await",
      "async fn",
      "async function",
      "async code",
    ],
    patterns: [],
    engineer: "Writing code that waits (for the network, a lock, a timer) without blocking a thread; each await hands the thread back to the runtime, so a blocking call or a lock held across one stalls others.",
    exec: "A way of writing programs so that one task waiting for an answer does not hold up the others.",
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
    id: "rust-deadlock",
    term: "Rust deadlock",
    kind: "rust",
    aliases: [
      "rust thread deadlock",
      "tokio deadlock",
    ],
    patterns: [],
    engineer: "Two or more Rust threads or tasks each wait for a lock or message the other holds, so none moves; the compiler does not prevent it, and unlike Go's runtime nothing aborts, the program just hangs.",
    exec: "Two parts of the program each waited for the other to go first, so both stopped and the work hung.",
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
    id: "serde",
    term: "serde",
    kind: "rust",
    aliases: [
      "serde_json",
      "serde crate",
      "serde derive",
    ],
    patterns: [],
    engineer: "Rust's serialisation framework; a struct's derive(Deserialize) decides which input it accepts, so a renamed, missing or extra field can fail every request or be silently defaulted.",
    exec: "The code that turns data arriving from elsewhere into the form our programs use, and back.",
    categories: [
      "code-review",
      "dependencies",
    ],
    questions: [
      "q-default-values",
      "q-test-gap",
    ],
  },
];
