import { editorAccount, signInApi, signInPage, viewerAccount } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

// The web app publishes under the same blameless check as the CLI: an exec or public report with blame is held
// back with its findings listed; an editor may publish it anyway (the server audits that), a viewer may not.
let server: RunningServer;
let incidentId: string;
let cleanId: string;
const editor = editorAccount;
const viewer = viewerAccount;

test.beforeAll(async ({ playwright }) => {
  server = await startTestServer();
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', editor);
  await admin.post('/api/users', viewer);
  const incident = (await admin.post('/api/incidents', {
    title: 'Checkout errors after the pool change',
    severity: 'SEV2',
    summary: 'Amara Okafor made a careless mistake. It was human error.',
    participants: [{ name: 'Amara Okafor', role: 'responder' }],
  })) as { id: string };
  incidentId = incident.id;
  const clean = (await admin.post('/api/incidents', {
    title: 'Search slowed down after the index rebuild',
    severity: 'SEV3',
    summary: 'The index rebuild ran without a throttle and saturated the disks.',
  })) as { id: string };
  cleanId = clean.id;
  // A calendar is offered once a meeting is scheduled.
  for (const id of [incidentId, cleanId]) {
    await admin.post(`/api/incidents/${id}/reviews`, { scheduledAt: '2026-03-06T10:00:00Z', attendees: [] });
  }
  await admin.dispose();
});
test.afterAll(() => server.stop());

test('an exec report with blame is held back for everyone, and only an editor can publish it anyway', async ({
  browser,
}) => {
  const viewing = await browser.newContext();
  const editing = await browser.newContext();
  const asViewer = await viewing.newPage();
  const asEditor = await editing.newPage();
  await signInPage(asViewer, server, viewer);
  await signInPage(asEditor, server, editor);

  for (const page of [asViewer, asEditor]) {
    await page.goto(`${server.url}/#/incidents/${incidentId}/report`);
    await page.getByRole('radio', { name: 'Executives' }).check();
    const held = page.getByRole('alert');
    await expect(held).toContainText('report is held back');
    await expect(held).toContainText('careless');
    await expect(page.getByRole('link', { name: /^Download/ })).toHaveCount(0);
  }
  await expect(asViewer.getByRole('button', { name: /Publish anyway/ })).toHaveCount(0);

  await asEditor.getByRole('button', { name: /Publish anyway/ }).click();
  const preview = asEditor.frameLocator('iframe[title="Report preview for Executives"]');
  await expect(preview.getByText('Checkout errors after the pool change').first()).toBeVisible();
  const downloading = asEditor.waitForEvent('download');
  await asEditor.getByRole('link', { name: 'Download Markdown' }).click();
  expect((await downloading).suggestedFilename()).toBe(`${incidentId}-exec.md`);

  // The engineering report is only warned about, so it stays downloadable for the viewer.
  await asViewer.getByRole('radio', { name: 'Engineering' }).check();
  await expect(asViewer.getByRole('link', { name: 'Download Markdown' })).toBeVisible();
  await expect(asViewer.getByRole('link', { name: 'Download Calendar (.ics)' })).toBeVisible();
  // Meeting invitations are for the team: a clean incident's public report downloads, but offers no calendar.
  await asViewer.goto(`${server.url}/#/incidents/${cleanId}/report`);
  await asViewer.getByRole('radio', { name: 'Public' }).check();
  await expect(asViewer.getByRole('link', { name: 'Download Markdown' })).toBeVisible();
  await expect(asViewer.getByRole('link', { name: 'Download Calendar (.ics)' })).toHaveCount(0);
  await viewing.close();
  await editing.close();
});

test('a link to the report with override typed into the incident does not publish it over the check when clicked', async ({
  page,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  const bypass = `/api/incidents/${incidentId}/report?format=html&audience=public&override=1`;
  const current = (await admin.get(`/api/incidents/${incidentId}`)) as { incident: { version: number } };
  await admin.patch(`/api/incidents/${incidentId}`, {
    version: current.incident.version,
    summary: `Amara Okafor made a careless mistake. It was human error.\n\nRead the [public report](${bypass}) first.`,
  });
  await admin.dispose();
  await signInPage(page, server, editor);
  await page.goto(`${server.url}/#/incidents/${incidentId}`);
  const opened = page.waitForResponse((response) => response.url().endsWith(bypass));
  await page.getByRole('link', { name: 'public report' }).click();
  const response = await opened;
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain('Publish anyway');
});

test('publishing anyway holds for the version whose findings were shown: a later edit with new blame is held back again', async ({
  page,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  const created = (await admin.post('/api/incidents', {
    title: 'Ledger writes failed after the deploy',
    severity: 'SEV2',
    summary: 'It was human error.',
  })) as { id: string };
  await signInPage(page, server, editor);
  await page.goto(`${server.url}/#/incidents/${created.id}/report`);
  await page.getByRole('radio', { name: 'Public' }).check();
  await expect(page.getByRole('alert')).toContainText('human error');
  await page.getByRole('button', { name: /Publish anyway/ }).click();
  await expect(page.getByRole('link', { name: 'Download Markdown' })).toBeVisible();

  // Someone else adds a new judgement while the tab stays open (trial 12b T12-26).
  const current = (await admin.get(`/api/incidents/${created.id}`)) as { incident: { version: number } };
  await admin.patch(`/api/incidents/${created.id}`, {
    version: current.incident.version,
    summary: 'It was human error. The release was reckless.',
  });
  await admin.dispose();
  const held = page.getByRole('alert');
  await expect(held).toContainText('report is held back', { timeout: 15_000 });
  await expect(held).toContainText('reckless');
  await expect(page.getByRole('link', { name: 'Download Markdown' })).toHaveCount(0);
});
