// Buckets in seconds: API calls are expected in milliseconds; the tail shows trouble.
const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  method: string;
  route: string;
  statusClass: number;
  counts: number[];
  sum: number;
  count: number;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** A histogram of request durations by method, route pattern and status class, in Prometheus text format. */
export class RequestMetrics {
  // Labels are escaped when rendered, not on every request.
  private readonly series = new Map<string, Series>();

  /** Records one request; `route` is the pattern (`/api/incidents/:id`), so ids do not explode the label set. */
  observe(method: string, route: string, status: number, seconds: number): void {
    const statusClass = Math.floor(status / 100);
    const key = `${method} ${statusClass} ${route}`;
    let entry = this.series.get(key);
    if (!entry) {
      entry = { method, route, statusClass, counts: buckets.map(() => 0), sum: 0, count: 0 };
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
    for (const { method, route, statusClass, counts, sum, count } of this.series.values()) {
      const labels = `method="${escapeLabel(method)}",route="${escapeLabel(route)}",status="${statusClass}xx"`;
      buckets.forEach((le, i) => {
        lines.push(`${name}_bucket{${labels},le="${le}"} ${counts[i] ?? 0}`);
      });
      lines.push(`${name}_bucket{${labels},le="+Inf"} ${count}`);
      lines.push(`${name}_sum{${labels}} ${sum}`);
      lines.push(`${name}_count{${labels}} ${count}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
