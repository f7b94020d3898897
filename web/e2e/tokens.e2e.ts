import { signInApi, signInPage } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

let server: RunningServer;
test.beforeAll(async () => {
  server = await startTestServer();
});
test.afterAll(() => server.stop());

const editor = { username: 'tess', name: 'Tess Editor', password: 'editor password 1', role: 'editor' };
const demoted = { username: 'dan', name: 'Dan Demoted', password: 'editor password 2', role: 'editor' };
const leaver = { username: 'lee', name: 'Lee Leaver', password: 'editor password 3', role: 'editor' };

test('a user creates a token, sees it listed, revokes it, and the token is then refused', async ({
  page,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', editor);
  await admin.dispose();

  await signInPage(page, server, editor);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API token' }).click();
  await expect(page.getByText('You have no API tokens.')).toBeVisible();
  await page.getByLabel('Token name').fill('deploy script');
  // From the keyboard: Enter in the name field submits.
  await page.getByLabel('Token name').press('Enter');
  const secretField = page.getByLabel('Your new token (copy it now)');
  await expect(secretField).toHaveValue(/^dbt_/);
  const secret = await secretField.inputValue();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.getByRole('button', { name: 'Copy token' }).click();
  await expect(page.getByRole('status')).toContainText(/Copied|selected/);

  const list = page.getByRole('list', { name: 'Your API tokens' });
  await expect(list.getByRole('listitem').filter({ hasText: 'deploy script' })).toContainText(
    'last used never',
  );
  const bearer = { Authorization: `Bearer ${secret}` };
  // A fresh request context, so only the token (no session cookie) identifies the caller.
  const client = await playwright.request.newContext({ baseURL: server.url });
  expect((await client.get('/api/me', { headers: bearer })).status()).toBe(200);

  await page.getByRole('button', { name: 'Revoke token deploy script' }).focus();
  await page.keyboard.press('Enter');
  // The confirmation takes the focus, so Enter again confirms.
  await expect(page.getByRole('button', { name: 'Yes, revoke deploy script' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Revoked the token “deploy script”');
  await expect(page.getByText('You have no API tokens.')).toBeVisible();

  const refused = await client.get('/api/me', { headers: bearer });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: 'unauthorized' } });
  await client.dispose();
});

test('an admin makes an editor a viewer, and the viewer then cannot edit', async ({
  page,
  browser,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', demoted);
  const incident = (await admin.post('/api/incidents', { title: 'Cache stampede', severity: 'SEV3' })) as {
    id: string;
  };
  await admin.dispose();

  // The editor is signed in in their own browser before the change.
  const editorContext = await browser.newContext({ baseURL: server.url });
  const editorPage = await editorContext.newPage();
  await signInPage(editorPage, server, demoted);
  const editorNav = editorPage.getByRole('navigation', { name: 'Main' });
  await expect(editorNav.getByRole('link', { name: 'New incident' })).toBeVisible();

  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  const row = page.getByRole('listitem').filter({ hasText: 'Dan Demoted' });
  await row.getByRole('combobox', { name: 'Role of Dan Demoted' }).selectOption('viewer');
  await row.getByRole('button', { name: 'Change role of Dan Demoted to viewer' }).press('Enter');
  await expect(page.getByRole('status')).toContainText('Dan Demoted is now a viewer.');
  await expect(page.getByRole('listitem').filter({ hasText: 'Dan Demoted' }).locator('.badge')).toHaveText(
    'viewer',
  );

  // The last admin cannot demote herself: the page says why.
  const self = page.getByRole('listitem').filter({ hasText: 'Ada Admin' });
  await self.getByRole('combobox', { name: 'Role of Ada Admin' }).selectOption('editor');
  await self.getByRole('button', { name: /^Change role of Ada Admin/ }).click();
  await expect(page.getByRole('alert')).toContainText('last enabled admin');

  // The demoted user's open session is now a viewer's: no way to edit, and the server refuses a write.
  await editorPage.reload();
  await expect(editorPage.getByText('viewer', { exact: true })).toBeVisible();
  await expect(editorNav.getByRole('link', { name: 'New incident' })).toHaveCount(0);
  await editorPage.goto(`${server.url}/#/incidents/${incident.id}`);
  await expect(editorPage.getByRole('heading', { level: 1, name: 'Cache stampede' })).toBeVisible();
  await expect(editorPage.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  const me = (await (await editorPage.request.get('/api/me')).json()) as { csrfToken: string };
  const write = await editorPage.request.patch(`/api/incidents/${incident.id}`, {
    data: { version: 1, title: 'changed after demotion' },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(write.status()).toBe(403);
  await editorContext.close();
});

test('an admin finds a teammate’s token on the People page and revokes it', async ({ page, playwright }) => {
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', leaver);
  await admin.dispose();
  const own = await signInApi(playwright, server, leaver);
  const { token } = (await own.post('/api/tokens', { name: 'old laptop' })) as { token: string };
  await own.dispose();
  const client = await playwright.request.newContext({ baseURL: server.url });
  const bearer = { Authorization: `Bearer ${token}` };
  expect((await client.get('/api/me', { headers: bearer })).status()).toBe(200);

  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Show API tokens of Lee Leaver' }).click();
  const tokens = page.getByRole('list', { name: 'API tokens of Lee Leaver' });
  await expect(tokens.getByRole('listitem')).toHaveCount(1);
  await tokens.getByRole('button', { name: 'Revoke token old laptop' }).click();
  await tokens.getByRole('button', { name: 'Yes, revoke old laptop' }).click();
  await expect(page.getByRole('status')).toContainText('Revoked Lee Leaver’s token “old laptop”');
  await expect(page.getByText('Lee Leaver has no API tokens.')).toBeVisible();
  expect((await client.get('/api/me', { headers: bearer })).status()).toBe(401);
  await client.dispose();
});

test('every control on the people page has an accessible name', async ({ page, playwright }) => {
  // Completes the setup when this test runs on its own.
  await (await signInApi(playwright, server)).dispose();
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/users`);
  await page.getByRole('button', { name: 'Create token' }).click();
  await page
    .getByRole('button', { name: /^Revoke token/ })
    .first()
    .click();
  await expect(page.getByRole('button', { name: /^Yes, revoke/ })).toBeFocused();
  const controls = await page.locator('main').locator('button, input, select, textarea, a[href]').all();
  expect(controls.length).toBeGreaterThan(10);
  for (const control of controls) await expect(control).toHaveAccessibleName(/\S/);
});
