import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provideFirstNames } from './first-names.js';
import { isEverydayWord, isKnownFirstName, personNameSpans, personNamesIn } from './person-names.js';

// A stand-in for the broad list (the CLI reads the real one from its npm package): like it, it holds words too.
const listed = new Set([
  'olumide',
  'bence',
  'teodor',
  'will',
  'grant',
  'bill',
  'may',
  'page',
  'memory',
  'hermes',
  'nguyen',
  'mercedes',
  'kalani',
  'siobhan',
  'apple',
  'oracle',
  'sao',
  'paulo',
]);
let loads = 0;
beforeAll(() =>
  provideFirstNames(() => {
    loads++;
    return (word) => listed.has(word);
  }),
);
afterAll(() => provideFirstNames(undefined));

describe('personNamesIn with a broad name list', () => {
  it('finds an unknown first name alone as the subject at a sentence start', () => {
    expect(personNamesIn('Olumide restarted the pods.')).toEqual(['Olumide']);
    expect(personNamesIn('Then Bence took the page.')).toEqual(['Bence']);
  });

  it('finds a name said with its group before a verb (trial 18f: they reached a public report)', () => {
    expect(personNamesIn('Mercedes in finance reported the gap.')).toEqual(['Mercedes']);
    expect(personNamesIn('Siobhán from the SRE team paged us. Kalani in support flagged it.')).toEqual([
      'Siobhán',
      'Kalani',
    ]);
    // A name that is also a word needs a person's verb after its group.
    expect(personNamesIn('Grant from payments escalated.')).toEqual(['Grant']);
    expect(personNamesIn('Grant from payments arrived late.')).toEqual([]);
    expect(personNamesIn('The job in finance failed.')).toEqual([]);
  });

  it('takes a capitalised pair after a preposition of place for a place, unless it acts or owns', () => {
    expect(personNamesIn('We need a second network provider in São Paulo.')).toEqual([]);
    expect(personNamesIn('It is in Olumide Bence’s notes.')).toEqual(['Olumide Bence']);
  });

  it('takes one capitalised word after "in" or "near" for a place even before a verb, unless it owns', () => {
    expect(personNamesIn('Tomás in Berlin restarted it.')).toEqual(['Tomás']);
    expect(personNamesIn('The team in Dublin restarted the brokers.')).toEqual([]);
    expect(personNamesIn('The fix is in Kwame’s branch.')).toEqual(['Kwame']);
  });

  it('takes companies the name list holds for companies (Apple, Oracle), never people', () => {
    expect(personNamesIn('Apple throttled our pushes. Oracle rejected the licence key.')).toEqual([]);
  });

  it('finds a listed name in the possessive and after a cue', () => {
    expect(personNamesIn("Teodor's change raised the pool size.")).toEqual(['Teodor']);
    expect(personNamesIn('At 14:03 PagerDuty paged Olumide.')).toEqual(['Olumide']);
  });

  it('takes no cue across a sentence end ("It paged. The disk was full."), but a title keeps its dot', () => {
    expect(personNamesIn('It paged. The disk was full. Then it pinged. Olumide stayed.')).toEqual([
      'Olumide',
    ]);
    expect(personNamesIn('We asked Dr. Kwabena Asante first.')).toContain('Kwabena Asante');
  });

  it('does not take a listed name after a determiner for a person', () => {
    expect(personNamesIn('The Olumide cluster was drained.')).toEqual([]);
  });

  it('takes a name that is also a word with a product for a surname when a verb follows', () => {
    expect(personNamesIn('Will Rust rolled back the release.')).toEqual(['Will Rust']);
    expect(personNamesIn('Will Rust compile on the new runner?')).toEqual([]);
  });

  it('needs a person’s verb or a strong cue for a name that is also a word', () => {
    expect(personNamesIn('Grant decided to fail over at 14:10.')).toEqual(['Grant']);
    expect(personNamesIn('Support pinged Bill at 14:02.')).toEqual(['Bill']);
    expect(personNamesIn('Will watch it for 30m.')).toEqual([]);
    expect(personNamesIn('May we ship it on Friday?')).toEqual([]);
    expect(personNamesIn('Page loaded slowly for EU users.')).toEqual([]);
    expect(personNamesIn('Memory spiked at 14:02.')).toEqual([]);
    expect(personNamesIn('Hermes restarted the consumers.')).toEqual([]);
  });

  it('finds lower-case names in chat only as the subject of a person’s verb', () => {
    expect(personNamesIn('grant decided to fail over')).toEqual(['grant']);
    expect(personNamesIn('bill is around if we need him')).toEqual(['bill']);
    expect(personNamesIn('#inc-42 priya: grant decided to fail over')).toEqual(['grant']);
    expect(personNamesIn('#inc-42 priya: the page is back')).toEqual([]);
    expect(personNamesIn('we will grant access once the bill is around 10 dollars')).toEqual([]);
  });
});

describe('personNameSpans with the words an incident knows as people (handles, first names, surnames)', () => {
  const known = new Set(['grant', 'bill', 'will', 'may', 'chen']);
  const names = (text: string) => personNameSpans(text, known).map((span) => span.name);

  it('finds a known lower-case handle acting mid-text, whatever else the text holds', () => {
    expect(names('Then grant decided to revert.')).toEqual(['grant']);
    expect(names('The pool was exhausted. grant decided to revert.')).toEqual(['grant']);
    expect(names('grant decided to revert after Søren saw the probe.')).toEqual(['grant']);
    expect(names('At 14:10 bill rolled back the change, and will paged the database team.')).toEqual([
      'bill',
      'will',
    ]);
    expect(names('revert pushed by will, rolling out')).toEqual(['will']);
  });

  it('leaves the word where it is one', () => {
    expect(names('We will grant access once the bill is paid.')).toEqual([]);
    expect(names('Then the bill rolled over to next month.')).toEqual([]);
    expect(names('In May restarted pods recovered.')).toEqual([]);
    const withSurnames = (text: string) =>
      personNameSpans(text, new Set(['page', 'rust'])).map((span) => span.name);
    expect(withSurnames('Page loaded slowly for EU users.')).toEqual([]);
    expect(withSurnames('Rust panicked in the decoder.')).toEqual([]);
  });

  it('finds a known everyday word before a verb in the past, and a pair no list holds at a sentence start', () => {
    expect(names('The team stayed calm while Will kept customers informed.')).toEqual(['Will']);
    expect(names('May restarted the pods.')).toEqual(['May']);
    expect(names('Amaka Eze checked the pool.')).toEqual(['Amaka Eze']);
    expect(names('Payment Gateway restarted twice.')).toEqual([]);
    expect(names('Error Budget burned at 14:02.')).toEqual([]);
    expect(names('Apple Pay failed for ten minutes.')).toEqual([]);
  });
});

describe('hyphenated given names', () => {
  it('finds a name whose parts are both capitalised, and no hyphenated title of a thing', () => {
    expect(personNamesIn('Ayşe confirmed with Jean-Luc Picard.')).toContain('Jean-Luc Picard');
    expect(personNamesIn('Mary-Jane Watson restarted it.')).toEqual(['Mary-Jane Watson']);
    expect(personNamesIn('The Cross-Region Replication failed.')).toEqual([]);
  });
});

describe('the name list is loaded lazily', () => {
  it('is not read for text with no candidate name, and read once after', () => {
    provideFirstNames(() => {
      loads++;
      return (word) => listed.has(word);
    });
    loads = 0;
    personNamesIn('the pods restarted at 14:02 and the queue drained.');
    expect(loads).toBe(0);
    personNamesIn('Olumide restarted the pods. Bence took the page.');
    expect(loads).toBe(1);
  });
});

describe('isKnownFirstName and isEverydayWord', () => {
  it('know listed names that are not words, and call words everyday', () => {
    expect(isKnownFirstName('olumide')).toBe(true);
    expect(isKnownFirstName('memory')).toBe(false);
    expect(isEverydayWord('Grant')).toBe(true);
    expect(isEverydayWord('Redis')).toBe(true);
    expect(isEverydayWord('Olumide')).toBe(false);
  });
});

describe('a first name that is also a word, where the sentence reads a person (issue 12, T12-6/T12-16)', () => {
  it.each([
    ['The fix was deployed by Will at 14:20.', ['Will']],
    ['The PR was approved by Rose.', ['Rose']],
    ['The change was made by Chase.', ['Chase']],
    ['Rolled back by May at 14:20.', ['May']],
    ['Grace here, taking IC.', ['Grace']],
    ['Summer here - quick update on the queue.', ['Summer']],
    ['May is on call this week.', ['May']],
    ['Will was handling comms.', ['Will']],
    ['Hunter rolled back the deploy.', ['Hunter']],
    ['Ping Hunter about it.', ['Hunter']],
    ['We thanked Grace for the quick fix.', ['Grace']],
  ])('finds the person in "%s"', (text, names) => {
    expect(personNamesIn(text)).toEqual(names);
  });

  it.each([
    'The fix is due by May 3.',
    'The fix is done by May.',
    'Finished by June, next sprint.',
    'Prices rose by May.',
    'May is the busiest month.',
    'Traffic rolled back to normal.',
    'Rust rolled back.',
    'The Grace period here is 30 seconds.',
    'Will we roll back?',
  ])('keeps the word in "%s"', (text) => {
    expect(personNamesIn(text)).toEqual([]);
  });
});

describe('a given name written last that is also an English word (trial 12c C-12)', () => {
  it('takes "An" of "Nguyễn Văn An" into the name where a verb follows, and leaves the article alone', () => {
    expect(
      personNamesIn('Chukwuemeka Obi restarted the pods and Nguyễn Văn An rolled back the config.'),
    ).toContain('Nguyễn Văn An');
    expect(personNamesIn('We paged Priya Raman An hour later it recovered.')).not.toContain('Priya Raman An');
  });
});

describe('names of every culture where only a person fits (trial 12g G-9, G-13)', () => {
  it('finds a name thanked, listed or not', () => {
    expect(personNamesIn('Thanks to Olumide for the quick rollback.')).toEqual(['Olumide']);
    expect(personNamesIn('Big thanks to Xiaoming. Thank you Tendai!')).toEqual(['Xiaoming', 'Tendai']);
    expect(personNamesIn('Kudos to Bongani for the graph.')).toEqual(['Bongani']);
    // A product thanked stays a product.
    expect(personNamesIn('Thanks to Terraform, the change was quick.')).toEqual([]);
  });

  it('finds a name no list has opening a sentence before what a person does, or owning their work', () => {
    expect(personNamesIn('Xiaoming deployed the fix. Tendai checked the graphs.')).toEqual([
      'Xiaoming',
      'Tendai',
    ]);
    expect(personNamesIn("Bongani's query found the lock.")).toEqual(['Bongani']);
    expect(personNamesIn('Vitess restarted the shard. Testing found the bug.')).toEqual([]);
  });

  it('reads particles between a given name and a surname as one name', () => {
    expect(personNamesIn('Teodor van der Berg reviewed it.')).toEqual(['Teodor van der Berg']);
    expect(personNamesIn("Olumide bin Rashid's change was reverted.")).toEqual(['Olumide bin Rashid']);
    expect(personNamesIn('The de facto owner is the platform.')).toEqual([]);
  });

  it('reads a word people are named, with a surname no lexicon knows, before a person’s verb', () => {
    expect(personNamesIn('Rust Ólafsson said the deploy looked fine.')).toEqual(['Rust Ólafsson']);
    expect(personNamesIn('Kafka Connect said nothing.')).toEqual([]);
  });
});
