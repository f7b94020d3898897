import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { documentForAudience } from './audience.js';
import { buildBluf } from './bluf.js';
import { parseAudience, parseReportFormat, publishedProse, renderReport } from './render.js';
import { reportDay, sampleIncident } from './test-support/sample-incident.js';
import { trialIncident } from './test-support/trial-incident.js';

const now = new Date('2026-03-05T09:00:00Z');
const baseUrl = 'https://debrief.example.com/';

describe('report formats', () => {
  it('renders Markdown through the canonical renderer, BLUF included', () => {
    const { text } = renderReport(sampleIncident(), { format: 'md', audience: 'engineering' });
    expect(text).toContain('# Checkout returned 502s after a connection-pool change');
    expect(text).toContain('For 41 minutes on 4 March 2026 (SEV2), customers could not complete purchases');
  });

  it('renders the public Markdown without people or hosts', () => {
    const { text } = renderReport(sampleIncident(), { format: 'md', audience: 'public' });
    for (const secret of ['Priya', 'Jordan', 'example.com', '10.20.3.14', 'checkout-api'])
      expect(text).not.toContain(secret);
  });

  it('renders JSON with the audience, BLUF, metrics and the audience’s view', () => {
    const report = JSON.parse(renderReport(sampleIncident(), { format: 'json', audience: 'exec' }).text);
    expect(report.format).toBe('debrief-report');
    expect(report.audience).toBe('exec');
    expect(report.metrics.text.timeToDetect).toBe('7 minutes');
    expect(report.incident.timeline.some((e: { kind: string }) => e.kind === 'log-spike')).toBe(false);
    // Engineers keep the exact form; every word the exec Markdown explains at its end is in the JSON glossary.
    const engineering = JSON.parse(
      renderReport(sampleIncident(), { format: 'json', audience: 'engineering' }).text,
    );
    expect(engineering.metrics.text.timeToDetect).toBe('7m 00s');
    const md = renderReport(sampleIncident(), { format: 'md', audience: 'exec' }).text;
    const closing = md.slice(md.indexOf('## Words in this report'));
    const terms = report.glossary.map((entry: { term: string }) => entry.term);
    // Headed by the report's words, the glossary's term after when it differs ("- **SEV2** (Severity): …").
    const listed = [...closing.matchAll(/^- \*\*([^*]+)\*\*( \([^)]+\))?:/gm)].map(
      (m) => m[1] + (m[2] ?? ''),
    );
    expect(listed.length).toBeGreaterThan(1);
    for (const term of listed.filter((t) => t !== 'Names from our code')) expect(terms).toContain(term);
  });

  it('gives the exec JSON the business block and the follow-up plan its Markdown shows, and nobody else', () => {
    const exec = JSON.parse(renderReport(sampleIncident(), { format: 'json', audience: 'exec', now }).text);
    const md = renderReport(sampleIncident(), { format: 'md', audience: 'exec', now }).text;
    expect(exec.business.length).toBeGreaterThan(2);
    for (const fact of exec.business) expect(md).toContain(fact.text);
    expect(exec.followUpPlan).toMatchObject({ kind: expect.any(String), text: expect.any(String) });
    expect(md).toContain(exec.followUpPlan.text);
    for (const audience of ['engineering', 'public'] as const) {
      const other = JSON.parse(renderReport(sampleIncident(), { format: 'json', audience, now }).text);
      expect(other.business).toBeUndefined();
      expect(other.followUpPlan).toBeUndefined();
    }
  });

  it('keeps the "In plain words" notes of a reader’s JSON in their own field, not in the incident’s text', () => {
    for (const audience of ['exec', 'public'] as const) {
      const doc = sampleIncident({ summary: 'The connection pool was exhausted; a rollback fixed it.' });
      expect(renderReport(doc, { format: 'md', audience }).text).toContain('In plain words');
      const report = JSON.parse(renderReport(doc, { format: 'json', audience }).text);
      expect(JSON.stringify(report.incident)).not.toContain('In plain words');
      expect(report.incident.summary).toBe('The connection pool was exhausted; a rollback fixed it.');
      expect(report.glossary.length).toBeGreaterThan(0);
      expect(report.glossary[0]).toEqual({ term: expect.any(String), explanation: expect.any(String) });
    }
    const engineering = JSON.parse(
      renderReport(sampleIncident(), { format: 'json', audience: 'engineering' }).text,
    );
    expect(engineering.glossary).toBeUndefined();
  });

  it.each(['slack', 'github-md', 'github-json', 'jira-csv', 'json', 'md', 'html'] as const)(
    'links a public %s export to no internal server',
    (format) => {
      const { text } = renderReport(sampleIncident(), {
        format,
        audience: 'public',
        baseUrl,
        now: reportDay,
      });
      expect(text).not.toContain('debrief.example.com');
      // Nor by the incident's id (trial 21 F18: the Jira CSV labelled every row with it).
      expect(text).not.toContain(sampleIncident().id);
    },
  );

  it('writes an iCalendar file that an independent parser reads back with attendees', () => {
    const { text } = renderReport(sampleIncident(), { format: 'ics', audience: 'engineering', now, baseUrl });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      'Post-mortem review: Checkout returned 502s after a connection-pool change',
      'Follow-up review: Checkout returned 502s after a connection-pool change',
    ]);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-03-06T15:00:00.000Z');
    expect(events[0]?.endDate.toJSDate().toISOString()).toBe('2026-03-06T16:30:00.000Z');
    const attendees = events[0]!.attendees.map((a) => String(a.getFirstValue()).toLowerCase());
    expect(attendees).toEqual([
      'mailto:alex.chen@example.com',
      'mailto:priya.raman@example.com',
      'mailto:jordan.lee@example.com',
    ]);
    expect(events[0]?.description).toContain('Also invited (no e-mail address on record): Sam Okafor');
    expect(events[1]?.description).toContain('Actions to check:');
    // Each meeting lists its own default agenda: the follow-up one is about the actions.
    expect(events[0]?.description).toContain('- Timeline walk-through (');
    expect(events[1]?.description).toContain('- Action review (15 min)');
    expect(events[1]?.description).not.toContain('Timeline walk-through');
    // The agenda fits the time booked, as the CLI's agenda and the meeting console do: a SEV2 review's 90
    // minutes in the hour booked.
    const doc = sampleIncident();
    const hour = { ...doc, reviews: doc.reviews.map((review) => ({ ...review, durationMinutes: 60 })) };
    const booked = renderReport(hour, { format: 'ics', audience: 'engineering', now }).text.replace(
      /\r\n /g,
      '',
    );
    const first = booked.slice(0, booked.indexOf('END:VEVENT'));
    const minutes = [...first.matchAll(/\((\d+) min\)/g)].map((m) => Number(m[1]));
    expect(minutes.reduce((sum, n) => sum + n, 0)).toBe(60);
    expect(text).toContain('https://debrief.example.com/incidents/INC-7K3M9QX2');
  });

  it('invites an anonymised "Name <address>" attendee by address, under their role', () => {
    const doc = sampleIncident({
      reviews: [
        {
          id: 'REV-1',
          kind: 'review',
          scheduledAt: '2026-03-06T15:00:00Z',
          durationMinutes: 60,
          attendees: ['Bill Post <bill.post@example.com>', 'Sam Okafor'],
        },
      ],
    });
    const { text } = renderReport(doc, { format: 'ics', audience: 'exec', anonymize: true, now });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    const invited = event.attendees.map((a) => [
      a.getParameter('cn'),
      String(a.getFirstValue()).toLowerCase(),
    ]);
    expect(invited).toEqual([['the attendee', 'mailto:bill.post@example.com']]);
    expect(text).not.toMatch(/Bill|Post <|Okafor/);
  });

  it('invites a participant by the address the evidence gives them, with names as without (trial 12g G-12)', () => {
    const doc = sampleIncident({
      participants: [{ name: 'Grace May', role: 'responder' }],
      timeline: [
        {
          id: 'EVT-1',
          at: '2026-03-04T12:01:00.000Z',
          kind: 'note',
          summary: 'Raise the pool (commit 7f66bfea42 by Grace May <gmay@corp.example>)',
          source: 'git-log',
          origins: [{ file: 'git.log', line: 1 }],
        },
      ],
      reviews: [
        {
          id: 'REV-1',
          kind: 'review',
          scheduledAt: '2026-03-06T15:00:00Z',
          durationMinutes: 60,
          attendees: ['Grace May'],
        },
      ],
    });
    const invitedIn = (anonymize: boolean) => {
      const { text } = renderReport(doc, { format: 'ics', audience: 'exec', anonymize, now });
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
      expect(text).not.toContain('no e-mail address on record');
      return event.attendees.map((a) => String(a.getFirstValue()).toLowerCase());
    };
    expect(invitedIn(false)).toEqual(['mailto:gmay@corp.example']);
    expect(invitedIn(true)).toEqual(['mailto:gmay@corp.example']);
  });

  it('keeps a name with a double quote inside its CN, and invites only addresses', () => {
    const doc = sampleIncident({
      participants: [
        { name: 'Eve":mailto:attacker@evil.example;X-A="', role: 'facilitator', email: 'eve@example.com' },
      ],
      reviews: [
        {
          id: 'REV-1',
          kind: 'review',
          scheduledAt: '2026-03-06T15:00:00Z',
          durationMinutes: 60,
          attendees: ['bob@example.com'],
        },
      ],
    });
    // Reviews saved before attendees were checked may still hold text that only looks like an address.
    const [meeting] = doc.reviews;
    if (meeting) {
      meeting.attendees = [
        'x@y.example:MAILTO:z@evil.example',
        'mallory@example.com;RSVP=TRUE',
        'bob@example.com',
      ];
    }
    const { text } = renderReport(doc, { format: 'ics', audience: 'engineering', now });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    const organizer = event.component.getFirstProperty('organizer');
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe('mailto:eve@example.com');
    expect(organizer?.getParameter('cn')).toBe("Eve':mailto:attacker@evil.example;X-A='");
    expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:bob@example.com',
    ]);
    expect(event.description).toContain('x@y.example:MAILTO:z@evil.example');
  });

  it('refuses a calendar when no review is scheduled', () => {
    expect(() =>
      renderReport(sampleIncident({ reviews: [] }), { format: 'ics', audience: 'engineering' }),
    ).toThrow(/has no review or follow-up review scheduled/);
  });

  it('says a calendar is for the team, not the public, rather than that no review is scheduled', () => {
    expect(sampleIncident().reviews.length).toBeGreaterThan(0);
    expect(() => renderReport(sampleIncident(), { format: 'ics', audience: 'public' })).toThrow(
      /a calendar of the review meetings is for the team, not the public: choose the engineering or exec audience/,
    );
    expect(renderReport(sampleIncident(), { format: 'ics', audience: 'exec' }).text).toContain(
      'BEGIN:VEVENT',
    );
  });

  it('exports open actions as Jira CSV that parses back, each linking to the incident', () => {
    const doc = sampleIncident({
      actions: [
        {
          id: 'ACT-1',
          title: 'Quote "this", and that',
          owner: 'SRE team',
          dueDate: '2026-03-20',
          priority: 'high',
        },
        { id: 'ACT-2', title: '=HYPERLINK("http://evil")', owner: '@ananya' },
        { id: 'ACT-3', title: 'Already done', status: 'done' },
      ],
    });
    const rows: string[][] = parseCsv(
      renderReport(doc, { format: 'jira-csv', audience: 'engineering', baseUrl }).text,
    );
    expect(rows[0]).toEqual([
      'Summary',
      'Issue Type',
      'Priority',
      'Due Date',
      'Assignee',
      'Labels',
      'Labels',
      'Labels',
      'Description',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(0, 8)).toEqual([
      'Quote "this", and that',
      'Task',
      'High',
      '2026-03-20',
      'SRE team',
      'postmortem',
      'INC-7K3M9QX2',
      'action-prevent',
    ]);
    expect(rows[2]?.[0]).toBe('\'=HYPERLINK("http://evil")');
    // A chat handle's owner is assigned by the user name Jira matches (trial 12g G-22).
    expect(rows[2]?.[4]).toBe('ananya');
    expect(rows[1]?.[8]).toContain('https://debrief.example.com/incidents/INC-7K3M9QX2');
  });

  it('exports open actions as GitHub issues in JSON and Markdown', () => {
    const issues = JSON.parse(
      renderReport(sampleIncident(), { format: 'github-json', audience: 'engineering', baseUrl }).text,
    );
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatchObject({
      title: 'Validate pool size against peak concurrency in CI',
      labels: ['postmortem', 'action:prevent', 'priority:high'],
    });
    expect(issues[0].body).toContain(
      'Addresses: Pool size changes are not validated against expected peak load',
    );
    const md = renderReport(sampleIncident(), { format: 'github-md', audience: 'engineering' }).text;
    expect(md.match(/^## /gm)).toHaveLength(3);
    expect(md).toContain(
      'Post-mortem INC-7K3M9QX2 (Checkout returned 502s after a connection-pool change) in debrief',
    );
  });

  // Trial 12e E-21: a reader's export carried the internal record id.
  it('exports actions for readers outside the team without the record id', () => {
    for (const audience of ['exec', 'public'] as const) {
      const md = renderReport(sampleIncident(), { format: 'github-md', audience, baseUrl }).text;
      // The exec export links to the incident (its address holds the id); the public one has neither.
      expect(md.replace(/https:\/\/\S+/g, ''), audience).not.toContain('INC-7K3M9QX2');
      expect(md, audience).toContain(
        'From the post-mortem "Checkout returned 502s after a connection-pool change',
      );
      expect(md.includes(baseUrl), audience).toBe(audience === 'exec');
    }
  });

  it('writes a short Slack block with the BLUF and a link', () => {
    const { text } = renderReport(sampleIncident({ title: 'Checkout <down> & out' }), {
      now: reportDay,
      format: 'slack',
      audience: 'exec',
      baseUrl,
    });
    expect(text).toMatchInlineSnapshot(`
      "*[SEV2] Checkout &lt;down&gt; &amp; out* (INC-7K3M9QX2)
      > For 41 minutes on 4 March 2026 (SEV2), customers could not complete purchases; card payments failed with an error page (12,400 users affected, 48,210 failed requests, 35% of the error budget). Systemic cause (configuration): pool size changes are not validated against expected peak load; next step: validate pool size against peak concurrency in CI (overdue since 20 March 2026).
      • Open actions: 3 (2 high priority, 2 overdue, 1 without an owner)
      • _SEV2_: how serious the incident was, on a scale from 1 (most serious) to 4; it decides how much attention the response gets.
      • _error budget_: the amount of failure we can afford in a month before we break our reliability target; an incident spends part of it.
      • _pool size_: a small, fixed number of open lines a service keeps to its database and shares among all requests; when every line is busy, the rest wait.
      • _CI_: the automatic checks every code change must pass before it can go live.
      • Follow-up review: overdue, planned for 27 March 2026 with nothing recording it was held; suggested new date 16 December 2026
      <https://debrief.example.com/incidents/INC-7K3M9QX2|Read the full post-mortem>
      "
    `);
  });

  it('says in the Slack block what it cost and that no follow-up review is booked while actions are open', () => {
    const doc = sampleIncident();
    const { text } = renderReport(
      { ...doc, impact: { ...doc.impact, cost: 'about €42,000 in failed orders' }, reviews: [] },
      { now: reportDay, format: 'slack', audience: 'exec', baseUrl },
    );
    // The bottom line debrief built says the cost; an author's own keeps it on a line of its own.
    expect(text).toContain('It cost about €42,000 in failed orders.');
    expect(text).not.toContain('• Cost:');
    expect(text).toMatch(/• Follow-up review: not booked yet \(suggested \d+ \w+ 2026\)\n/);
    const authored = renderReport(
      { ...doc, bluf: 'Checkout failed.', impact: { ...doc.impact, cost: 'about €42,000 in failed orders' } },
      { now: reportDay, format: 'slack', audience: 'exec', baseUrl },
    ).text;
    expect(authored).toContain('• Cost: about €42,000 in failed orders\n');
  });

  it('says nothing of meetings in the public Slack block, which holds none (never "not booked yet")', () => {
    const doc = sampleIncident();
    const exec = renderReport(doc, { now: reportDay, format: 'slack', audience: 'exec' }).text;
    expect(exec).toContain('• Follow-up review:');
    const pub = renderReport(doc, { now: reportDay, format: 'slack', audience: 'public' }).text;
    expect(pub).not.toContain('Follow-up review');
    // Nor a record id, as the public's other formats (trial 18f F35); the exec block keeps it.
    expect(exec.split('\n')[0]).toContain(`(${doc.id})`);
    expect(pub).not.toContain(doc.id);
  });

  // Issue 18, T18c-8: the exec Slack block had no plain words and no ask.
  it('gives executives the bottom line in plain words in Slack, and ends with the ask and the follow-up date', () => {
    const { text } = renderReport(trialIncident(), {
      now: new Date('2026-12-04T12:00:00Z'),
      format: 'slack',
      audience: 'exec',
    });
    const lines = text.trim().split('\n');
    expect(lines.at(-2)).toBe(
      '• We ask you: approve two engineer-weeks to move settlement to a queue before the holiday peak.',
    );
    expect(lines.at(-1)).toBe('• Follow-up review: not booked yet (suggested 11 December 2026)');
    expect(text.split('We ask you').length - 1).toBe(1);
    for (const gloss of [
      '• _fan-out_: one piece of work is split into many smaller ones',
      '• _ctx deadline_: a time limit set on a request',
      '• _timeout budget_: how long each step',
    ])
      expect(text).toContain(gloss);
    expect(text).toContain(buildBluf(documentForAudience(trialIncident(), 'exec')).text.split(' We ask')[0]);
    // Engineers read their own words.
    const engineering = renderReport(trialIncident(), { format: 'slack', audience: 'engineering' }).text;
    expect(engineering).not.toContain('• _fan-out_');
  });

  it('names the accepted values for an unknown format or audience', () => {
    expect(() => parseReportFormat('docx')).toThrow(
      'unknown format "docx"; expected one of md, html, pdf, json, ics, jira-csv, github-md, github-json, slack',
    );
    expect(() => parseAudience('board')).toThrow(
      'unknown audience "board"; expected one of engineering, exec, public',
    );
    expect(parseAudience('Public')).toBe('public');
    expect(parseAudience('executive')).toBe('exec');
    expect(parseAudience('Executives')).toBe('exec');
    expect(parseReportFormat('MD')).toBe('md');
  });

  it('collects the prose a report publishes for the language check', () => {
    const { view, bluf } = renderReport(sampleIncident(), { format: 'json', audience: 'exec' });
    const prose = publishedProse(view, bluf);
    expect(prose).toContain('Customers could not complete purchases');
    expect(prose).not.toContain('too many clients');
  });

  it('checks the timeline an audience publishes, not only the summary', () => {
    const incident = sampleIncident();
    const blamed = {
      ...incident,
      timeline: [
        ...incident.timeline,
        {
          ...incident.timeline[0]!,
          id: 'EVT-BLAME001',
          kind: 'mitigation' as const,
          source: 'manual',
          summary: 'Jordan carelessly ignored the alert',
        },
      ],
    };
    const { view, bluf } = renderReport(blamed, { format: 'json', audience: 'exec' });
    expect(publishedProse(view, bluf)).toContain('Jordan carelessly ignored the alert');
  });
});

describe('the public JSON report', () => {
  it('carries what the public pages show, and no ids, workflow status, people, sources or owners', () => {
    const doc = sampleIncident();
    const { incident } = JSON.parse(renderReport(doc, { format: 'json', audience: 'public' }).text) as {
      incident: Record<string, unknown>;
    };
    const text = JSON.stringify(incident);
    for (const key of [
      '"id"',
      '"status"',
      '"restricted"',
      '"participants"',
      '"source"',
      '"origins"',
      '"eventId"',
      '"reason"',
      '"owner"',
      '"dueDate"',
    ])
      expect(text).not.toContain(key);
    expect(text).not.toContain(doc.id);
    expect(Object.keys(incident)).toEqual(
      expect.arrayContaining(['title', 'summary', 'impact', 'moments', 'timeline', 'factors', 'changes']),
    );
    expect(incident.changes).toEqual(
      doc.actions.filter((a) => a.status !== 'dropped').map((a) => ({ title: a.title })),
    );
  });

  it('has one bottom line, the one its Markdown shows, not the author’s for executives (trial 12c C-9)', () => {
    const doc = sampleIncident({ bluf: 'Jordan Lee forgot to run the load test, which cost €18,000.' });
    const report = JSON.parse(renderReport(doc, { format: 'json', audience: 'public' }).text) as {
      bluf: { text: string };
      incident: Record<string, unknown>;
    };
    expect(report.incident).not.toHaveProperty('bluf');
    expect(JSON.stringify(report)).not.toMatch(/forgot|18,000/);
    expect(renderReport(doc, { format: 'md', audience: 'public' }).text).toContain(report.bluf.text);
  });
});

describe('report snapshots', () => {
  const formats = ['json', 'jira-csv', 'github-md', 'slack'] as const;
  const audienceList = ['engineering', 'exec', 'public'] as const;
  for (const format of formats) {
    it.each(audienceList)(`renders ${format} for %s the same way every time`, (audience) => {
      expect(
        renderReport(sampleIncident(), { format, audience, baseUrl, now: reportDay }).text,
      ).toMatchSnapshot();
    });
  }

  it('renders the review calendar the same way every time', () => {
    expect(
      renderReport(sampleIncident(), { format: 'ics', audience: 'engineering', now, baseUrl }).text,
    ).toMatchSnapshot();
  });
});
