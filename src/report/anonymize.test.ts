import { describe, expect, it } from 'vitest';
import type { TimelineEventInput } from '../domain/index.js';
import { anonymizeDocument, roleLabels } from './anonymize.js';
import { peopleRegistry } from './people.js';
import { sampleIncident } from './test-support/sample-incident.js';

// The people of a trial incident (debrief issue 12, P12-4, P12-9, P12-14): names that are also words (May, Rust,
// Will, Grant), a Vietnamese name written family name first, a scribe known by a handle, an address and a full name.
const at = (minute: number) => `2026-11-20T14:${String(minute).padStart(2, '0')}:00.000Z`;
const gitLog = (minute: number, kind: 'deploy' | 'rollback' | 'note', subject: string) => ({
  at: at(minute),
  kind,
  summary: subject,
  source: 'git-log',
  origins: [{ file: 'git.log', line: minute }],
});
const evidence: TimelineEventInput[] = [
  gitLog(1, 'deploy', 'deploy orders-api v3.14.0 (commit ed82af353d by Will Page)'),
  gitLog(2, 'note', 'Lower max_conns from 200 to 40 (commit c69332166f by 王芳)'),
  gitLog(24, 'rollback', 'Revert "deploy orders-api v3.14.0" (commit b4fe0aa0cf by ليلى حداد)'),
  gitLog(40, 'note', 'Raise max_conns back to 200 (commit 3c52a8a0ac by Nguyễn Thị Mai)'),
  {
    at: at(5),
    kind: 'page',
    summary: 'PagerDuty paged (orders-api (prod)): Notified Rust Åberg by SMS',
    source: 'pagerduty',
  },
  {
    at: at(12),
    kind: 'chat',
    summary: '#inc-2207 王芳 (@fang, U04WF): the pool limit was lowered last week',
    source: 'slack',
  },
  {
    at: at(15),
    kind: 'chat',
    summary: '#inc-2207 Seun A. (@seun, Oluwaseun Adébáyọ̀, U06SEUN): rolling back now',
    source: 'slack',
  },
  {
    at: at(16),
    kind: 'chat',
    summary: '#inc-2207 Will P (@will, Will Page, U01WILL): my deploy went out at 14:01',
    source: 'slack',
  },
];
const incident = (wentWell: string[]) =>
  sampleIncident({
    wentWell,
    timeline: evidence.map((event, i) => ({ ...event, id: `EVT-${i + 1}` })),
    participants: [
      { name: 'May Grant', role: 'incident-commander' },
      { name: 'Rust Åberg', role: 'responder' },
      { name: 'Oluwaseun Adébáyọ̀', role: 'scribe', email: 'seun@acme-corp.io' },
    ],
    actions: [
      { id: 'ACT-1', title: 'Alert on pool saturation', owner: '王芳', type: 'detect', priority: 'high' },
      {
        id: 'ACT-2',
        title: 'Load-test limit changes',
        owner: 'Will Page',
        type: 'prevent',
        priority: 'high',
      },
      {
        id: 'ACT-3',
        title: 'Run the canary on Fridays',
        owner: 'ليلى حداد',
        type: 'prevent',
        priority: 'medium',
      },
      {
        id: 'ACT-4',
        title: 'Document pgbouncer failover',
        owner: '@seun',
        type: 'mitigate',
        priority: 'medium',
      },
    ],
  });

describe('an anonymised report, words that are also names', () => {
  it.each([
    'We will grant the orders squad access to the new dashboard in May, and the Rust services were unaffected.',
    'Customers on the status page asked about Rust, the language, not the person.',
    'Grant funding will pay for the load tests.',
  ])('keeps the words: %s', (text) => {
    expect(anonymizeDocument(incident([text])).wentWell[0]).toBe(text);
  });

  it('replaces a given name joined to another person, in lower case as chat writes it', () => {
    const out = anonymizeDocument(
      incident(['mai and fang paired on the fix, and then will rolled back the flag.']),
    );
    expect(out.wentWell[0]).toMatch(
      /^Change author \d and change author \d paired on the fix, and then the deploy author rolled back the flag\.$/,
    );
  });
});

describe('a name with an honorific (trial 12g G-2)', () => {
  it('is the person it honours, the honorific replaced with the name', () => {
    const doc = sampleIncident({
      participants: [
        { name: 'Misaki Tanaka', role: 'responder' },
        { name: 'Ravi Kumar', role: 'incident-commander' },
      ],
      summary: 'Misaki Tanaka deployed it. Tanaka-san rolled back, and Kumar-ji confirmed recovery.',
    });
    expect(peopleRegistry(doc).people.map((p) => p.name)).not.toContain('Tanaka-san');
    expect(anonymizeDocument(doc).summary).toMatch(
      /^Responder (\d) deployed it\. Responder \1 rolled back, and the incident commander confirmed recovery\.$/,
    );
  });
});

describe('an anonymised report, one label per person', () => {
  it('calls a handle that is the local part of a participant’s address by the participant’s role', () => {
    const doc = anonymizeDocument(incident([]));
    expect(doc.actions.find((a) => a.id === 'ACT-4')?.owner).toBe('the scribe');
    expect(doc.timeline.find((e) => e.id === 'EVT-7')?.summary).toBe(
      '#inc-2207 the scribe: rolling back now',
    );
    expect(peopleRegistry(incident([])).people.filter((p) => /seun/i.test(p.aliases.join(' ')))).toHaveLength(
      1,
    );
  });

  it('labels each person by the role they played, not by the action they own', () => {
    const labels = Object.fromEntries(roleLabels(incident([])));
    expect(labels['Will Page']).toBe('the deploy author');
    expect(labels['ليلى حداد']).toBe('the rollback author');
    expect(labels.王芳).toMatch(/^change author \d$/);
    expect(labels['Rust Åberg']).toMatch(/^(?:the responder|responder \d)$/);
    expect(labels['May Grant']).toBe('the incident commander');
    expect(Object.values(labels).filter((label) => /action owner/.test(label))).toEqual([]);
    const doc = anonymizeDocument(incident([]));
    expect(doc.timeline[0]?.summary).toBe(
      'deploy orders-api v3.14.0 (commit ed82af353d by the deploy author)',
    );
    expect(doc.actions.find((a) => a.id === 'ACT-2')?.owner).toBe('the deploy author');
  });
});

describe('an anonymised report, one person written two ways', () => {
  it('names a person and their address in brackets once, and two spellings side by side once', () => {
    const doc = anonymizeDocument(
      incident(['Kenji Watanabe (kenji@acme-corp.io) wrote the update; Oluwaseun and Adébáyọ̀ wrote notes.']),
    );
    expect(doc.wentWell[0]).toMatch(/^Responder \d wrote the update; the scribe wrote notes\.$/);
  });
});

describe('an anonymised git line', () => {
  it('names its author once, not by name and again by address', () => {
    const doc = sampleIncident({
      participants: [{ name: 'Yuki Tanaka', role: 'facilitator', email: 'yuki@example.com' }],
      timeline: [
        {
          id: 'EVT-1',
          at: at(1),
          kind: 'note',
          summary: 'Raise the pool limit (commit 1778418ae9 by Yuki Tanaka <yuki@example.com>)',
          source: 'git-log',
          origins: [{ file: 'git.log', line: 1 }],
        },
      ],
    });
    expect(anonymizeDocument(doc).timeline[0]?.summary).toBe(
      'Raise the pool limit (commit 1778418ae9 by the facilitator)',
    );
  });
});

describe('an anonymised line cut short inside an address (trial 12h A-7)', () => {
  it('drops what is left of the address, with no label in angle brackets', () => {
    const doc = sampleIncident({
      participants: [{ name: 'Yael Cohen', role: 'responder', email: 'yael.cohen@corp.example' }],
      summary:
        'Revert "lower max_conns to 5" (commit b52c6f661a, committed by Yael Cohen <yael.cohen@corp.exa…',
    });
    const summary = anonymizeDocument(doc).summary;
    expect(summary).toMatch(/committed by responder \d…$/);
    expect(summary).not.toContain('<');
  });
});

describe('anonymised labels and who added an event (trial 12b T12-13, T12-18)', () => {
  const roster = ['Ana Lima', 'Bo Chen', 'Cai Wen', 'Dov Peretz', 'Eli Sarr', 'Femi Ade'];
  const named = (summary: string) =>
    sampleIncident({
      summary,
      participants: [],
      actions: [],
      timeline: [
        {
          id: 'EVT-1',
          at: at(1),
          kind: 'note',
          summary: 'Restarted the pods',
          origins: [{ author: 'cli:mjohnson' }, { author: 'import' }, { file: 'notes.txt', line: 3 }],
        },
      ],
    });

  it('numbers people of a role among those the report names, not over a whole configured roster', () => {
    const doc = named('Eli Sarr and Femi Ade restarted the pods.');
    const labels = roleLabels(doc, { people: roster });
    expect([labels.get('Eli Sarr'), labels.get('Femi Ade')]).toEqual(['engineer 1', 'engineer 2']);
    expect(anonymizeDocument(doc, peopleRegistry(doc, { people: roster })).summary).toBe(
      'Engineer 1 and engineer 2 restarted the pods.',
    );
  });

  it('says "the engineer" for the one person of a roster the report names', () => {
    const doc = named('Femi Ade restarted the pods.');
    expect(anonymizeDocument(doc, peopleRegistry(doc, { people: roster })).summary).toBe(
      'The engineer restarted the pods.',
    );
  });

  it('leaves no login of whoever added an event, and keeps what debrief itself wrote', () => {
    const doc = anonymizeDocument(named('Restarted the pods.'));
    expect(doc.timeline[0]?.origins).toEqual([
      { author: 'a responder' },
      { author: 'import' },
      { file: 'notes.txt', line: 3 },
    ]);
  });
});
