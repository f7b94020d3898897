import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelPath, trainedModule } from '../scripts/train-blame-model.js';
import { readBlameModel } from '../src/cli/blame-model-file.js';
import { analyze } from '../src/language/index.js';
import { type BlameModel, learnedReading, provideBlameModel } from '../src/language/learned.js';
import { featuresOf, modelTokens, namesSomeone } from '../src/language/learned-features.js';
import { categories } from '../src/language/types.js';
import { checkReportLanguage } from '../src/report/language-gate.js';
import { renderReport } from '../src/report/render.js';
import { sampleIncident } from '../src/report/test-support/sample-incident.js';

const root = resolve(import.meta.dirname, '..');
// A sentence no rule flags, whose blame is in its shape: a role owing the company an account of the outage.
const unseen = 'Honestly the DBA owes the whole company an explanation for Tuesday.';

describe('the learned model file', () => {
  it('is what scripts/train-blame-model.ts writes from the development sentences (npm run train)', () => {
    expect(readFileSync(resolve(root, modelPath), 'utf8')).toBe(trainedModule(root));
  }, 30_000);
});

describe('the model as a port', () => {
  it('is silent until an edge provides it: the rules alone run', () => {
    provideBlameModel(undefined);
    expect(analyze(unseen)).toEqual([]);
  });
});

describe('the analyzer with the learned model', () => {
  beforeAll(() => provideBlameModel(readBlameModel));
  afterAll(() => provideBlameModel(undefined));

  it('flags blame no rule names, as the model’s reading of the whole sentence, with advice', () => {
    const [finding, ...rest] = analyze(`Intro line.\n\n${unseen}`);
    expect(rest).toEqual([]);
    expect(finding?.ruleId).toMatch(/^[a-z_]+\/learned-model$/);
    expect(finding?.severity).toBe('warning');
    expect(finding?.text).toBe(unseen);
    expect(finding?.line).toBe(3);
    expect(finding?.message).toContain('learned model');
    expect(finding?.suggestions.length).toBe(1);
  });

  it('leaves neutral sentences, sentences about no one and blame set aside alone', () => {
    for (const text of [
      'The pager rotation moved to a two-week cycle.',
      'The cache layer keeps evicting hot keys under load.',
      "We're not here to find someone to blame.",
      // From a new-user trial's own post-mortems: thanks, praise, and a department named as a case, not a team.
      'Thanks to everyone who worked on these, particularly the on-call engineers and the Support team, who were the first to spot the payment issue.',
      'Support team escalated very fast and with good examples (order numbers), this was very helpful for the investigation.',
      'In the payments case the test setup always answered quickly; in the search case the test data was a small fraction of the real size.',
      '“Honestly the DBA owes the whole company an explanation,” someone said, and we moved on.',
      'Objection 1, from a manager: “Honestly the DBA owes the whole company an explanation for Tuesday.',
    ])
      expect(analyze(text), text).toEqual([]);
  });

  it('reads words that are also names of an object’s members as plain words', () => {
    const text = 'The intern called constructor and toString on __proto__ with hasOwnProperty and valueOf.';
    expect(() => analyze(text)).not.toThrow();
    expect(analyze(text).every((finding) => Number.isFinite(finding.line))).toBe(true);
    // A model that finds nothing blameful anywhere must stay quiet on them too: read as an object's members, these
    // words would add functions to the sum, and a sum that is not a number is no "no".
    const silent = { bias: -20, weights: {} };
    provideBlameModel(() => ({
      blame: silent,
      categories: Object.fromEntries(categories.map((c) => [c, silent])) as BlameModel['categories'],
    }));
    try {
      expect(learnedReading(text)).toBeUndefined();
    } finally {
      provideBlameModel(readBlameModel);
    }
  });

  it('lists its reading in a public report without holding the report back; a rule’s finding still does', () => {
    const learnedOnly = sampleIncident({ summary: `Checkout failed for 20 minutes. ${unseen}` });
    const gate = checkReportLanguage(
      renderReport(learnedOnly, { format: 'md', audience: 'public' }),
      'public',
    );
    expect(gate.findings.map((f) => f.ruleId)).toEqual([expect.stringMatching(/\/learned-model$/)]);
    expect(gate.blocks).toBe(false);
    const ruled = sampleIncident({ summary: `${unseen} Jordan Lee should have tested the change.` });
    expect(
      checkReportLanguage(renderReport(ruled, { format: 'md', audience: 'public' }), 'public').blocks,
    ).toBe(true);
  });

  it('keeps a rule’s finding where a rule speaks', () => {
    expect(analyze('Kalani is the reason half the mobile users were logged out.')[0]?.ruleId).toBe(
      'person_as_cause/harm-verb',
    );
  });

  it('is switched off by "learned-model", by its category or by its id, and off when only rules are chosen', () => {
    const [finding] = analyze(unseen);
    expect(analyze(unseen, { disable: ['learned-model'] })).toEqual([]);
    expect(analyze(unseen, { disable: [finding!.category] })).toEqual([]);
    expect(analyze(unseen, { disable: [finding!.ruleId] })).toEqual([]);
    expect(analyze(unseen, { rules: ['person_as_cause/harm-verb'] })).toEqual([]);
    expect(analyze(unseen, { rules: ['learned-model'] })).toHaveLength(1);
    expect(analyze(unseen, { rules: [finding!.ruleId] })).toHaveLength(1);
  });

  it('honours a disable directive and an accepted phrase', () => {
    expect(analyze(`<!-- debrief-disable-next-line learned-model -->\n${unseen}`)).toEqual([]);
    expect(analyze(unseen, { allow: ['an explanation for tuesday'] })).toEqual([]);
  });
});

describe('what the model reads', () => {
  it('reads names, handles and caseless names as one token, so it learns shapes, not people', () => {
    expect(modelTokens("Priya's change broke checkout")).toEqual([
      'zzname',
      "'s",
      'change',
      'broke',
      'checkout',
    ]);
    expect(modelTokens('@priya.k and 田中 broke it')).toEqual(['zzname', 'and', 'zzname', 'broke', 'it']);
    // A capital after a line break or a colon opens a line, not a name; "let's" is no possessive.
    expect(modelTokens("Owner: Platform\nQuestions to ask. Let's see")).toEqual([
      'owner',
      'platform',
      'questions',
      'to',
      'ask',
      "let's",
      'see',
    ]);
    expect(modelTokens('then Oyelaran restarted it')).toEqual(['then', 'zzname', 'restarted', 'it']);
  });

  it('reads where a clause opens from the text between words and from a word that ends one', () => {
    // After "?" or a handle ending in a full stop, a capitalised list name opens the clause; inside, any is a name.
    expect(modelTokens('Who paged? Priya did')).toEqual(['who', 'paged', '?', 'zzname', 'did']);
    expect(modelTokens('ping @ops. Kenji is on it')).toEqual(['ping', 'zzname', 'zzname', 'is', 'on', 'it']);
    expect(modelTokens('ping @ops. Platform is on it')).toEqual([
      'ping',
      'zzname',
      'platform',
      'is',
      'on',
      'it',
    ]);
    // White space of any kind after a full stop, or a line break anywhere between two words.
    expect(modelTokens('done.\u00a0Platform paged')).toEqual(['done', 'platform', 'paged']);
    expect(modelTokens('done -\n Platform paged')).toEqual(['done', 'platform', 'paged']);
    expect(modelTokens('done, Oyelaran paged')).toEqual(['done', 'zzname', 'paged']);
    // A curly apostrophe's possessive, and digits.
    expect(modelTokens('then Oyelaran’s deploy at 14:02 on pod-3')).toEqual([
      'then',
      'zzname',
      "'s",
      'deploy',
      'at',
      '0',
      '0',
      'on',
      'pod-0',
    ]);
  });

  it('adds a word stem beside each word, so "blamed" and "blaming" share what was learned', () => {
    const features = featuresOf(['zzname', 'blamed', 'the', 'deploys']);
    expect(features).toEqual(
      expect.arrayContaining(['blamed', '~blam', 'deploys', '~deploy', 'zzname_blamed', 'the_deploys']),
    );
    // Short stems and unchanged words add nothing.
    expect(features).not.toContain('~the');
    expect(featuresOf(['is'])).toEqual(['is']);
  });

  it('needs someone for blame to land on', () => {
    expect(namesSomeone(modelTokens('the intern merged it'))).toBe(true);
    expect(namesSomeone(modelTokens('the job stopped at noon'))).toBe(false);
    expect(namesSomeone(modelTokens('we stopped the job at noon'))).toBe(false);
    expect(namesSomeone(modelTokens("you've been asked to lead the review"))).toBe(false);
    expect(namesSomeone(modelTokens("they're still on the bridge"))).toBe(true);
    expect(namesSomeone(modelTokens('in the payments case the setup answered'))).toBe(false);
    expect(namesSomeone(modelTokens('the payments team answered'))).toBe(true);
    // A role nobody filled is a gap, not someone (trial 23).
    expect(namesSomeone(modelTokens('Friday deploys have no second reviewer on call'))).toBe(false);
    expect(namesSomeone(modelTokens('the second reviewer approved it'))).toBe(true);
  });
});
