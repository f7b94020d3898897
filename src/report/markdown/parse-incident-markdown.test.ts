import { describe, expect, it } from 'vitest';
import { DebriefError } from '../../domain/index.js';
import { parseIncidentMarkdown } from './parse-incident-markdown.js';
import { renderIncidentMarkdown } from './render-incident-markdown.js';

// A file as a facilitator might write it by hand: Windows line endings, columns reordered and left out,
// a category by its label, an id-less row, a lazy list continuation and a section debrief does not know.
const handWritten = [
  '---',
  'id: INC-2026-0304',
  'severity: SEV2',
  'status: in-review',
  'services: [checkout, payments-api]',
  'impact:',
  '  usersAffected: 12000',
  'moments:',
  '  impactStart: { at: 2026-03-04 14:00:00Z, eventId: EVT-DEPLOY }',
  '  detected:',
  '    at: 2026-03-04T14:07:30Z',
  '    reason: first page',
  'participants:',
  '  - { name: Dana Ortiz, role: facilitator }',
  '---',
  '',
  '# Checkout returned 502s after the payments deploy',
  '',
  '## BLUF',
  '',
  'Checkout failed for 38 minutes; a connection pool limit shipped in a deploy.',
  '',
  '## Timeline',
  '',
  '| Time | Event | Id | Kind | Origin |',
  '|:-----|:------|----|------|--------|',
  '| 2026-03-04 14:07:30Z | Pager fired for checkout 5xx | EVT-PAGE | page | alertmanager.json:3 |',
  '| ~2026-03-04 14:00Z | payments-api v2.14 deployed | EVT-DEPLOY | deploy | @dana |',
  '| unknown | Someone noticed the \\| in the logs | | note | |',
  '',
  '## Contributing factors',
  '',
  '### The pool limit was not load tested',
  '',
  '- category: Automated testing',
  '- id: FAC-LOAD',
  '',
  'Load tests ran against a pool of 100, production has 20.',
  '',
  '## What went well',
  '',
  '- The rollback took four minutes',
  'because the runbook was current.',
  '* Paging worked',
  '',
  '## Action items',
  '',
  '| Action | Owner | Due | Factor |',
  '| --- | --- | --- | --- |',
  '| Add a pool saturation alert | SRE team | 2026-03-20 | FAC-LOAD |',
  '',
  '## Questions for the review',
  '',
  'Why did the canary pass?',
  '',
].join('\r\n');

describe('parsing a hand-edited incident file', () => {
  const doc = parseIncidentMarkdown(handWritten, { file: 'incident.md' });

  it('reads the front matter, the title and the prose sections', () => {
    expect(doc.id).toBe('INC-2026-0304');
    expect(doc.status).toBe('in-review');
    expect(doc.services).toEqual(['checkout', 'payments-api']);
    expect(doc.impact).toEqual({ description: '', usersAffected: 12000 });
    expect(doc.moments.impactStart).toEqual({ at: '2026-03-04T14:00:00.000Z', eventId: 'EVT-DEPLOY' });
    expect(doc.title).toBe('Checkout returned 502s after the payments deploy');
    expect(doc.bluf).toBe('Checkout failed for 38 minutes; a connection pool limit shipped in a deploy.');
  });

  it('finds timeline columns by name, fills defaults, sorts by time and gives id-less rows an id', () => {
    expect(doc.timeline.map((event) => event.summary)).toEqual([
      'payments-api v2.14 deployed',
      'Pager fired for checkout 5xx',
      'Someone noticed the | in the logs',
    ]);
    expect(doc.timeline[0]).toMatchObject({
      id: 'EVT-DEPLOY',
      at: '2026-03-04T14:00:00.000Z',
      approximate: true,
      kind: 'deploy',
      severity: 'info',
      source: 'manual',
      count: 1,
      origins: [{ author: 'dana' }],
    });
    expect(doc.timeline[1]?.origins).toEqual([{ file: 'alertmanager.json', line: 3 }]);
    expect(doc.timeline[2]?.at).toBeNull();
    expect(doc.timeline[2]?.id).toMatch(/^EVT-[0-9A-Z]{8}$/);
  });

  it('reads factors with their category given as a label', () => {
    expect(doc.factors).toEqual([
      {
        id: 'FAC-LOAD',
        title: 'The pool limit was not load tested',
        category: 'automated-testing',
        description: 'Load tests ran against a pool of 100, production has 20.',
      },
    ]);
  });

  it('joins a lazy continuation line to its list item', () => {
    expect(doc.wentWell).toEqual([
      'The rollback took four minutes\nbecause the runbook was current.',
      'Paging worked',
    ]);
  });

  it('reads an action table with optional columns left out', () => {
    expect(doc.actions).toEqual([
      {
        id: expect.stringMatching(/^ACT-/),
        title: 'Add a pool saturation alert',
        owner: 'SRE team',
        dueDate: '2026-03-20',
        priority: 'medium',
        type: 'prevent',
        status: 'open',
        factorId: 'FAC-LOAD',
      },
    ]);
  });

  it('keeps a section it does not know, verbatim', () => {
    expect(doc.extraSections).toEqual([
      { heading: 'Questions for the review', body: 'Why did the canary pass?' },
    ]);
  });

  it('reads its own rendering of the hand-edited file back unchanged', () => {
    expect(parseIncidentMarkdown(renderIncidentMarkdown(doc))).toEqual(doc);
  });
});

describe('the business facts executives read', () => {
  const file = [
    '---',
    'id: INC-1',
    'severity: SEV1',
    'impact:',
    '  usersAffected: 12000',
    '  cost: about €42,000 in failed orders',
    '  slaBreached: true',
    '  sla: "99.9% monthly uptime on Enterprise plans; credits owed to 3 customers"',
    '---',
    '',
    '# Checkout returned 502s',
    '',
    '## Impact',
    '',
    'Card payments failed.',
    '',
    '## Ask',
    '',
    'Approve two weeks of the payments team for the pool work.',
    '',
  ].join('\n');

  it('reads the cost and the SLA from the front matter and the ask from its section (an alias here)', () => {
    const doc = parseIncidentMarkdown(file);
    expect(doc.impact).toEqual({
      description: 'Card payments failed.',
      usersAffected: 12000,
      cost: 'about €42,000 in failed orders',
      slaBreached: true,
      sla: '99.9% monthly uptime on Enterprise plans; credits owed to 3 customers',
    });
    expect(doc.ask).toBe('Approve two weeks of the payments team for the pool work.');
    expect(doc.extraSections).toEqual([]);
  });

  it('writes them back under the canonical heading and reads the same document again', () => {
    const doc = parseIncidentMarkdown(file);
    const text = renderIncidentMarkdown(doc);
    expect(text).toContain('## Decision or support requested\n\nApprove two weeks');
    expect(text).toContain('  slaBreached: true\n');
    expect(parseIncidentMarkdown(text)).toStrictEqual(doc);
  });

  it('points an ask written in the front matter to its section', () => {
    expect(errorOf(withLine(2, 'ask: more people')).message).toBe(
      'incident.md:2: front matter: "ask" belongs in the body, as the "## Decision or support requested" section',
    );
  });

  it('reads counts written as in prose and the error budget as a percentage', () => {
    const written = file.replace(
      '  usersAffected: 12000',
      '  usersAffected: 61,200\n  failedRequests: 1 200 000\n  errorBudgetBurn: 34%',
    );
    expect(parseIncidentMarkdown(written).impact).toMatchObject({
      usersAffected: 61200,
      failedRequests: 1200000,
      errorBudgetBurn: 0.34,
    });
  });

  it('still refuses a count that is no number, naming its line', () => {
    expect(errorOf(withLine(2, 'impact: { usersAffected: "6,12,00" }')).message).toMatch(
      /^incident\.md:2: front matter: impact\.usersAffected: /,
    );
  });

  it('names the line of an SLA flag that is not true or false', () => {
    expect(errorOf(withLine(2, 'impact: { slaBreached: maybe }')).message).toMatch(
      /^incident\.md:2: front matter: impact\.slaBreached: /,
    );
  });
});

const valid = [
  '---', // 1
  'id: INC-1', // 2
  'severity: SEV2', // 3
  'moments:', // 4
  '  impactStart: { at: 2026-03-04T14:00:00Z }', // 5
  '---', // 6
  '', // 7
  '# Checkout returned 502s', // 8
  '', // 9
  '## Timeline', // 10
  '', // 11
  '| Time (UTC) | Event | Kind | Id |', // 12
  '| --- | --- | --- | --- |', // 13
  '| 2026-03-04 14:02:11Z | Deploy | deploy | EVT-1 |', // 14
  '', // 15
  '## Action items', // 16
  '', // 17
  '| Id | Action | Due | Factor |', // 18
  '| --- | --- | --- | --- |', // 19
  '| ACT-1 | Add an alert | 2026-03-20 | |', // 20
  '',
];

function withLine(line: number, text: string): string {
  const lines = [...valid];
  lines[line - 1] = text;
  return lines.join('\n');
}

function errorOf(text: string): DebriefError {
  try {
    parseIncidentMarkdown(text, { file: 'incident.md' });
  } catch (error) {
    if (error instanceof DebriefError) return error;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

describe('errors in a malformed incident file', () => {
  it('accepts the unbroken file the error cases start from', () => {
    expect(parseIncidentMarkdown(valid.join('\n')).timeline).toHaveLength(1);
  });

  it('names the line, the column and the accepted form of a bad time', () => {
    const error = errorOf(withLine(14, '| yesterday | Deploy | deploy | EVT-1 |'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'incident.md:14: expected a time like 2026-03-04 14:02:11Z in column "Time (UTC)", got "yesterday"',
    );
  });

  it('names the front matter line of an unknown severity and the accepted values', () => {
    expect(errorOf(withLine(3, 'severity: SEV9')).message).toBe(
      'incident.md:3: front matter: severity: expected one of SEV1, SEV2, SEV3, SEV4, got "SEV9"',
    );
  });

  it('reports malformed YAML with its line', () => {
    expect(errorOf(withLine(5, '  impactStart: { at: [2026 }')).message).toMatch(
      /^incident\.md:5: front matter: /,
    );
  });

  it('rejects an unknown front matter key instead of dropping it', () => {
    expect(errorOf(withLine(5, '  impact: { at: 2026-03-04T14:00:00Z }')).message).toBe(
      'incident.md:5: front matter: unknown key "moments.impact"; expected one of impactStart, detected, acknowledged, mitigated, resolved',
    );
  });

  it('points a title in the front matter to the heading', () => {
    expect(errorOf(withLine(2, 'title: Checkout returned 502s')).message).toBe(
      'incident.md:2: front matter: "title" belongs in the body, as the "# Title" heading',
    );
  });

  it('requires the title heading', () => {
    expect(errorOf(withLine(8, 'Checkout returned 502s')).message).toBe(
      'incident.md:8: expected the title as a "# Title" heading, got "Checkout returned 502s"',
    );
  });

  it('rejects a table row with the wrong number of cells', () => {
    expect(errorOf(withLine(14, '| 2026-03-04 14:02:11Z | Deploy | deploy |')).message).toBe(
      "incident.md:14: expected 4 cells as in the timeline table's header, got 3",
    );
  });

  it('rejects an unknown column, listing the known ones', () => {
    expect(errorOf(withLine(12, '| Time (UTC) | Event | Kind | Mood |')).message).toMatch(
      /^incident\.md:12: unknown column "Mood" in the timeline table; expected columns among Time \(UTC\), Event,/,
    );
  });

  it('names the row and column of a value the schema rejects', () => {
    expect(errorOf(withLine(14, '| 2026-03-04 14:02:11Z | Deploy | rollout | EVT-1 |')).message).toMatch(
      /^incident\.md:14: column "Kind": expected one of alert-fired, .*, got "rollout"$/,
    );
  });

  it('names the row of an action due before the incident began', () => {
    expect(errorOf(withLine(20, '| ACT-1 | Add an alert | 2026-03-01 | |')).message).toBe(
      `incident.md:20: column "Due": dueDate (2026-03-01) is before the incident's start (2026-03-04T14:00:00.000Z); an action cannot be due before the incident began`,
    );
  });

  it('names the row of an action whose factor does not exist', () => {
    expect(errorOf(withLine(20, '| ACT-1 | Add an alert | 2026-03-20 | FAC-9 |')).message).toBe(
      'incident.md:20: column "Factor": factorId "FAC-9" names no contributing factor of this incident',
    );
  });

  it('rejects text between the title and the first section', () => {
    expect(errorOf(withLine(9, 'An intro paragraph')).message).toMatch(
      /^incident\.md:9: expected a "## " section heading/,
    );
  });

  it('rejects a factor without a category, at its heading', () => {
    const text = `${valid.join('\n')}\n## Contributing factors\n\n### No load test\n\n- id: FAC-1\n`;
    expect(errorOf(text).message).toBe(
      'incident.md:24: factors[0].category: expected one of code-review, automated-testing, monitoring-alerting, deploy-release, configuration, capacity, dependencies, architecture-resilience, runbooks-documentation, on-call-escalation, communication, tooling, training, got ""',
    );
  });

  it('rejects prose in a list section rather than losing it', () => {
    const text = `${valid.join('\n')}\n## What went well\n\nThe rollback was fast.\n`;
    expect(errorOf(text).message).toBe(
      'incident.md:24: expected a list item starting with "- " in section "What went well", got "The rollback was fast."',
    );
  });

  it('gives an incident without an id a new one', () => {
    expect(parseIncidentMarkdown(withLine(2, '')).id).toMatch(/^INC-[0-9A-Z]{8}$/);
  });

  it('says "line N" when no file name is given', () => {
    expect(() => parseIncidentMarkdown(withLine(3, 'severity: SEV9'))).toThrow(
      /^line 3: front matter: severity:/,
    );
  });
});
