// `node --import tsx bench/report.ts`: renders the HTML report of an incident with 10,000 timeline events
// (target: under 200 ms), plus the other formats for comparison, and records the numbers in bench/RESULTS.md.

import { loadavg } from 'node:os';
import type { TimelineEventInput } from '../src/domain/index.js';
import { type ReportFormat, renderReport } from '../src/report/index.js';
import { sampleIncident } from '../src/report/test-support/sample-incident.js';
import { machineLine, writeResults } from './results.js';

const eventCount = 10_000;
const kinds = [
  'log-signature',
  'log-spike',
  'alert-fired',
  'deploy',
  'chat',
  'error',
  'panic',
  'mitigation',
] as const;
const signatures = [
  'context deadline exceeded calling <*>',
  'pq: sorry, too many clients already',
  'fatal error: all goroutines are asleep - deadlock!',
  "thread '<*>' panicked at src/<*>.rs:<*>:<*>",
];

function bigIncident() {
  const start = Date.parse('2026-03-04T12:00:00Z');
  const timeline: Array<TimelineEventInput & { id: string }> = [];
  for (let i = 0; i < eventCount; i++) {
    const kind = kinds[i % kinds.length]!;
    timeline.push({
      id: `EVT-${i}`,
      at: new Date(start + i * 600).toISOString(),
      kind,
      severity: i % 7 === 0 ? 'critical' : i % 3 === 0 ? 'error' : 'info',
      summary: `${kind} #${i} on checkout-api-${i % 40} <pool> & "retries" exhausted after ${i % 90} attempts`,
      source: 'loki',
      service: `checkout-api-${i % 40}`,
      ...(kind.startsWith('log')
        ? { signature: signatures[i % signatures.length]!, count: 1 + (i % 50) }
        : {}),
      origins: [{ file: 'checkout-api.log', line: i + 1 }],
    });
  }
  return sampleIncident({
    timeline,
    moments: {
      impactStart: { at: '2026-03-04T12:05:00Z' },
      detected: { at: '2026-03-04T12:30:00Z' },
      mitigated: { at: '2026-03-04T13:10:00Z' },
      resolved: { at: '2026-03-04T13:35:00Z' },
    },
  });
}

interface Measured {
  label: string;
  median: number;
  p95: number;
  cpuMedian: number;
  bytes: number;
}

/** Wall time and CPU time (user + system) per run: on a shared machine the CPU time is the steadier number. */
function measure(label: string, run: () => string, rounds = 15): Measured {
  let bytes = 0;
  for (let i = 0; i < 3; i++) bytes = run().length; // warm-up: JIT and the glossary's regular expressions
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const at = (values: number[], q: number) =>
    values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
  return { label, median: at(wall, 0.5), p95: at(wall, 0.95), cpuMedian: at(cpu, 0.5), bytes };
}

const doc = bigIncident();
const cases: Array<[string, ReportFormat, 'engineering' | 'exec' | 'public']> = [
  ['HTML, engineering (target < 200 ms)', 'html', 'engineering'],
  ['HTML, exec', 'html', 'exec'],
  ['HTML, public', 'html', 'public'],
  ['JSON, engineering', 'json', 'engineering'],
];
const results = cases.map(([label, format, audience]) =>
  // A fresh timeline array each run, so nothing cached per timeline carries over between runs.
  measure(label, () => renderReport({ ...doc, timeline: [...doc.timeline] }, { format, audience }).text),
);
const target = results[0]!.median < 200;
const cpuTarget = results[0]!.cpuMedian < 200;

const lines = [
  '## report',
  '',
  `Rendering one incident with ${eventCount.toLocaleString('en-US')} timeline events (4 signatures, all five moments), median and p95 of 15 runs after 3 warm-ups. Target: HTML under 200 ms — wall time ${target ? 'met' : 'NOT met'}, CPU time ${cpuTarget ? 'met' : 'NOT met'}.`,
  '',
  '| case | wall median | wall p95 | CPU median | output |',
  '|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.label} | ${r.median.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.cpuMedian.toFixed(1)} ms | ${(r.bytes / 1024).toFixed(0)} KiB |`,
  ),
  '',
  `Machine: ${machineLine()}; load average ${loadavg()[0]!.toFixed(1)} while measuring (the machine is shared). Command: \`node --import tsx bench/report.ts\`.`,
];
writeResults('report', lines.join('\n'));
console.log(lines.join('\n'));
if (!target && !cpuTarget) process.exitCode = 1;
