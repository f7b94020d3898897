// Generates the evidence of a realistic Go service outage: checkout-api ships v2.14.0, whose payments client
// lowers its timeout and dereferences a nil response on timeout; errors spike, a goroutine panics, Alertmanager
// fires, the on-call engineer rolls back, and the error rate returns to its baseline.

/** The files of the demo, by name. */
export type EvidenceFiles = Record<string, string>;

const minute = 60_000;

// A small deterministic PRNG (mulberry32), so the demo is the same on every run.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The outage's key instants, as offsets from the start of the log window. */
export const demoScript = {
  deploy: 2 * minute,
  firstError: 3 * minute + 10_000,
  alertFired: 7 * minute + 45_000,
  panic: 9 * minute + 2_000,
  acknowledged: 11 * minute + 30_000,
  rollback: 24 * minute + 30_000,
  recovered: 31 * minute,
  alertResolved: 36 * minute,
  end: 45 * minute,
} as const;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function slogLines(start: number): string {
  const next = random(20_260_304);
  const lines: string[] = [];
  const routes = ['/v1/checkout', '/v1/cart', '/v1/checkout/confirm'];
  for (let t = start; t < start + demoScript.end; t += 400 + Math.floor(next() * 800)) {
    const offset = t - start;
    const broken = offset >= demoScript.firstError && offset < demoScript.recovered;
    // Before the deploy about 0.2% of requests fail; while broken about 40% of checkout calls time out.
    const failing = broken ? next() < 0.4 : next() < 0.002;
    const route = routes[Math.floor(next() * routes.length)] ?? '/v1/checkout';
    const trace = Math.floor(next() * 2 ** 48)
      .toString(16)
      .padStart(12, '0');
    if (failing) {
      lines.push(
        JSON.stringify({
          time: iso(t),
          level: 'ERROR',
          msg: 'context deadline exceeded calling payments-gateway',
          service: 'checkout-api',
          route,
          trace_id: trace,
          timeout_ms: broken ? 800 : 3000,
          attempt: 1 + Math.floor(next() * 3),
        }),
      );
    } else {
      lines.push(
        JSON.stringify({
          time: iso(t),
          level: 'INFO',
          msg: 'request served',
          service: 'checkout-api',
          route,
          trace_id: trace,
          status: 200,
          duration_ms: Math.round(40 + next() * 160),
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function panicText(start: number): string {
  return [
    `${iso(start + demoScript.panic)} panic: runtime error: invalid memory address or nil pointer dereference`,
    '[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x8f2c41]',
    '',
    'goroutine 48213 [running]:',
    'github.com/acme/checkout-api/internal/payments.(*Client).Authorize(0xc0001b6000, {0xb4e2a8, 0xc000a1e0f0}, 0xc000d3c180)',
    '\t/src/internal/payments/client.go:142 +0x1c1',
    'github.com/acme/checkout-api/internal/checkout.(*Service).Confirm(0xc0001c4a80, {0xb4e2a8, 0xc000a1e0f0}, {0xc0004f2d20, 0x24})',
    '\t/src/internal/checkout/service.go:88 +0x2e5',
    'net/http.HandlerFunc.ServeHTTP(0xc000012a50, {0xb4ff10, 0xc0009c62a0}, 0xc000a2c500)',
    '\t/usr/local/go/src/net/http/server.go:2294 +0x29',
    'created by net/http.(*Server).Serve in goroutine 1',
    '\t/usr/local/go/src/net/http/server.go:3285 +0x4b4',
    '',
  ].join('\n');
}

function alertmanagerWebhook(start: number, status: 'firing' | 'resolved'): unknown {
  return {
    version: '4',
    groupKey: '{}:{alertname="CheckoutHighErrorRate"}',
    status,
    receiver: 'pagerduty-checkout',
    groupLabels: { alertname: 'CheckoutHighErrorRate' },
    commonLabels: { alertname: 'CheckoutHighErrorRate', service: 'checkout-api', severity: 'critical' },
    commonAnnotations: {
      summary: 'checkout-api 5xx ratio above 5% for 5 minutes',
      runbook_url: 'https://runbooks.example.com/checkout-api/high-error-rate',
    },
    externalURL: 'http://alertmanager.monitoring:9093',
    alerts: [
      {
        status,
        labels: { alertname: 'CheckoutHighErrorRate', service: 'checkout-api', severity: 'critical' },
        annotations: { summary: 'checkout-api 5xx ratio above 5% for 5 minutes' },
        startsAt: iso(start + demoScript.alertFired),
        endsAt: status === 'resolved' ? iso(start + demoScript.alertResolved) : '0001-01-01T00:00:00Z',
        fingerprint: '5d3c0a7e9b2f41c8',
      },
    ],
  };
}

// The GitOps repository's history: Argo CD syncs what is merged, so its commits are the deploys.
function gitDate(ms: number): string {
  const date = new Date(ms);
  const [weekday, month] = [
    ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()],
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][date.getUTCMonth()],
  ];
  const time = date.toISOString().slice(11, 19);
  return `${weekday} ${month} ${date.getUTCDate()} ${time} ${date.getUTCFullYear()} +0000`;
}

function deployLog(start: number): string {
  const commits = [
    {
      sha: '9c41e07b2d5f8a6c13e0f4b7d2a9c8e51f06b3d4',
      author: 'Luis Ortega <luis@acme.example>',
      at: start + demoScript.rollback,
      subject: 'Roll back checkout-api to v2.13.4',
      body: 'Errors started right after v2.14.0; rolling back while we investigate. See #inc-checkout.',
    },
    {
      sha: '4e7a1c9d03b62f58e1a7c4d90b3e6f2a8c5d1e07',
      author: 'Release Bot <release-bot@acme.example>',
      at: start + demoScript.deploy,
      subject: 'Deploy checkout-api v2.14.0',
      body: 'payments client: use the shared http.Client with an 800ms timeout',
    },
  ];
  return commits
    .map((c) =>
      [
        `commit ${c.sha}`,
        `Author: ${c.author}`,
        `Date:   ${gitDate(c.at)}`,
        '',
        `    ${c.subject}`,
        '',
        `    ${c.body}`,
        '',
      ].join('\n'),
    )
    .join('\n');
}

/** The demo's evidence files for a log window starting at `start` (ms since the epoch). */
export function demoEvidence(start: number): EvidenceFiles {
  return {
    'checkout-api.slog.jsonl': slogLines(start),
    'checkout-api-panic.txt': panicText(start),
    'alertmanager-firing.json': `${JSON.stringify(alertmanagerWebhook(start, 'firing'), null, 2)}\n`,
    'alertmanager-resolved.json': `${JSON.stringify(alertmanagerWebhook(start, 'resolved'), null, 2)}\n`,
    'gitops-checkout.log': deployLog(start),
  };
}
