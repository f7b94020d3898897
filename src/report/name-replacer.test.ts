import { describe, expect, it } from 'vitest';
import { anonymizeDocument } from './anonymize.js';
import { documentForAudience } from './audience.js';
import { peopleRegistry } from './people.js';
import { sampleIncident } from './test-support/sample-incident.js';

// The people of a trial incident (debrief issue 12): Slack users whose handles are everyday words, names from
// several scripts, and people known only from the project's configuration.
const slack = (minute: number, line: string) => ({
  id: `EVT-${minute}`,
  at: `2026-11-27T14:${String(minute).padStart(2, '0')}:00Z`,
  kind: 'chat' as const,
  summary: `#inc-2291-payments ${line}`,
  source: 'slack',
});
const incident = (summary: string) =>
  sampleIncident({
    summary,
    participants: [
      { name: 'Will Rust', role: 'incident-commander' },
      { name: 'דוד לוי', role: 'responder' },
    ],
    timeline: [
      slack(1, 'Grant (@grant, Grant Page, U06GRANT): looking'),
      slack(2, 'bill (@bill, Bill May, U07BILL): on it'),
      slack(3, 'will (@will, Will Rust, U05WILL): here'),
      slack(4, 'Mei-Ling (@meiling, Mei-Ling Chen, U04MEI): pool is at 40'),
      slack(5, 'Søren K-H (@soren, Søren Kierkegaard-Holm, U03SOREN): probe still passes'),
      slack(6, 'דוד (@david, דוד לוי, U09DAVID): customers report failures'),
      slack(7, 'Seun (@seun, Oluwaseun Adeyemi, U01SEUN): heads up'),
    ],
  });
const configured = { people: ['Rafael Montoya', 'Anouk'], teams: ['payments-oncall', 'Team Falcon'] };
// The summary's first paragraph: the public view adds "In plain words, …" paragraphs after it.
const publicSummary = (summary: string) =>
  documentForAudience(incident(summary), 'public', { people: configured }).summary.split('\n')[0];

const anonymousSummary = (summary: string) => {
  const doc = incident(summary);
  return anonymizeDocument(doc, peopleRegistry(doc, configured)).summary;
};

describe('a known person written in lower case mid-text (a Slack handle that is also a word)', () => {
  it.each([
    ['Then grant decided to revert.', 'Then an engineer decided to revert.'],
    [
      'The pool was exhausted. grant decided to revert.',
      'The pool was exhausted. An engineer decided to revert.',
    ],
    // A capitalised name later in the sentence made it "not chat", where alone lower-case names were looked for.
    [
      'grant decided to revert after Søren saw the probe.',
      'An engineer decided to revert after another engineer saw the probe.',
    ],
    [
      'At 14:10 bill rolled back the change, and will paged the database team.',
      'At 14:10 an engineer rolled back the change, and another engineer paged the database team.',
    ],
  ])('is replaced in public: %s', (text, expected) => {
    expect(publicSummary(text)).toBe(expected);
  });

  it('stays the word where it is one', () => {
    const text = 'We will grant access once the bill is paid. Will watch it for 30 minutes. May we ship it?';
    expect(publicSummary(text)).toBe(text);
  });
});

describe('a known person by an everyday word, a surname or a title', () => {
  it.each([
    [
      'The team stayed calm while Will kept customers informed.',
      'The team stayed calm while an engineer kept customers informed.',
    ],
    ['May restarted the pods.', 'An engineer restarted the pods.'],
    ['Chen and Kierkegaard-Holm agreed.', 'Two engineers agreed.'],
    ['It was quiet until Chen, Søren and Grant agreed.', 'It was quiet until three engineers agreed.'],
    ['Ms. Chen restarted it.', 'An engineer restarted it.'],
  ])('is replaced in public: %s', (text, expected) => {
    expect(publicSummary(text)).toBe(expected);
  });

  it('replaces a surname that is an everyday word where it acts (trial 12h A-1)', () => {
    expect(publicSummary('Page watched the error rate. Page restarted the pod at 15:10.')).toBe(
      'An engineer watched the error rate. An engineer restarted the pod at 15:10.',
    );
    expect(publicSummary('Page loads were slow.')).toBe('Page loads were slow.');
  });

  it('replaces an everyday first name before a modal and a verb, where a clause opens (trial 18c)', () => {
    expect(publicSummary('Bill will bring the design to the review.')).toBe(
      'An engineer will bring the design to the review.',
    );
    expect(publicSummary('Bill will be sent monthly.')).toBe('Bill will be sent monthly.');
  });

  it('leaves a language named like someone where it does what only a program does (trial 12h A-2)', () => {
    const text = 'Rust panicked in ledger-writer. Rust crashed at 15:05, and the Rust service recovered.';
    expect(publicSummary(text)).toBe(text);
    expect(anonymousSummary(text)).toBe(text);
    expect(publicSummary('Rust rolled back the flag.')).toBe('An engineer rolled back the flag.');
  });

  it('keeps an initial’s full stop only where it ends the sentence (trial 12h A-3)', () => {
    expect(publicSummary('Mei-Ling C. approved the rollback. It held.')).toBe(
      'An engineer approved the rollback. It held.',
    );
    expect(publicSummary('The rollback was approved by Mei-Ling C. It held.')).toBe(
      'The rollback was approved by an engineer. It held.',
    );
  });

  it('leaves a surname that is an everyday word where it is the word', () => {
    const text = 'The Page loaded slowly in May and the Rust service recovered.';
    expect(publicSummary(text)).toBe(text);
  });

  it('replaces a surname of several words whole (trial 12d D-8)', () => {
    const doc = sampleIncident({
      participants: [
        { name: 'Aoife Ní Bhriain', role: 'responder' },
        { name: 'Chidi Eze', role: 'responder' },
      ],
      summary: 'Eze and Ní Bhriain agree: roll back.',
    });
    expect(documentForAudience(doc, 'public').summary.split('\n')[0]).toBe('Two engineers agree: roll back.');
    expect(anonymizeDocument(doc, peopleRegistry(doc)).summary).toBe(
      'Responder 1 and responder 2 agree: roll back.',
    );
  });

  it('removes a surname two people share (Sam Okafor of the sample and Chidi Okafor)', () => {
    const doc = sampleIncident({
      participants: [{ name: 'Chidi Okafor', role: 'responder' }],
      summary: 'Then Okafor agreed.',
    });
    expect(documentForAudience(doc, 'public').summary.split('\n')[0]).toBe('Then an engineer agreed.');
  });

  it('leaves an acronym that spells a name in capitals', () => {
    const doc = sampleIncident({
      participants: [{ name: 'Nguyễn Thị Lan', role: 'responder' }],
      summary: 'The LAN was down. Lan restarted the switch.',
    });
    expect(documentForAudience(doc, 'public').summary.split('\n')[0]).toBe(
      'The LAN was down. An engineer restarted the switch.',
    );
  });
});

describe('configured people and teams, right-to-left names and unlisted names', () => {
  it('replaces a configured person by their surname, and a configured team of several words', () => {
    expect(publicSummary("Montoya's request sat with Team Falcon.")).toBe(
      "An engineer's request sat with a team.",
    );
  });

  it('replaces a Hebrew display name before a verb', () => {
    expect(publicSummary('דוד confirmed the failures.')).toBe('An engineer confirmed the failures.');
  });

  it('takes two name-shaped words acting at a sentence start for a name', () => {
    expect(publicSummary('Amaka Eze checked the pool.')).toBe('An engineer checked the pool.');
    expect(publicSummary('Payment Gateway restarted twice.')).toBe('Payment Gateway restarted twice.');
  });

  it('gives one label to one person in an anonymised report', () => {
    expect(anonymousSummary('Then grant decided to revert; Grant Page confirmed.')).toMatch(
      /^Then (responder \d) decided to revert; \1 confirmed\.$/,
    );
  });
});

describe('what the evidence says about people, teams and channels', () => {
  const pagerduty = (summary: string) => ({
    id: 'EVT-PD',
    at: '2026-11-27T14:00:50Z',
    kind: 'page' as const,
    summary,
    source: 'pagerduty',
  });

  it('takes a PagerDuty service agent for no person, and the person it notified for one', () => {
    const doc = sampleIncident({
      timeline: [pagerduty('PagerDuty paged (pay-api (prod)): Notified Mei-Ling Chen by SMS.')],
    });
    const names = peopleRegistry(doc).people.map((p) => p.name);
    expect(names).toContain('Mei-Ling Chen');
    expect(names.filter((n) => n.includes('pay-api'))).toEqual([]);
    expect(anonymizeDocument(doc).timeline[0]?.summary).toMatch(
      /^PagerDuty paged \(pay-api \(prod\)\): Notified the on-call engineer by SMS\.$/,
    );
  });

  it('calls an on-call channel so, and says "channel" once', () => {
    expect(publicSummary('Grant saw it first in #payments-oncall.')).toBe(
      'An engineer saw it first in an on-call channel.',
    );
    expect(publicSummary('We talked in the Slack channel #inc-2291-payments.')).toBe(
      'We talked in the incident channel.',
    );
    expect(publicSummary('Ask in #ledger-team.')).toBe('Ask in a team channel.');
  });

  it('gives a person known only from the configuration a true role', () => {
    const doc = incident("Montoya's request sat in the queue.");
    expect(anonymizeDocument(doc, peopleRegistry(doc, configured)).summary).toMatch(
      // The only engineer the report names (the configured roster is counted only where it is named).
      /^The engineer's request sat in the queue\.$/,
    );
  });

  it('knows an address by its local part when that is someone’s handle', () => {
    const doc = incident('Mail seun@acme.io and grant.page@acme.io.');
    const registry = peopleRegistry(doc, configured);
    const seun = registry.people.find((p) => p.name === 'Oluwaseun Adeyemi');
    expect(seun?.aliases).toContain('seun@acme.io');
    expect(registry.people.find((p) => p.name === 'Grant Page')?.aliases).toContain('grant.page@acme.io');
    expect(registry.people.filter((p) => p.name.includes('acme.io'))).toEqual([]);
  });
});

describe('an anonymised chat line', () => {
  const chat = (line: string) => {
    const doc = sampleIncident({
      participants: [
        { name: 'Will Rust', role: 'scribe' },
        { name: 'Grant Page', role: 'incident-commander' },
        { name: 'Bill May', role: 'responder' },
      ],
      timeline: [
        slack(1, 'will (@will, Will Rust, U05WILL): here'),
        slack(2, 'Grant (@grant, Grant Page, U06GRANT): looking'),
        slack(3, 'Bill May (@bill, U07BILL): on it'),
        slack(4, line),
      ],
    });
    return anonymizeDocument(doc, peopleRegistry(doc)).timeline[3]?.summary;
  };

  it('replaces a handle that ends a clause, one that opens a line, and a speaker who signs again', () => {
    expect(chat('will (@will, Will Rust, U05WILL): revert pushed by will, rolling out via argo')).toBe(
      '#inc-2291-payments the scribe: revert pushed by the scribe, rolling out via argo',
    );
    expect(chat('Bill May (@bill, U07BILL): bill here, I can do the revert, Grant approved.')).toBe(
      '#inc-2291-payments the responder: the responder here, I can do the revert, the incident commander approved.',
    );
    expect(chat('Grant (@grant, Grant Page, U06GRANT): grant: decision, we revert.')).toBe(
      '#inc-2291-payments the incident commander: the incident commander: decision, we revert.',
    );
  });

  it('leaves the words a handle spells where they are words', () => {
    expect(chat('will (@will, Will Rust, U05WILL): will do. we will grant access to the bill service')).toBe(
      '#inc-2291-payments the scribe: will do. we will grant access to the bill service',
    );
  });
});

describe('a Slack group mention in public', () => {
  it('is the team, with no "@" left', () => {
    expect(publicSummary('Seun was paging @@payments-oncall and @Team Falcon.')).toBe(
      'An engineer was paging the on-call team and another team.',
    );
  });
});

describe('a known person by an everyday first name where the sentence reads a person (trial 12b T12-6, T12-16, T12-21)', () => {
  it.each([
    ['The fix was deployed by Will at 14:20.', 'The fix was deployed by an engineer at 14:20.'],
    ['Grant here, taking IC.', 'An engineer here, taking IC.'],
    ['Will is on call this week.', 'An engineer is on call this week.'],
    ['Thanks Will!', 'Thanks to an engineer!'],
    ['Thank you Grant for the fix.', 'Thank you to an engineer for the fix.'],
  ])('is replaced in public: %s', (text, expected) => {
    expect(publicSummary(text)).toBe(expected);
  });

  it('is the role label in an anonymised report, thanked as one', () => {
    expect(anonymousSummary('Thanks Will!')).toBe('Thanks to the incident commander!');
  });

  it('stays the word where the sentence reads a date or a word', () => {
    const text = 'The fix is due by May 3. Will we roll back? The grant was approved by May.';
    expect(publicSummary(text)).toBe(text);
  });
});

describe('a name typed without the letters no accent comes off (trial 12c C-19)', () => {
  it('finds "Przemyslaw Wojcik" of Przemysław Wójcik and "Tran Van Duc" of Trần Văn Đức', () => {
    const doc = sampleIncident({
      participants: [
        { name: 'Przemysław Wójcik', role: 'responder' },
        { name: 'Trần Văn Đức', role: 'scribe' },
      ],
      summary: 'Przemyslaw Wojcik reverted the change. Tran Van Duc watched the graphs.',
    });
    expect(documentForAudience(doc, 'public').summary.split('\n')[0]).toBe(
      'An engineer reverted the change. An engineer watched the graphs.',
    );
  });
});

describe('people trial 12e found named (E-2, E-3, E-4)', () => {
  const doc = sampleIncident({
    participants: [
      { name: 'rkaur', role: 'responder' },
      { name: 'Hope Adeyemi', role: 'scribe' },
      { name: 'Will Turner', role: 'incident-commander' },
    ],
    summary:
      'rkaur should have known better. Then rkaur restarted it. The rkaur.log file and Rkaur Street stay. Thanks Will and Hope for a calm bridge. We hope Will agrees.',
    actions: [
      {
        id: 'ACT-1',
        title: 'Make Rust double-check every ledger config change',
        owner: 'Rust Cohle',
        type: 'prevent',
        priority: 'high',
      },
      {
        id: 'ACT-2',
        title: 'Make Rust the default for new services',
        owner: 'Hope Adeyemi',
        type: 'prevent',
        priority: 'low',
      },
    ],
  });

  it('replaces a login registered as the name wherever it stands', () => {
    const summary = anonymizeDocument(doc, peopleRegistry(doc)).summary;
    expect(summary).toMatch(/^Responder 1 should have known better\. Then responder 1 restarted it\./);
    // Only as written, and never inside a file name.
    expect(summary).toContain('The rkaur.log file and Rkaur Street stay.');
  });

  it('reads a word thanked beside a name as a person', () => {
    const summary = anonymizeDocument(doc, peopleRegistry(doc)).summary;
    expect(summary).toContain('Thanks to the incident commander and the scribe for a calm bridge.');
    expect(summary).toContain('We hope');
  });

  it('reads a word told to do something as a person, and a word made the default as the word', () => {
    const titles = documentForAudience(doc, 'public').actions.map((a) => a.title);
    expect(titles[0]).toBe('Make an engineer double-check every ledger config change');
    expect(titles[1]).toBe('Make Rust the default for new services');
  });
});

describe('a family named in the plural possessive (trial 12e E-1, trial 12d D-36)', () => {
  it('replaces "the Kovalenkos\' change" and "the Wójciks’ script" like one person\'s', () => {
    const doc = sampleIncident({
      participants: [
        { name: 'Oksana Kovalenko', role: 'responder' },
        { name: 'Przemysław Wójcik', role: 'scribe' },
      ],
      summary:
        "Lucía reverted the Kovalenkos' change at 14:40. The Wójciks’ script ran twice. The Joneses' cat slept.",
    });
    const summary = documentForAudience(doc, 'public').summary.split('\n')[0]!;
    expect(summary).not.toMatch(/Kovalenko|Wójcik/);
    expect(summary).toContain("engineer's change at 14:40. An engineer's script ran twice.");
    expect(summary).toContain("The Joneses' cat slept.");
  });
});

describe('people a trial found half-named (trial 12c C-2, C-3, C-4)', () => {
  it('anonymises an action owner whose name is an everyday word, as the whole field', () => {
    const doc = sampleIncident({
      actions: ['Will', 'May', 'Grace', 'Hunter'].map((owner, i) => ({
        id: `ACT-${i + 1}`,
        title: `Task ${i + 1}`,
        owner,
        type: 'detect' as const,
        priority: 'medium' as const,
      })),
    });
    const owners = anonymizeDocument(doc).actions.map((a) => a.owner);
    for (const name of ['Will', 'May', 'Grace', 'Hunter']) expect(owners).not.toContain(name);
  });

  it('keeps the verb before a name ("Asked Kenji to…", "Told Will Hunter to…")', () => {
    expect(publicSummary('Asked Kenji to check the pipeline. Told Will Hunter to revert.')).toBe(
      'Asked an engineer to check the pipeline. Told an engineer to revert.',
    );
  });

  it('knows a person by their full name when an action named them first by handle', () => {
    const doc = sampleIncident({
      summary: 'Przemysław will revert the change. Wójcik agreed to revert.',
      participants: [],
      timeline: [
        {
          id: 'EVT-1',
          at: '2026-11-27T14:47:00Z',
          kind: 'rollback',
          summary: 'Revert "raise pool" (commit 4f2a9c1e7b by Przemysław Wójcik <pwojcik@corp.example>)',
          source: 'git-log',
        },
      ],
      actions: [
        { id: 'ACT-1', title: 'Rotate creds', owner: '@pwojcik', type: 'detect', priority: 'medium' },
      ],
    });
    expect(documentForAudience(doc, 'public').summary.split('\n')[0]).toBe(
      'An engineer will revert the change. An engineer agreed to revert.',
    );
  });
});

describe('word-names trial 12f found kept (F12-1, F12-2, F12-3)', () => {
  const doc = (summary: string) =>
    sampleIncident({
      participants: [
        { name: 'Will Hunter', role: 'responder' },
        { name: 'Rust Cohle', role: 'scribe' },
        { name: 'Grace Otieno', role: 'incident-commander' },
      ],
      summary,
    });
  const first = (summary: string) => documentForAudience(doc(summary), 'public').summary.split('\n')[0]!;

  it('reads two roster words joined by "and" that then act as two people, in any case', () => {
    const out = first('Hunter and rust had to read the code. The rust and grime stayed on the pipe.');
    expect(out).not.toMatch(/Hunter|\brust had/i);
    expect(out).toContain('The rust and grime stayed on the pipe.');
  });

  it('reads a lower-case word-name in the possessive as the person', () => {
    const out = first("grace's drain script ran twice, then rust's script paged. The rust's colour was odd.");
    expect(out).not.toMatch(/grace's|rust's script/i);
    expect(out).toContain("The rust's colour was odd.");
  });

  it('reads a capitalised word-name thanked as the person', () => {
    expect(
      first('Thanks to Rust, the fix shipped. Thanks to Rust and Grace for the calm bridge.'),
    ).not.toMatch(/Rust|Grace/);
  });
});
