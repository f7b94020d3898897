import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const ids = (text: string, options = {}) => analyze(text, options).map((f) => f.ruleId);
const where = (text: string) => analyze(text).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.text]);

describe('analyze', () => {
  it('flags a named person as the cause and points at the exact span', () => {
    expect(where("Intro line.\n\nHugo's wrong port caused the outage.")).toEqual([[3, 19, 3, 25, 'caused']]);
  });

  it('reports positions across wrapped lines of one paragraph', () => {
    const [finding] = analyze('The pods restarted. Later Bob\nforgot to run the migration.');
    expect(finding).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 28 });
  });

  it('leaves fenced code, indented code, inline code, URLs and front matter alone', () => {
    const text = [
      '---',
      'title: Bob should have checked',
      '---',
      '',
      '```go',
      '// Bob should have checked the error',
      '```',
      '',
      '    Bob should have checked this too',
      '',
      'See `Bob should have checked` and https://example.com/bob-should-have-checked for details.',
    ].join('\n');
    expect(analyze(text)).toEqual([]);
  });

  it('keeps list items, headings and table cells as text', () => {
    const text = [
      '# Ruth should have waited',
      '',
      '- Root cause: human error',
      '- The pods restarted',
      '',
      '| when | what |',
      '| --- | --- |',
      '| 14:02 | Who merged the broken config? |',
    ].join('\n');
    expect(where(text)).toEqual([
      [1, 8, 1, 26, 'should have waited'],
      [3, 15, 3, 26, 'human error'],
      [8, 11, 8, 21, 'Who merged'],
    ]);
  });

  it('treats a meeting-note speaker prefix as metadata and the speaker as a person', () => {
    expect(ids('[14:02] Lena: tbh Paolo should have spotted it')).toEqual(['counterfactual/modal-perfect']);
    expect(ids('[14:03] Marta: the scheduler dropped the pod')).toEqual([]);
    expect(ids('Root cause: human error')).toEqual(['human_error_label/human-error']);
  });

  it('keeps link text and drops the link target', () => {
    expect(where('[Bob forgot to rotate it](https://x.test/a) once.')).toEqual([
      [1, 6, 1, 25, 'forgot to rotate it'],
    ]);
  });

  it('resolves configured people and teams as agents', () => {
    expect(ids('Zorblax broke the build.')).toEqual(['person_as_cause/harm-verb']);
    expect(ids('Then the zorblax broke the build.')).toEqual([]);
    expect(ids('Then the zorblax broke the build.', { people: ['Zorblax'] })).toEqual([
      'person_as_cause/harm-verb',
    ]);
    expect(ids('Afterwards Payments broke the build.', { teams: ['Payments'] })).toEqual([
      'person_as_cause/harm-verb',
    ]);
  });

  it('reads a configured name that is also an English word as the person', () => {
    const people = { people: ['Will Rust', 'Grant Mbeki'] };
    expect(ids('If only Will had read the runbook.', people)).toEqual(['counterfactual/if-person-had']);
    expect(ids('Make Will more careful with configs.', people)).toEqual(['person_remedy/make-careful']);
    expect(ids('If only Kwame had read the runbook.')).toEqual(['counterfactual/if-person-had']);
    expect(ids('If only Kwame had read the runbook.', { people: ['Kwame Mensah'] })).toEqual([
      'counterfactual/if-person-had',
    ]);
    expect(ids('Will Rust paged the database on-call at 03:12.', people)).toEqual([]);
    expect(ids('The rollout will make the errors worse.', people)).toEqual([]);
  });

  it('flags a judgement after a timeline time, whatever its date, zone or dash', () => {
    const text = [
      '- 2026-03-04 14:05 UTC — It was careless.',
      '- 14:05:10 UTC — This was reckless.',
      '- About 14:05 UTC — Responder 3 should have rolled back.',
      '- 14:07 UTC — The canary failed its latency check.',
    ].join('\n');
    expect(analyze(text).map((f) => [f.line, f.ruleId])).toEqual([
      [1, 'judgmental/evaluative-word'],
      [2, 'judgmental/evaluative-word'],
      [3, 'counterfactual/modal-perfect'],
    ]);
  });

  it('treats code identifiers and system nouns as system agents', () => {
    expect(ids('`payments-api` failed to reload its certificates.')).toEqual([]);
    expect(ids('The payments_worker failed to reload its certificates.')).toEqual([]);
    expect(ids('Ana failed to reload its certificates.')).toEqual(['counterfactual/failed-to']);
  });

  it('skips blame that is quoted or mentioned in order to remove it', () => {
    expect(ids('We removed "human error" from the summary.')).toEqual([]);
    expect(ids('Signe asked us to drop the phrase should have caught it.')).toEqual([]);
  });

  it('flags blame a participant says in quotes in meeting notes, and keeps a quoted mention quiet', () => {
    expect(ids('- Lena: "Responder 1 should have rolled back sooner"')).toEqual([
      'counterfactual/modal-perfect',
    ]);
    expect(ids('[10:02] Mere: "that rollback was stupid"')).toEqual(['judgmental/evaluative-word']);
    expect(ids('We removed "that was careless" from the summary.')).toEqual([]);
  });

  it('keeps a quotation of several sentences quiet, as it keeps one of a single sentence', () => {
    expect(ids('“Someone made a mistake. We need to know who.”')).toEqual([]);
    expect(
      ids('The VP asked: "I want a name. Who is accountable for this?" We answered with the timeline.'),
    ).toEqual([]);
    // Blame after the quotation closes is still blame.
    expect(ids('“We need to know who.” Then Bob made a mistake.')).toEqual([
      'human_error_label/made-mistake',
    ]);
  });

  it('honours disable-next-line, disable and enable comments', () => {
    const text = [
      '<!-- debrief-disable-next-line counterfactual -->',
      'Ruth should have waited.',
      'Ruth should have waited.',
      '<!-- debrief-disable -->',
      'Root cause: human error.',
      '<!-- debrief-enable -->',
      'Root cause: human error.',
    ].join('\n');
    expect(analyze(text).map((f) => f.line)).toEqual([3, 7]);
  });

  it('filters by rule id and category, and accepts allowed phrases', () => {
    const text = 'Root cause: human error. Ruth should have waited.';
    expect(ids(text, { rules: ['counterfactual'] })).toEqual(['counterfactual/modal-perfect']);
    expect(ids(text, { disable: ['human_error_label/human-error'] })).toEqual([
      'counterfactual/modal-perfect',
    ]);
    expect(ids(text, { allow: ['Human Error'] })).toEqual(['counterfactual/modal-perfect']);
  });

  it('reports one finding per sentence, the category highest in precedence', () => {
    expect(ids('Root cause: Bob should have checked, human error.')).toEqual([
      'human_error_label/human-error',
    ]);
  });

  it('offsets lines by firstLine for streamed chunks', () => {
    expect(analyze('Root cause: human error.', { firstLine: 41 })[0]?.line).toBe(41);
  });

  it('returns findings sorted and is deterministic', () => {
    const text = 'Who merged it? The pods restarted.\n\nRoot cause: human error.\n\nRuth should have waited.';
    const first = analyze(text);
    expect(first.map((f) => f.line)).toEqual([1, 3, 5]);
    expect(analyze(text)).toEqual(first);
  });
});

describe('a reply that rejects blame in chat', () => {
  it('leaves the blame said on the line before it flagged (a new-user trial found it silenced)', () => {
    const notes = [
      'tomasz: it was human error on Arjun’s part.',
      'will: I don’t think that framing helps us.',
      'wei: Sam was careless with the config',
      'will: i don’t think that framing helps us',
    ].join('\n');
    expect(analyze(notes).map((f) => [f.line, f.category])).toEqual([
      [1, 'human_error_label'],
      [3, 'judgmental'],
    ]);
  });
});
