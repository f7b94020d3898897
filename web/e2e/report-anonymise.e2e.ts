import { readFile } from 'node:fs/promises';
import { editorAccount, signInApi, signInPage } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

// Trial 12b T12-21: the CLI could anonymise a report and the web app could not. The Report tab offers role labels
// instead of names for the engineering and exec reports, in the preview and in every download.
let server: RunningServer;
let incidentId: string;

test.beforeAll(async ({ playwright }) => {
  server = await startTestServer();
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', editorAccount);
  const incident = (await admin.post('/api/incidents', {
    title: 'Checkout errors after the pool change',
    severity: 'SEV2',
    summary: 'Nguyễn Thị Lan rolled back the pool change and Kwame Mensah confirmed recovery.',
    participants: [
      { name: 'Nguyễn Thị Lan', role: 'incident-commander' },
      { name: 'Kwame Mensah', role: 'responder' },
    ],
  })) as { id: string };
  incidentId = incident.id;
  await admin.dispose();
});
test.afterAll(() => server.stop());

test('an engineering or exec report names people by role when anonymised, in the preview and the download', async ({
  page,
}) => {
  await signInPage(page, server, editorAccount);
  await page.goto(`${server.url}/#/incidents/${incidentId}/report`);
  const preview = page.frameLocator('iframe[title="Report preview for Engineering"]');
  await expect(preview.getByText('Nguyễn Thị Lan rolled back').first()).toBeVisible();

  await page.getByRole('checkbox', { name: /Anonymise people/ }).check();
  await expect(preview.getByText('The incident commander rolled back the pool change').first()).toBeVisible();
  await expect(preview.getByText(/Nguyễn|Kwame/)).toHaveCount(0);

  await page.getByRole('radio', { name: 'Executives' }).check();
  const exec = page.frameLocator('iframe[title="Report preview for Executives"]');
  await expect(exec.getByText(/the responder confirmed recovery/i).first()).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${incidentId}-exec-anonymised.md`);
  const text = await readFile((await download.path()) as string, 'utf8');
  expect(text).toContain('The incident commander rolled back the pool change');
  expect(text).not.toMatch(/Nguyễn|Kwame|Mensah/);

  // The public report names no one already: the choice is not offered there.
  await page.getByRole('radio', { name: 'Public' }).check();
  await expect(page.getByRole('checkbox', { name: /Anonymise people/ })).toHaveCount(0);
});
