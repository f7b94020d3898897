import type { EventKind } from '../../domain/index.js';
import {
  arrayLength,
  asObject,
  asString,
  type DocumentFormat,
  type DocumentResult,
} from '../document-format.js';
import { parseTimestamp } from '../read/timestamps.js';
import { alertKey } from './alertmanager.js';

const kinds: Record<string, EventKind> = {
  trigger_log_entry: 'alert-fired',
  notify_log_entry: 'page',
  escalate_log_entry: 'page',
  acknowledge_log_entry: 'acknowledged',
  resolve_log_entry: 'resolution',
  annotate_log_entry: 'note',
  assign_log_entry: 'note',
};

/** The Alertmanager alert name inside a PagerDuty summary such as `[FIRING:1] HighErrorRate (payments)`. */
export function alertNameFromSummary(summary: string): string | undefined {
  return /\[FIRING:\d+\]\s+([\w:.-]+)/.exec(summary)?.[1];
}

/**
 * A note's line: its text, which the log entry keeps in `channel.content` (or `channel.summary`), and who wrote it.
 * The entry's own summary only says "Note added by …".
 */
function noteLine(entry: Record<string, unknown>, agent: string | undefined): string {
  const channel = asObject(entry.channel);
  const text = (asString(channel?.content) ?? asString(channel?.summary) ?? '').trim();
  if (!text) return `PagerDuty: ${asString(entry.summary) ?? 'note added'}`;
  return `PagerDuty note${agent ? ` by ${agent}` : ''}: ${text}`;
}

/** PagerDuty incident log entries (REST API v2 `log_entries`): triggers, pages, acknowledgements, resolutions. */
export const pagerduty: DocumentFormat = {
  name: 'pagerduty',
  description: 'PagerDuty incident log entries (REST API v2 JSON, {"log_entries": [...]})',
  example:
    '{"log_entries":[{"type":"acknowledge_log_entry","created_at":"2026-03-04T14:09:30Z","agent":{"summary":"Dana"}}]}',
  detect(document) {
    const doc = asObject(document);
    const entries = doc?.log_entries ?? document;
    return (
      Array.isArray(entries) &&
      entries.length > 0 &&
      entries.every((e) => /_log_entry$/.test(String(asObject(e)?.type)))
    );
  },
  records(document) {
    return arrayLength(asObject(document)?.log_entries ?? document);
  },
  read(document) {
    const entries = (asObject(document)?.log_entries ?? document) as unknown[];
    const result: DocumentResult = { items: [], unparsed: [] };
    entries.forEach((raw, index) => {
      const entry = asObject(raw) ?? {};
      const type = String(entry.type ?? '');
      const at = asString(entry.created_at);
      const kind = kinds[type];
      if (!kind || !at) {
        result.unparsed.push({
          line: index + 1,
          reason: `log entry ${index + 1}: unknown type or no created_at`,
        });
        return;
      }
      const incident = asString(asObject(entry.incident)?.summary) ?? '';
      const agent = asString(asObject(entry.agent)?.summary);
      const channel = asString(asObject(entry.channel)?.summary);
      const service = asString(asObject(entry.service)?.summary);
      const title =
        incident || (type === 'annotate_log_entry' ? '' : channel) || asString(entry.summary) || 'incident';
      // With no incident title, a log entry's own summary often repeats the verb ("Resolved by Ada"): say it once.
      const repeats = !incident && !channel && /^(?:acknowledged|resolved) by\b/i.test(title);
      const verb = {
        'alert-fired': `PagerDuty incident triggered: ${title}`,
        page: `PagerDuty paged${agent ? ` (${agent})` : ''}: ${asString(entry.summary) ?? title}`,
        acknowledged: `PagerDuty incident acknowledged${agent ? ` by ${agent}` : ''}${repeats ? '' : `: ${title}`}`,
        resolution: `PagerDuty incident resolved${agent ? ` by ${agent}` : ''}${repeats ? '' : `: ${title}`}`,
        note:
          type === 'annotate_log_entry'
            ? noteLine(entry, agent)
            : `PagerDuty: ${asString(entry.summary) ?? title}`,
      } as Partial<Record<EventKind, string>>;
      const name = alertNameFromSummary(title);
      result.items.push({
        at: parseTimestamp(at) ?? null,
        approximate: false,
        severity: kind === 'alert-fired' || kind === 'page' ? 'error' : 'info',
        message: verb[kind] ?? title,
        source: 'pagerduty',
        line: index + 1,
        service,
        kind,
        key: kind === 'alert-fired' ? alertKey(name ?? title) : undefined,
      });
    });
    return result;
  },
};
