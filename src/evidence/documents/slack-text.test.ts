import { describe, expect, it } from 'vitest';
import { slackPlainText } from './slack-text.js';

describe('Slack markup as plain text', () => {
  const nameOf = (id: string) => (id === 'U1' ? 'Dana' : id);

  it('writes mentions with one @, whatever Slack put in the label', () => {
    expect(slackPlainText('<!subteam^S0PAY|@payments-oncall> please look', nameOf)).toBe(
      '@payments-oncall please look',
    );
    expect(slackPlainText('<!subteam^S0PAY> and <!here>', nameOf)).toBe('@subteam and @here');
    expect(slackPlainText('thanks <@U1>', nameOf)).toBe('thanks @Dana');
  });

  it('keeps a link label, decodes entities', () => {
    expect(slackPlainText('<https://x.example/d|the dashboard> &lt;5%&gt; &amp; up', nameOf)).toBe(
      'the dashboard <5%> & up',
    );
  });
});
