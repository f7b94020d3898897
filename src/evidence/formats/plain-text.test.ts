import { describe, expect, it } from 'vitest';
import { itemsOf, parseAll, testOptions } from '../test-support/parse-all.js';
import { plainText } from './plain-text.js';

describe('plainText', () => {
  it('reads env_logger and tracing-subscriber text lines with their crate as service', () => {
    const items = itemsOf(
      parseAll(
        plainText,
        [
          '[2026-03-04T14:02:11Z ERROR payments::client] request failed: timed out',
          '2026-03-04T14:02:12.000123Z  WARN gateway::proxy: retrying upstream attempt=2',
        ].join('\n'),
      ),
    );
    expect(items.map((i) => [i.source, i.severity, i.service, i.message])).toEqual([
      ['rust-env-logger', 'error', 'payments', 'request failed: timed out'],
      ['rust-tracing', 'warning', 'gateway', 'retrying upstream'],
    ]);
  });

  it("reads Go's standard log, guessing severity from its words, in the zone given for zone-less times", () => {
    const [item] = itemsOf(
      parseAll(plainText, '2026/03/04 15:02:11 failed to connect to ledger', {
        ...testOptions,
        time: { zone: 'Europe/Paris' },
      }),
    );
    expect(item).toMatchObject({ at: '2026-03-04T14:02:11.000Z', severity: 'error', source: 'go-log' });
  });

  it("takes a Go log line's file:line prefix and level word out of its message, the level as its severity", () => {
    const items = itemsOf(
      parseAll(
        plainText,
        [
          '2026/03/04 15:02:11 main.go:42: ERROR charge failed for order 7',
          '2026/03/04 15:02:12.123456 /src/ledger/main.go:50: [info] ledger reachable',
        ].join('\n'),
      ),
    );
    expect(items.map((i) => [i.severity, i.message])).toEqual([
      ['error', 'charge failed for order 7'],
      ['info', 'ledger reachable'],
    ]);
  });

  it('strips colour codes before reading', () => {
    const [item] = itemsOf(
      parseAll(plainText, '\u001b[2m2026-03-04T14:02:11Z\u001b[0m \u001b[31mERROR\u001b[0m app: boom'),
    );
    expect(item).toMatchObject({ severity: 'error', message: 'boom' });
  });

  it("reads nginx's error.log with its level, without the process and connection numbers", () => {
    const [item] = itemsOf(
      parseAll(
        plainText,
        '2026/12/02 09:21:20 [crit] 812#812: *1 connect() to unix:/run/app.sock failed (2: No such file or directory)',
      ),
    );
    expect(item).toMatchObject({
      source: 'nginx-error',
      severity: 'critical',
      message: 'connect() to unix:/run/app.sock failed (2: No such file or directory)',
    });
  });
});

// Written from the formats' own definitions (trial 18f): Airflow's logging config (`[%(asctime)s]
// {%(filename)s:%(lineno)d} %(levelname)s - %(message)s`, its time written "2026-11-17, 03:04:41 UTC" by 2.3 to 2.5
// and "2026-11-17T03:04:41.123+0000" later) and the log4j pattern layout Flink ships
// (`%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n`), with the stack a JVM exception prints under it. What the
// real log4j 2 prints (frames ending in ` ~[flink-job.jar:1.0]`, `Suppressed:`, the JVM's `Exception in thread`, an
// OutOfMemoryError under a WARN line, other layouts) is read in real-log4j.test.ts from captures.
describe('data pipeline logs', () => {
  it("reads Airflow's task log lines in both of its time styles, without the logger's file and line", () => {
    const items = itemsOf(
      parseAll(
        plainText,
        [
          '[2026-11-17, 04:05:12 UTC] {taskinstance.py:1400} WARNING - DAG revenue_hourly paused',
          '[2026-11-17T11:49:58.120+0000] {taskinstance.py:1937} ERROR - Task dbt_run failed: Database Error',
        ].join('\n'),
      ),
    );
    expect(items.map((i) => [i.source, i.at, i.severity, i.message])).toEqual([
      ['airflow', '2026-11-17T04:05:12.000Z', 'warning', 'DAG revenue_hourly paused'],
      ['airflow', '2026-11-17T11:49:58.120Z', 'error', 'Task dbt_run failed: Database Error'],
    ]);
  });

  it('reads a log4j line without its logger, and a JVM exception under it as what happened, frames skipped', () => {
    const result = parseAll(
      plainText,
      [
        '2026-11-17 02:52:01,210 ERROR org.apache.flink.runtime.taskmanager.Task                      [] - Enrich (3/48) switched from RUNNING to FAILED with failure cause:',
        'java.lang.OutOfMemoryError: Java heap space',
        '\tat org.apache.avro.io.BinaryDecoder.readString(BinaryDecoder.java:262)',
        '\t... 12 more',
        'Caused by: java.net.SocketTimeoutException: Read timed out',
        '2026-11-17 02:53:10,001 WARN  org.apache.flink.runtime.checkpoint.CheckpointCoordinator     [] - Checkpoint 88213 expired before completing.',
      ].join('\n'),
    );
    expect(itemsOf(result).map((i) => [i.source, i.at, i.severity, i.message])).toEqual([
      [
        'log4j',
        '2026-11-17T02:52:01.210Z',
        'error',
        'Enrich (3/48) switched from RUNNING to FAILED with failure cause:',
      ],
      ['log4j', '2026-11-17T02:52:01.210Z', 'error', 'java.lang.OutOfMemoryError: Java heap space'],
      ['log4j', '2026-11-17T02:52:01.210Z', 'error', 'java.net.SocketTimeoutException: Read timed out'],
      ['log4j', '2026-11-17T02:53:10.001Z', 'warning', 'Checkpoint 88213 expired before completing.'],
    ]);
    expect(JSON.stringify(result)).not.toContain('no timestamp at the start of the line');
  });

  it('reads a log4j line with its thread after the level, and an uncaught exception under it as a panic', () => {
    const result = parseAll(
      plainText,
      [
        '2026-11-17 02:52:01,210 ERROR [kafka-producer-network-thread | producer-1] org.apache.kafka.clients.NetworkClient - Connection to node 3 failed',
        'Exception in thread "main" java.lang.StackOverflowError',
        '\tat com.example.Resolver.resolve(Resolver.java:41)',
      ].join('\n'),
    );
    expect(itemsOf(result).map((i) => [i.at, i.severity, i.kind, i.approximate, i.message])).toEqual([
      ['2026-11-17T02:52:01.210Z', 'error', undefined, false, 'Connection to node 3 failed'],
      [
        '2026-11-17T02:52:01.210Z',
        'critical',
        'panic',
        true,
        'Exception in thread "main" java.lang.StackOverflowError',
      ],
    ]);
    expect(result.at(-1)).toBeNull();
  });
});
