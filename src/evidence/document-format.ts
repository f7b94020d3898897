import type { EvidenceItem, Unparsed } from './evidence-item.js';
import type { ParseOptions } from './line-format.js';

/** What a whole-document format read: items, and the parts it could not read. */
export interface DocumentResult {
  items: EvidenceItem[];
  unparsed: Unparsed[];
}

/** A format read as one JSON document (an Alertmanager payload, a PagerDuty log, a Kubernetes event list). */
export interface DocumentFormat {
  readonly name: string;
  readonly description: string;
  readonly example: string;
  detect(document: unknown): boolean;
  /** How many records (alerts, log entries, events) the document holds: each is one or more timeline events. */
  records(document: unknown): number;
  read(document: unknown, options: ParseOptions): DocumentResult;
}

/** The value as a plain object, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The value as a string, or undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The length of the value when it is an array, else 0. */
export function arrayLength(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}
