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
});
