import type { Page } from '@playwright/test';
import { adminAccount, incidentTabs, signInApi, signInPage } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

// The app must work on a phone as well as on a laptop: nothing wider than the screen (no sideways scrolling),
// and the main controls reachable and usable by touch.

let server: RunningServer;
let incidentId: string;
test.beforeAll(async ({ playwright }) => {
  server = await startTestServer();
  const admin = await signInApi(playwright, server);
  const incident = (await admin.post('/api/incidents', {
    title: 'Checkout latency after the payments-gateway-connection-pool-exhaustion rollout in eu-west-1',
    severity: 'SEV1',
    services: ['payments-gateway-connection-pool', 'checkout-frontend-edge-cache', 'eu-west-1'],
    bluf: 'Checkout was slow for 47 minutes; a connection pool limit set in the rollout starved the gateway.',
    summary: 'A configuration change lowered the pool size; requests queued until timeouts cascaded.',
  })) as { id: string };
  incidentId = incident.id;
  await admin.post(`/api/incidents/${incidentId}/events`, {
    at: '2026-03-04T09:12:00Z',
    summary: 'p99 latency on POST /v1/checkout/sessions/confirm-with-3ds-challenge crossed 2.5 s',
    kind: 'alert-fired',
  });
  await admin.post(`/api/incidents/${incidentId}/actions`, {
    title: 'Alert on connection-pool saturation before requests queue',
    owner: 'payments-oncall-rotation',
    dueDate: '2026-04-01',
    priority: 'high',
  });
  await admin.dispose();
});
test.afterAll(() => server.stop());

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scrollWidth, `${where} is ${scrollWidth}px wide on a ${width}px screen`).toBeLessThanOrEqual(width);
}

const screens = [
  { name: 'phone', viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
  { name: 'laptop', viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false },
] as const;

for (const screen of screens) {
  test(`every page fits a ${screen.name} screen`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: screen.viewport,
      isMobile: screen.isMobile,
      hasTouch: screen.hasTouch,
    });
    const page = await context.newPage();
    await signInPage(page, server, adminAccount);
    await expect(page.getByRole('link', { name: /Checkout latency/ })).toBeVisible();
    await expectNoSidewaysScroll(page, 'the incident list');
    for (const [tab, heading] of incidentTabs) {
      await page.goto(`${server.url}/#/incidents/${incidentId}${tab}`);
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
      await expectNoSidewaysScroll(page, `the incident's ${heading} tab`);
    }
    for (const [path, heading] of [
      ['#/actions', 'Actions'],
      ['#/insights', 'Insights'],
      ['#/search?q=checkout', 'Search'],
      ['#/users', 'People and tokens'],
      ['#/new', 'New incident'],
    ] as const) {
      await page.goto(`${server.url}/${path}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectNoSidewaysScroll(page, heading);
    }
    await context.close();
  });
}

test('on a phone, an incident is created and an action added by touch', async ({ browser }) => {
  const context = await browser.newContext({ ...screens[0], viewport: screens[0].viewport });
  const page = await context.newPage();
  await signInPage(page, server, adminAccount);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New incident' }).tap();
  await page.getByLabel('Title').fill('Stale DNS answers after resolver upgrade');
  await page.getByRole('button', { name: /^Create/ }).tap();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Stale DNS answers after resolver upgrade' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Incident sections' })
    .getByRole('link', { name: 'Actions' })
    .tap();
  await page.getByRole('button', { name: 'Add action' }).tap();
  await page.getByLabel('Action', { exact: true }).fill('Pin the resolver version in the base image');
  await page.getByLabel('Owner').fill('platform-team');
  await page.getByLabel('Due date').fill('2030-01-15');
  await page.getByRole('button', { name: 'Add action' }).tap();
  const card = page.getByRole('article', { name: 'Pin the resolver version in the base image' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('platform-team');
  await expectNoSidewaysScroll(page, 'the actions tab with a new action');
  await context.close();
});
