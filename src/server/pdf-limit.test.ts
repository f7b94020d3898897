import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdfPrinter } from '../app/index.js';
import { startTestServer, type TestServer } from './test-support/test-server.js';
import { dialects } from './test-support/test-store.js';

/** A printer whose prints finish only when the test lets them. */
function heldPrinter(): PdfPrinter & { started: number; finish(): void } {
  const waiting: Array<() => void> = [];
  const printer = {
    started: 0,
    async print() {
      printer.started += 1;
      await new Promise<void>((resolve) => waiting.push(resolve));
      return new TextEncoder().encode('%PDF-1.7 held');
    },
    finish() {
      for (const resolve of waiting.splice(0)) resolve();
    },
    async close() {},
  };
  return printer;
}

describe.each(dialects)('PDF reports per person, on %s', (dialect) => {
  let t: TestServer;
  let printer: ReturnType<typeof heldPrinter>;
  let url: string;
  beforeAll(async () => {
    printer = heldPrinter();
    t = await startTestServer(dialect, { pdf: printer });
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: { title: 'Printing', severity: 'SEV3' },
    });
    url = `/api/incidents/${created.json().id}/report?format=pdf`;
  });
  afterAll(async () => t?.close());

  it('lets one person have two PDFs in flight, refuses a third with 429, and lets others print meanwhile', async () => {
    const first = [t.as(t.viewer, { url }), t.as(t.viewer, { url })];
    // Waits for the prints to start rather than a fixed time: a loaded machine takes longer.
    await expect.poll(() => printer.started, { timeout: 10_000 }).toBe(2);
    const third = await t.as(t.viewer, { url });
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toBe('5');
    expect(third.json().error.message).toMatch(/you have 2 PDFs printing already/);
    // Other formats are not held back, nor is someone else.
    expect((await t.as(t.viewer, { url: url.replace('pdf', 'md') })).statusCode).toBe(200);
    const other = t.as(t.editor, { url });
    await expect.poll(() => printer.started, { timeout: 10_000 }).toBe(3);
    printer.finish();
    for (const response of await Promise.all([...first, other])) {
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('%PDF');
    }
    // Once done, the person may print again.
    const again = t.as(t.viewer, { url });
    await expect.poll(() => printer.started, { timeout: 10_000 }).toBe(4);
    printer.finish();
    expect((await again).statusCode).toBe(200);
  });
});
