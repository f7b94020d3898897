import {
  editorAccount,
  expectNoSeriousAxeViolations,
  signInApi,
  signInPage,
  viewerAccount,
} from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

// The server's clock stands months after the actions were written down, so targets can be missed for real.
const serverDay = '2027-06-01';
const writtenDown = new Date().toISOString().slice(0, 10);
const age = Math.round(
  (Date.parse(`${serverDay}T00:00:00Z`) - Date.parse(`${writtenDown}T00:00:00Z`)) / 86_400_000,
);

let server: RunningServer;
let incidentId = '';
test.beforeAll(async ({ playwright }) => {
  server = await startTestServer({ today: serverDay });
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', editorAccount);
  await admin.post('/api/users', viewerAccount);
  const incident = (await admin.post('/api/incidents', {
    title: 'Checkout returned 503s',
    severity: 'SEV1',
    moments: { impactStart: { at: '2026-03-04T09:12:00Z' } },
  })) as { id: string };
  incidentId = incident.id;
  const base = `/api/incidents/${incidentId}`;
  await admin.post(`${base}/actions`, { title: 'Add a canary stage', owner: 'Kofi Mensah', status: 'done' });
  await admin.post(`${base}/actions`, {
    title: 'Alert on pool use',
    owner: 'Ed Editor',
    dueDate: '2027-01-15',
  });
  await admin.dispose();
});
test.afterAll(() => server.stop());

test('the Actions board measures closure and names the action past its target; a teammate closing it shows on reload', async ({
  browser,
}) => {
  const viewerContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC' });
  const editorContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC' });
  const viewer = await viewerContext.newPage();
  const editor = await editorContext.newPage();
  await signInPage(viewer, server, viewerAccount);
  await viewer.goto(`${server.url}/#/actions`);
  // A card's title reads as typed; only the column headings are capitalised (innerText shows CSS text-transform).
  await expect(viewer.getByRole('article', { name: 'Alert on pool use' }).getByRole('heading')).toHaveText(
    'Alert on pool use',
    { useInnerText: true },
  );
  const closure = viewer.getByRole('region', { name: 'Closure' });
  await expect(closure).toContainText('Done, no due date1');
  await expect(closure).toContainText('Open1 (1 overdue)');
  const target = closure.getByRole('listitem').filter({ hasText: 'SEV1 actions within 30 days' }).first();
  await expect(target).toContainText('SEV1 actions within 30 days: 1 of 2 done in time; missed:');
  await expect(target).toContainText(`Alert on pool use (${incidentId}, Ed Editor): open for ${age} days`);
  await closure.getByText('Days to close and actions by incident').click();
  const byIncident = closure.getByRole('table', { name: 'Actions by incident' });
  await expect(byIncident.getByRole('row', { name: /Checkout returned 503s/ })).toContainText('SEV1');
  await expect(closure.getByRole('table', { name: /Days to close done actions/ })).toBeVisible();
  await expectNoSeriousAxeViolations(viewer, 'the actions page with closure figures');

  // The owner closes it on the incident's Actions tab; the viewer's board counts it on reload. (The store stamps
  // the real day, before its due day, so it is done on time.)
  await signInPage(editor, server, editorAccount);
  await editor.goto(`${server.url}/#/incidents/${incidentId}/actions`);
  await editor.getByLabel('Status of Alert on pool use').selectOption('done');
  await expect(editor.getByRole('article', { name: 'Alert on pool use' })).toContainText(
    `Done on${writtenDown}`,
  );
  await viewer.reload();
  await expect(closure).toContainText('Done on time1');
  await expect(closure).toContainText('SEV1 actions within 30 days: 2 of 2 done in time.');
  await viewerContext.close();
  await editorContext.close();
});
