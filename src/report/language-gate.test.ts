import { describe, expect, it } from 'vitest';
import { checkReportLanguage, formatGateFindings } from './language-gate.js';
import { renderReport } from './render.js';
import { sampleIncident } from './test-support/sample-incident.js';

const blaming = sampleIncident({ summary: 'Jordan Lee made a careless mistake. It was human error.' });

describe('the blameless-language gate', () => {
  it('finds nothing to hold back in the sample incident', () => {
    const report = renderReport(sampleIncident(), { format: 'md', audience: 'public' });
    expect(checkReportLanguage(report, 'public')).toMatchObject({ findings: [], blocks: false });
  });

  it('holds back exec and public reports with blame, and only warns on engineering ones', () => {
    for (const audience of ['exec', 'public'] as const) {
      const gate = checkReportLanguage(renderReport(blaming, { format: 'html', audience }), audience);
      expect(gate.blocks, audience).toBe(true);
    }
    const engineering = checkReportLanguage(
      renderReport(blaming, { format: 'html', audience: 'engineering' }),
      'engineering',
    );
    expect(engineering.findings.length).toBeGreaterThan(0);
    expect(engineering.blocks).toBe(false);
  });

  it("does not hold a reader's report back for what a review's notes say: they are not published (trial 26 F13)", () => {
    const base = sampleIncident();
    const doc = sampleIncident({
      reviews: base.reviews.map((review, index) =>
        index === 0
          ? {
              ...review,
              notes: 'Lena: Tomasz should have spotted it, honestly.',
              decisions: ['Blame Tomasz.'],
            }
          : review,
      ),
    });
    for (const format of ['md', 'html'] as const) {
      const exec = renderReport(doc, { format, audience: 'exec' });
      expect(exec.text).not.toContain('should have spotted');
      expect(checkReportLanguage(exec, 'exec'), format).toMatchObject({ findings: [], blocks: false });
    }
    // The engineering report prints its reviews, and warns on them.
    const engineering = renderReport(doc, { format: 'md', audience: 'engineering' });
    expect(checkReportLanguage(engineering, 'engineering').findings.map((f) => f.text)).toContain(
      'should have spotted',
    );
  });

  it('publishes the account of a choice made at the time ("decided to roll back instead of scaling up")', () => {
    const base = sampleIncident();
    const doc = sampleIncident({
      timeline: [
        ...base.timeline,
        {
          id: 'EVT-DECIDED',
          at: base.timeline[0]?.at ?? '2026-03-04T14:10:00.000Z',
          kind: 'decision',
          summary: 'Decided to roll back instead of scaling up the pool',
          severity: 'info',
          source: 'manual',
          origins: [],
        },
      ],
    });
    for (const audience of ['exec', 'public'] as const) {
      const report = renderReport(doc, { format: 'md', audience });
      // The public timeline keeps only what customers saw; the exec one shows the decision.
      if (audience === 'exec') expect(report.text).toContain('instead of scaling up');
      expect(checkReportLanguage(report, audience), audience).toMatchObject({ findings: [], blocks: false });
    }
  });

  it("holds an exec report back for blame in the author's words that its plain wording no longer meets (trial 23)", () => {
    const doc = sampleIncident({
      summary: 'Kenji ignored the KafkaConsumerGroupLagCriticalHigh alert for 20 minutes.',
    });
    const report = renderReport(doc, { format: 'md', audience: 'exec' });
    // Said in words, the alert's name is too long for the rule; the author's sentence is not.
    expect(report.text).not.toContain('KafkaConsumerGroupLagCriticalHigh');
    const gate = checkReportLanguage(report, 'exec');
    expect(gate.blocks).toBe(true);
    expect(formatGateFindings(gate)).toEqual([
      expect.stringContaining(
        "the incident's own words (reworded in the report) warning procedure_violation/",
      ),
    ]);
    // Found in the published words as well, it is listed once.
    const plain = sampleIncident({ summary: 'Kenji ignored the disk alert for 20 minutes.' });
    const once = checkReportLanguage(renderReport(plain, { format: 'md', audience: 'exec' }), 'exec');
    expect(once.findings.map((f) => f.ruleId)).toEqual(['procedure_violation/ignored-procedure']);
    expect(once.inAuthorsWords.size).toBe(0);
  });

  it('lists every problem of a sentence at once, so rewording one word is not met by a second refusal', () => {
    const doc = sampleIncident({ summary: 'Tomasz forgot to load-test it, and it was careless of him.' });
    const gate = checkReportLanguage(renderReport(doc, { format: 'md', audience: 'exec' }), 'exec');
    expect(gate.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['counterfactual/failed-to', 'judgmental/evaluative-word']),
    );
  });

  it('describes each finding with its place, rule and the question to ask instead', () => {
    const gate = checkReportLanguage(renderReport(blaming, { format: 'md', audience: 'exec' }), 'exec');
    expect(formatGateFindings(gate).join('\n')).toMatch(
      /"What happened", published text \d+:\d+ error human_error_label\/human-error: .* Ask instead: /,
    );
  });

  it('reads the report as published: after redaction and anonymisation, in every reader format', () => {
    // Names become "an engineer" or a role; the blame in the sentence stays, and must still be found.
    const doc = sampleIncident({ summary: 'Priya Raman should have tested the change before lunch.' });
    for (const format of ['md', 'html', 'json'] as const) {
      for (const audience of ['exec', 'public'] as const) {
        const report = renderReport(doc, { format, audience, anonymize: true });
        const gate = checkReportLanguage(report, audience);
        expect(gate.text, `${format} ${audience}`).not.toContain('Priya');
        expect(gate.blocks, `${format} ${audience}`).toBe(true);
      }
    }
    // The Slack summary leaves the summary out: what is not published does not hold it back.
    const slack = renderReport(doc, { format: 'slack', audience: 'exec', anonymize: true });
    expect(checkReportLanguage(slack, 'exec').blocks).toBe(false);
  });

  it('checks the words debrief adds itself, not only the author’s', () => {
    const report = renderReport(sampleIncident(), { format: 'html', audience: 'exec' });
    const gate = checkReportLanguage(report, 'exec');
    // Headings and the plain-words notes are in the checked text, and they are clean.
    expect(gate.text).toContain('In plain words');
    expect(gate.text).not.toMatch(/<[a-z]/);
    expect(gate.findings).toEqual([]);
  });

  it('reads a known person named by address or @handle as that person, as it reads their name', () => {
    const participants = [
      { name: 'Lan Nguyen', role: 'responder' as const, email: 'lan.nguyen@example.com' },
      { name: 'Min-jun Park', role: 'scribe' as const },
    ];
    const timeline = [
      {
        id: 'EVT-1',
        at: '2026-03-04T12:00:00.000Z',
        kind: 'chat' as const,
        summary: '#inc-42 Min-jun (@minjun, Min-jun Park, U02MINJUN): looking',
        source: 'slack',
      },
    ];
    for (const summary of [
      'lan.nguyen@example.com should have checked the proxy first.',
      '@minjun should have checked the proxy first.',
    ]) {
      const doc = sampleIncident({ summary, participants, timeline });
      const gate = checkReportLanguage(renderReport(doc, { format: 'md', audience: 'exec' }), 'exec');
      expect(gate.blocks, summary).toBe(true);
    }
  });

  it('treats role placeholders as people, and finds judgements with no one named', () => {
    const cases = [
      ['exec', 'Sam Okafor should have tested the change, and it was careless.'],
      ['public', 'The change was rolled back. It was careless.'],
      ['exec', 'The deploy was careless.'],
    ] as const;
    for (const [audience, summary] of cases) {
      const report = renderReport(sampleIncident({ summary }), { format: 'md', audience, anonymize: true });
      const gate = checkReportLanguage(report, audience);
      expect(gate.text, summary).not.toContain('Sam Okafor');
      expect(gate.blocks, summary).toBe(true);
    }
  });

  it('checks what is asked of executives and the cost, and keeps both out of public reports', () => {
    const doc = sampleIncident({
      ask: 'Jordan Lee should have tested the change; approve a load-test budget.',
      impact: { description: 'Card payments failed.', cost: 'about €42,000 in failed orders' },
    });
    const exec = checkReportLanguage(renderReport(doc, { format: 'json', audience: 'exec' }), 'exec');
    expect(exec.blocks).toBe(true);
    const publicJson = renderReport(doc, { format: 'json', audience: 'public' }).text;
    expect(publicJson).not.toContain('€42,000');
    expect(publicJson).not.toContain('load-test budget');
  });

  it('holds back only what a format publishes, and a factor that is a person', () => {
    // Blame only in a factor's description: the tracker exports hold actions, not factors.
    const base = sampleIncident();
    const withFactor = (title: string, description: string) => ({
      ...base,
      factors: base.factors.map((f, i) => (i === 0 ? { ...f, title, description } : f)),
    });
    const factorBlame = withFactor(
      'Pool size changes are not validated',
      'Jordan Lee should have tested the change.',
    );
    for (const format of ['jira-csv', 'github-json', 'github-md'] as const) {
      expect(
        checkReportLanguage(renderReport(factorBlame, { format, audience: 'exec' }), 'exec').blocks,
        format,
      ).toBe(false);
    }
    expect(
      checkReportLanguage(renderReport(factorBlame, { format: 'md', audience: 'exec' }), 'exec').blocks,
    ).toBe(true);
    const person = withFactor('Jordan Lee', '');
    for (const anonymize of [false, true]) {
      const gate = checkReportLanguage(
        renderReport(person, { format: 'md', audience: 'exec', anonymize }),
        'exec',
      );
      expect(gate.findings.map((f) => f.ruleId)).toContain('person_as_cause/factor-is-a-person');
    }
  });

  it('checks a public JSON on what it carries, not on the sections it leaves out (trial 12f F12-6)', () => {
    const lucky = { ...sampleIncident(), gotLucky: ['Jordan Lee should have tested the change.'] };
    const json = checkReportLanguage(renderReport(lucky, { format: 'json', audience: 'public' }), 'public');
    expect(json.blocks).toBe(false);
    expect(json.text).not.toContain('should have tested');
    const summary = { ...sampleIncident(), summary: 'Jordan Lee should have tested the change.' };
    expect(
      checkReportLanguage(renderReport(summary, { format: 'json', audience: 'public' }), 'public').blocks,
    ).toBe(true);
  });
});
