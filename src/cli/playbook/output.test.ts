import { describe, expect, it } from 'vitest';
import { sampleIncident } from '../../report/test-support/sample-incident.js';
import { playbookOutput } from './output.js';

describe('playbook output', () => {
  it('scales the agenda with severity, or takes it from the incident', () => {
    expect(playbookOutput('agenda', '', { severity: 'SEV1' }, undefined).json).toMatchObject({
      minutes: 120,
    });
    expect(playbookOutput('agenda', '', { severity: 'SEV1' }, sampleIncident()).json).toMatchObject({
      severity: 'SEV2',
      minutes: 90,
    });
  });

  it("prints the review's own agenda when it has one, and says so", () => {
    const doc = sampleIncident();
    const own = [
      { title: 'Ground rules', minutes: 5 },
      { title: 'Timeline', minutes: 20 },
      { title: 'Contributing factors', minutes: 20 },
      { title: 'Actions', minutes: 10 },
      { title: 'Close', minutes: 5 },
    ];
    const withOwn = {
      ...doc,
      reviews: doc.reviews.map((r) => (r.kind === 'review' ? { ...r, agenda: own } : r)),
    };
    const { text, json } = playbookOutput('agenda', '', { today: '2026-03-05' }, withOwn);
    expect(text).toContain("This meeting's own agenda, as set on the review");
    expect(text).toMatch(/^\|? ?5 min +\|? ?Ground rules/m);
    expect(json).toMatchObject({ source: 'review', minutes: 60, items: own });
  });

  it('rejects a severity it does not know, naming the accepted ones', () => {
    expect(() => playbookOutput('agenda', '', { severity: 'SEV9' }, undefined)).toThrow(
      'invalid --severity: expected one of SEV1, SEV2, SEV3, SEV4, got "SEV9"',
    );
  });

  it('takes a severity in any case, as `debrief new` does', () => {
    expect(playbookOutput('agenda', '', { severity: 'sev4' }, undefined)).toEqual(
      playbookOutput('agenda', '', { severity: 'SEV4' }, undefined),
    );
  });

  it('filters probing questions by phase and category', () => {
    const questions = playbookOutput('questions', '', { phase: 'factors', category: 'capacity' }, undefined)
      .json as Array<{ phase: string; categories: string[] }>;
    expect(questions.length).toBeGreaterThan(3);
    for (const q of questions) {
      expect(q.phase).toBe('factors');
      expect(q.categories.length === 0 || q.categories.includes('capacity')).toBe(true);
    }
  });

  it('takes a factor category in any case when filtering questions, as `factors add` does', () => {
    expect(playbookOutput('questions', '', { category: 'Training' }, undefined).json).toEqual(
      playbookOutput('questions', '', { category: 'training' }, undefined).json,
    );
    expect(() => playbookOutput('questions', '', { category: 'trainin' }, undefined)).toThrow(
      /got "trainin"; did you mean training\?$/,
    );
  });

  it("prints a category's own questions, then the general ones under their own heading", () => {
    const { text } = playbookOutput('questions', '', { category: 'training' }, undefined);
    const [own = '', general = ''] = text.split('\n\n');
    expect(own).toMatch(/^Questions about Training and practice \(5\)\n/);
    expect(
      own
        .split('\n')
        .slice(1)
        .every((line) => /^\[[a-z-]+ · [^\]]*training/.test(line)),
    ).toBe(true);
    expect(general).toMatch(/^General questions, for any category \(\d+\)\n/);
    expect(
      general
        .split('\n')
        .slice(1, -1)
        .every((line) => /^\[[a-z-]+\] /.test(line)),
    ).toBe(true);
  });

  it("lists the JSON questions in the order the text prints them, the category's own first", () => {
    const { text, json } = playbookOutput('questions', '', { category: 'training' }, undefined);
    const printed = text
      .split('\n')
      .filter((line) => line.startsWith('['))
      .map((line) => line.replace(/^\[[^\]]*\] /, ''));
    expect((json as Array<{ text: string }>).map((q) => q.text)).toEqual(printed);
  });

  it('refuses an empty category or phase instead of listing everything', () => {
    expect(() => playbookOutput('questions', '', { category: '' }, undefined)).toThrow(
      /^invalid --category: expected one of code-review, .*, got ""$/,
    );
    expect(() => playbookOutput('questions', '', { phase: '' }, undefined)).toThrow(/^invalid --phase: /);
  });

  it('takes a phase in any case, and names the phases for one it does not know', () => {
    expect(playbookOutput('questions', '', { phase: 'Timeline' }, undefined).json).toEqual(
      playbookOutput('questions', '', { phase: 'timeline' }, undefined).json,
    );
    expect(playbookOutput('questions', '', { phase: 'Went Well' }, undefined).json).toEqual(
      playbookOutput('questions', '', { phase: 'went-well' }, undefined).json,
    );
    expect(() => playbookOutput('questions', '', { phase: 'tim' }, undefined)).toThrow(
      'invalid --phase: expected one of ground-rules, timeline, factors, went-well, actions, close (any case), got "tim"; did you mean timeline?',
    );
  });

  it('finds a nuance topic in any case, singular or plural, or by a word of its id', () => {
    const executives = playbookOutput('nuance', 'executives', {}, undefined).json;
    expect(playbookOutput('nuance', 'Executive', {}, undefined).json).toEqual(executives);
    expect(playbookOutput('nuance', 'EXECUTIVES', {}, undefined).json).toEqual(executives);
    expect(playbookOutput('nuance', 'Across Cultures', {}, undefined).json).toMatchObject({
      id: 'across-cultures',
    });
    expect(playbookOutput('nuance', 'accused', {}, undefined).json).toMatchObject({
      id: 'senior-engineer-feels-accused',
    });
    // The beginning or the stem of a word is enough when it names one topic.
    expect(playbookOutput('nuance', 'exec', {}, undefined).json).toEqual(executives);
    expect(playbookOutput('nuance', 'cross-cultural', {}, undefined).json).toMatchObject({
      id: 'across-cultures',
    });
    // "across" names three topics: none is picked.
    expect(() => playbookOutput('nuance', 'across', {}, undefined)).toThrow(/^no nuance topic "across"/);
  });

  it('takes stakeholder as another name for executive when filtering objections', () => {
    expect(playbookOutput('objections', '', { role: 'stakeholder' }, undefined).json).toEqual(
      playbookOutput('objections', '', { role: 'executive' }, undefined).json,
    );
    expect(playbookOutput('objections', '', { role: 'Stakeholders' }, undefined).json).toEqual(
      playbookOutput('objections', '', { role: 'executive' }, undefined).json,
    );
    expect(() => playbookOutput('objections', '', { role: 'intern' }, undefined)).toThrow(
      /expected one of engineer, senior-engineer, manager, executive or a title such as cto, head of engineering, tech lead or engineering manager \(any case; `debrief playbook --help` lists every name\)$/,
    );
  });

  it('prints every objection with who raises it, the answer in its parts and a question', () => {
    const { text } = playbookOutput('objections', '', {}, undefined);
    const count = text.match(/^ {2}Ask: /gm)?.length ?? 0;
    expect(count).toBeGreaterThanOrEqual(15);
    expect(text.match(/^ {2}Usually raised by .+\.$/gm)?.length).toBe(count);
    expect(text.match(/^ {2}Acknowledge: /gm)?.length).toBe(count);
    expect(text).toContain(
      '“Someone made a mistake. We need to know who.”\n  A harsher form of: “Someone did get something wrong, though. Surely we have to understand what it was.”\n  Usually raised by a senior engineer or a manager.',
    );
    // Every harsher form names the fair one it sharpens; the fair forms do not.
    expect(text.match(/^ {2}A harsher form of: /gm)?.length).toBe(6);
  });

  it('gives who raises each objection, and the whole spoken answer, in JSON too', () => {
    const json = playbookOutput('objections', '', {}, undefined).json as Array<Record<string, unknown>>;
    for (const objection of json) {
      expect(objection.raisedBy).toEqual(expect.any(String));
      expect(objection.response).toEqual(expect.stringContaining(String(objection.acknowledge)));
    }
  });

  it('builds the agenda from the incident: its scheduled length, missing facts and factors', () => {
    const doc = sampleIncident({
      reviews: [{ id: 'REV-1', kind: 'review', scheduledAt: '2026-03-10T15:00:00Z', durationMinutes: 60 }],
    });
    const { text, json } = playbookOutput('agenda', '', { severity: 'SEV1', today: '2026-03-09' }, doc);
    expect(json).toMatchObject({ severity: 'SEV2', minutes: 60 });
    expect(text).toMatch(
      /^Review agenda for "Checkout returned 502s after a connection-pool change" \(SEV2, 60 minutes\)\nFor the review on Tuesday 10 March at 15:00 UTC \(an hour\), the next one booked\./,
    );
    expect(text).toContain('  Cue: Restate the blameless rule');
    expect(text).toContain(
      '  - "Pool size changes are not validated against expected peak load" (Configuration): ',
    );
    expect(text).toMatch(/has no owner(?: and no due date)? yet\.|with no owner yet\./);
  });

  it('fits the agenda and the script to the length asked for, with or without an incident', () => {
    const template = playbookOutput('agenda', '', { severity: 'SEV1', minutes: 45 }, undefined);
    expect(template.json).toMatchObject({ severity: 'SEV1', minutes: 45 });
    expect(template.text).toMatch(/^Review agenda for a SEV1 incident \(45 minutes\)/);
    const doc = sampleIncident({
      reviews: [{ id: 'REV-1', kind: 'review', scheduledAt: '2026-03-10T15:00:00Z', durationMinutes: 90 }],
    });
    const fitted = playbookOutput('agenda', '', { today: '2026-03-09', minutes: 30 }, doc);
    expect(fitted.json).toMatchObject({ minutes: 30 });
    const items = (fitted.json as { items: Array<{ minutes: number }> }).items;
    expect(items.reduce((sum, item) => sum + item.minutes, 0)).toBe(30);
    expect(playbookOutput('script', '', { today: '2026-03-09', minutes: 45 }, doc).text).toContain(
      '45 minutes',
    );
    expect(playbookOutput('script', '', { minutes: 45 }, undefined).text).toContain('45 minutes');
    expect(playbookOutput('script', '', {}, undefined).text).not.toContain('45 minutes');
  });

  it("prints a named meeting's agenda: a follow-up booked after the review runs the follow-up's phases", () => {
    const doc = sampleIncident({
      reviews: [
        { id: 'REV-1', kind: 'review', scheduledAt: '2026-03-10T15:00:00Z', durationMinutes: 60 },
        { id: 'REV-2', kind: 'follow-up', scheduledAt: '2026-03-24T15:00:00Z', durationMinutes: 30 },
      ],
    });
    const next = playbookOutput('agenda', '', { today: '2026-03-09' }, doc).json as { minutes: number };
    expect(next.minutes).toBe(60);
    const { text, json } = playbookOutput('agenda', '', { today: '2026-03-09', review: 'rev-2' }, doc);
    expect(json).toMatchObject({ minutes: 30, scheduledAt: '2026-03-24T15:00:00.000Z' });
    // The line under the heading names the meeting; the heading does not say it again (trial 18b B-15).
    expect(text).toContain(
      '(SEV2, 30 minutes)\nFor the follow-up review on Tuesday 24 March at 15:00 UTC (half an hour).',
    );
    expect(text).not.toContain('scheduled 2026-03-24');
    expect(() => playbookOutput('agenda', '', { review: 'REV-9' }, doc)).toThrow('has no meeting "REV-9"');
  });

  it('says when to read the mid-meeting reminder, in text and JSON', () => {
    const { text, json } = playbookOutput('script', '', {}, undefined);
    expect(text).toContain(
      'Mid-meeting reminder\n====================\n(When: Restate the blameless rule as the room turns',
    );
    expect(json).toMatchObject({ reminder: { cue: expect.stringMatching(/^Restate the blameless rule/) } });
  });

  it('prints a template script when there is no incident', () => {
    const { text, json } = playbookOutput('script', '', {}, undefined);
    expect(text).toContain('"[incident title]"');
    expect(json).toMatchObject({ template: true });
  });

  it('lists every nuance topic, or one by id, and names the topics when one is unknown', () => {
    expect(playbookOutput('nuance', '', {}, undefined).text).toMatch(/^Speaking to executives\n- /);
    expect(playbookOutput('nuance', 'across-hierarchy', {}, undefined).text).toMatch(/^Across hierarchy\n/);
    expect(() => playbookOutput('nuance', 'jokes', {}, undefined)).toThrow(
      'no nuance topic "jokes"; expected one of executives, senior-engineer-feels-accused, across-cultures, across-languages, across-hierarchy',
    );
  });

  it('suggests near terms when a glossary term is unknown', () => {
    expect(() => playbookOutput('glossary', 'mute', {}, undefined)).toThrow(
      /^no glossary entry for "mute"; did you mean: .*Poisoned mutex/,
    );
  });

  it('answers a glossary term however it is written, and only offers an entry that shares some of its words', () => {
    const first = (term: string) => playbookOutput('glossary', term, {}, undefined).text.split('\n')[0];
    expect(['go routine', 'fail-over', 'pods', 'retries'].map(first)).toEqual([
      'Goroutine (go)',
      'Failover (infrastructure)',
      'Pod (infrastructure)',
      'Retry storm (infrastructure)',
    ]);
    expect(() => playbookOutput('glossary', 'hot reload', {}, undefined)).toThrow(
      /^no glossary entry for "hot reload"; did you mean: Hot partition/,
    );
    expect(() => playbookOutput('glossary', 'team', {}, undefined)).toThrow(
      'no glossary entry for "team"; list the terms with `debrief playbook glossary`',
    );
  });

  it('finds a glossary entry by any one word of its term', () => {
    expect(playbookOutput('glossary', 'checker', {}, undefined).text).toMatch(/^Borrow checker \(rust\)/);
    expect(playbookOutput('glossary', 'herd', {}, undefined).text).toMatch(/^Thundering herd/);
  });

  it('lists every glossary term when no term is given', () => {
    const { text } = playbookOutput('glossary', '', {}, undefined);
    expect(text.split('\n').length).toBeGreaterThan(80);
  });

  it('fills the script from the incident and names what is missing', () => {
    const { text } = playbookOutput('script', '', {}, sampleIncident());
    expect(text).toContain('a SEV2 incident that affected checkout-api and payments-gateway');
    expect(text).toContain('(Missing: owner for "Add a runbook for pool exhaustion"');
  });

  it('names overdue actions in the closing, as of today when no review is scheduled', () => {
    const doc = sampleIncident({ reviews: [] });
    const { text } = playbookOutput('script', '', { today: '2027-01-01' }, doc);
    expect(text).toMatch(/, was due \w+day \d{1,2} \w+ \d{4} and is now overdue\)/);
  });
});

describe('the agenda planned without an incident (trial 21)', () => {
  it("asks each phase's questions and prints every goal whole, wrapped in its column", () => {
    const { text } = playbookOutput('agenda', '', { severity: 'SEV1', minutes: 45 }, undefined);
    expect(text).toContain('Timeline walk-through\n  Questions to ask:');
    expect(text).not.toContain('…');
    expect(text).toMatch(
      /Agree that we are here to learn and improve the system, and that nobody\n {10,}is on trial\./,
    );
  });
});
