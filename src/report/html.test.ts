import { describe, expect, it } from 'vitest';
import { renderReport } from './render.js';
import { reportDay, sampleIncident } from './test-support/sample-incident.js';

const html = (doc = sampleIncident(), audience: 'engineering' | 'exec' | 'public' = 'engineering') =>
  renderReport(doc, { format: 'html', audience, now: reportDay }).text;

describe('the HTML report', () => {
  it('renders a <script> title and hostile fields as inert text', () => {
    const doc = sampleIncident({
      title: '<script>alert(1)</script> "quoted" & <b>bold</b>',
      summary: '<img src=x onerror=alert(2)> [link](javascript:alert(3))',
      factors: [{ id: 'FAC-1', title: '</style><script>alert(4)</script>', category: 'tooling' }],
      actions: [{ id: 'ACT-1', title: 'Fix it' }],
    });
    // The domain takes only http(s) tracker links now; a link stored before that rule must still stay inert.
    (doc.actions[0] as { trackerUrl?: string }).trackerUrl = 'javascript:alert(5)';
    const out = html(doc);
    expect(out).not.toMatch(/<script|<img|<b>|href="javascript:/i);
    expect(out).toContain(
      '<title>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;</title>',
    );
    expect(out).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('renders the Markdown people typed in prose fields instead of showing its marks', () => {
    const out = html(
      sampleIncident({
        summary: 'The pool ran dry:\n\n- `max_conns` was 20\n- **no alert** fired',
        factors: [
          { id: 'FAC-1', title: 'Pool too small', category: 'capacity', description: 'Set in *2023*' },
        ],
        actions: [{ id: 'ACT-1', title: 'Raise the pool' }],
      }),
    );
    expect(out).toContain('<li><code>max_conns</code> was 20</li>');
    expect(out).toContain('<strong>no alert</strong>');
    expect(out).toContain('<em>2023</em>');
    expect(out).not.toContain('- `max_conns`');
  });

  it('is one self-contained file with print styles and no external requests', () => {
    const out = html();
    expect(out).toContain('@media print');
    expect(out).not.toMatch(/<link |src="http|href="http(?!s:\/\/)/);
    expect(out).toContain("default-src 'none'");
  });

  it('draws the impact, detection, mitigation and resolution phases on an SVG chart', () => {
    const out = html();
    expect(out).toContain('<svg class="chart"');
    for (const label of ['Impact before detection', 'Detected, mitigating', 'Mitigated, resolving']) {
      expect(out).toContain(`<title>${label}</title>`);
    }
    for (const marker of ['impact 12:00', 'detected 12:07', 'mitigated 12:41', 'resolved 13:05']) {
      expect(out).toContain(marker);
    }
  });

  it('keeps seconds in the timeline table when two events share a minute', () => {
    const base = sampleIncident();
    const second = (id: string, at: string, summary: string) => ({ ...base.timeline[3]!, id, at, summary });
    const doc = sampleIncident({
      timeline: [
        ...base.timeline.slice(0, 3),
        second('EVT-4', '2026-03-04T12:07:10Z', 'First alert fired'),
        second('EVT-9', '2026-03-04T12:07:50Z', 'Second alert fired'),
        ...base.timeline.slice(4),
      ],
    });
    const out = html(doc);
    expect(out).toContain('<td>2026-03-04 12:07:10 UTC</td><td>alert-fired</td><td>First alert fired');
    expect(out).toContain('<td>2026-03-04 12:07:50 UTC</td><td>alert-fired</td><td>Second alert fired');
    // The whole table switches, so its column stays aligned.
    expect(out).toContain('<td>2026-03-04 11:52:00 UTC</td>');
  });

  it('keeps a typed web link in prose, and shows only the words of one that leads nowhere from the file', () => {
    const summary =
      'See [status](https://status.example.com/x), [below](#timeline), [notes](./notes.md) and [x](javascript:alert(1)).';
    for (const audience of ['engineering', 'exec', 'public'] as const) {
      const out = html(sampleIncident({ summary }), audience);
      expect(out).toContain('See <a href="https://status.example.com/x">status</a>, below, notes and x.');
    }
  });

  it('shows the code spans of a timeline summary as code, escaped, and a lone backtick as typed', () => {
    const base = sampleIncident();
    const event = { ...base.timeline[3]!, summary: 'Spike: `db: pool <*> exhausted` x2, `<b>` and a ` lone' };
    const out = html(sampleIncident({ timeline: [...base.timeline.slice(0, 3), event] }));
    expect(out).toContain(
      'Spike: <code>db: pool &lt;*&gt; exhausted</code> x2, <code>&lt;b&gt;</code> and a ` lone',
    );
  });

  it('links failure modes in the timeline to their glossary definitions for engineers', () => {
    const out = html();
    expect(out).toContain('<h2>Failure modes</h2>');
    expect(out).toMatch(/<td>Connection-pool exhaustion<\/td><td>Every connection in a client pool/);
    expect(out).toMatch(/<td>Context deadline exceeded<\/td>.*<td>12,500<\/td>/);
  });

  it('shows each signature by its template, its lines, first time and peak; a sparkline only for two spikes or more', () => {
    const out = html();
    expect(out).toContain('<h2>Error signatures</h2>');
    // Two spikes of one signature: one sparkline; a signature seen once has none (a single point says nothing).
    expect(out.match(/<svg class="spark"/g)).toHaveLength(1);
    // Only spikes on the timeline: how many lines is unknown, never the sum of per-minute rates.
    expect(out).toContain('<code>context deadline exceeded calling &lt;*&gt;</code></td><td>—</td>');
    expect(out).toContain('9,100/min at');
    const first = {
      id: 'EVT-S1',
      at: '2026-03-04T12:00:00Z',
      approximate: false,
      kind: 'log-signature' as const,
      severity: 'error' as const,
      summary:
        '`dial tcp <*>: connection refused` started 12:00:00, peaked at 800/min at 12:05, last at 12:41:07 (5,000 lines)',
      source: 'log-signature',
      signature: 'S1',
      count: 5_000,
      origins: [],
    };
    const spike = {
      ...first,
      id: 'EVT-S2',
      kind: 'log-spike' as const,
      at: '2026-03-04T12:05:00Z',
      count: 800,
    };
    const doc = sampleIncident({ timeline: [first, spike] });
    const table = html(doc).slice(html(doc).indexOf('<h2>Error signatures</h2>'));
    expect(table).toContain('<th>First</th><th>Last</th>');
    expect(table).toMatch(
      /<code>dial tcp &lt;\*&gt;: connection refused<\/code><\/td><td>5,000<\/td><td class="time">[^<]*12:00[^<]*<\/td><td class="time">[^<]*12:41[^<]*<\/td>/,
    );
    expect(table).toContain('800/min at');
  });

  it('puts the BLUF first for executives and leaves out raw log lines', () => {
    const out = html(sampleIncident(), 'exec');
    const headings = [...out.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'Bottom line',
      'What it means for the business',
      'What happened',
      'Impact',
      'Contributing factors',
      'Action items',
      'Timeline',
      'What went well',
      'Where we got lucky',
      'When we will report back',
      'Words in this report',
    ]);
    expect(out).not.toContain('too many clients');
    expect(out).toContain('In plain words, connection-pool exhaustion');
    // The deadline errors are in the log lines executives do not get, so their term is not explained to them.
    expect(out).not.toContain('Context deadline exceeded');
  });

  it('publishes no people, hosts or internal services to the public', () => {
    const out = html(sampleIncident(), 'public');
    for (const secret of [
      'Priya',
      'Jordan',
      'Alex Chen',
      'Sam Okafor',
      'example.com',
      '10.20.3.14',
      'prod.internal',
      'checkout-api',
      'ip-10-20',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('<h2>What we are changing</h2>');
  });

  it.each(['engineering', 'exec', 'public'] as const)(
    'renders the sample incident for %s the same way every time',
    (audience) => {
      expect(html(sampleIncident(), audience)).toMatchSnapshot();
    },
  );

  it('tells the public when the team reports back, as the public Markdown does', () => {
    const doc = sampleIncident({ followUp: 'We will publish an update once the pool checks are live.' });
    const out = html(doc, 'public');
    expect(out).toContain('<h2>When we will report back</h2>');
    expect(out).toContain('We will publish an update once the pool checks are live.');
  });
});
