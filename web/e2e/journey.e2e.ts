import type { Page } from '@playwright/test';
import { adminAccount } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

// One person's first session, in order: each step builds on the one before.
test.describe.configure({ mode: 'serial' });

let page: Page;
let server: RunningServer;
let incidentUrl = '';

test.beforeAll(async ({ browser }) => {
  server = await startTestServer();
  page = await browser.newPage({ baseURL: server.url });
});

test.afterAll(async () => {
  await page.close();
  server.stop();
});

test('a new user completes the first-run setup from the printed link', async () => {
  await page.goto(`${server.url}/setup?token=${encodeURIComponent(server.setupToken)}`);
  await expect(page.getByRole('heading', { name: 'Set up debrief' })).toBeVisible();
  await expect(page.getByLabel('Setup token')).toHaveValue(server.setupToken);
  await page.getByLabel('Username').fill(adminAccount.username);
  await page.getByLabel('Full name').fill(adminAccount.name);
  await page.getByLabel('Password').fill(adminAccount.password);
  await page.getByRole('button', { name: 'Create administrator' }).click();
  await expect(page.getByRole('heading', { name: 'Incidents' })).toBeVisible();
  await expect(page.getByText(adminAccount.name)).toBeVisible();
});

test('the admin adds a teammate as a viewer and creates a personal API token', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  const form = page.getByRole('form', { name: 'Add an account' });
  await form.getByLabel('Username').fill('vera');
  await form.getByLabel('Full name').fill('Vera Viewer');
  await form.getByLabel('Initial password').fill('violet kestrel 41');
  await form.getByLabel('Role').selectOption('viewer');
  await form.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('status')).toContainText('Added vera as viewer');
  await expect(page.getByRole('listitem').filter({ hasText: 'Vera Viewer' })).toContainText('viewer');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByLabel('Your new token (copy it now)')).not.toHaveValue('');
});

test('the new user creates an incident', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New incident' }).click();
  await page.getByLabel('Title').fill('Checkout API returned 503s');
  await page.getByLabel('Severity').selectOption('SEV1');
  await page.getByLabel('Affected services (comma-separated)').fill('checkout-api, payments');
  await page.getByRole('button', { name: 'Create incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout API returned 503s' })).toBeVisible();
  incidentUrl = page.url();
  expect(incidentUrl).toMatch(/#\/incidents\/INC-/);
});

test('the incident shows in the list and the filters narrow it', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
  await expect(page.getByRole('link', { name: 'Checkout API returned 503s' })).toBeVisible();
  await page.getByLabel('Severity').selectOption('SEV3');
  await expect(page.getByText('No open incidents match.')).toBeVisible();
  await page.getByLabel('Severity').selectOption('SEV1');
  await expect(page.getByRole('link', { name: 'Checkout API returned 503s' })).toBeVisible();
});

test('a stale edit is refused with a conflict and the latest version is shown', async () => {
  await page.goto(incidentUrl);
  await page.getByRole('button', { name: 'Edit Details' }).click();
  // Someone else saves first.
  const id = incidentUrl.split('/').pop() ?? '';
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const current = (await (await page.request.get(`/api/incidents/${id}`)).json()) as {
    incident: { version: number };
  };
  const other = await page.request.patch(`/api/incidents/${id}`, {
    data: { version: current.incident.version, title: 'Checkout API returned 503s for 40 minutes' },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(other.ok()).toBe(true);
  await page.getByLabel('Title').fill('A title typed over a stale copy');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('changed this since you opened it');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Checkout API returned 503s for 40 minutes',
  );
});

test('an action is added with an owner and a due date', async () => {
  await page.goto(incidentUrl);
  await page
    .getByRole('navigation', { name: 'Incident sections' })
    .getByRole('link', { name: 'Actions' })
    .click();
  await page.getByRole('button', { name: 'Add action' }).click();
  await page.getByLabel('Action', { exact: true }).fill('Alert on checkout 5xx rate above 2%');
  await page.getByLabel('Owner').fill('payments-team');
  await page.getByLabel('Due date').fill('2030-01-15');
  await page.getByLabel('Priority').selectOption('high');
  await page.getByRole('button', { name: 'Add action' }).click();
  const card = page.getByRole('article', { name: 'Alert on checkout 5xx rate above 2%' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('payments-team');
  await expect(card).toContainText('2030-01-15');
  await expect(card).not.toContainText('overdue');

  // The same action shows on the board across incidents, and not among the overdue ones.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' }).click();
  await expect(page.getByRole('article', { name: 'Alert on checkout 5xx rate above 2%' })).toBeVisible();
  await page.getByLabel('Overdue only').check();
  await expect(page.getByRole('article', { name: 'Alert on checkout 5xx rate above 2%' })).toHaveCount(0);
});

test('key moments typed by hand draw the phases on the timeline chart', async () => {
  await page.goto(`${incidentUrl}/timeline`);
  await page.getByRole('button', { name: 'Edit Key moments' }).click();
  await page.getByLabel('Impact started (UTC)').fill('2026-03-04T14:00:00');
  await page.getByLabel('Detected (UTC)').fill('2026-03-04T14:09:00');
  await page.getByLabel('Resolved (UTC)').fill('2026-03-04T14:40:00');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  const chart = page.getByRole('img', { name: /Timeline chart/ });
  await expect(chart).toHaveAccessibleName(/Impact, not yet detected, Responding/);
  // Resolved before detected is refused in the page, before any request.
  await page.getByRole('button', { name: 'Edit Key moments' }).click();
  await page.getByLabel('Resolved (UTC)').fill('2026-03-04T13:00:00');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('resolved');
});

test('a log is uploaded and the accepted draft becomes the timeline', async () => {
  await page.goto(`${incidentUrl}/timeline`);
  const log = [
    '2026-03-04T14:02:11Z level=error msg="context deadline exceeded calling payments:443" service=checkout-api',
    '2026-03-04T14:02:12Z level=error msg="context deadline exceeded calling payments:443" service=checkout-api',
    '2026-03-04T14:05:00Z level=info msg="deploy finished" service=checkout-api version=v1.42.1',
  ].join('\n');
  await page
    .getByLabel('Choose evidence files')
    .setInputFiles({ name: 'checkout.log', mimeType: 'text/plain', buffer: Buffer.from(log) });
  const draft = page.getByRole('region', { name: 'Draft timeline' });
  await expect(draft).toBeVisible();
  await expect(
    draft.getByRole('listitem').filter({ hasText: 'context deadline exceeded' }).first(),
  ).toBeVisible();
  // Nothing is saved before the draft is accepted.
  const saved = page.getByRole('region', { name: 'Events' }).getByRole('listitem');
  await expect(saved.filter({ hasText: 'context deadline exceeded' })).toHaveCount(0);
  await draft.getByRole('button', { name: /^Accept/ }).click();
  await expect(page.getByRole('status')).toContainText('Added');
  await expect(saved.filter({ hasText: 'context deadline exceeded' }).first()).toBeVisible();
  await expect(draft).toHaveCount(0);
});

test('an event typed by hand can be corrected in the list', async () => {
  await page.goto(`${incidentUrl}/timeline`);
  const events = page.getByRole('region', { name: 'Events' });
  await events.getByRole('button', { name: 'Add event' }).click();
  await events.getByLabel('Time (UTC)').fill('2026-03-04T14:20:00');
  await events.getByLabel('Kind').selectOption('decision');
  await events.getByLabel('What happened').fill('Decided to roll back the config push');
  await events.getByRole('button', { name: 'Add event' }).click();
  const item = events.getByRole('listitem').filter({ hasText: 'Decided to roll back the config push' });
  await expect(item).toContainText('2026-03-04 14:20:00Z');
  await item.getByRole('button', { name: /^Edit event/ }).click();
  await events.getByLabel('What happened').fill('Decided to roll back the config push (v1.42.1)');
  await events.getByRole('button', { name: 'Save event' }).click();
  await expect(events.getByRole('listitem').filter({ hasText: '(v1.42.1)' })).toBeVisible();
});

test('a large upload shows its progress while it is sent, and a draft can be discarded', async () => {
  await page.goto(`${incidentUrl}/timeline`);
  const line = '2026-03-04T14:03:00Z level=warn msg="retrying payments call" service=checkout-api\n';
  const buffer = Buffer.from(line.repeat(Math.ceil(400_000 / line.length)));
  // Slow the upload down (about 100 KB/s) so the progress can be seen.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 100 * 1024,
  });
  await page
    .getByLabel('Choose evidence files')
    .setInputFiles({ name: 'retries.log', mimeType: 'text/plain', buffer });
  await expect(page.getByRole('progressbar', { name: /Uploading 1 file/ })).toBeVisible();
  await expect(page.getByText(/^([1-9]|[1-9]\d)%$/)).toBeVisible();
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  const draft = page.getByRole('region', { name: 'Draft timeline' });
  await expect(draft).toBeVisible({ timeout: 30_000 });
  await draft.getByRole('button', { name: 'Discard draft' }).click();
  await expect(draft).toHaveCount(0);
  await cdp.detach();
});

test('a blameful sentence is flagged as it is typed and the reframing applies in one click', async () => {
  await page.goto(incidentUrl);
  await page.getByRole('button', { name: 'Edit BLUF' }).click();
  const editor = page.getByRole('textbox', { name: 'BLUF' });
  await editor.click();
  await page.keyboard.type(
    'Checkout failed for 40 minutes. The on-call engineer failed to notice the alert.',
  );
  const flagged = page.locator('.cm-lintRange').first();
  await expect(flagged).toBeVisible();
  await expect(flagged).toHaveText(/failed to notice/);
  await flagged.hover();
  const tooltip = page.locator('.cm-tooltip-lint');
  await expect(tooltip).toContainText('Reframe as:');
  await expect(tooltip).toContainText('Ask instead:');
  await tooltip.getByRole('button', { name: 'Apply reframing' }).first().click();
  await expect(editor).toHaveText('Checkout failed for 40 minutes. The alert was not noticed.');
  await expect(page.locator('.cm-lintRange')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  await expect(page.getByText('The alert was not noticed.')).toBeVisible();
});

test('from the keyboard alone, a finding is listed and its reframing applied', async () => {
  await page.goto(incidentUrl);
  await page.getByRole('button', { name: 'Edit Summary' }).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Summary' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('Bob forgot to run the migration before the deploy.');
  await expect(page.locator('.cm-lintRange').first()).toBeVisible();
  await page.keyboard.press('Control+Shift+M');
  const panel = page.getByRole('listbox', { name: 'Diagnostics' });
  await expect(panel).toBeFocused();
  await expect(panel).toContainText('Reframe as:');
  await page.keyboard.press('a');
  await expect(editor).toHaveText('The migration step did not run before the deploy.');
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();
  await expect(page.getByRole('region', { name: 'Wording check of Summary' })).toContainText(
    'No blameful wording found.',
  );
  // Tab leaves the editor (it does not indent), reaching Save: with no finding left, no list button comes first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Saved');
});

test('the exec report downloads', async () => {
  await page.goto(`${incidentUrl}/report`);
  await page.getByRole('radio', { name: 'Executives' }).check();
  const preview = page.frameLocator('iframe[title="Report preview for Executives"]');
  await expect(preview.getByText('Checkout API returned 503s for 40 minutes').first()).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download Markdown' }).click();
  const download = await downloading;
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  expect(download.suggestedFilename()).toMatch(/exec\.md$/);
  expect(await readFile(path, 'utf8')).toContain('Checkout API returned 503s for 40 minutes');
});

test('after signing out, the viewer signs in and can read but not change the incident', async () => {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to debrief' })).toBeVisible();
  await page.getByLabel('Username').fill('vera');
  await page.getByLabel('Password').fill('violet kestrel 41');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.goto(incidentUrl);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Checkout API returned 503s for 40 minutes' }),
  ).toBeVisible();
  await expect(page.getByText('The alert was not noticed.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^(Edit|Add)/ })).toHaveCount(0);
});
