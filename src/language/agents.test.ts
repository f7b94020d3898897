import { afterAll, describe, expect, it } from 'vitest';
import { buildRoster, classifySpan, clauseSubject, subjectBefore } from './agents.js';
import { provideFirstNames } from './first-names.js';

const roster = buildRoster([], []);

/** The kind of the subject before `predicate` in `sentence`. */
function subjectOf(sentence: string, predicate: string): string {
  const lower = sentence.toLowerCase();
  return subjectBefore(lower, sentence, 0, lower.indexOf(predicate), roster);
}

/** The kind of the whole phrase. */
function phrase(text: string): string {
  return classifySpan(text.toLowerCase(), text, 0, 0, text.length, roster);
}

describe('agent classification of role placeholders', () => {
  it('takes a role followed by a number for a person, as anonymised reports write them', () => {
    expect(subjectOf('Responder 1 should have rolled back sooner.', 'should')).toBe('person');
    expect(subjectOf('Stakeholder 1 should have tested the change.', 'should')).toBe('person');
    expect(subjectOf('Owner 3 forgot to update the runbook.', 'forgot')).toBe('person');
    expect(subjectOf('responder 2 ignored the alert', 'ignored')).toBe('person');
  });

  it('takes a role followed by a capital letter or a numbered hash for a person', () => {
    expect(phrase('Engineer B')).toBe('person');
    expect(phrase('Reviewer #2')).toBe('person');
    expect(phrase('the on-call C')).toBe('person');
  });

  it('takes a role joined to its number by a hyphen for a person', () => {
    expect(phrase('reviewer-3')).toBe('person');
    expect(phrase('Owner-2')).toBe('person');
  });

  it('takes the words anonymisers number ("Actor 2") for a person only with the number', () => {
    expect(phrase('Actor 2')).toBe('person');
    expect(phrase('Individual B')).toBe('person');
    expect(phrase('the actor')).not.toBe('person');
  });

  it('keeps a role after a determiner a person', () => {
    expect(subjectOf('The incident commander should have paged the database team.', 'should')).toBe('person');
    expect(subjectOf('An engineer should have caught this in review.', 'should')).toBe('person');
    expect(subjectOf('The deploy author pushed a bad config.', 'pushed')).toBe('person');
  });

  it("takes a placeholder's possessive for a person's work", () => {
    expect(subjectOf("Responder 3's change broke payments.", 'broke')).toBe('possessed');
    expect(subjectOf("Engineer B's deploy broke checkout.", 'broke')).toBe('possessed');
    expect(subjectOf("The incident commander's decision made it worse.", 'made')).toBe('possessed');
    expect(subjectOf("Node 3's disk filled up.", 'filled')).toBe('system');
  });

  it('keeps a numbered component a system', () => {
    expect(subjectOf('Node 3 should have rejoined the cluster.', 'should')).toBe('system');
    expect(subjectOf('Replica 2 ignored the fence token.', 'ignored')).toBe('system');
    expect(phrase('worker-4')).toBe('system');
  });
});

describe('agent classification of names that are also English words', () => {
  const withWill = buildRoster(['Will Rust', 'May Tan'], []);
  const subject = (sentence: string, predicate: string, people = withWill) =>
    subjectBefore(sentence.toLowerCase(), sentence, 0, sentence.toLowerCase().indexOf(predicate), people);

  it('takes a capitalised "Will" or "May" on the roster for the person, not the auxiliary', () => {
    expect(subject('Will should have read the runbook.', 'should')).toBe('person');
    expect(subject('At 03:10 May forgot the second cluster.', 'forgot')).toBe('person');
  });

  it('keeps the lower-case auxiliary an auxiliary, and "Will" without a roster unresolved before a verb a modal takes', () => {
    expect(subject('The job will fail to start.', 'fail')).toBe('system');
    expect(subject('Will failing over fix it?', 'fix', roster)).not.toBe('person');
    expect(subject('May need to fail over again.', 'need', roster)).not.toBe('person');
  });

  it('takes "Will" or "May" alone before what no modal takes for the person, roster or not (blind eleventh set)', () => {
    expect(subject('Will should have read the runbook.', 'should', roster)).toBe('person');
    expect(subject('May forgot to lower the DNS TTL.', 'forgot', roster)).toBe('person');
  });
});

describe('the subject of a predicate whose clause has none of its own', () => {
  const roster = buildRoster([], []);
  const agent = (sentence: string) =>
    subjectBefore(sentence.toLowerCase(), sentence, 0, sentence.toLowerCase().indexOf('panicked'), roster);

  it('looks past clauses that open with a verb to the one that names it, not at their objects', () => {
    expect(
      agent(
        'payouts-rs then hit unwrap on None on the empty ledger response and panicked; the runtime starved.',
      ),
    ).toBe('system');
    expect(agent('The worker hit a nil map and panicked.')).toBe('system');
    expect(agent('Ruth hit the wrong button and panicked.')).toBe('person');
    expect(agent('Ruth restarted the broker, then hit the wrong button and panicked.')).toBe('person');
  });
});

describe('agent classification of names in scripts without case', () => {
  it('takes a Han, kana, Hangul, Hebrew, Arabic, Thai or Devanagari word in the subject place for a person', () => {
    expect(subjectOf('王伟 should have drained the node.', 'should')).toBe('person');
    expect(subjectOf('佐藤 forgot to renew the certificate.', 'forgot')).toBe('person');
    expect(subjectOf('דוד broke the deploy.', 'broke')).toBe('person');
    expect(subjectOf('أحمد skipped the canary.', 'skipped')).toBe('person');
    expect(subjectOf('สมชาย deleted the bucket.', 'deleted')).toBe('person');
    expect(subjectOf('राहुल ignored the page.', 'ignored')).toBe('person');
  });

  // Trial 12b T12-5: an address or a handle stands for its person.
  it('takes an e-mail address or a chat handle for a person', () => {
    expect(subjectOf('lan.nguyen@example.com should have checked the proxy first.', 'should')).toBe('person');
    expect(subjectOf('@minjun should have checked the proxy first.', 'should')).toBe('person');
  });

  it("takes such a word in the possessive for a person's work", () => {
    expect(subjectOf("김민준's change took down checkout.", 'took')).toBe('possessed');
  });

  // Blind set 6: a person named in the possessive owns what they wrote, software too; a pronoun's does not point.
  it("takes a named person's software for their work, a pronoun's for the software", () => {
    expect(phrase("John's backfill job")).toBe('possessed');
    expect(phrase("Juhani's retry wrapper")).toBe('possessed');
    expect(phrase('her parser')).not.toBe('possessed');
  });

  it('leaves such a word after a determiner to the thing it names', () => {
    expect(subjectOf('The 东京 region failed over at 09:12.', 'failed')).not.toBe('person');
  });
});

describe('agent classification of product names', () => {
  it("reads a programming language's possessive as software, not a person", () => {
    expect(phrase("Kotlin's defaults")).not.toBe('possessed');
    expect(phrase("Python's typing")).not.toBe('possessed');
  });

  it('does not take a product surname on the roster for the person on its own', () => {
    const withRust = buildRoster(['Will Rust'], []);
    const text = "Rust's negligence";
    expect(classifySpan(text.toLowerCase(), text, 0, 0, text.length, withRust)).not.toBe('possessed');
    expect(classifySpan('will rust', 'Will Rust', 0, 0, 9, withRust)).toBe('person');
  });
});

describe('the subject of a clause (agentAt: clause)', () => {
  const clauseOf = (sentence: string, predicate: string) => {
    const lower = sentence.toLowerCase();
    return clauseSubject(lower, sentence, 0, lower.indexOf(predicate), roster);
  };

  it('reads a thing named before a role as a compound naming a person', () => {
    expect(clauseOf('The release manager signed off without the checklist.', 'signed')).toBe('person');
    expect(clauseOf('Our QA lead signed off without the checklist.', 'signed')).toBe('person');
    expect(clauseOf('The release pipeline signed the artefact.', 'signed')).not.toBe('person');
    expect(clauseOf('QA signed off without running the checklist.', 'signed')).toBe('person');
    expect(clauseOf('Security patches signed off the release.', 'signed')).not.toBe('person');
  });
});

describe('a capitalised owner opening the sentence', () => {
  it("takes a word with a noun's ending for a name when it owns a person's work", () => {
    expect(subjectOf("Tigist's migration wiped the session table.", 'wiped')).toBe('possessed');
    expect(subjectOf("Anselm's change broke checkout.", 'broke')).toBe('possessed');
  });

  it('leaves days and known words as they were', () => {
    expect(subjectOf("Monday's deploy broke checkout.", 'broke')).not.toBe('possessed');
    expect(subjectOf("Yesterday's migration wiped the table.", 'wiped')).not.toBe('possessed');
    expect(subjectOf("Kubernetes's upgrade broke the ingress.", 'broke')).not.toBe('possessed');
  });
});

describe('acronyms and offices (trial 22)', () => {
  it('takes an acronym, plural or not, for a thing, and an office for the people in it', () => {
    expect(subjectOf('Invoice PDFs failed to render.', 'failed')).toBe('system');
    expect(subjectOf('The Toronto office broke production.', 'broke')).toBe('person');
    expect(subjectOf('The SRE forgot to page the DBA.', 'forgot')).toBe('person');
    // A department written as an acronym is still the people in it.
    expect(subjectOf('QA forgot to run the regression suite.', 'forgot')).toBe('person');
    expect(subjectOf('HR should have told us.', 'should')).toBe('person');
  });
});

describe('lower-case chat names (trial 22)', () => {
  afterAll(() => provideFirstNames(undefined));

  it('takes a listed name with an ending nouns share for the person in all-lower chat, and no word the list lacks', () => {
    provideFirstNames(() => (word) => word === 'kamal' || word === 'omer');
    expect(subjectOf('kamal pushed the bad config to prod', 'pushed')).toBe('person');
    expect(subjectOf('omer forgot the flag again', 'forgot')).toBe('person');
    expect(subjectOf('signal dropped the packets', 'dropped')).not.toBe('person');
    provideFirstNames(undefined);
    expect(subjectOf('kamal pushed the bad config to prod', 'pushed')).not.toBe('person');
  });
});

describe("a note's label before a colon", () => {
  it('is no subject for the clause after it, unless it is a name', () => {
    expect(subjectOf('Action: remind the night shift to look at the dashboards.', 'remind')).toBe('none');
    expect(subjectOf('Next steps: retake the training.', 'retake')).toBe('none');
    expect(subjectOf('Priya: forgot to drain the node.', 'forgot')).toBe('person');
  });
});
