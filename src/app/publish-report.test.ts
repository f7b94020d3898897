import { expect, it } from 'vitest';
import { documentInput } from '../store/test-support/factories.js';
import { publishReport } from './publish-report.js';
import { eachStore } from './test-support/each-store.js';

const ctx = { actor: 'ana' };

eachStore('publishReport', (store, audit) => {
  const stores = () => ({ documents: store().documents, audit: audit() });

  async function incident(id: string, summary: string) {
    await store().documents.save(
      { ...documentInput(id), summary, participants: [{ name: 'Jordan Lee', role: 'responder' }] },
      ctx,
    );
    return id;
  }

  it('is exported for every door, and answers an unknown incident with not_found before rendering anything', async () => {
    const app = await import('./index.js');
    expect(typeof app.publishReport).toBe('function');
    await expect(
      app.publishReport(stores(), 'INC-NONE0000', { format: 'pdf', audience: 'exec' }, ctx),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('publishes a clean exec report with its file name and media type', async () => {
    const id = await incident('INC-CLEAN001', 'A configuration change exhausted the connection pool.');
    const published = await publishReport(stores(), id, { format: 'html', audience: 'exec' }, ctx);
    expect(published.contentType).toBe('text/html; charset=utf-8');
    expect(published.fileName).toBe('INC-CLEAN001-exec.html');
    expect(published.findings).toEqual([]);
    expect(String(published.body)).toContain('<html');
  });

  it('takes only an http or https base URL for links back (trial 23: a javascript: link in the Slack summary)', async () => {
    const id = await incident('INC-BASEURL1', 'A configuration change exhausted the connection pool.');
    for (const baseUrl of ['javascript:alert(1)', 'notaurl', 'ftp://x.example.com']) {
      await expect(
        publishReport(stores(), id, { format: 'slack', audience: 'exec', baseUrl }, ctx),
        baseUrl,
      ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('base URL') });
    }
    const published = await publishReport(
      stores(),
      id,
      { format: 'slack', audience: 'exec', baseUrl: 'https://debrief.example.com' },
      ctx,
    );
    expect(String(published.body)).toContain('https://debrief.example.com/incidents/INC-BASEURL1');
  });

  it('asks for a bottom line only when the author wrote none, the public report included', async () => {
    const none = 'INC-NOBLUF01';
    await store().documents.save({ ...documentInput(none), bluf: '' }, ctx);
    for (const audience of ['exec', 'public'] as const)
      expect((await publishReport(stores(), none, { format: 'md', audience }, ctx)).blufGenerated).toBe(true);
    const written = 'INC-BLUF0001';
    await store().documents.save(
      {
        ...documentInput(written),
        bluf: 'Card payments failed for 41 minutes; we are fixing the pool limit.',
      },
      ctx,
    );
    // The public report builds its own by design (the author's is written for executives): nothing to ask.
    for (const audience of ['exec', 'public'] as const)
      expect((await publishReport(stores(), written, { format: 'md', audience }, ctx)).blufGenerated).toBe(
        false,
      );
  });

  it('refuses an exec report with blame, listing the findings, and never prints the PDF', async () => {
    const id = await incident('INC-BLAME001', 'Jordan Lee made a careless mistake. It was human error.');
    let printed = false;
    const printPdf = async () => {
      printed = true;
      return new Uint8Array();
    };
    const refused = publishReport(stores(), id, { format: 'pdf', audience: 'exec', printPdf }, ctx);
    await expect(refused).rejects.toMatchObject({
      code: 'blame_found',
      details: {
        findings: expect.arrayContaining([expect.objectContaining({ ruleId: expect.any(String) })]),
      },
    });
    expect(printed).toBe(false);
  });

  it('publishes over the findings only when asked, and records the override in the audit log', async () => {
    const id = await incident('INC-BLAME002', 'Jordan Lee made a careless mistake. It was human error.');
    const published = await publishReport(
      stores(),
      id,
      { format: 'md', audience: 'public', override: true },
      ctx,
    );
    expect(published.overridden).toBe(true);
    expect(published.findings.length).toBeGreaterThan(0);
    const [entry] = await audit().list({ incidentId: id, limit: 1 });
    expect(entry).toMatchObject({
      actor: 'ana',
      action: 'publish',
      entity: 'report',
      entityId: `${id}/public`,
    });
  });

  it('warns about an engineering report but publishes it, without an audit entry', async () => {
    const id = await incident('INC-BLAME003', 'Jordan Lee made a careless mistake.');
    const before = (await audit().list({ incidentId: id })).length;
    const published = await publishReport(stores(), id, { format: 'md', audience: 'engineering' }, ctx);
    expect(published.findings.length).toBeGreaterThan(0);
    expect(published.overridden).toBe(false);
    expect(await audit().list({ incidentId: id })).toHaveLength(before);
    // A server shows no warning, so it asks for none and the analysis is skipped; the report is the same.
    const quiet = await publishReport(
      stores(),
      id,
      { format: 'md', audience: 'engineering', warnings: false },
      ctx,
    );
    expect(quiet.findings).toEqual([]);
    expect(quiet.body).toBe(published.body);
    // An exec report is checked whatever the caller asks.
    await expect(
      publishReport(stores(), id, { format: 'md', audience: 'exec', warnings: false }, ctx),
    ).rejects.toMatchObject({ code: 'blame_found' });
  });
});
