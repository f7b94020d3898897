import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import {
  type ApiClient,
  adminAccount,
  expectNoSeriousAxeViolations,
  signInApi,
  signInPage,
} from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

// Real captures: a Rust panic at 10:57:00Z, then Alertmanager's HighErrorRate firing at 11:02:51Z for two pods,
// pod 1 resolving (05, a `firing` notification) and pod 2 resolving (06, the `resolved` one).
const captured = resolve(import.meta.dirname, '../../test/fixtures/real/captured');
const rustLog = resolve(captured, 'rust/expect_err.debug.txt');
const firing = resolve(captured, 'alertmanager/05-HighErrorRate-firing.json');
const resolvedWebhook = resolve(captured, 'alertmanager/06-HighErrorRate-resolved.json');

test.describe.configure({ mode: 'serial' });

let server: RunningServer;
let admin: ApiClient;
let page: Page;
let incidentUrl = '';

test.beforeAll(async ({ browser, playwright }) => {
  server = await startTestServer();
  admin = await signInApi(playwright, server);
  const incident = (await admin.post('/api/incidents', {
    title: 'Ledger replay failed',
    severity: 'SEV2',
  })) as {
    id: string;
  };
  incidentUrl = `${server.url}/#/incidents/${incident.id}`;
  // axe-core's Playwright builder refuses a page made by browser.newPage(): it wants one from a context.
  page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await signInPage(page, server, adminAccount);
});

test.afterAll(async () => {
  await page?.context().close();
  await admin?.dispose();
  server?.stop();
});

async function upload(file: string) {
  await page.getByLabel('Choose evidence files').setInputFiles(file);
  const draft = page.getByRole('region', { name: 'Draft timeline' });
  await expect(draft).toBeVisible();
  return draft;
}

const proposal = (draft: ReturnType<Page['getByRole']>, name: string) =>
  draft
    .getByRole('group', { name: 'Proposed key moments' })
    .getByRole('checkbox', { name: new RegExp(`^${name}:`) });

test('a log then an alert: the alert is proposed as detection, never over the first error as impact start', async () => {
  await page.goto(`${incidentUrl}/timeline`);
  let draft = await upload(rustLog);
  await expect(proposal(draft, 'impactStart')).toBeChecked();
  // A moment goes with the event it rests on: unticking the panic unticks impact start, ticking it back both.
  const panic = draft
    .getByRole('group', { name: 'Drafted events' })
    .getByRole('checkbox', { name: /Rust panic/ });
  await panic.uncheck();
  await expect(proposal(draft, 'impactStart')).not.toBeChecked();
  await expect(draft.getByRole('group', { name: 'Proposed key moments' })).toContainText(
    'The event it rests on is not ticked: ticking this moment ticks that event too.',
  );
  await proposal(draft, 'impactStart').check();
  await expect(panic).toBeChecked();
  await draft.getByRole('button', { name: 'Accept 1 event and 1 moment' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 1 event to the timeline. Set impactStart.');

  draft = await upload(firing);
  const moments = draft.getByRole('group', { name: 'Proposed key moments' });
  await expect(proposal(draft, 'impactStart')).not.toBeChecked();
  // The moment set now is shown beside the proposal, with why the proposal is not ticked.
  await expect(moments).toContainText('Now: 2026-12-02 10:57:00Z (first error: Rust panic');
  await expect(moments).toContainText('the alert is when it was detected, not when impact started');
  await expect(proposal(draft, 'detected')).toBeChecked();
  // Pod 1 resolved, pod 2 still fires: nothing is resolved yet.
  await expect(proposal(draft, 'resolved')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'the draft review with proposals judged');
  await draft.getByRole('button', { name: 'Accept 3 events and 1 moment' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 3 events to the timeline. Set detected.');
  const facts = page.getByRole('region', { name: 'Key moments' });
  await expect(facts).toContainText('2026-12-02 10:57:00Z');
});

test('the resolved webhook marks its firing as already in the timeline, and accepting adds no twin', async () => {
  const draft = await upload(resolvedWebhook);
  await expect(draft).toContainText('2 events drafted (1 already in the timeline)');
  const repeated = draft.getByRole('checkbox', {
    name: /pod=checkout-api-7f9c-2\) firing.*already in the timeline/,
  });
  await expect(repeated).not.toBeChecked();
  await expect(proposal(draft, 'impactStart')).not.toBeChecked();
  await expect(proposal(draft, 'detected')).not.toBeChecked();
  // Pod 2 resolving now resolves every alert that fired.
  await expect(proposal(draft, 'resolved')).toBeChecked();
  await draft.getByRole('button', { name: 'Accept 1 event and 1 moment' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 1 event to the timeline. Set resolved.');
  const events = page.getByRole('region', { name: 'Events' }).getByRole('listitem');
  await expect(events.filter({ hasText: 'pod=checkout-api-7f9c-2) firing' })).toHaveCount(1);
  await expect(events.filter({ hasText: 'pod=checkout-api-7f9c-2) resolved' })).toHaveCount(1);
});

test('a log uploaded again: the message says the server added nothing', async () => {
  const draft = await upload(rustLog);
  await expect(draft).toContainText('1 event drafted (1 already in the timeline)');
  await expect(draft.getByRole('button', { name: 'Accept 0 events' })).toBeDisabled();
  // Ticked on purpose anyway, the server skips it and the page says so rather than "Added 1 event".
  await draft.getByRole('checkbox', { name: /Rust panic.*already in the timeline/ }).check();
  await draft.getByRole('button', { name: 'Accept 1 event' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'No events added: the 1 event was already in the timeline.',
  );
  await expect(
    page.getByRole('region', { name: 'Events' }).getByRole('listitem').filter({ hasText: 'Rust panic' }),
  ).toHaveCount(1);
});

test('a log the CLI attached, uploaded in the web app: its lines start unticked, saying where they came from', async () => {
  const other = (await admin.post('/api/incidents', {
    title: 'Ledger replay, CLI first',
    severity: 'SEV3',
  })) as {
    id: string;
  };
  const { token } = (await admin.post('/api/tokens', { name: 'cli' })) as { token: string };
  // The CLI names the file by its path; the browser's upload knows only its name.
  const root = resolve(import.meta.dirname, '../..');
  const cli = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'evidence', '--incident', other.id, rustLog],
    { cwd: root, env: { ...process.env, DEBRIEF_SERVER: server.url, DEBRIEF_TOKEN: token, DEBRIEF_DB: '' } },
  );
  expect(cli.stderr).toContain(`${other.id}: 1 event(s) added, 0 already there`);
  await page.goto(`${server.url}/#/incidents/${other.id}/timeline`);
  const draft = await upload(rustLog);
  await expect(draft).toContainText(
    '1 repeating lines the timeline holds from a file of the same name (left unticked)',
  );
  const line = draft.getByRole('checkbox', {
    name: /Rust panic.*this line is in the timeline already, from .*expect_err\.debug\.txt/,
  });
  await expect(line).not.toBeChecked();
  await expect(draft.getByRole('button', { name: /^Accept 0 events/ })).toBeDisabled();
});
