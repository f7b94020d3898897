import type { Registry } from 'prom-client';

// Buckets in seconds: API calls are expected in milliseconds; the tail shows trouble.
const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const name = 'debrief_http_request_duration_seconds';

interface Series {
  labels: { method: string; route: string; status: string };
  /** Observations per bucket (not cumulative); the last slot is past the largest bound. */
  counts: number[];
  sum: number;
  count: number;
}

/**
 * A histogram of request durations by method, route pattern and status class, in one server's registry. It is
 * counted here, on a plain string key, and handed to prom-client's registry only when scraped: prom-client's own
 * Histogram hashes a label object on every observation, which cost a tenth of the throughput of a cached list.
 */
export class RequestMetrics {
  private readonly series = new Map<string, Series>();

  constructor(registry: Registry) {
    const series = this.series;
    registry.registerMetric({
      name,
      get: async () => ({
        name,
        help: 'HTTP request durations by route.',
        type: 'histogram',
        aggregator: 'sum',
        values: [...series.values()].flatMap(exported),
      }),
    } as unknown as Parameters<Registry['registerMetric']>[0]);
  }

  /** Records one request; `route` is the pattern (`/api/incidents/:id`), so ids do not explode the label set. */
  observe(method: string, route: string, status: number, seconds: number): void {
    const statusClass = `${Math.floor(status / 100)}xx`;
    const key = `${method} ${statusClass} ${route}`;
    let entry = this.series.get(key);
    if (!entry) {
      entry = {
        labels: { method, route, status: statusClass },
        counts: buckets.map(() => 0).concat(0),
        sum: 0,
        count: 0,
      };
      this.series.set(key, entry);
    }
    let slot = 0;
    while (slot < buckets.length && seconds > (buckets[slot] as number)) slot++;
    entry.counts[slot] = (entry.counts[slot] ?? 0) + 1;
    entry.sum += seconds;
    entry.count++;
  }
}

/** One series as the registry writes it: cumulative buckets with `le` first, then the sum and the count. */
function exported(entry: Series) {
  let cumulative = 0;
  const bucketLines = buckets.map((bound, i) => {
    cumulative += entry.counts[i] ?? 0;
    return {
      labels: { le: bound },
      sharedLabels: entry.labels,
      value: cumulative,
      metricName: `${name}_bucket`,
    };
  });
  return [
    ...bucketLines,
    { labels: { le: '+Inf' }, sharedLabels: entry.labels, value: entry.count, metricName: `${name}_bucket` },
    { labels: {}, sharedLabels: entry.labels, value: entry.sum, metricName: `${name}_sum` },
    { labels: {}, sharedLabels: entry.labels, value: entry.count, metricName: `${name}_count` },
  ];
}
