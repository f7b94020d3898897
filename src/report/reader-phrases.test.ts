import { describe, expect, it } from 'vitest';
import { readerPhrases, spokenNames, withoutHandles } from './reader-phrases.js';

describe('names said aloud', () => {
  it('says an alert name in words', () => {
    expect(spokenNames('HighErrorRate fired.')).toBe('The “high error rate” alert fired.');
  });

  // Trial 24 F12: "acknowledged Kafka consumer lag high and then checkout P99 high fired" read as one phrase.
  it('names an alert said alone as an alert, and leaves one the sentence already calls an alert', () => {
    expect(spokenNames('The on-call acknowledged KafkaConsumerLagHigh and then CheckoutP99High fired.')).toBe(
      'The on-call acknowledged the “Kafka consumer lag high” alert and then the “checkout P99 high” alert fired.',
    );
    expect(spokenNames('We silenced the HighErrorRate for an hour.')).toBe(
      'We silenced the “high error rate” alert for an hour.',
    );
    expect(spokenNames('The KafkaConsumerLagHigh alert fired.')).toBe(
      'The Kafka consumer lag high alert fired.',
    );
    expect(spokenNames('Alert fired: KafkaConsumerLagHigh')).toBe('Alert fired: Kafka consumer lag high');
    expect(spokenNames('Alerts: KafkaConsumerLagHigh, HighErrorRate')).toBe(
      'Alerts: Kafka consumer lag high, high error rate',
    );
    // A name that says no state is no alert.
    expect(spokenNames('The PaymentGatewayService restarted.')).toBe(
      'The payment gateway service restarted.',
    );
  });

  // Trial 12b T12-9: "policy P9ABC12" was read as the alert name "P9 ABC12".
  it('leaves an id in capitals and digits as written', () => {
    expect(spokenNames('PagerDuty escalated via policy P9ABC12 and service PX7K2QZ.')).toBe(
      'PagerDuty escalated via policy P9ABC12 and service PX7K2QZ.',
    );
  });
});

describe('an alert rule’s hold clause named as a thing (trial 18f F-4, F-11)', () => {
  it.each([
    [
      'The alert has a `for: 5m` clause, so it waited.',
      'The alert has a hold time of 5 minutes, so it waited.',
    ],
    ['The alert fired with for: 10m.', 'The alert fired with a hold time of 10 minutes.'],
    ['We cut the `for: 10m` clause to 2m.', 'We cut the hold time from 10 minutes to 2 minutes.'],
    ['Its for: 5m duration hid the spike.', 'Its hold time of 5 minutes hid the spike.'],
    ['p95 above 2s for: 5m paged us.', 'p95 above 2s for 5 minutes paged us.'],
    // Trial 12e E-13: "the 5 minutes 5xx rule".
    [
      'Page on 2% burn rate over 1h in addition to the 5m 5xx rule.',
      'Page on 2% burn rate over 1 hour in addition to the 5-minute 5xx rule.',
    ],
    // Trial 12e E-12: "the alert has for 5 minutes".
    [
      'Burn rate was 14x for 3 minutes; the alert has for: 5m.',
      'Burn rate was 14x for 3 minutes; the alert has a hold time of 5 minutes.',
    ],
  ])('%s', (text, expected) => {
    expect(readerPhrases(text)).toBe(expected);
  });
});

describe('clipped words said whole (trial 12e E-17)', () => {
  it.each([
    [
      "The DB's connection budget was 500 conns per pod.",
      "The database's connection budget was 500 connections per pod.",
    ],
    [
      'Thanks for a calm bridge; comms went out every 15 minutes.',
      'Thanks for a calm incident call; communications went out every 15 minutes.',
    ],
    ['We joined the incident bridge.', 'We joined the incident call.'],
    [
      'db-ledger-02, pgdb, db.Query and conn_max stay; so does the network bridge mode.',
      'db-ledger-02, pgdb, db.Query and conn_max stay; so does the network bridge mode.',
    ],
  ])('%s', (text, expected) => {
    expect(readerPhrases(text)).toBe(expected);
  });
});

describe('an alert state marker in prose (trial 18b B-1)', () => {
  it('names the alert in words, without the marker', () => {
    expect(spokenNames('Alert [FIRING:1] OrdersP99LatencyHigh paged the on-call at 09:31.')).toBe(
      'Alert orders P99 latency high paged the on-call at 09:31.',
    );
    expect(spokenNames('Traffic moved. [FIRING:1] KubePodCrashLooping fired at 10:02.')).toBe(
      'Traffic moved. The alert kube pod crash looping fired at 10:02.',
    );
    expect(spokenNames('We saw [RESOLVED] HighErrorRate at 10:40.')).toBe(
      'We saw the resolved alert high error rate at 10:40.',
    );
  });
});

describe('a chat channel in words', () => {
  it('names the incident channel, an on-call channel and any other team channel (trial 12h A-11)', () => {
    expect(readerPhrases('Moved to #inc-2206; report back in #payments-oncall or #sre-chat.')).toBe(
      'Moved to the incident channel; report back in an on-call channel or a team chat channel.',
    );
  });
});

describe('sizes in Kubernetes units (trial 18c)', () => {
  it.each([
    ['the limit was 512Mi', 'the limit was 512 megabytes'],
    ['a 512Mi limit', 'a 512-megabyte limit'],
    ['requests of 1.5Gi and 1 GiB', 'requests of 1.5 gigabytes and 1 gigabyte'],
    ['buffers of 64Ki, volumes of 2Ti', 'buffers of 64 kilobytes, volumes of 2 terabytes'],
    ['the model Mi5 and MiB alone stay', 'the model Mi5 and MiB alone stay'],
  ])('says "%s" in words', (text, said) => {
    expect(readerPhrases(text)).toBe(said);
  });
});

describe('Java memory flags and ranges of lengths (trial 18d)', () => {
  it.each([
    ['Set -Xmx4g on the JVM.', 'Set the Java memory limit of 4 gigabytes on the JVM.'],
    ['Started with -Xms512m', 'Started with the Java starting memory of 512 megabytes'],
    ['the heap grew past 6g', 'the heap grew past 6 gigabytes'],
    ['4g RAM per VM and 2G of memory', '4 gigabytes RAM per VM and 2 gigabytes of memory'],
    ['a 4G phone network and -Xmx alone stay', 'a 4G phone network and -Xmx alone stay'],
  ])('says "%s" in words', (text, said) => {
    expect(readerPhrases(text)).toBe(said);
  });

  it.each([
    ['GC pauses of 8-12s stalled requests', 'GC pauses of 8 to 12 seconds stalled requests'],
    ['checks ran 200–300ms slower', 'checks ran 200 to 300 milliseconds slower'],
    ['2-3m users and pages 10-20 stay', '2-3m users and pages 10-20 stay'],
  ])('says the range "%s" with its unit on both ends', (text, said) => {
    expect(spokenNames(text)).toBe(said);
  });
});

describe('output streams (trial 18d)', () => {
  it.each([
    ['wrote errors to stderr and /dev/null', 'wrote errors to the error output and nowhere'],
    ['its stdout filled the disk', 'its normal output filled the disk'],
    ['the stderr stream', 'the error output stream'],
  ])('says "%s" in words', (text, said) => {
    expect(readerPhrases(text)).toBe(said);
  });
});

describe('logins beside names in a reader’s timeline', () => {
  it('drops a change’s login credit, and a handle in brackets after a name (trial 28 F17)', () => {
    expect(withoutHandles('Deploy checkout (by @dana.k) finished')).toBe('Deploy checkout finished');
    expect(withoutHandles('Søren Lindqvist (@soren) acknowledged in the incident channel')).toBe(
      'Søren Lindqvist acknowledged in the incident channel',
    );
    expect(withoutHandles('Incident closed in the incident channel by @soren')).toBe(
      'Incident closed in the incident channel',
    );
  });
});

describe('dates and seconds as a machine writes them, in words (trial 28 F17)', () => {
  it.each([
    [
      'We will publish the full review by 2026-12-18.',
      'We will publish the full review by 18 December 2026.',
    ],
    ['At 2026-11-30 03:10 it changed.', 'At 2026-11-30 03:10 it changed.'],
    [
      'A DNS TTL of 300s meant full recovery at 05:09.',
      'A DNS TTL of 300 seconds meant full recovery at 05:09.',
    ],
    ['a loss of 5m users', 'a loss of 5m users'],
  ])('%s', (text, expected) => {
    expect(readerPhrases(text)).toBe(expected);
  });
});
