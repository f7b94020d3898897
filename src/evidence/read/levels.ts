import type { EventSeverity } from '../../domain/index.js';

const wordList: Record<string, EventSeverity> = {
  trace: 'debug',
  trc: 'debug',
  debug: 'debug',
  dbg: 'debug',
  info: 'info',
  inf: 'info',
  information: 'info',
  informational: 'info',
  notice: 'info',
  i: 'info',
  warn: 'warning',
  warning: 'warning',
  wrn: 'warning',
  w: 'warning',
  error: 'error',
  err: 'error',
  erro: 'error',
  e: 'error',
  fatal: 'critical',
  ftl: 'critical',
  panic: 'critical',
  dpanic: 'critical',
  crit: 'critical',
  critical: 'critical',
  alert: 'critical',
  emerg: 'critical',
  emergency: 'critical',
};

// A Map, not an object, so that a level such as `constructor` finds nothing.
const names = new Map<string, EventSeverity>();
for (const [word, severity] of Object.entries(wordList)) {
  names.set(word, severity);
  names.set(word.toUpperCase(), severity);
}

const syslogSeverities: EventSeverity[] = [
  'critical',
  'critical',
  'critical',
  'error',
  'warning',
  'info',
  'info',
  'debug',
];

/** Reads a log level written as a word (`WARN`, `error`, slog's `ERROR+2`) or as a syslog priority 0–7. */
export function severityOf(level: unknown): EventSeverity | undefined {
  if (typeof level === 'number') {
    // pino/bunyan use 10..60; syslog and journald 0..7.
    if (level >= 10)
      return level >= 60
        ? 'critical'
        : level >= 50
          ? 'error'
          : level >= 40
            ? 'warning'
            : level >= 30
              ? 'info'
              : 'debug';
    return syslogSeverities[level];
  }
  if (typeof level !== 'string') return undefined;
  const word = level
    .trim()
    .toLowerCase()
    .replace(/[+-]\d+$/, '');
  if (/^\d+$/.test(word)) return severityOf(Number(word));
  return names.get(word);
}

const errorWords = /\b(?:error|failed|failure|fatal|panic|exception|refused|timed? ?out|unavailable)\b/i;
const warningWords = /\b(?:warn(?:ing)?|retry(?:ing)?|slow|deprecated)\b/i;

/** Guesses a severity from words in a message that carries no level (Go's standard `log`). */
export function severityFromWords(message: string): EventSeverity {
  if (errorWords.test(message)) return 'error';
  if (warningWords.test(message)) return 'warning';
  return 'info';
}
