// Buckets in seconds: API calls are expected in milliseconds; the tail shows trouble.
const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  counts: number[];
  sum: number;
  count: number;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** A histogram of request durations by method, route pattern and status class, in Prometheus text format. */
export class RequestMetrics {
  private readonly series = new Map<string, Series>();

  /** Records one request; `route` is the pattern (`/api/incidents/:id`), so ids do not explode the label set. */
  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${escapeLabel(method)}",route="${escapeLabel(route)}",status="${Math.floor(status / 100)}xx"`;
    let entry = this.series.get(key);
    if (!entry) {
      entry = { counts: buckets.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, entry);
    }
    for (let i = 0; i < buckets.length; i++)
      if (seconds <= (buckets[i] ?? 0)) entry.counts[i] = (entry.counts[i] ?? 0) + 1;
    entry.sum += seconds;
    entry.count += 1;
  }

  /** The histogram as Prometheus exposition text. */
  render(): string {
    const name = 'debrief_http_request_duration_seconds';
    const lines = [`# HELP ${name} HTTP request durations by route.`, `# TYPE ${name} histogram`];
    for (const [labels, entry] of this.series) {
      buckets.forEach((le, i) => {
        lines.push(`${name}_bucket{${labels},le="${le}"} ${entry.counts[i] ?? 0}`);
      });
      lines.push(`${name}_bucket{${labels},le="+Inf"} ${entry.count}`);
      lines.push(`${name}_sum{${labels}} ${entry.sum}`);
      lines.push(`${name}_count{${labels}} ${entry.count}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
