import { describe, expect, it } from 'vitest';
import { learnedAdvice } from './learned.js';
import { readAloud, sentenceRewrite } from './read-aloud.js';

describe('the blame check of what the script reads aloud', () => {
  const check = (text: string) => readAloud(text, ['Bob Chen']);

  it("never takes the learned model's advice for a rewrite of the sentence (trial 18f F26)", () => {
    for (const [category, advice] of Object.entries(learnedAdvice)) {
      expect(sentenceRewrite({ ruleId: `${category}/learned-model`, suggestions: [advice.suggestion] })).toBe(
        undefined,
      );
    }
  });

  it('passes a systemic sentence as it is', () => {
    expect(check('Pool size changes are not validated against expected peak load')).toBeUndefined();
  });

  it("offers the analyzer's rewrite of a blameful sentence", () => {
    expect(check('Bob forgot to run the migration')).toEqual({ rewrite: 'The migration step did not run.' });
  });

  it('keeps what follows the rewritten clause and the sentences around it', () => {
    expect(check('Bob forgot to update the runbook, so the restore failed')).toEqual({
      rewrite: 'The runbook was not updated, so the restore failed.',
    });
    expect(
      check('The pods restarted. Bob forgot to update the runbook, e.g. the restore steps. It failed.'),
    ).toEqual({
      rewrite: 'The pods restarted. The runbook was not updated, e.g. the restore steps. It failed.',
    });
  });

  it('keeps code identifiers whole in the rewrite it offers', () => {
    expect(check('Bob forgot to call resp.Body.Close in the handler')).toEqual({
      rewrite: 'resp.Body.Close was not called in the handler.',
    });
    expect(check('Bob forgot to set a timeout on the shared http.Client')).toEqual({
      rewrite: 'A timeout was not set on the shared http.Client.',
    });
  });

  it('quotes the whole identifier when it cannot offer a rewrite', () => {
    expect(check('Bob forgot to read https://example.com/runbook before the deploy')).toMatchObject({
      problem: expect.stringMatching(/^"forgot to read https:\/\/example\.com\/runbook": /),
    });
  });

  it('does not read out a task of personal vigilance given to a named participant', () => {
    for (const action of [
      'Make Jörg double-check every client change',
      'Remind Siobhán to run the load test before every release',
    ]) {
      expect(readAloud(action, ['Jörg Müller', 'Siobhán Kelly']), action).toMatchObject({
        problem: expect.stringContaining('personal vigilance'),
      });
    }
    expect(readAloud('Have CI run the load test before every release', ['Jörg Müller'])).toBeUndefined();
  });

  it('names the finding when the analyzer has no rewrite', () => {
    const verdict = check('Retrain Bob on the deploy process');
    expect(verdict).toMatchObject({ problem: expect.stringMatching(/^"Retrain": .+/) });
  });
});

describe('a blameful clause after what happened', () => {
  it('is rewritten in its place, keeping what happened (trial 21 F4)', () => {
    expect(
      readAloud(
        'Order events delayed by Kafka consumer lag after Dmitri forgot to scale the consumer group',
        ['Dmitri Ivanov'],
      ),
    ).toEqual({
      rewrite: 'Order events delayed by Kafka consumer lag after the consumer group was not scaled.',
    });
    expect(readAloud('Checkout failed because Priya forgot to raise the pool limit.', ['Priya'])).toEqual({
      rewrite: 'Checkout failed because the pool limit was not raised.',
    });
    expect(readAloud('Dmitri forgot to scale the consumer group', ['Dmitri Ivanov'])).toEqual({
      rewrite: 'The consumer group was not scaled.',
    });
  });
});
