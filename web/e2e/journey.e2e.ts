import type { Page } from '@playwright/test';
import { adminAccount, serves } from './helpers.js';
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
  await expect(page.getByText('No incidents match.')).toBeVisible();
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
  test.skip(
    !(await serves(page, 'POST', `/api/incidents/${incidentUrl.split('/').pop()}/evidence`)),
    'evidence upload is not served yet',
  );
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
  await draft.getByRole('button', { name: /^Accept/ }).click();
  await expect(page.getByRole('status')).toContainText('Added');
  await expect(page.getByRole('list').filter({ hasText: 'context deadline exceeded' }).first()).toBeVisible();
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

test('the exec report downloads', async () => {
  const id = incidentUrl.split('/').pop() ?? '';
  test.skip(
    !(await serves(page, 'GET', `/api/incidents/${id}/report?format=md&audience=exec`)),
    'reports are not served yet',
  );
  await page.goto(`${incidentUrl}/report`);
  await page.getByRole('radio', { name: 'Executives' }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download Markdown' }).click();
  const download = await downloading;
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  expect((await readFile(path, 'utf8')).length).toBeGreaterThan(0);
});
