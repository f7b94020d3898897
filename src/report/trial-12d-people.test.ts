import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFirstNameList } from '../cli/first-name-list.js';
import { provideFirstNames } from '../language/first-names.js';
import { anonymizeDocument } from './anonymize.js';
import { documentForAudience } from './audience.js';
import { peopleRegistry } from './people.js';
import { sampleIncident } from './test-support/sample-incident.js';

// Trial 12d: people the public and anonymised reports still named, and words they took for people. The CLI's
// first-name list is loaded, as `debrief report` loads it.
beforeAll(() => provideFirstNames(readFirstNameList));
afterAll(() => provideFirstNames(undefined));

const people = [
  { name: 'Nguyễn Thị Lan', role: 'responder' as const },
  { name: 'Will Hunter', role: 'responder' as const },
  { name: 'May Chen', role: 'responder' as const },
  { name: 'Joy Bell', role: 'responder' as const },
  { name: 'Mercy Adeyemi', role: 'responder' as const },
];
const views = (summary: string) => {
  const doc = sampleIncident({ participants: people, summary });
  return {
    public: documentForAudience(doc, 'public').summary.split('\n')[0],
    anonymous: anonymizeDocument(doc, peopleRegistry(doc)).summary,
  };
};

describe('people in free text (trial 12d)', () => {
  it.each([
    [
      'Thanks to Aarav Sharma and Jean-Luc van der Berg for the quick review.',
      'Thanks to two engineers for the quick review.',
    ],
    [
      'Κώστας rolled back the flag while أحمد watched.',
      'An engineer rolled back the flag while another engineer watched.',
    ],
    ["Revert jnowak's change to the timeouts", "Revert an engineer's change to the timeouts"],
    ['May and Will agreed.', 'Two engineers agreed.'],
    ["Hunter's notes helped.", "An engineer's notes helped."],
    ['Nguyen joined later.', 'An engineer joined later.'],
    [
      'Pasted from chat: will: rolling back now / may: on it',
      'Pasted from chat: an engineer: rolling back now / another engineer: on it',
    ],
  ])('are not published: %s', (summary, expected) => {
    expect(views(summary).public).toBe(expected);
  });

  it.each(['It was a joy to see the Bell curve flatten.', 'We asked for mercy from the release train.'])(
    'leaves the word where it is one: %s',
    (summary) => {
      expect(views(summary).public).toBe(summary);
      expect(views(summary).anonymous).toBe(summary);
    },
  );

  it('gives a login the same label wherever it stands', () => {
    const { anonymous } = views("Revert jnowak's change; jnowak agreed.");
    const labels = anonymous.match(/responder \d+/gi) ?? [];
    expect(labels).toHaveLength(2);
    expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(1);
  });
});

describe('names inside links and Irish particles (trial 12d D-35, D-37)', () => {
  it('never breaks a link’s address when anonymising: whole, or said by its words where it spells the person', () => {
    const doc = sampleIncident({
      participants: [{ name: 'Paweł Wójcik', role: 'responder', email: 'pwojcik@example.com' }],
      summary:
        'See [the dashboard](https://grafana.example.com/d/ledger?user=pwojcik) and [the board](https://grafana.example.com/d/ledger); pwojcik agreed.',
    });
    const out = anonymizeDocument(doc, peopleRegistry(doc)).summary;
    // Trial 12g G-25: an address that spells the person would name them; its words stay.
    expect(out).toMatch(
      /^See the dashboard and \[the board\]\(https:\/\/grafana\.example\.com\/d\/ledger\); responder \d agreed\.$/,
    );
  });

  it('takes "Ó Briain" with its given name', () => {
    expect(views("O'Brien and Seán Ó Briain joined.").public).toBe('Two engineers joined.');
  });
});

describe('one Slack user written in two scripts (trial 12d D-32)', () => {
  it('is one person, by the profile name in Devanagari and by the handle', () => {
    const doc = sampleIncident({
      summary: 'अनन्या restarted the worker, then ananya confirmed.',
      timeline: [
        {
          id: 'EVT-1',
          at: '2026-11-27T14:01:00Z',
          kind: 'chat',
          summary: '#inc-42 Ananya (@ananya, Ananya Iyer, अनन्या अय्यर, U09ANANYA): on it',
          source: 'slack',
          origins: [],
        },
      ],
    });
    const anonymous = anonymizeDocument(doc, peopleRegistry(doc)).summary;
    const labels = anonymous.match(/responder \d+/gi) ?? [];
    expect(labels).toHaveLength(2);
    expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(1);
    expect(anonymous).not.toMatch(/अनन्या|ananya/i);
  });
});
