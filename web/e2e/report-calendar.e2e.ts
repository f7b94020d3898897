import { readFile } from 'node:fs/promises';
import { adminAccount, signInApi, signInPage } from './helpers.js';
import { expect, startTestServer, test } from './server-fixture.js';

test('the calendar downloads for the team with both reviews, and the public audience says why it has none', async ({
  browser,
  playwright,
}) => {
  const server = await startTestServer();
  const admin = await signInApi(playwright, server);
  try {
    const { id } = (await admin.post('/api/incidents', { title: 'Checkout 5xx', severity: 'SEV2' })) as {
      id: string;
    };
    await admin.post(`/api/incidents/${id}/reviews`, { kind: 'review', scheduledAt: '2026-12-10T15:00:00Z' });
    await admin.post(`/api/incidents/${id}/reviews`, {
      kind: 'follow-up',
      scheduledAt: '2026-12-24T15:00:00Z',
    });
    const page = await browser.newPage({ baseURL: server.url });
    await signInPage(page, server, adminAccount);
    await page.goto(`${server.url}/#/incidents/${id}/report`);
    const downloads = page.getByRole('navigation', { name: 'Downloads' });
    for (const audience of ['Engineering', 'Executives']) {
      await page.getByRole('radio', { name: audience }).check();
      const saved = page.waitForEvent('download');
      await downloads.getByRole('link', { name: 'Download Calendar (.ics)' }).click();
      const file = await (await saved).path();
      const calendar = await readFile(file, 'utf8');
      expect(calendar.match(/BEGIN:VEVENT/g), `${audience} calendar`).toHaveLength(2);
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    await page.getByRole('radio', { name: 'Public' }).check();
    await expect(downloads.getByRole('link', { name: 'Download Markdown' })).toBeVisible();
    await expect(downloads.getByRole('link', { name: 'Download Calendar (.ics)' })).toHaveCount(0);
    await expect(
      page.getByText('No calendar for the public: the review meetings are for the team.'),
    ).toBeVisible();
    await page.close();
  } finally {
    await admin.dispose();
    server.stop();
  }
});
