import { describe, expect, it } from 'vitest';
import { renderReport } from '../render.js';
import { reportDay, sampleIncident } from '../test-support/sample-incident.js';
import { parseIncidentMarkdown } from './parse-incident-markdown.js';
import { renderIncidentMarkdown } from './render-incident-markdown.js';
import { sparklineText } from './signatures-table.js';

const first = {
  id: 'EVT-S1',
  at: '2026-03-04T12:00:00Z',
  approximate: false,
  kind: 'log-signature' as const,
  severity: 'error' as const,
  summary:
    '`dial tcp <*>: connection refused | pool` started 12:00:00, peaked at 800/min at 12:05, last at 12:41:07 (5,000 lines)',
  source: 'log-signature',
  signature: 'S1',
  count: 5_000,
  origins: [],
};
const spike = (id: string, at: string, count: number) => ({
  ...first,
  id,
  kind: 'log-spike' as const,
  at,
  count,
});
const doc = sampleIncident({
  timeline: [
    first,
    spike('EVT-S2', '2026-03-04T12:05:00Z', 800),
    spike('EVT-S3', '2026-03-04T12:30:00Z', 200),
  ],
});

const engineeringMarkdown = () =>
  renderReport(doc, { format: 'md', audience: 'engineering', now: reportDay }).text;

describe('the engineering Markdown report', () => {
  it('has an error-signature table after the timeline, as the HTML report has (trial Z-8)', () => {
    const text = engineeringMarkdown();
    const at = text.indexOf('## Error signatures');
    expect(at).toBeGreaterThan(text.indexOf('## Timeline'));
    expect(at).toBeLessThan(text.indexOf('## Contributing factors'));
    const table = text.slice(at, text.indexOf('## Contributing factors'));
    expect(table).toContain('| Template | Lines | First (UTC) | Last (UTC) | Busiest spike | Spikes |');
    // The template, not the signature id; its pipe escaped for the table; the total is the lines, never summed rates.
    expect(table).toContain(
      '| `dial tcp <*>: connection refused \\| pool` | 5,000 | 2026-03-04 12:00:00Z | 2026-03-04 12:41:07Z | 800/min at 2026-03-04 12:05:00Z |',
    );
    expect(table).toMatch(/\| [▁▂▃▄▅▆▇█]+ \|/);
  });

  it('reads back to the same incident: the table is worked out, not stored', () => {
    const parsed = parseIncidentMarkdown(engineeringMarkdown());
    expect(parsed.extraSections).toEqual(doc.extraSections);
    expect(parsed.timeline).toHaveLength(3);
    // The incident file itself (export, edit, sync) has no such section.
    expect(renderIncidentMarkdown(doc)).not.toContain('## Error signatures');
  });

  it('has no table when no event carries a signature', () => {
    const plain = sampleIncident({ timeline: [] });
    const text = renderReport(plain, { format: 'md', audience: 'engineering', now: reportDay }).text;
    expect(text).not.toContain('## Error signatures');
  });
});

describe('sparklineText', () => {
  it('draws the highest rate as a full block and an empty stretch as the lowest', () => {
    expect(sparklineText([0, 4, 8])).toBe('▁▅█');
    expect(sparklineText([0, 0])).toBe('▁▁');
  });
});
