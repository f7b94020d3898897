import { signInApi, signInPage, adminAccount } from '/work/main/web/e2e/helpers.js';
import { startTestServer, test } from '/work/main/web/e2e/server-fixture.js';

test('screens', async ({ browser, playwright }) => {
  const server = await startTestServer();
  const admin = await signInApi(playwright, server);
  const inc = (await admin.post('/api/incidents', { title: 'Checkout API returned 503s', severity: 'SEV1', services: ['checkout-api'],
    bluf: 'Checkout failed for 40 minutes.', summary: 'A config push removed the payments timeout.',
    participants: [{ name: 'Ada Admin', role: 'facilitator' }],
    moments: { impactStart: { at: '2026-03-04T14:00:00Z' }, detected: { at: '2026-03-04T14:09:00Z' }, mitigated: { at: '2026-03-04T14:30:00Z' }, resolved: { at: '2026-03-04T14:45:00Z' } } })) as { id: string };
  for (const [m, s] of [[2, 'Deploy v1.42.1'], [9, 'Alert fired: checkout 5xx'], [12, 'Paged on-call'], [30, 'Rolled back']] as const)
    await admin.post(`/api/incidents/${inc.id}/events`, { at: `2026-03-04T14:${String(m).padStart(2, '0')}:00Z`, summary: s, kind: 'note', severity: m === 9 ? 'error' : 'info' });
  await admin.post(`/api/incidents/${inc.id}/actions`, { title: 'Alert on 5xx', owner: 'payments', dueDate: '2020-01-01', priority: 'high' });
  await admin.post(`/api/incidents/${inc.id}/factors`, { title: 'No timeout validation', category: 'configuration' });
  for (const [w, h, name] of [[1280, 900, 'laptop'], [390, 844, 'phone']] as const) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await signInPage(page, server, adminAccount);
    await page.screenshot({ path: `/tmp/shots/${name}-list.png`, fullPage: true });
    await page.goto(`${server.url}/#/incidents/${inc.id}`);
    await page.getByRole('heading', { name: 'BLUF' }).waitFor();
    await page.screenshot({ path: `/tmp/shots/${name}-overview.png`, fullPage: true });
    await page.goto(`${server.url}/#/incidents/${inc.id}/timeline`);
    await page.getByRole('heading', { name: 'Events' }).waitFor();
    await page.screenshot({ path: `/tmp/shots/${name}-timeline.png`, fullPage: true });
    await page.goto(`${server.url}/#/incidents/${inc.id}/actions`);
    await page.getByRole('heading', { name: 'Actions' }).first().waitFor();
    await page.screenshot({ path: `/tmp/shots/${name}-actions.png`, fullPage: true });
    await page.close();
  }
  server.stop();
});
