import { describe, expect, it } from 'vitest';
import type { Action, IncidentDocument } from '../domain/index.js';
import { analyze } from '../language/index.js';
import { businessFacts, explainedInPlace, recurrenceSentence } from './business-impact.js';
import { followUpPlan, followUpSentence } from './follow-up-plan.js';
import { recordedIncident, reportDate, sampleIncident } from './test-support/sample-incident.js';

const action = (fields: Partial<Action> & Pick<Action, 'id'>): Action => ({
  title: 'Add a check',
  owner: '',
  priority: 'medium',
  type: 'prevent',
  status: 'open',
  ...fields,
});

const recorded = recordedIncident;

const texts = (doc: IncidentDocument) => businessFacts(doc, 'exec').map((fact) => fact.text);

describe('what an incident means for the business', () => {
  it('states each fact the author recorded, in plain words, customers first and the ask last', () => {
    expect(texts(recorded())).toEqual([
      '12,400 users were affected, and 48,210 of their requests failed.',
      'Cost to the business: about €42,000 in failed orders.',
      'A service level we promise customers in contracts (an SLA) was not met: credits owed to 3 Enterprise customers.',
      'Error budget spent, 34%: this incident used 34% of the failures we allow ourselves in a month.',
      'Until the prevention action is done (by 20 March 2026), the same conditions could cause this again.',
      'What we ask of you: Approve two weeks of the payments team for the pool work.',
    ]);
  });

  it('counts the affected as the incident calls them ("merchants"), and "users" when it never says (trial 27)', () => {
    const merchants = recorded();
    merchants.bluf = 'Payments returned errors to 12,400 merchants for 38 minutes.';
    expect(texts(merchants)[0]).toBe('12,400 merchants were affected, and 48,210 of their requests failed.');
    const one = sampleIncident({
      impact: { description: 'One business (1 business) lost its settlement.', usersAffected: 1 },
    });
    expect(texts(one)[0]).toBe('1 business was affected.');
    // The count must be the recorded one: "3 customers" elsewhere says nothing of the 12,400.
    const other = recorded();
    other.bluf = 'Credits are owed to 3 customers.';
    expect(texts(other)[0]).toMatch(/^12,400 users were affected/);
  });

  it('says "not recorded yet" for customers, cost and the ask nobody wrote, keeping the recurrence risk', () => {
    const doc = sampleIncident({ impact: { description: '' } });
    expect(businessFacts(doc, 'exec').map((fact) => fact.text)).toEqual([
      'Customers affected: not recorded yet.',
      'Cost to the business and any contract (SLA) impact: not recorded yet.',
      expect.stringMatching(/^Until the prevention action is done/),
      'What we ask of you: nothing has been asked yet.',
    ]);
  });

  it('says the SLA was met, or gives the note alone when nobody assessed it', () => {
    const met = recorded({ impact: { slaBreached: false } });
    expect(texts(met)).toContain('The service levels we promise customers in contracts (SLAs) were met.');
    // SLAs met say nothing of what the outage cost: an unrecorded cost is still said (trial 18e E2-7).
    const metNoCost = recorded({ impact: { slaBreached: false, cost: undefined } });
    expect(texts(metNoCost)).toContain('Cost to the business: not recorded yet.');
    const noted = recorded({ impact: { sla: 'Enterprise credits are still being checked.' } });
    expect(texts(noted)).toContain(
      'Service levels we promise customers in contracts (SLAs): Enterprise credits are still being checked.',
    );
    // The cost recorded and the contract side not: said so, not left out (trial 23).
    const base = recorded();
    const costOnly = { ...base, impact: { ...base.impact, slaBreached: undefined, sla: undefined } };
    expect(texts(costOnly)).toContain('Contract (SLA) impact: not recorded yet.');
    expect(texts(recorded())).not.toContain('Contract (SLA) impact: not recorded yet.');
  });

  it('explains an error budget spent past its whole month', () => {
    expect(texts(recorded({ impact: { errorBudgetBurn: 1.2 } }))).toContain(
      'Error budget spent, 120%: this incident caused more failures than we allow ourselves in a whole month.',
    );
  });

  it('says a percentage as it was entered, to one decimal, as the web field shows it', () => {
    expect(texts(recorded({ impact: { errorBudgetBurn: 0.125 } }))).toContain(
      'Error budget spent, 12.5%: this incident used 12.5% of the failures we allow ourselves in a month.',
    );
    // Explained there, so not again in the report's closing words.
    expect(explainedInPlace['error-budget']?.test('Error budget spent, 12.5%: this incident used')).toBe(
      true,
    );
  });

  it('counts failed requests, then says how many customers is unknown or what they saw (trial 29)', () => {
    expect(texts(recorded({ impact: { failedRequests: 1_200 } }))[0]).toBe(
      '1,200 customer requests failed. Customers affected: not recorded yet.',
    );
    const described = recorded({
      impact: {
        failedRequests: 1_240_000,
        description: 'Search was slow or failing; the mobile app showed empty results to a third of users.',
      },
    });
    expect(texts(described)[0]).toBe(
      '1,240,000 customer requests failed. For customers: Search was slow or failing; the mobile app showed empty results to a third of users.',
    );
  });

  it('tells the public none of it: cost, contracts, budget, risk and the ask stay inside the company', () => {
    expect(businessFacts(recorded(), 'public')).toEqual([]);
    expect(businessFacts(recorded(), 'engineering')).toEqual([]);
  });
});

describe('the risk of recurrence until the actions land', () => {
  it('counts the open prevention actions and names the date the last is due', () => {
    const actions = [
      action({ id: 'A1', dueDate: '2026-03-13' }),
      action({ id: 'A2', dueDate: '2026-03-20', status: 'in-progress' }),
      action({ id: 'A3', type: 'detect', dueDate: '2026-04-30' }),
      action({ id: 'A4', status: 'done', dueDate: '2026-05-01' }),
    ];
    expect(recurrenceSentence(actions)).toBe(
      'Until the two prevention actions are done (by 20 March 2026), the same conditions could cause this again.',
    );
  });

  it('counts actions that limit the harm with those that prevent a repeat', () => {
    const actions = [
      action({ id: 'A1', dueDate: '2026-03-13' }),
      action({ id: 'A2', type: 'mitigate', dueDate: '2026-04-02' }),
      action({ id: 'A3', type: 'mitigate' }),
    ];
    expect(recurrenceSentence(actions)).toBe(
      'Until the three actions that prevent a repeat or limit its harm are done (by 2 April 2026; one has no date yet), the same conditions could cause this again.',
    );
  });

  it('says how many are overdue and how many have no date, in one reading', () => {
    const actions = [
      action({ id: 'A1', dueDate: '2026-03-13' }),
      action({ id: 'A2', dueDate: '2027-01-15' }),
      action({ id: 'A3' }),
    ];
    expect(recurrenceSentence(actions, '2026-12-04')).toBe(
      'Until the three prevention actions are done (by 15 January 2027; one is overdue and one has no date yet), the same conditions could cause this again.',
    );
  });

  it('says that nothing prevents a repeat when only the harm is being limited', () => {
    expect(recurrenceSentence([action({ id: 'A1', type: 'mitigate' })])).toBe(
      'No action yet prevents a repeat, and until the action that limits the harm is done (no date set yet), a repeat would affect customers as much as this one did.',
    );
  });

  it('says so when the actions are done, and when none is planned', () => {
    expect(recurrenceSentence([action({ id: 'A1', status: 'done' })])).toBe(
      'The actions agreed to prevent a repeat or limit its harm are done.',
    );
    expect(recurrenceSentence([action({ id: 'A1', type: 'detect' })])).toBe(
      'No action to prevent a repeat is planned yet, so the same conditions could cause this again.',
    );
  });
});

describe('customers in the business block', () => {
  it("says what customers saw in the author's first sentence when no numbers were recorded", () => {
    const doc = sampleIncident({
      impact: { description: 'EU shoppers could not pay by card. Retries worked after the rollback.' },
    });
    expect(businessFacts(doc, 'exec').find((fact) => fact.kind === 'customers')?.text).toBe(
      'For customers: EU shoppers could not pay by card.',
    );
    // Trial 18c: an author's sentence opening with "For" is not headed by another "For".
    const opensWithFor = sampleIncident({
      impact: { description: 'For 23 minutes, checkout failed for EU shoppers.' },
    });
    expect(businessFacts(opensWithFor, 'exec').find((fact) => fact.kind === 'customers')?.text).toBe(
      'What customers saw: For 23 minutes, checkout failed for EU shoppers.',
    );
    // A sentence about customers says so itself: not "For customers: Customers saw …" (trial 23).
    const aboutCustomers = sampleIncident({
      impact: { description: 'Customers saw stale balances for up to 3 hours.' },
    });
    expect(businessFacts(aboutCustomers, 'exec').find((fact) => fact.kind === 'customers')?.text).toBe(
      'Customers saw stale balances for up to 3 hours.',
    );
    const none = sampleIncident({ impact: { description: '' } });
    expect(businessFacts(none, 'exec').find((fact) => fact.kind === 'customers')?.text).toBe(
      'Customers affected: not recorded yet.',
    );
  });
});

describe('a prevention plan that is slipping', () => {
  it('says a prevention action past its date is overdue since then, not that it will be done by then', () => {
    const actions = [action({ id: 'A1', dueDate: '2026-10-20', owner: 'Sam' })];
    expect(recurrenceSentence(actions, '2026-12-02')).toBe(
      'Until the prevention action is done (overdue since 20 October 2026), the same conditions could cause this again.',
    );
    expect(recurrenceSentence(actions, '2026-10-20')).toBe(
      'Until the prevention action is done (by 20 October 2026), the same conditions could cause this again.',
    );
  });

  it('says both, not all, when both are overdue (trial 18c)', () => {
    const actions = [
      action({ id: 'A1', dueDate: '2026-10-20' }),
      action({ id: 'A2', dueDate: '2026-11-20' }),
    ];
    expect(recurrenceSentence(actions, '2026-12-02')).toBe(
      'Until the two prevention actions are done (both overdue, the last since 20 November 2026), the same conditions could cause this again.',
    );
  });

  it('counts the overdue among several', () => {
    const actions = [
      action({ id: 'A1', dueDate: '2026-10-20' }),
      action({ id: 'A2', dueDate: '2026-11-20' }),
      action({ id: 'A3', dueDate: '2027-01-10' }),
    ];
    expect(recurrenceSentence(actions, '2026-12-02')).toBe(
      'Until the three prevention actions are done (by 10 January 2027; two are overdue), the same conditions could cause this again.',
    );
  });

  it('warns that the plan is slipping when prevention or detection actions are overdue or have no owner', () => {
    const doc = sampleIncident({
      actions: [
        action({ id: 'A1', title: 'Add a canary stage.', dueDate: '2026-10-20', owner: 'Sam' }),
        action({
          id: 'A2',
          title: 'Page after 1 minute',
          type: 'detect',
          dueDate: '2026-11-01',
          owner: 'Dana',
        }),
        action({ id: 'A3', title: 'Lint timeouts', dueDate: '2027-01-10' }),
        action({ id: 'A4', type: 'process', dueDate: '2026-10-01' }),
      ],
    });
    const facts = businessFacts(doc, 'exec', '2026-12-02');
    // Named, not counted: the recurrence line counts another set of actions.
    expect(facts.find((fact) => fact.kind === 'slipping')?.text).toBe(
      'The plan is slipping: "Add a canary stage" and "Page after 1 minute" are overdue, and "Lint timeouts" has no owner.',
    );
    const one = sampleIncident({
      actions: [action({ id: 'A1', title: 'Page after 1 minute', type: 'detect', dueDate: '2026-11-01' })],
    });
    expect(businessFacts(one, 'exec', '2026-12-02').find((fact) => fact.kind === 'slipping')?.text).toBe(
      'The plan is slipping: "Page after 1 minute" is overdue since 1 November 2026, and it has no owner.',
    );
    // One of two overdue actions without an owner is pointed back to, not named twice (trial 28 F7).
    const second = sampleIncident({
      actions: [
        action({ id: 'A1', title: 'Require a canary stage', dueDate: '2026-11-20', owner: 'Sam' }),
        action({ id: 'A2', title: 'Add a retry budget to the service config', dueDate: '2026-11-25' }),
      ],
    });
    expect(businessFacts(second, 'exec', '2026-12-02').find((fact) => fact.kind === 'slipping')?.text).toBe(
      'The plan is slipping: "Require a canary stage" and "Add a retry budget to the service config" are overdue, and the second has no owner.',
    );
    const many = sampleIncident({
      actions: ['A1', 'A2', 'A3'].map((id) => action({ id, dueDate: '2026-10-20', owner: 'Sam' })),
    });
    expect(businessFacts(many, 'exec', '2026-12-02').find((fact) => fact.kind === 'slipping')?.text).toBe(
      'The plan is slipping: three prevention actions are overdue.',
    );
    const onTrack = sampleIncident({ actions: [action({ id: 'A1', dueDate: '2027-01-10', owner: 'Sam' })] });
    expect(businessFacts(onTrack, 'exec', '2026-12-02').map((fact) => fact.kind)).not.toContain('slipping');
  });

  it('names the overdue or ownerless action that limits the harm, as the recurrence line counts it (trial 18f)', () => {
    const doc = sampleIncident({
      actions: [
        action({ id: 'A1', title: 'Add a path-MTU check', dueDate: '2026-12-04', owner: 'Sam' }),
        action({
          id: 'A2',
          title: 'Lower the DNS TTL',
          type: 'mitigate',
          dueDate: '2026-12-02',
          owner: 'Ana',
        }),
        action({ id: 'A3', title: 'Cap outlier ejection', type: 'mitigate', priority: 'high' }),
      ],
    });
    const texts = businessFacts(doc, 'exec', '2026-12-07').map((fact) => fact.text);
    expect(texts).toContain(
      'The plan is slipping: "Add a path-MTU check" and "Lower the DNS TTL" are overdue, and "Cap outlier ejection" has no owner.',
    );
  });

  it('never counts the same number of "actions" twice for two different sets', () => {
    const overdue = (id: string, type: Action['type'], dueDate: string) =>
      action({ id, type, dueDate, owner: 'Sam', title: `Action ${id}` });
    const doc = sampleIncident({
      actions: [
        overdue('A1', 'prevent', '2026-11-01'),
        overdue('A2', 'prevent', '2026-11-02'),
        overdue('A3', 'mitigate', '2026-12-20'),
        overdue('A4', 'mitigate', '2026-12-21'),
        overdue('A5', 'detect', '2026-11-03'),
        overdue('A6', 'detect', '2026-11-04'),
      ],
    });
    const texts = businessFacts(doc, 'exec', '2026-12-03').map((fact) => fact.text);
    expect(texts).toContain(
      'Until the four actions that prevent a repeat or limit its harm are done (by 21 December 2026; two are overdue), the same conditions could cause this again.',
    );
    expect(texts).toContain(
      'The plan is slipping: two prevention actions and two detection actions are overdue.',
    );
    expect(texts.join(' ').match(/\bfour actions\b/g)).toHaveLength(1);
    // Three kinds overdue are a list (trial 26 F9).
    const three = sampleIncident({
      actions: [
        overdue('A1', 'prevent', '2026-11-01'),
        overdue('A2', 'mitigate', '2026-11-02'),
        overdue('A3', 'detect', '2026-11-03'),
      ],
    });
    expect(businessFacts(three, 'exec', '2026-12-03').map((fact) => fact.text)).toContain(
      'The plan is slipping: one prevention action, one mitigation action and one detection action are overdue.',
    );
  });
});

describe('the words debrief writes for executives', () => {
  const incidents: Array<[string, IncidentDocument]> = [
    ['the sample incident', sampleIncident()],
    ['an incident with every business fact', recorded()],
    [
      'an incident over its error budget, SLA met',
      recorded({ impact: { errorBudgetBurn: 2.5, slaBreached: false } }),
    ],
    [
      'an incident without actions or reviews',
      sampleIncident({ actions: [], reviews: [], severity: 'SEV1' }),
    ],
    [
      'an incident whose harm is only being limited',
      sampleIncident({ actions: [action({ id: 'A1', type: 'mitigate' })], reviews: [], severity: 'SEV4' }),
    ],
    [
      'an incident with its actions done, unresolved',
      sampleIncident({ actions: [action({ id: 'A1', status: 'done' })], reviews: [], moments: {} }),
    ],
  ];

  it.each(incidents)('are blameless for %s', (_name, doc) => {
    const block = [
      ...businessFacts(doc, 'exec').map((fact) => fact.text),
      followUpSentence(followUpPlan(doc, reportDate)),
    ].join('\n\n');
    expect(analyze(block, { people: doc.participants.map((p) => p.name) })).toEqual([]);
  });
});
