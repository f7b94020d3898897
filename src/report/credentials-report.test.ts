import { describe, expect, it } from 'vitest';
import { credentialMark } from '../domain/index.js';
import { audiences } from './audience.js';
import { renderReport } from './render.js';
import { reportDate, sampleIncident } from './test-support/sample-incident.js';

const now = new Date(`${reportDate}T12:00:00Z`);
const secrets = [
  'AKIAIOSFODNN7EXAMPLE',
  'Hunter2!xyz',
  's3cr3tP4ss',
  'hooks.slack.com',
  'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
];

function withSecrets() {
  const doc = sampleIncident();
  const [first, ...rest] = doc.timeline;
  if (!first) throw new Error('the sample has no timeline');
  return sampleIncident({
    followUp: 'The provider key AKIAIOSFODNN7EXAMPLE was rotated; use password=Hunter2!xyz until Friday.',
    summary: `${doc.summary} The app read postgres://dns:s3cr3tP4ss@10.1.2.3:5432/zones.`,
    timeline: [
      {
        ...first,
        summary: `${first.summary}; posted to https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX with ghp_16C7e42F292c6912E7710c838347Ae178B4a`,
      },
      ...rest,
    ],
  });
}

describe('a credential pasted into an incident', () => {
  it('is printed by no report, for any audience or format, and the author is told to rotate it', () => {
    const doc = withSecrets();
    for (const audience of audiences) {
      for (const format of ['md', 'html', 'json', 'slack', 'jira-csv'] as const) {
        const report = renderReport(doc, { format, audience, now });
        for (const secret of secrets) expect(report.text, `${audience} ${format}`).not.toContain(secret);
        const warned = report.authorWarnings.join('\n');
        expect(warned, `${audience} ${format}`).toContain('no report prints it');
        for (const kind of [
          'an AWS access key',
          'a Slack webhook address',
          'a GitHub token',
          'a password in an address',
        ])
          expect(warned, `${audience} ${format}`).toContain(kind);
      }
    }
    const engineering = renderReport(doc, { format: 'md', audience: 'engineering', now }).text;
    expect(engineering).toContain(`The provider key ${credentialMark} was rotated`);
  });

  it("keeps a meeting's join link whole in the invitation (trial 22: its passcode is for the invitees)", () => {
    const doc = withSecrets();
    const [first] = doc.reviews;
    if (!first) throw new Error('the sample has no review');
    const joined = {
      ...doc,
      reviews: [{ ...first, location: 'https://meet.example.com/abc?pwd=Xk9LmN2pQr7s' }],
    };
    const ics = renderReport(joined, { format: 'ics', audience: 'engineering', now }).text.replace(
      /\r?\n[ \t]/g,
      '',
    );
    expect(ics).toContain('pwd=Xk9LmN2pQr7s');
    expect(ics).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it("says the removed value alone to readers, without a setting's name their plain words would garble (trial 23)", () => {
    const doc = sampleIncident({ summary: 'Tried DB_PASSWORD=hunter2Xq9!vLm8 on the replica to check lag.' });
    const engineering = renderReport(doc, { format: 'md', audience: 'engineering', now }).text;
    expect(engineering).toContain(`Tried DB_PASSWORD=${credentialMark} on the replica`);
    for (const audience of ['exec', 'public'] as const) {
      const text = renderReport(doc, { format: 'md', audience, now }).text;
      expect(text, audience).toContain(`Tried ${credentialMark} on the replica`);
      expect(text, audience).not.toContain('setting removed]');
      expect(text, audience).not.toContain('hunter2');
    }
  });

  it('adds no warning to an incident without one', () => {
    const report = renderReport(sampleIncident(), { format: 'md', audience: 'exec', now });
    expect(report.authorWarnings.join('\n')).not.toContain('credential');
  });
});
