import { describe, expect, it } from 'vitest';
import { withoutBracketedQueries, withoutMachineMessage } from './machine-message.js';

describe('an alert line for a reader', () => {
  it('cuts the panic an alert quotes and says what the glossary knows it to be', () => {
    expect(
      withoutMachineMessage(
        "Alert fired: kube pod crash looping for payouts-rs: thread 'tokio-runtime-worker' panicked at 'called `Option::unwrap()` on a `None` value'",
      ),
    ).toBe('Alert fired: kube pod crash looping for payouts-rs (Rust panic)');
  });

  it('cuts quoted code the glossary does not know, without a meaning', () => {
    expect(withoutMachineMessage("Alert fired: ledger-api: failed with 'cfg.Pool.Max=40'")).toBe(
      'Alert fired: ledger-api',
    );
  });

  it('cuts a bare metric compared with a number, as any query (trial 23)', () => {
    // A query in brackets goes whole, its bracket with it (trial 28 F6 left "(expr").
    expect(
      withoutMachineMessage(
        'OrdersGrpcErrorBudgetBurn fired: 5xx above 2% for 5m (expr: sum(rate(grpc_server_handled_total{grpc_code!="OK"}[5m])) > 0.02)',
      ),
    ).toBe('OrdersGrpcErrorBudgetBurn fired: 5xx above 2% for 5m');
    expect(
      withoutMachineMessage('Alert fired: goroutine count high: go_goroutines > 100000 for 10 minutes'),
    ).toBe('Alert fired: goroutine count high');
    expect(
      withoutMachineMessage('Alert fired: Kafka consumer lag high: kafka_consumergroup_lag > 100000'),
    ).toBe('Alert fired: Kafka consumer lag high');
    // With its labels, and a ratio of two metrics (trial 25).
    expect(
      withoutMachineMessage(
        'KafkaConsumerLagCritical fired: kafka_consumergroup_lag{group="ingest-rs"} > 500k for 10m',
      ),
    ).toBe('KafkaConsumerLagCritical fired');
    expect(
      withoutMachineMessage(
        'Alert fired: pg pool saturation high: sql_db_open_connections / max_open > 0.95 for 5 minutes',
      ),
    ).toBe('Alert fired: pg pool saturation high');
  });

  it("keeps a line that quotes a person's words, an apostrophe or nothing", () => {
    for (const line of [
      "PagerDuty: payouts-rs's queue is 'stuck'",
      'Alert fired: high error rate on ledger-api (5xx above 2% for 3 minutes)',
      "'called `unwrap()`' with no clause before it",
    ])
      expect(withoutMachineMessage(line)).toBe(line);
  });
});

// Trial 29: a query in brackets after an alert's name, and in an action's title.
describe('alert queries in brackets', () => {
  it('cuts the query after an alert fired, keeping words in brackets', () => {
    expect(withoutMachineMessage('SearchGatewayGoroutinesHigh fired (go_goroutines > 50000 for 10m)')).toBe(
      'SearchGatewayGoroutinesHigh fired',
    );
    expect(withoutMachineMessage('LedgerP99LatencyHigh fired (p99 above 2s for 5m) on ledger-3')).toBe(
      'LedgerP99LatencyHigh fired (p99 above 2s for 5m) on ledger-3',
    );
  });

  it('takes a bracketed query out of any text, its own calls with it', () => {
    expect(withoutBracketedQueries('Alert on goroutine growth rate (deriv(go_goroutines[30m]) > 50)')).toBe(
      'Alert on goroutine growth rate',
    );
    expect(
      withoutBracketedQueries('Alert when lag is high (sum(kafka_lag{g="b"}) > 10000) for 5 minutes'),
    ).toBe('Alert when lag is high for 5 minutes');
    expect(withoutBracketedQueries('Add an alert (p99 above 2s) and a dashboard')).toBe(
      'Add an alert (p99 above 2s) and a dashboard',
    );
  });
});
