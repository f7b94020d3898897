import { describe, expect, it } from 'vitest';
import { RequestMetrics } from './request-metrics.js';

describe('RequestMetrics', () => {
  it('keeps one cumulative histogram per method, route and status class', () => {
    const metrics = new RequestMetrics();
    metrics.observe('GET', '/api/incidents', 200, 0.003);
    metrics.observe('GET', '/api/incidents', 204, 0.02);
    metrics.observe('GET', '/api/incidents', 404, 0.001);
    metrics.observe('POST', '/api/incidents', 201, 12);
    const text = metrics.render();
    const ok = 'method="GET",route="/api/incidents",status="2xx"';
    expect(text).toContain(`debrief_http_request_duration_seconds_bucket{${ok},le="0.005"} 1\n`);
    expect(text).toContain(`debrief_http_request_duration_seconds_bucket{${ok},le="0.025"} 2\n`);
    expect(text).toContain(`debrief_http_request_duration_seconds_bucket{${ok},le="+Inf"} 2\n`);
    expect(text).toContain(`debrief_http_request_duration_seconds_count{${ok}} 2\n`);
    expect(text).toContain(`debrief_http_request_duration_seconds_sum{${ok}} 0.023\n`);
    expect(text).toContain('status="4xx"} 1\n');
    const post = 'method="POST",route="/api/incidents",status="2xx"';
    expect(text).toContain(`debrief_http_request_duration_seconds_bucket{${post},le="10"} 0\n`);
    expect(text).toContain(`debrief_http_request_duration_seconds_bucket{${post},le="+Inf"} 1\n`);
  });

  it('escapes label values', () => {
    const metrics = new RequestMetrics();
    metrics.observe('GET', 'a"b\\c\nd', 500, 0.1);
    expect(metrics.render()).toContain('route="a\\"b\\\\c\\nd",status="5xx"');
  });
});
