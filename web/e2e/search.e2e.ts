import {
  editorAccount,
  expectNoSeriousAxeViolations,
  signInApi,
  signInPage,
  viewerAccount,
} from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

let server: RunningServer;
let earlier = '';
let current = '';
test.beforeAll(async ({ playwright }) => {
  server = await startTestServer();
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', editorAccount);
  await admin.post('/api/users', viewerAccount);
  earlier = (
    (await admin.post('/api/incidents', {
      title: 'Connection pool exhausted on payments-api',
      severity: 'SEV2',
      services: ['payments-api'],
    })) as { id: string }
  ).id;
  current = (
    (await admin.post('/api/incidents', {
      title: 'Checkout failed while the payments pool was exhausted',
      severity: 'SEV1',
      services: ['payments-api'],
    })) as { id: string }
  ).id;
  await admin.post('/api/incidents', {
    title: 'Payroll export leaked the pool password',
    severity: 'SEV1',
    restricted: true,
    participants: [{ name: 'ada', role: 'incident-commander' }],
  });
  await admin.dispose();
});
test.afterAll(() => server.stop());

test('a teammate finds what another just wrote, marked, never a restricted incident; similar incidents show while writing', async ({
  browser,
}) => {
  const editorContext = await browser.newContext();
  const viewerContext = await browser.newContext();
  const editor = await editorContext.newPage();
  const viewer = await viewerContext.newPage();
  await signInPage(editor, server, editorAccount);
  await signInPage(viewer, server, viewerAccount);

  // The editor adds an action on the earlier incident.
  await editor.goto(`${server.url}/#/incidents/${earlier}/actions`);
  await editor.getByRole('button', { name: 'Add action' }).click();
  await editor.getByLabel('Action', { exact: true }).fill('Alert when pgbouncer waits exceed 50 ms');
  await editor.getByRole('button', { name: 'Add action' }).click();
  await expect(
    editor.getByRole('article', { name: 'Alert when pgbouncer waits exceed 50 ms' }),
  ).toBeVisible();

  // The viewer searches from the navigation, by the start of a word, and sees it marked.
  await viewer.getByRole('link', { name: 'Search' }).click();
  await viewer.getByRole('searchbox', { name: 'Words to find' }).fill('PGBOUNC wait');
  await viewer.getByRole('button', { name: 'Search' }).click();
  await expect(viewer.getByText('One match in one incident.')).toBeVisible();
  const group = viewer.getByRole('region', { name: 'Connection pool exhausted on payments-api' });
  await expect(group.locator('mark')).toHaveText(['pgbouncer', 'waits']);
  await group.getByRole('link', { name: 'Action' }).click();
  await expect(viewer).toHaveURL(new RegExp(`#/incidents/${earlier}/actions$`));

  // Restricted incidents the viewer takes no part in stay out; odd input is only words.
  await viewer.goto(`${server.url}/#/search?q=${encodeURIComponent('pool "')}`);
  await expect(viewer.getByText('2 matches in 2 incidents.')).toBeVisible();
  await expect(viewer.getByText('Payroll export leaked the pool password')).toHaveCount(0);
  await expectNoSeriousAxeViolations(viewer, 'the search page with results');
  // A long paste searches its beginning, never a URL too large for the server.
  await viewer.getByRole('searchbox', { name: 'Words to find' }).fill('pool '.repeat(2_500));
  const answer = viewer.waitForResponse((response) => response.url().includes('/api/search?'));
  await viewer.getByRole('searchbox', { name: 'Words to find' }).press('Enter');
  expect((await answer).status()).toBe(200);
  await expect(viewer.getByText('2 matches in 2 incidents.')).toBeVisible();
  await expect(viewer.getByText('Only the first 2,000 characters are searched.')).toBeVisible();
  // A long paste that finds nothing is quoted by its beginning, not repeated whole.
  await viewer.getByRole('searchbox', { name: 'Words to find' }).fill('超时错误 '.repeat(1_500));
  await viewer.getByRole('searchbox', { name: 'Words to find' }).press('Enter');
  await expect(
    viewer.getByText(`Nothing found for “${'超时错误 '.repeat(16).slice(0, 80).trimEnd()}…”.`),
  ).toBeVisible();

  // Similar incidents on the overview: the earlier pool incident, not itself, not the restricted one.
  await editor.goto(`${server.url}/#/incidents/${current}`);
  const similar = editor.getByRole('region', { name: 'Similar incidents' });
  await expect(similar.getByRole('link')).toHaveText(['Connection pool exhausted on payments-api']);
  await editorContext.close();
  await viewerContext.close();
});
