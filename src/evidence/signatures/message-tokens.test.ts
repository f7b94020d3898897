import { describe, expect, it } from 'vitest';
import { maskToken, tokenizeMessage } from './message-tokens.js';

describe('maskToken', () => {
  it('masks the digit-holding part of a key=value token and keeps the key', () => {
    expect(maskToken('(uid=0)')).toBe('(uid=<*>)');
    expect(maskToken('LOGIN(uid=0)')).toBe('LOGIN(uid=<*>)');
  });

  it('masks a host and port together', () => {
    expect(maskToken('tcpconn.tencent.com:443')).toBe('<*>:<*>');
  });

  it('masks paths and the values of key=value pairs even without digits', () => {
    expect(maskToken('/var/lib/app')).toBe('<*>');
    expect(maskToken('name=android')).toBe('name=<*>');
  });

  it('masks a URL inside quotes as one value, keeping the quotes and the colon after them', () => {
    // Go's net/http error: `Get "http://127.0.0.1:18931/pay": EOF`.
    expect(maskToken('"http://127.0.0.1:18931/pay":')).toBe('"<*>":');
    expect(maskToken('url=https://api.example.com/v1/pay')).toBe('url=<*>');
  });

  it('leaves plain words alone', () => {
    expect(maskToken('initialization.')).toBe('initialization.');
  });
});

describe('tokenizeMessage', () => {
  it('folds a run of variable tokens into one', () => {
    expect(tokenizeMessage('nodes 10 11 12 unreachable')).toEqual(['nodes', '<*>', 'unreachable']);
  });

  it('masks a spelled-out date and drops a readable size restating a number', () => {
    expect(tokenizeMessage('at Fri Jun 17 07:07:00 2005 sent 1190 bytes (1.16 KB)')).toEqual([
      'at',
      '<*>',
      'sent',
      '<*>',
      'bytes',
    ]);
  });

  it('treats an empty bracket as the same slot as a filled one', () => {
    expect(tokenizeMessage('connection from 1.2.3.4 ()')).toEqual(['connection', 'from', '<*>', '(<*>)']);
  });
});
