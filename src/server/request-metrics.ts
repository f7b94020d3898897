import { Histogram, type Registry } from 'prom-client';

// Buckets in seconds: API calls are expected in milliseconds; the tail shows trouble.
const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A histogram of request durations by method, route pattern and status class, in one server's registry. */
export class RequestMetrics {
  private readonly duration: Histogram<'method' | 'route' | 'status'>;

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'debrief_http_request_duration_seconds',
      help: 'HTTP request durations by route.',
      labelNames: ['method', 'route', 'status'],
      buckets,
      registers: [registry],
    });
  }

  /** Records one request; `route` is the pattern (`/api/incidents/:id`), so ids do not explode the label set. */
  observe(method: string, route: string, status: number, seconds: number): void {
    this.duration.observe({ method, route, status: `${Math.floor(status / 100)}xx` }, seconds);
  }
}
