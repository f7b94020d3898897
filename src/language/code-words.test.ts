import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import {
  breaksIdentifier,
  clauseEnd,
  identifierSpans,
  isCodeIdentifier,
  widenToIdentifiers,
  withCode,
} from './code-words.js';

const first = (text: string) => analyze(text, { people: ['Priya Shah', 'Kwame Mensah'] })[0];

describe('code identifiers as one word', () => {
  it('knows dotted names, file names, paths, Rust paths, calls and backticked code', () => {
    for (const id of ['resp.Body.Close', 'config.yaml', 'db/migrate.sh', 'tokio::spawn_blocking', 'Close()'])
      expect(isCodeIdentifier(id.endsWith('()') ? `\`${id}\`` : id), id).toBe(true);
    expect(isCodeIdentifier('conn->fd')).toBe(true);
    expect(isCodeIdentifier('`anything at all`')).toBe(true);
    expect(isCodeIdentifier('config')).toBe(false);
    expect(isCodeIdentifier('the config.yaml')).toBe(false);
  });

  it('finds identifiers but not a sentence-ending dot', () => {
    const text = 'Set it on http.Client. Then stop.';
    expect(identifierSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['http.Client']);
  });

  it('widens a span that stops inside an identifier, and leaves other spans alone', () => {
    const text = 'forgot to call resp.Body.Close in the handler';
    expect(widenToIdentifiers({ start: 0, end: 19 }, text)).toEqual({ start: 0, end: 30 });
    expect(widenToIdentifiers({ start: 20, end: 30 }, text)).toEqual({ start: 15, end: 30 });
    expect(widenToIdentifiers({ start: 0, end: 14 }, text)).toEqual({ start: 0, end: 14 });
  });

  it('says a rewrite breaks an identifier when it keeps a piece of it, cuts it short or re-cases it', () => {
    const sentence = 'Priya forgot to call resp.Body.Close in the handler';
    expect(breaksIdentifier('The resp was not called.', sentence)).toBe(true);
    expect(breaksIdentifier('The resp.Body was not called.', sentence)).toBe(true);
    expect(breaksIdentifier('Resp.Body.Close was not called.', sentence)).toBe(true);
    expect(breaksIdentifier('resp.Body.Close was not called in the handler.', sentence)).toBe(false);
    expect(
      breaksIdentifier('A timeout was not set on the shared http.', 'set a timeout on http.Client'),
    ).toBe(true);
    expect(breaksIdentifier('The ______ was not read.', 'forgot to read https://x.io')).toBe(true);
    expect(breaksIdentifier('The __init__ file was not read.', 'forgot to read the __init__ file')).toBe(
      false,
    );
  });

  it('puts backticked code back into a masked sentence, at the same offsets', () => {
    const source = 'call `resp.Body.Close()` now';
    const masked = 'call `_________________` now';
    expect(withCode(masked, source)).toBe(source);
    expect(withCode('plain text', 'plain text')).toBe('plain text');
  });

  it('ends a clause at a comma or a full stop, not at the dot of an identifier', () => {
    const text = 'zero for internal/http.Transport, so it hung';
    expect(clauseEnd(text, 0)).toBe(text.indexOf(','));
    expect(clauseEnd('no end here', 3)).toBe(11);
  });
});

describe('the analyzer keeps code identifiers whole', () => {
  it('quotes and rewrites a dotted call whole', () => {
    const finding = first('Priya forgot to call resp.Body.Close in the handler');
    expect(finding?.text).toBe('forgot to call resp.Body.Close');
    expect(finding?.suggestions[0]).toBe('resp.Body.Close was not called in the handler.');
  });

  it('keeps a file name, a type in the rest of the clause, a Rust path and a script path', () => {
    expect(first('Kwame forgot to update config.yaml before the deploy')?.suggestions[0]).toBe(
      'config.yaml was not updated before the deploy.',
    );
    expect(first('Priya forgot to set a timeout on the shared http.Client')?.suggestions[0]).toBe(
      'A timeout was not set on the shared http.Client.',
    );
    expect(first('Priya forgot to call tokio::spawn_blocking in the handler')?.text).toBe(
      'forgot to call tokio::spawn_blocking',
    );
    expect(first('Priya forgot to run db/migrate.sh')?.suggestions[0]).toBe(
      'The db/migrate.sh step did not run.',
    );
  });

  it('quotes backticked code as written, in the finding and in the rewrite', () => {
    const finding = first('Priya forgot to call `resp.Body.Close()` in the handler.');
    expect(finding?.text).toBe('forgot to call `resp.Body.Close()`');
    expect(finding?.suggestions[0]).toBe('`resp.Body.Close()` was not called in the handler.');
  });

  it('carries the rest of a long clause whole instead of cutting it at 60 characters', () => {
    const finding = first(
      'Priya forgot to set the timeout because the default in the shared library was zero for internal/httpclient.Transport.',
    );
    expect(finding?.suggestions[0]).toBe(
      'The timeout was not set because the default in the shared library was zero for internal/httpclient.Transport.',
    );
  });

  it('offers no rewrite when the object is a masked URL', () => {
    const finding = first('Priya forgot to read https://example.com/runbook before the deploy.');
    expect(finding?.ruleId).toBe('counterfactual/failed-to');
    expect(finding?.suggestions.some((s) => s.includes('_'))).toBe(false);
    expect(finding?.suggestions[0]).not.toMatch(/was not read/);
  });
});
