import { describe, expect, it } from 'vitest';
import { readBlameModel } from '../src/cli/blame-model-file.js';
import { playbookOutput } from '../src/cli/playbook/output.js';
import { analyze } from '../src/language/index.js';
import { provideBlameModel } from '../src/language/learned.js';
import * as playbook from '../src/playbook/index.js';
import { sampleIncident } from '../src/report/test-support/sample-incident.js';

// debrief's own words must pass debrief's check: a glossary line that reads as blame would hold back every exec
// report that explains it, and a facilitator cannot ask people to reword what the tool itself says.
// Left out on purpose: what the objections quote (`said`: the blame-seeking words a facilitator will hear), ids,
// aliases and terms (names of failure modes, such as "panicked" goroutines).
const quoted = new Set(['said', 'id', 'aliases', 'term', 'examples']);

// As the CLI and the server check text: with the learned model as well as the rules.
provideBlameModel(readBlameModel);

function ownTexts(): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') texts.push([where, value]);
    else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, `${where}[${i}]`);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) if (!quoted.has(key)) walk(item, `${where}.${key}`);
    }
  };
  for (const [name, value] of Object.entries(playbook)) if (typeof value !== 'function') walk(value, name);
  const today = { today: '2026-06-01' };
  for (const doc of [
    sampleIncident(),
    sampleIncident({ summary: '', participants: [], actions: [], factors: [], moments: {}, timeline: [] }),
  ]) {
    walk(playbook.openingStatement(doc), 'openingStatement');
    walk(playbook.closingStatement(doc, today), 'closingStatement');
    walk(playbook.reviewScript(doc, today), 'reviewScript');
    walk(playbook.incidentAgenda(doc, today), 'incidentAgenda');
  }
  walk(playbook.reviewScript(undefined), 'templateScript');
  for (const objection of playbook.objections) {
    walk(playbook.objectionResponse(objection), `objectionResponse(${objection.id})`);
    walk(playbook.raisedBy(objection), `raisedBy(${objection.id})`);
  }
  return texts;
}

describe("debrief's own text", () => {
  it('has a thousand-odd texts to check', () => {
    expect(ownTexts().length).toBeGreaterThan(1_000);
  });

  it('raises no blameful-language finding anywhere in the playbook', () => {
    const found = ownTexts().flatMap(([where, text]) =>
      analyze(text).map((finding) => `${where}: ${finding.ruleId} "${finding.text}"`),
    );
    expect(found).toEqual([]);
  });

  it('raises none in what `debrief playbook` prints, each topic linted whole as a file (quotes of several sentences too)', () => {
    const doc = sampleIncident();
    const printed: Array<[string, string]> = [
      ['script', playbookOutput('script', '', { today: '2026-06-01' }, doc).text],
      ['template script', playbookOutput('script', '', {}, undefined).text],
      ['agenda', playbookOutput('agenda', '', { today: '2026-06-01' }, doc).text],
      ['objections', playbookOutput('objections', '', {}, undefined).text],
      ['questions', playbookOutput('questions', '', {}, undefined).text],
      ['glossary', playbookOutput('glossary', '', {}, undefined).text],
      ['nuance', playbookOutput('nuance', '', {}, undefined).text],
      // Every glossary entry printed in full, one after the other, as a wiki page pasting them would hold them.
      [
        'every glossary entry',
        playbook.glossary
          .map((entry) => playbookOutput('glossary', entry.id, {}, undefined).text)
          .join('\n\n'),
      ],
      // And as "Term: what it means" paragraphs: a term before a colon is no speaker ("Task JoinError: …").
      [
        'glossary as paragraphs',
        playbook.glossary
          .flatMap((entry) => [
            `${entry.term}: ${entry.engineer}`,
            `${entry.term}: ${entry.exec}`,
            entry.exec,
          ])
          .join('\n\n'),
      ],
    ];
    const found = printed.flatMap(([topic, text]) =>
      analyze(text).map((finding) => `${topic}:${finding.line}: ${finding.ruleId} "${finding.text}"`),
    );
    expect(found).toEqual([]);
  });
});
