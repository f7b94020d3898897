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
  // Keyed by method, then route, then status class; labels are escaped when rendered, not on every request.
  private readonly series = new Map<string, Map<string, Map<number, Series>>>();

  /** Records one request; `route` is the pattern (`/api/incidents/:id`), so ids do not explode the label set. */
  observe(method: string, route: string, status: number, seconds: number): void {
    const routes = this.series.get(method) ?? new Map<string, Map<number, Series>>();
    if (routes.size === 0) this.series.set(method, routes);
    const classes = routes.get(route) ?? new Map<number, Series>();
    if (classes.size === 0) routes.set(route, classes);
    const statusClass = Math.floor(status / 100);
    let entry = classes.get(statusClass);
    if (!entry) {
      entry = { counts: buckets.map(() => 0), sum: 0, count: 0 };
      classes.set(statusClass, entry);
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
    for (const [method, routes] of this.series) {
      for (const [route, classes] of routes) {
        for (const [statusClass, entry] of classes) {
          const labels = `method="${escapeLabel(method)}",route="${escapeLabel(route)}",status="${statusClass}xx"`;
          buckets.forEach((le, i) => {
            lines.push(`${name}_bucket{${labels},le="${le}"} ${entry.counts[i] ?? 0}`);
          });
          lines.push(`${name}_bucket{${labels},le="+Inf"} ${entry.count}`);
          lines.push(`${name}_sum{${labels}} ${entry.sum}`);
          lines.push(`${name}_count{${labels}} ${entry.count}`);
        }
      }
    }
    return `${lines.join('\n')}\n`;
  }
}
