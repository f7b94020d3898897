import { describe, expect, it } from 'vitest';
import { itemsOf, parseAll } from '../test-support/parse-all.js';
import { accessLog } from './access-log.js';

describe('accessLog', () => {
  it('turns a 503 answer into an error line shaped METHOD /path STATUS', () => {
    const [item] = itemsOf(
      parseAll(
        accessLog,
        '10.0.0.7 - - [04/Mar/2026:15:02:11 +0100] "POST /api/pay?x=1 HTTP/1.1" 503 182 "-" "curl/8.5.0"',
      ),
    );
    expect(item).toMatchObject({
      at: '2026-03-04T14:02:11.000Z',
      severity: 'error',
      message: 'POST /api/pay 503',
    });
  });

  it('keeps the status in the template and takes 4xx as warnings, 5xx as errors', () => {
    const lines = [
      '10.0.0.7 - - [04/Mar/2026:14:02:11 +0000] "GET /api/orders/7 HTTP/1.1" 200 512 "-" "curl/8.5.0"',
      '10.0.0.7 - - [04/Mar/2026:14:02:12 +0000] "GET /api/orders/8 HTTP/1.1" 404 0 "-" "curl/8.5.0"',
      '10.0.0.7 - - [04/Mar/2026:14:02:13 +0000] "GET /api/orders/9 HTTP/1.1" 502 0 "-" "curl/8.5.0"',
      '10.0.0.7 - - [04/Mar/2026:14:02:14 +0000] "FOO /x HTTP/1.1" 405 0 "-" "scanner"',
    ];
    const items = itemsOf(parseAll(accessLog, lines.join('\n')));
    expect(items.map((item) => [item.severity, item.template])).toEqual([
      ['info', 'GET <*> 200'],
      ['warning', 'GET <*> 404'],
      ['error', 'GET <*> 502'],
      ['warning', '<*> <*> 405'],
    ]);
  });
});
