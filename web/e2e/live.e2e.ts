import { signInApi, signInPage } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

let server: RunningServer;
test.beforeAll(async () => {
  server = await startTestServer();
});
test.afterAll(() => server.stop());

const editor = { username: 'eli', name: 'Eli Editor', password: 'editor password 1', role: 'editor' };
const viewer = { username: 'vera', name: 'Vera Viewer', password: 'viewer password 1', role: 'viewer' };

test("a viewer sees an editor's new action without reloading, and who made it", async ({
  browser,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', editor);
  await admin.post('/api/users', viewer);
  const incident = (await admin.post('/api/incidents', {
    title: 'Payments webhook retries storm',
    severity: 'SEV2',
  })) as { id: string };
  await admin.dispose();

  const viewerContext = await browser.newContext();
  const editorContext = await browser.newContext();
  try {
    const viewerPage = await viewerContext.newPage();
    await signInPage(viewerPage, server, viewer);
    await viewerPage.goto(`${server.url}/#/incidents/${incident.id}/actions`);
    await expect(viewerPage.getByRole('heading', { level: 1 })).toHaveText('Payments webhook retries storm');
    // Survives only if the page is never reloaded.
    await viewerPage.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    const editorPage = await editorContext.newPage();
    await signInPage(editorPage, server, editor);
    await editorPage.goto(`${server.url}/#/incidents/${incident.id}/actions`);
    await editorPage.getByRole('button', { name: 'Add action' }).click();
    await editorPage.getByLabel('Action', { exact: true }).fill('Cap webhook retries with jitter');
    await editorPage.getByRole('button', { name: 'Add action' }).click();
    await expect(editorPage.getByRole('article', { name: 'Cap webhook retries with jitter' })).toBeVisible();

    await expect(viewerPage.getByRole('article', { name: 'Cap webhook retries with jitter' })).toBeVisible({
      timeout: 5_000,
    });
    await expect(viewerPage.getByRole('status').filter({ hasText: 'Updated by eli just now' })).toBeVisible();
    expect(
      await viewerPage.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
    // One's own change is not announced as someone else's.
    await expect(editorPage.getByText(/Updated by/)).toHaveCount(0);
  } finally {
    await viewerContext.close();
    await editorContext.close();
  }
});

test('what an editor is typing stays when someone else changes the incident', async ({
  page,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  const incident = (await admin.post('/api/incidents', {
    title: 'Search index lagging behind writes',
    severity: 'SEV3',
  })) as { id: string };
  await signInPage(page, server, editor);
  await page.goto(`${server.url}/#/incidents/${incident.id}/actions`);
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByLabel('Action', { exact: true }).fill('Alert on index lag over five min');

  await admin.post(`/api/incidents/${incident.id}/actions`, { title: 'Document the reindex runbook' });
  await admin.dispose();
  await expect(page.getByRole('article', { name: 'Document the reindex runbook' })).toBeVisible({
    timeout: 5_000,
  });
  await expect(page.getByRole('status').filter({ hasText: 'Updated by ada just now' })).toBeVisible();
  await expect(page.getByLabel('Action', { exact: true })).toHaveValue('Alert on index lag over five min');
});
