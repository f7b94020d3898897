import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { IncidentDocument } from '../../domain/index.js';
import { renderReport } from '../render.js';
import { reportDay, sampleIncident } from '../test-support/sample-incident.js';

const readers = ['exec', 'public'] as const;
const trackerUrl = 'https://tracker.example.com/browse/OPS-12';

/** The sample with what only the incident file should carry: a dropped action, a tracker link, an author. */
function busyIncident(): IncidentDocument {
  const sample = sampleIncident();
  return sampleIncident({
    timeline: [
      ...sample.timeline,
      {
        id: 'EVT-01JQ7ZX',
        at: '2026-03-04T12:41:30Z',
        kind: 'mitigation',
        summary: 'Traffic shifted to the standby region',
        origins: [{ author: 'cli:root' }],
      },
    ],
    actions: [
      { ...sample.actions[0]!, trackerUrl, status: 'in-progress' },
      ...sample.actions.slice(1),
      {
        id: 'ACT-01JQ80A',
        title: 'Rewrite the connection pool from scratch',
        owner: 'Sam Okafor',
        status: 'dropped',
        droppedReason: 'Superseded by the CI check, see OPS-77',
      },
    ],
    followUp: 'We will share what the new checks found after the follow-up review.',
  });
}

const parse = (text: string) => unified().use(remarkParse).parse(text);
type Node = ReturnType<typeof parse>['children'][number];

function plain(node: Node): string {
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Node[]).map(plain).join('');
  return '';
}

function markdownHeadings(text: string): string[] {
  return parse(text)
    .children.filter((node) => node.type === 'heading' && node.depth === 2)
    .map(plain);
}

function htmlHeadings(doc: IncidentDocument, audience: (typeof readers)[number]): string[] {
  const { text } = renderReport(doc, { format: 'html', audience, now: reportDay });
  return [...text.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1]!);
}

function hasHtml(node: Node): boolean {
  if (node.type === 'html') return true;
  return 'children' in node && (node.children as Node[]).some(hasHtml);
}

const docs: Array<[string, () => IncidentDocument]> = [
  ['the sample incident', sampleIncident],
  ['an incident with dropped actions, tracker links and authors', busyIncident],
];

describe("a reader's Markdown report", () => {
  for (const [name, build] of docs) {
    it.each(readers)(`leaves the incident file's bookkeeping out of ${name} for %s`, (audience) => {
      const doc = build();
      const { text } = renderReport(doc, { format: 'md', audience, now: reportDay });
      expect(text.startsWith('---')).toBe(false);
      expect(text).not.toMatch(/^---$/m);
      expect(text).not.toMatch(/\b(EVT|FAC|ACT|REV)-/);
      expect(text).not.toContain('cli:');
      expect(text).not.toContain(trackerUrl);
      expect(text).not.toContain('OPS-');
      expect(text).not.toContain('Rewrite the connection pool');
      expect(text).not.toMatch(/\| *(Kind|Severity|Source|Count|Signature|Origin) *\|/);
      expect(text).not.toMatch(/^\|/m);
    });

    it.each(readers)(`shows ${name} to %s under the HTML report's headings, in its order`, (audience) => {
      const doc = build();
      const words = 'Words in this report';
      const all = markdownHeadings(renderReport(doc, { format: 'md', audience, now: reportDay }).text);
      const markdown = all.filter((h) => h !== words);
      // The plain-words glossary is an HTML extra; the Markdown may add sections after the HTML's own. Both close
      // with the words they used and did not explain where they used them.
      const allHtml = htmlHeadings(doc, audience).filter((h) => h !== 'Technical terms in plain words');
      const html = allHtml.filter((h) => h !== words);
      expect(markdown.slice(0, html.length)).toEqual(html);
      expect(all.includes(words)).toBe(allHtml.includes(words));
    });

    it.each(readers)(`opens ${name} for %s with the title and then the bottom line`, (audience) => {
      const report = renderReport(build(), { format: 'md', audience, now: reportDay });
      const [title, heading, first] = parse(report.text).children;
      expect(title).toMatchObject({ type: 'heading', depth: 1 });
      expect(plain(title!)).toBe(build().title);
      expect(heading).toMatchObject({ type: 'heading', depth: 2 });
      expect(plain(heading!)).toBe('Bottom line');
      expect(first?.type).toBe('paragraph');
      expect(plain(first!)).toBe(report.bluf.text);
    });
  }

  it('names owners and due dates for executives, and no owner for the public', () => {
    const exec = renderReport(busyIncident(), { format: 'md', audience: 'exec' }).text;
    expect(exec).toContain(
      '- Validate pool size against peak concurrency in CI — Jordan Lee, overdue since 20 March 2026, high priority, in progress',
    );
    expect(exec).toContain(
      '- Add a runbook for pool exhaustion — owner needed, date needed, low priority, open',
    );
    const pub = renderReport(busyIncident(), { format: 'md', audience: 'public' }).text;
    expect(pub).toContain('## What we are changing\n\n- Validate pool size against peak concurrency in CI\n');
    for (const name of ['Jordan', 'Priya', 'Sam']) expect(pub).not.toContain(name);
  });

  it('reads in the order the README gives: bottom line, business, what happened, impact, then what we are changing', () => {
    const exec = renderReport(busyIncident(), { format: 'md', audience: 'exec' }).text;
    const headings = [...exec.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings.slice(0, 6)).toEqual([
      'Bottom line',
      'What it means for the business',
      'What happened',
      'Impact',
      'Contributing factors',
      'Action items',
    ]);
    // One way of writing dates in an executive's report: no ISO date left anywhere in its text.
    expect(exec).not.toMatch(/\b20\d\d-\d\d-\d\d\b(?![^\n]*·)/);
    const html = renderReport(busyIncident(), { format: 'html', audience: 'exec' }).text;
    expect(html).toContain('<td class="time">overdue since 20 March 2026</td>');
  });

  it('says impact numbers are missing only when the impact text gives none in its own words', () => {
    const words = sampleIncident({
      services: [],
      moments: {},
      impact: { description: 'About four in ten card payments failed.' },
    });
    for (const format of ['md', 'html'] as const) {
      expect(renderReport(words, { format, audience: 'exec' }).text).not.toContain('Impact numbers missing');
      const none = sampleIncident({
        services: [],
        moments: {},
        impact: { description: 'Card payments failed.' },
      });
      expect(renderReport(none, { format, audience: 'exec' }).text).toContain('Impact numbers missing.');
      // The public cannot add them: it reads that the impact is being measured (trial 12g G-21).
      const open = renderReport(none, { format, audience: 'public' }).text;
      expect(open).not.toContain('Impact numbers missing');
      expect(open).toContain('We are still measuring the impact.');
    }
  });

  it('tells the time in UTC, with seconds only for events that share a minute', () => {
    const text = renderReport(busyIncident(), { format: 'md', audience: 'exec' }).text;
    expect(text).toContain('- 4 March 2026, 11:52 UTC — Applied the pool size of 5 to checkout-api');
    expect(text).toContain('- 12:07 UTC — Checkout error rate above 5% for 5 minutes');
    expect(text).toContain('- 12:41:00 UTC — Rolled back the pool size to 50 on ip-10-20-3-7');
    expect(text).toContain('- 12:41:30 UTC — Traffic shifted to the standby region');
  });

  it('says when the team will report back', () => {
    const now = new Date('2026-03-06T12:00:00Z');
    const exec = renderReport(busyIncident(), { format: 'md', audience: 'exec', now }).text;
    expect(exec).toContain(
      '## When we will report back\n\nFollow-up review on 27 March 2026 at 15:00 UTC.\n\nWe will share what the new checks found after the follow-up review.',
    );
    const pub = renderReport(busyIncident(), { format: 'md', audience: 'public' }).text;
    expect(pub).toContain(
      '## When we will report back\n\nWe will share what the new checks found after the follow-up review.',
    );
  });

  it('keeps what went well and where we got lucky for executives only', () => {
    const exec = renderReport(sampleIncident(), { format: 'md', audience: 'exec' }).text;
    expect(exec).toContain('## What went well\n\n- The rollback took two minutes once the change was found.');
    expect(exec).toContain('## Where we got lucky\n\n- The peak ended at 13:00');
    const pub = renderReport(sampleIncident(), { format: 'md', audience: 'public' }).text;
    expect(pub).not.toContain('What went well');
  });

  it.each(readers)(
    'shows markup typed into the incident as text, a web link as a link, for %s',
    (audience) => {
      const doc = sampleIncident({
        title: 'Checkout <script>alert(1)</script> down',
        summary:
          'Line one.\n## Not a heading\n---\n<img src=x onerror=alert(1)>\n[click](javascript:alert(1))\n' +
          '![pixel](https://example.com/p.png) [see][ref] and [ref]\n\n[ref]: https://example.com/r',
        wentWell: ['- nested\n# also not a heading'],
      });
      const text = renderReport(doc, { format: 'md', audience, now: reportDay }).text;
      const tree = parse(text);
      expect(tree.children.some(hasHtml)).toBe(false);
      expect(tree.children.some((node) => node.type === 'thematicBreak')).toBe(false);
      for (const type of ['image', 'linkReference', 'imageReference', 'definition'])
        expect(JSON.stringify(tree)).not.toContain(`"type":"${type}"`);
      // The one link is the typed image, kept as a link to follow (as the HTML report shows it), never fetched.
      const links = JSON.stringify(tree).match(/"type":"link"[^}]*/g) ?? [];
      expect(links).toEqual([expect.stringContaining('"url":"https://example.com/p.png"')]);
      expect(markdownHeadings(text)).not.toContain('Not a heading');
      expect(plain(tree.children[0]!)).toBe('Checkout <script>alert(1)</script> down');
    },
  );

  it.each(readers)(
    'keeps a typed web link, and the words of an anchor or a relative link, for %s',
    (audience) => {
      const doc = sampleIncident({
        summary:
          'See [the status page](https://status.example.com/x), [notes](./notes.md) and [below](#timeline) in #inc-42.',
      });
      const text = renderReport(doc, { format: 'md', audience, now: reportDay }).text;
      expect(text).toContain(
        'See [the status page](https://status.example.com/x), notes and below in the incident channel.',
      );
    },
  );

  it("keeps the author's bottom line, with its cost and ask, for executives only", () => {
    const bluf = 'Checkout was down 47 minutes (€247k lost). We ask for two engineers for six weeks.';
    const doc = sampleIncident({ bluf });
    expect(renderReport(doc, { format: 'md', audience: 'exec', now: reportDay }).text).toContain(bluf);
    const pub = renderReport(doc, { format: 'md', audience: 'public', now: reportDay }).text;
    expect(pub).not.toContain('€247k');
    expect(pub).not.toContain('We ask');
    expect(pub).toMatch(/## Bottom line\n\n\S/);
  });

  it.each(readers)('renders the sample for %s the same way every time', (audience) => {
    expect(renderReport(sampleIncident(), { format: 'md', audience, now: reportDay }).text).toMatchSnapshot();
  });
});

describe("people's text in a reader's Markdown", () => {
  const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script> [x](javascript:alert(3))';
  const doc = () =>
    sampleIncident({
      title: `Checkout ${hostile}`,
      summary: `Summary ${hostile}`,
      bluf: `Bottom ${hostile}`,
      impact: { ...sampleIncident().impact, description: `Impact ${hostile}` },
      followUp: `Follow ${hostile}`,
      wentWell: [`Well ${hostile}`],
      services: ['svc<b>x</b>'],
      factors: [{ id: 'FAC-1', title: `Factor ${hostile}`, category: 'configuration', description: hostile }],
      actions: [
        {
          id: 'ACT-1',
          title: `Action ${hostile}`,
          owner: 'Owner <i>x</i>',
          priority: 'high',
          type: 'prevent',
          factorId: 'FAC-1',
        },
      ],
    });
  const nodes = (node: { type: string; children?: unknown[] }): Array<{ type: string; url?: string }> => [
    node,
    ...((node.children ?? []) as Array<{ type: string }>).flatMap((child) => nodes(child)),
  ];

  it.each(
    readers.flatMap((audience) =>
      (['md', 'github-md'] as const).map((format) => [audience, format] as const),
    ),
  )('is text in the %s %s export: no HTML, no links of its own', (audience, format) => {
    const { text } = renderReport(doc(), { format, audience, now: reportDay });
    const tree = nodes(unified().use(remarkParse).parse(text));
    expect(tree.filter((node) => node.type === 'html')).toEqual([]);
    expect(tree.filter((node) => node.type === 'link' && /javascript/i.test(node.url ?? ''))).toEqual([]);
    expect(text).toContain('Action \\<img src=x onerror=alert(1)\\>');
  });
});

describe('the engineering Markdown', () => {
  // The canonical incident file (plus the error-signature table worked out from its timeline, which the importer
  // drops), read back by the importer: it must not change by a byte.
  it.each(docs)('is still the canonical file for %s', (_name, build) => {
    expect(renderReport(build(), { format: 'md', audience: 'engineering' }).text).toMatchSnapshot();
  });
});
