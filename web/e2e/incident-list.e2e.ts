import { editorAccount, signInApi, signInPage } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

// Days read the same wherever the test runs.
test.use({ locale: 'en-GB', timezoneId: 'UTC' });

let server: RunningServer;
test.beforeAll(async ({ playwright }) => {
  server = await startTestServer();
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', editorAccount);
  const open = (await admin.post('/api/incidents', {
    title: 'Checkout errors after the config push',
    severity: 'SEV2',
    moments: { impactStart: { at: '2026-03-04T09:12:00Z' } },
    participants: [
      { name: 'Kofi Mensah', role: 'incident-commander' },
      { name: 'Mei-Ling Chen', role: 'facilitator' },
    ],
  })) as { id: string };
  const base = `/api/incidents/${open.id}`;
  await admin.post(`${base}/actions`, { title: 'Canary every config push', owner: 'Kofi Mensah' });
  await admin.post(`${base}/actions`, { title: 'Alert on config drift', status: 'in-progress' });
  await admin.post(`${base}/actions`, { title: 'Write the runbook', status: 'done' });
  await admin.post(`${base}/reviews`, { kind: 'follow-up', scheduledAt: '2030-03-20T14:00:00Z' });
  await admin.post('/api/incidents', {
    title: 'Old disk full on the build host',
    severity: 'SEV4',
    status: 'closed',
  });
  await admin.dispose();
});
test.afterAll(() => server.stop());

test('the list says when each incident began, its owner, next review and open actions; closed ones are the archive', async ({
  page,
}) => {
  await signInPage(page, server, editorAccount);
  const row = page.getByRole('listitem').filter({ hasText: 'Checkout errors after the config push' });
  await expect(row).toContainText('Began 4 Mar 2026');
  await expect(row).toContainText('Facilitator: Mei-Ling Chen');
  await expect(row).toContainText('Follow-up 20 Mar 2030');
  await expect(row).toContainText('2 open actions');
  await expect(page.getByText('1 open incident.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Old disk full on the build host' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Closed incidents (archive)' }).click();
  await expect(page.getByRole('link', { name: 'Old disk full on the build host' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Checkout errors after the config push' })).toHaveCount(0);
  await expect(page.getByLabel('Status')).toHaveValue('closed');
  await page.getByLabel('Status').selectOption('any');
  await expect(page.getByRole('link', { name: 'Checkout errors after the config push' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Old disk full on the build host' })).toBeVisible();
});

test('an action’s owner is offered from the incident’s people, its owners and the accounts', async ({
  page,
}) => {
  await signInPage(page, server, editorAccount);
  await page.getByRole('link', { name: 'Checkout errors after the config push' }).click();
  await page
    .getByRole('navigation', { name: 'Incident sections' })
    .getByRole('link', { name: 'Actions' })
    .click();
  await page.getByRole('button', { name: 'Add action' }).click();
  const owner = page.getByLabel('Owner');
  const offered = async () =>
    owner.evaluate((input) =>
      Array.from((input as HTMLInputElement).list?.options ?? [], (option) => option.value),
    );
  await expect.poll(offered).toEqual(['Kofi Mensah', 'Mei-Ling Chen', 'Ada Admin', 'Ed Editor']);
  // Still free text: a team is an owner too.
  await page.getByLabel('Action', { exact: true }).fill('Rate-limit config reloads');
  await owner.fill('platform team');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('article', { name: 'Rate-limit config reloads' })).toContainText(
    'platform team',
  );
});
