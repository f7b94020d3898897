import type { Page } from '@playwright/test';
import {
  adminAccount,
  contrastRatio,
  expectNoSeriousAxeViolations,
  signInApi,
  signInPage,
  viewerAccount,
} from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

// axe-core on every page of the web app, on a phone and on a wide screen: no serious or critical violation.
// Each page is checked in the state a person sees most (an incident with events, factors, an action and a
// review; the review's meeting running) and with its main form open, since forms are where labels go missing.

let server: RunningServer;
let incidentId: string;
test.beforeAll(async ({ playwright }) => {
  server = await startTestServer();
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', viewerAccount);
  const incident = (await admin.post('/api/incidents', {
    title: 'Checkout errors after the payments pool change',
    severity: 'SEV2',
    services: ['checkout', 'payments'],
    // A blameful sentence: the editor flags it and the exec report is held back for it.
    bluf: 'Checkout failed for **22 minutes** after a pool limit was lowered. The on-call engineer failed to notice the alert.\n\n- 4% of orders failed',
    summary: 'A configuration change lowered the `maxConns` of the payments pool.',
    participants: [
      { name: 'Sam Rivera', role: 'facilitator' },
      { name: 'Bob Chen', role: 'responder' },
    ],
    // Key moments draw the phases as coloured bands on the timeline chart, with labels on them.
    moments: {
      impactStart: { at: '2026-03-04T09:00:00Z' },
      detected: { at: '2026-03-04T09:04:00Z' },
      mitigated: { at: '2026-03-04T09:22:00Z' },
      resolved: { at: '2026-03-04T09:30:00Z' },
    },
  })) as { id: string };
  incidentId = incident.id;
  const at = (minute: number) => `2026-03-04T09:${String(minute).padStart(2, '0')}:00Z`;
  await admin.post(`/api/incidents/${incidentId}/events`, {
    at: at(0),
    summary: 'Pool limit lowered from 200 to 20',
    kind: 'config-change',
  });
  await admin.post(`/api/incidents/${incidentId}/events`, {
    at: at(4),
    summary: 'p99 latency on checkout crossed 2.5 s',
    kind: 'alert-fired',
  });
  await admin.post(`/api/incidents/${incidentId}/events`, {
    at: at(22),
    summary: 'Pool limit restored',
    kind: 'mitigation',
  });
  await admin.post(`/api/incidents/${incidentId}/factors`, {
    title: 'Pool limits are changed without a load test',
    category: 'configuration',
  });
  await admin.post(`/api/incidents/${incidentId}/actions`, {
    title: 'Alert on connection-pool saturation',
    owner: 'payments-oncall',
    dueDate: '2026-03-10', // overdue: the overdue badge's colours are checked too
    priority: 'high',
  });
  await admin.post(`/api/incidents/${incidentId}/reviews`, {
    scheduledAt: new Date().toISOString(),
    attendees: ['Sam Rivera', 'Bob Chen'],
    location: 'Room 4',
  });
  await admin.dispose();
});
test.afterAll(() => server.stop());

const evidenceLog = [
  '2026-03-04T09:02:11Z level=error msg="context deadline exceeded calling payments:443" service=checkout',
  '2026-03-04T09:02:12Z level=error msg="context deadline exceeded calling payments:443" service=checkout',
  '2026-03-04T09:05:00Z level=info msg="deploy finished" service=checkout version=v1.42.1',
].join('\n');

const screens = [
  { name: 'a 390×844 phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'a 1920×1080 screen', viewport: { width: 1920, height: 1080 }, isMobile: false, hasTouch: false },
] as const;

/** Opens a tab of the seeded incident through its navigation and waits for a heading it shows. */
async function openTab(page: Page, tab: string, heading: string) {
  await page
    .getByRole('navigation', { name: 'Incident sections' })
    .getByRole('link', { name: tab, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
}

for (const screen of screens) {
  test(`every page has no serious or critical axe violation on ${screen.name}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({
      viewport: screen.viewport,
      isMobile: screen.isMobile,
      hasTouch: screen.hasTouch,
    });
    const page = await context.newPage();
    const check = (where: string) => expectNoSeriousAxeViolations(page, `${where} on ${screen.name}`);

    await page.goto(`${server.url}/setup?token=not-a-real-token`);
    await expect(page.getByRole('heading', { name: 'Set up debrief' })).toBeVisible();
    await check('the setup page');

    await page.goto(`${server.url}/#/login`);
    await page.getByLabel('Username').fill(adminAccount.username);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await check('the login page with a refused sign-in');

    await signInPage(page, server, adminAccount);
    await expect(page.getByRole('link', { name: /Checkout errors/ })).toBeVisible();
    await check('the incident list');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New incident' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New incident' })).toBeVisible();
    await check('the new incident page');

    await page.goto(`${server.url}/#/incidents/${incidentId}`);
    await expect(page.getByRole('heading', { level: 2, name: 'BLUF', exact: true })).toBeVisible();
    await check('the overview tab');
    await page.getByRole('button', { name: 'Edit Details' }).click();
    await expect(page.getByRole('button', { name: 'Save' }).first()).toBeVisible();
    await check('the overview tab with Details being edited');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Edit BLUF' }).click();
    const flagged = page.locator('.cm-lintRange').first();
    await expect(flagged).toBeVisible();
    await flagged.hover();
    await expect(page.locator('.cm-tooltip-lint')).toBeVisible();
    await check('the BLUF editor showing a finding');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await openTab(page, 'Timeline', 'Events');
    await check('the timeline tab');
    await page.getByRole('button', { name: 'Add event' }).click();
    await check('the timeline tab with the new event form');
    await page.getByLabel('Choose evidence files').setInputFiles({
      name: 'checkout.log',
      mimeType: 'text/plain',
      buffer: Buffer.from(evidenceLog),
    });
    const draft = page.getByRole('region', { name: 'Draft timeline' });
    await expect(draft).toBeVisible();
    await check('the timeline tab with an uploaded draft to review');
    await draft.getByRole('button', { name: 'Discard draft' }).click();

    await openTab(page, 'Review', 'Schedule');
    const meeting = page.getByRole('region', { name: 'Run the meeting' });
    // The meeting is the server's: on the second screen size it is still running from the first.
    await expect(meeting.getByRole('button', { name: /^(Start meeting|Pause)$/ })).toBeVisible();
    const start = meeting.getByRole('button', { name: 'Start meeting' });
    if (await start.isVisible()) await start.click();
    await expect(meeting.getByRole('button', { name: 'Pause' })).toBeVisible();
    await check('the review tab with the meeting running');
    await meeting.getByRole('link', { name: 'Open presenter view' }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    await check('the presenter view');
    await page.goBack();

    await openTab(page, 'Actions', 'Actions');
    await check('the actions tab');
    await page.getByRole('button', { name: 'Add action' }).click();
    await check('the actions tab with the new action form');

    await openTab(page, 'Report', 'Report');
    await expect(page.getByTitle('Report preview for Engineering')).toBeVisible();
    await check('the report tab');
    await page.getByLabel('Executives').check();
    await expect(page.getByRole('alert')).toContainText('held back');
    await check('the report tab with the exec report held back');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
    await check('the actions page');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People and tokens' })).toBeVisible();
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect(page.getByLabel('Your new token (copy it now)')).not.toHaveValue('');
    await check('the people and tokens page with a new token');

    await page.goto(`${server.url}/#/no-such-page`);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await check('the page-not-found page');

    await context.close();
  });
}

test('adding or editing an event by keyboard keeps the focus, and deleting one asks first, naming it', async ({
  page,
}) => {
  await signInPage(page, server, adminAccount);
  await page.goto(`${server.url}/#/incidents/${incidentId}/timeline`);
  const addEvent = page.getByRole('button', { name: 'Add event' });
  await addEvent.focus();
  await page.keyboard.press('Enter');
  // The form opens in the button's place with its first field focused.
  await expect(page.getByLabel('Time (UTC)')).toBeFocused();
  await page.getByLabel('What happened').fill('Payments team paged');
  await page.getByLabel('What happened').press('Tab');
  await expect(page.getByRole('button', { name: 'Add event' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Event added.' })).toBeVisible();
  await expect(addEvent).toBeFocused();

  // Editing it: the form takes the focus, and on save the event's Edit button has it again.
  await page.getByRole('button', { name: 'Edit event Payments team paged' }).press('Enter');
  await expect(page.getByLabel('Time (UTC)')).toBeFocused();
  await page.getByLabel('What happened').fill('Payments team paged by the alert');
  await page.getByRole('button', { name: 'Save event' }).press('Enter');
  await expect(
    page.getByRole('button', { name: 'Edit event Payments team paged by the alert' }),
  ).toBeFocused();

  const deleteButton = page.getByRole('button', { name: 'Delete event Payments team paged by the alert' });
  page.once('dialog', (dialog) => dialog.dismiss());
  await deleteButton.click();
  await expect(page.getByText('Payments team paged by the alert')).toBeVisible();

  const asked = page.waitForEvent('dialog');
  const clicked = deleteButton.click();
  const question = await asked;
  expect(question.message()).toBe(
    'Delete the event “Payments team paged by the alert”? This cannot be undone.',
  );
  await question.accept();
  await clicked;
  await expect(page.getByRole('status').filter({ hasText: 'Event deleted.' })).toBeVisible();
  await expect(page.getByText('Payments team paged by the alert')).toHaveCount(0);
  // The focus is not dropped to the page: the list's heading has it.
  await expect(page.getByRole('heading', { name: 'Events' })).toBeFocused();
});

test('a report download saves under the server’s name, and one the server refuses says why', async ({
  page,
}) => {
  await signInPage(page, server, adminAccount);
  await page.goto(`${server.url}/#/incidents/${incidentId}/report`);
  const downloads = page.getByRole('navigation', { name: 'Downloads' });
  const downloading = page.waitForEvent('download');
  await downloads.getByRole('link', { name: 'Download Markdown' }).click();
  expect((await downloading).suggestedFilename()).toBe(`${incidentId}-engineering.md`);

  // The PDF printer is full (the server's own answer when its queue is): the page says so instead of nothing.
  await page.route('**/report?format=pdf*', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      headers: { 'retry-after': '5' },
      body: JSON.stringify({
        error: { code: 'unavailable', message: 'The PDF printer is busy; try again in 5 seconds.' },
      }),
    }),
  );
  await downloads.getByRole('link', { name: 'Download PDF' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Download PDF failed: The PDF printer is busy; try again in 5 seconds.',
  );
  await expectNoSeriousAxeViolations(page, 'the report tab with a failed download');
});

test('the HTML reports, opened on their own, have no serious or critical axe violation', async ({ page }) => {
  // The report tab shows them in a sandboxed frame axe cannot enter, so each is checked at its own address.
  await signInPage(page, server, adminAccount);
  // Publishing over the check needs the session's CSRF token (as the Report tab's "Publish anyway" sends it).
  const me = (await (await page.request.get(`${server.url}/api/me`)).json()) as { csrfToken: string };
  await page.setExtraHTTPHeaders({ 'x-csrf-token': me.csrfToken });
  for (const [audience, screen] of [
    ['engineering', screens[0]],
    ['exec', screens[1]],
    ['public', screens[0]],
  ] as const) {
    await page.setViewportSize(screen.viewport);
    // The exec and public reports are held back for the seeded blameful sentence; the override publishes them.
    const response = await page.goto(
      `${server.url}/api/incidents/${incidentId}/report?format=html&audience=${audience}&override=1`,
    );
    expect(response?.status(), `the ${audience} report`).toBe(200);
    await expectNoSeriousAxeViolations(page, `the ${audience} HTML report on ${screen.name}`);
  }
});

test('the labels on the timeline chart’s phase bands contrast 4.5:1 with their band', async ({ page }) => {
  // axe cannot tell the background of SVG text, so the chart's colours are read here.
  await signInPage(page, server, adminAccount);
  await page.goto(`${server.url}/#/incidents/${incidentId}/timeline`);
  await expect(page.locator('.timeline-chart .phase-label').first()).toBeVisible();
  const pairs = await page.locator('.timeline-chart g:has(> .phase)').evaluateAll((groups) =>
    groups.map((group) => {
      const fill = (selector: string) => {
        const element = group.querySelector(selector);
        return element ? getComputedStyle(element).fill : '';
      };
      return { label: group.textContent ?? '', text: fill('.phase-label'), band: fill('.phase') };
    }),
  );
  expect(pairs.length).toBeGreaterThan(1);
  for (const { label, text, band } of pairs) {
    const ratio = contrastRatio(text, band);
    expect(ratio, `"${label}": ${text} on ${band} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
  }
});

for (const screen of screens) {
  test(`a viewer's pages have no serious or critical axe violation on ${screen.name}`, async ({
    browser,
  }) => {
    // A viewer sees the same pages without the editing controls, and the token page without the people.
    const context = await browser.newContext({
      viewport: screen.viewport,
      isMobile: screen.isMobile,
      hasTouch: screen.hasTouch,
    });
    const page = await context.newPage();
    const check = (where: string) =>
      expectNoSeriousAxeViolations(page, `${where} for a viewer on ${screen.name}`);
    await signInPage(page, server, viewerAccount);
    await check('the incident list');
    await page.goto(`${server.url}/#/incidents/${incidentId}`);
    await expect(page.getByRole('heading', { level: 2, name: 'BLUF', exact: true })).toBeVisible();
    await check('the overview tab');
    await openTab(page, 'Review', 'Schedule');
    await check('the review tab');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API token' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Personal API tokens' })).toBeVisible();
    await check('the API token page');
    await context.close();
  });
}
