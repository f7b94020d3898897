import { describe, expect, it } from 'vitest';
import { withoutMachineMessage } from './machine-message.js';

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
