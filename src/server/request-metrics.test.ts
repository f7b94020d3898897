import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { RequestMetrics } from './request-metrics.js';

describe('RequestMetrics', () => {
  it('keeps one cumulative histogram per method, route and status class', async () => {
    const registry = new Registry();
    const metrics = new RequestMetrics(registry);
    metrics.observe('GET', '/api/incidents', 200, 0.003);
    metrics.observe('GET', '/api/incidents', 204, 0.02);
    metrics.observe('GET', '/api/incidents', 404, 0.001);
    metrics.observe('POST', '/api/incidents', 201, 12);
    const text = await registry.metrics();
    const ok = 'method="GET",route="/api/incidents",status="2xx"';
    expect(text).toContain('# TYPE debrief_http_request_duration_seconds histogram\n');
    expect(text).toContain(`debrief_http_request_duration_seconds_bucket{le="0.005",${ok}} 1\n`);
    expect(text).toContain(`debrief_http_request_duration_seconds_bucket{le="0.025",${ok}} 2\n`);
    expect(text).toContain(`debrief_http_request_duration_seconds_bucket{le="+Inf",${ok}} 2\n`);
    expect(text).toContain(`debrief_http_request_duration_seconds_count{${ok}} 2\n`);
    expect(text).toContain(`debrief_http_request_duration_seconds_sum{${ok}} 0.023\n`);
    expect(text).toContain('status="4xx"} 1\n');
    const post = 'method="POST",route="/api/incidents",status="2xx"';
    expect(text).toContain(`debrief_http_request_duration_seconds_bucket{le="10",${post}} 0\n`);
    expect(text).toContain(`debrief_http_request_duration_seconds_bucket{le="+Inf",${post}} 1\n`);
  });

  it('escapes label values', async () => {
    const registry = new Registry();
    new RequestMetrics(registry).observe('GET', 'a"b\\c\nd', 500, 0.1);
    expect(await registry.metrics()).toContain('route="a\\"b\\\\c\\nd",status="5xx"');
  });

  it('keeps each server to its own registry', async () => {
    const first = new Registry();
    new RequestMetrics(first).observe('GET', '/healthz', 200, 0.001);
    const second = new Registry();
    new RequestMetrics(second);
    expect(await second.metrics()).not.toContain('route="/healthz"');
  });
});
