import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEvidence } from './demo/demo-evidence.js';
import { multipart, multipartHeaders } from './test-support/multipart.js';
import { startTestServer, type TestServer } from './test-support/test-server.js';
import { dialects } from './test-support/test-store.js';

describe.each(dialects)('evidence, lint and reports over the API on %s', (dialect) => {
  let t: TestServer;
  let incidentId: string;
  beforeAll(async () => {
    t = await startTestServer(dialect, { uploadLimit: 200_000 });
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: {
        title: 'Checkout failures',
        severity: 'SEV2',
        participants: [{ name: 'Priya Raman', role: 'responder' }],
      },
    });
    incidentId = created.json().id;
  });
  afterAll(async () => t?.close());

  it('drafts a timeline from uploaded files without saving it, then saves the accepted events', async () => {
    const files = demoEvidence(Date.UTC(2026, 2, 4, 14));
    const upload = {
      'alerts.json': files['alertmanager-firing.json'] ?? '',
      'gitops.log': files['gitops-checkout.log'] ?? '',
    };
    const response = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${incidentId}/evidence`,
      headers: multipartHeaders,
      payload: multipart(upload),
    });
    expect(response.statusCode).toBe(200);
    const draft = response.json();
    expect(draft.events.map((e: { kind: string }) => e.kind)).toEqual(['deploy', 'alert-fired', 'rollback']);
    expect(draft.events[0].origins[0].file).toBe('gitops.log');
    expect(draft.stats.files).toBe(2);
    expect(draft.moments.detected.at).toBe('2026-03-04T14:07:45.000Z');
    expect((await t.store.timeline.list(incidentId)).length).toBe(0);
    const saved = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${incidentId}/events/bulk`,
      payload: { events: draft.events },
    });
    expect(saved.json().added).toHaveLength(3);
  });

  it('drafts what it can read of an upload and lists the files it could not read at all', async () => {
    const response = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${incidentId}/evidence`,
      headers: multipartHeaders,
      payload: multipart({
        'slack.zip': `PK\u0003\u0004${'garbage'.repeat(10)}`,
        'app.log': '{"time":"2026-03-04T14:01:00Z","level":"ERROR","msg":"charge failed"}\n',
      }),
    });
    expect(response.statusCode).toBe(200);
    const draft = response.json();
    expect(draft.unreadable).toEqual([expect.stringMatching(/^slack\.zip: /)]);
    expect(draft.files.map((f: { file: string }) => f.file)).toEqual(['app.log']);
  });

  it('refuses an upload over the limit with 413 and stores nothing', async () => {
    const before = (await t.store.timeline.list(incidentId)).length;
    const response = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${incidentId}/evidence`,
      headers: multipartHeaders,
      payload: multipart({ 'huge.log': 'x'.repeat(150_000), 'more.log': 'y'.repeat(150_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('too_large');
    expect((await t.store.timeline.list(incidentId)).length).toBe(before);
  });

  it('answers a JSON body sent to the upload with 415', async () => {
    const response = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${incidentId}/evidence`,
      payload: { file: 'nope' },
    });
    expect(response.statusCode).toBe(415);
  });

  it('lints text for blame, knowing the participants', async () => {
    const response = await t.as(t.viewer, {
      method: 'POST',
      url: '/api/lint',
      payload: { text: 'Priya should have checked the timeout before deploying.', people: ['Priya Raman'] },
    });
    expect(response.statusCode).toBe(200);
    const findings = response.json().findings as Array<{ ruleId: string; line: number }>;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ line: 1 });
    const clean = await t.as(t.viewer, {
      method: 'POST',
      url: '/api/lint',
      payload: { text: 'The deploy pipeline had no canary stage.' },
    });
    expect(clean.json().findings).toEqual([]);
    // Every finding of a sentence, as `debrief lint` lists them.
    const two = await t.as(t.viewer, {
      method: 'POST',
      url: '/api/lint',
      payload: { text: 'The engineer should have known better and carelessly pushed the bad config.' },
    });
    const texts = (two.json().findings as Array<{ text: string }>).map((finding) => finding.text);
    expect(texts).toEqual(expect.arrayContaining(['should have known better', 'carelessly']));
  });

  it('renders the report as Markdown inline and as an attachment on request', async () => {
    const inline = await t.as(t.viewer, { url: `/api/incidents/${incidentId}/report?format=md` });
    expect(inline.statusCode).toBe(200);
    expect(inline.headers['content-type']).toMatch(/^text\/markdown/);
    expect(inline.body).toContain('Checkout failures');
    const download = await t.as(t.viewer, {
      url: `/api/incidents/${incidentId}/report?format=json&audience=exec&download=1`,
    });
    expect(download.headers['content-disposition']).toBe(`attachment; filename="${incidentId}-exec.json"`);
    expect(download.json()).toMatchObject({ audience: 'exec' });
    const bad = await t.as(t.viewer, { url: `/api/incidents/${incidentId}/report?format=docx` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/expected one of md, html/);
  });

  it('holds back an exec report with blame by this door too, and lets an editor publish it over the findings', async () => {
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: {
        title: 'Checkout failures again',
        severity: 'SEV2',
        summary: 'Priya Raman made a careless mistake. It was human error.',
        participants: [{ name: 'Priya Raman', role: 'responder' }],
      },
    });
    const id = created.json().id as string;
    const refused = await t.as(t.viewer, { url: `/api/incidents/${id}/report?format=pdf&audience=exec` });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'blame_found',
      message: expect.stringContaining('refusing to publish the exec report'),
      details: { findings: expect.arrayContaining([expect.objectContaining({ text: expect.any(String) })]) },
    });
    const engineering = await t.as(t.viewer, { url: `/api/incidents/${id}/report?format=md` });
    expect(engineering.statusCode).toBe(200);
    const byViewer = await t.as(t.viewer, { url: `/api/incidents/${id}/report?audience=public&override=1` });
    expect(byViewer.statusCode).toBe(403);
    // A link opened in a browser (an image, a frame or a clicked link typed into the incident) carries the session
    // cookie but not its CSRF token: nobody's decision, refused, and nothing is recorded.
    const url = `/api/incidents/${id}/report?audience=public&override=1`;
    const before = (await t.audit.list({ incidentId: id })).length;
    for (const dest of ['image', 'document']) {
      const opened = await t.app.inject({ url, headers: { cookie: t.admin.cookie, 'sec-fetch-dest': dest } });
      expect(opened.statusCode).toBe(403);
      expect(opened.json().error.message).toContain('"Publish anyway" in the Report tab');
    }
    expect(await t.audit.list({ incidentId: id })).toHaveLength(before);
    // The Report tab's button sends the token.
    const fromTab = await t.asAdmin({ url });
    expect(fromTab.statusCode).toBe(200);
    const byEditor = await t.as(t.editor, { url });
    expect(byEditor.statusCode).toBe(200);
    const [entry] = await t.audit.list({ incidentId: id, limit: 1 });
    expect(entry).toMatchObject({ action: 'publish', entity: 'report', entityId: `${id}/public` });
  });

  it('saves chosen moments with the events, and leaves out one that would break their order', async () => {
    const created = await t.as(t.editor, {
      method: 'POST',
      url: '/api/incidents',
      payload: {
        title: 'Moments',
        severity: 'SEV3',
        moments: { impactStart: { at: '2026-03-04T14:10:00Z' } },
      },
    });
    const id = created.json().id as string;
    const saved = await t.as(t.editor, {
      method: 'POST',
      url: `/api/incidents/${id}/events/bulk`,
      payload: {
        events: [
          { at: '2026-03-04T14:12:00Z', kind: 'alert-fired', summary: 'HighErrorRate', fingerprint: 'am-1' },
        ],
        moments: { detected: { at: '2026-03-04T14:12:00Z' }, resolved: { at: '2026-03-04T14:05:00Z' } },
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ set: ['detected'], leftOut: [{ name: 'resolved' }] });
    expect(saved.json().incident.moments).toMatchObject({ detected: { at: '2026-03-04T14:12:00.000Z' } });
    expect(saved.json().incident.moments.resolved).toBeUndefined();
  });
});
