import { incidentTabs, signInApi, signInPage } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

let server: RunningServer;
test.beforeAll(async () => {
  server = await startTestServer();
});
test.afterAll(() => server.stop());

const viewer = { username: 'vic', name: 'Vic Viewer', password: 'viewer password 1', role: 'viewer' };
const editor = { username: 'eve', name: 'Eve Editor', password: 'editor password 1', role: 'editor' };

test('a viewer can read an incident but is offered no way to change it', async ({ page, playwright }) => {
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', viewer);
  const incident = (await admin.post('/api/incidents', {
    title: 'Queue backlog on ingest',
    severity: 'SEV3',
  })) as { id: string };
  await admin.dispose();

  await signInPage(page, server, viewer);
  await expect(page.getByRole('link', { name: 'New incident' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Queue backlog on ingest' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Queue backlog on ingest' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Actions' }).last().click();
  await expect(page.getByRole('heading', { name: 'Actions' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add action' })).toHaveCount(0);
  // The server refuses too, whatever the page shows.
  const me = (await (await page.request.get(`${server.url}/api/me`)).json()) as { csrfToken: string };
  const write = await page.request.patch(`${server.url}/api/incidents/${incident.id}`, {
    data: { version: 1, title: 'changed by a viewer' },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(write.status()).toBe(403);
});

test('a restricted incident is invisible to someone who is not a member', async ({ page, playwright }) => {
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', editor);
  const secret = (await admin.post('/api/incidents', {
    title: 'Credential leak in build logs',
    severity: 'SEV2',
    restricted: true,
    participants: [{ name: 'Ada Admin', role: 'facilitator' }],
  })) as { id: string };
  await admin.post('/api/incidents', { title: 'Slow search after reindex', severity: 'SEV4' });
  await admin.dispose();

  await signInPage(page, server, editor);
  await expect(page.getByRole('link', { name: 'Slow search after reindex' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Credential leak in build logs' })).toHaveCount(0);
  await page.getByLabel('Search').fill('credential');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('No open incidents match.')).toBeVisible();
  const liveSockets: string[] = [];
  page.on('websocket', (socket) => liveSockets.push(socket.url()));
  await page.goto(`${server.url}/#/incidents/${secret.id}`);
  await expect(page.getByRole('alert')).toContainText(/no incident/i);
  // Its live socket would only be refused, and retried: the page opens none.
  await page.waitForTimeout(1_500);
  expect(liveSockets).toEqual([]);
});

test('a script in a title is shown as text and never runs', async ({ page, playwright }) => {
  const title = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
  const admin = await signInApi(playwright, server);
  const incident = (await admin.post('/api/incidents', { title, severity: 'SEV2' })) as { id: string };
  await admin.dispose();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.goto(`${server.url}/#/incidents/${incident.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('every control on every tab of an incident has an accessible name', async ({ page, playwright }) => {
  const admin = await signInApi(playwright, server);
  const incident = (await admin.post('/api/incidents', { title: 'Named controls', severity: 'SEV3' })) as {
    id: string;
  };
  await admin.dispose();
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  for (const [tab, heading] of incidentTabs) {
    await page.goto(`${server.url}/#/incidents/${incident.id}${tab}`);
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    // Open every editor on the tab so its form controls are checked too.
    for (const button of await page.getByRole('button', { name: /^(Edit|Add)/ }).all()) {
      if (await button.isVisible()) await button.click();
    }
    await expect(page.getByText('Loading the editor…')).toHaveCount(0);
    const controls = await page
      .locator('button, input, select, textarea, a[href], [contenteditable="true"]')
      .all();
    expect(controls.length).toBeGreaterThan(3);
    for (const control of controls) await expect(control).toHaveAccessibleName(/\S/);
  }
});
