import { describe, expect, it } from 'vitest';
import { refuseInapplicable } from './applicable.js';

describe('options a playbook topic would ignore', () => {
  it('refuses a filter given to a topic it does not filter, naming the command that uses it', () => {
    expect(() => refuseInapplicable('objections', { category: 'training' }, '')).toThrow(
      '--category filters the probing questions only; run `debrief playbook questions --category training`',
    );
    expect(() => refuseInapplicable('glossary', { phase: 'timeline' }, '')).toThrow(
      /^--phase filters the probing questions only/,
    );
    expect(() => refuseInapplicable('questions', { role: 'manager' }, '')).toThrow(
      /^--role filters the objections only/,
    );
  });

  it('refuses --severity beside an incident or on a topic other than the agenda', () => {
    expect(() => refuseInapplicable('script', { incident: 'INC-1', severity: 'SEV1' }, '')).toThrow(
      '--severity sizes the agenda only; run `debrief playbook agenda --severity SEV1`',
    );
    expect(() => refuseInapplicable('agenda', { incident: 'INC-1', severity: 'SEV1' }, '')).toThrow(
      "--severity is for an agenda without an incident; with --incident the incident's own severity is used",
    );
    expect(() => refuseInapplicable('agenda', { severity: 'SEV1' }, '')).not.toThrow();
  });

  it('refuses --incident where nothing is filled from it, and a term where none is read', () => {
    expect(() => refuseInapplicable('questions', { incident: 'INC-1' }, '')).toThrow(
      '--incident fills the script and the agenda only; the questions are the same for every incident',
    );
    expect(() => refuseInapplicable('glossary', { incident: 'INC-1' }, 'deadlock')).toThrow(
      'the glossary is the same for every incident',
    );
    // "the nuance are" read as a slip (new-user trial): the nuance is a guide of several topics.
    expect(() => refuseInapplicable('nuance', { incident: 'INC-1' }, '')).toThrow(
      '--incident fills the script and the agenda only; the nuance topics are the same for every incident',
    );
    expect(() => refuseInapplicable('agenda', {}, 'INC-1')).toThrow(
      'playbook agenda takes no term (only glossary and nuance do), got "INC-1"; for an incident\'s agenda, pass --incident ID',
    );
    expect(() => refuseInapplicable('glossary', {}, 'deadlock')).not.toThrow();
    expect(() => refuseInapplicable('script', { incident: 'INC-1' }, '')).not.toThrow();
  });

  it('takes --review only for an incident’s script or agenda', () => {
    expect(() => refuseInapplicable('questions', { review: 'REV-1' }, '')).toThrow(
      "--review picks which of an incident's meetings the script or agenda is for",
    );
    expect(() => refuseInapplicable('script', { review: 'REV-1' }, '')).toThrow(
      '--incident ID --review REV-1',
    );
    expect(() => refuseInapplicable('agenda', { review: 'REV-1' }, '')).toThrow(
      'debrief playbook agenda --incident ID --review REV-1',
    );
    expect(() => refuseInapplicable('script', { incident: 'INC-1', review: 'REV-1' }, '')).not.toThrow();
    expect(() => refuseInapplicable('agenda', { incident: 'INC-1', review: 'REV-1' }, '')).not.toThrow();
  });
});
