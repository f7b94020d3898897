import { signInApi, signInPage } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

let server: RunningServer;
test.beforeAll(async () => {
  server = await startTestServer();
});
test.afterAll(() => server.stop());

test('a malformed escape in the address shows page not found, not a blank page', async ({
  page,
  playwright,
}) => {
  await (await signInApi(playwright, server)).dispose();
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/#/%`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto(`${server.url}/#/incidents/%E0%A4%A`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Incident not shown' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/no incident/i);
  expect(errors).toEqual([]);
});

test('the app shell is revalidated and its hashed scripts come brotli-compressed and cached for good', async ({
  request,
}) => {
  const shell = await request.get(`${server.url}/`);
  expect(shell.headers()['cache-control']).toBe('no-cache');
  const script = /<script[^>]+src="([^"]+\.js)"/.exec(await shell.text())?.[1];
  expect(script).toMatch(/^\/assets\/index-[\w-]{8,}\.js$/);
  const response = await request.get(`${server.url}${script}`, { headers: { 'accept-encoding': 'br' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-encoding']).toBe('br');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('Markdown typed in the overview, impact and factors is shown rendered, and typed HTML stays inert', async ({
  page,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  const incident = (await admin.post('/api/incidents', {
    title: 'Pool ran dry',
    severity: 'SEV2',
    summary:
      'The pool ran dry:\n\n- `max_conns` was 20\n- **no alert** fired\n\n<img src=x onerror="window.hit=1"> [x](javascript:window.hit=2)',
    impact: { description: 'Checkout failed for *about* 4 in 10 customers.' },
  })) as { id: string };
  await admin.post(`/api/incidents/${incident.id}/factors`, {
    title: 'Pool sized for last year',
    category: 'capacity',
    description: 'Set in 2023:\n\n1. traffic doubled\n2. nobody revisited it',
  });
  await admin.dispose();
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/incidents/${incident.id}`);
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('listitem')).toHaveText(['max_conns was 20', 'no alert fired']);
  await expect(summary.locator('code')).toHaveText('max_conns');
  await expect(summary.locator('strong')).toHaveText('no alert');
  await expect(summary).toContainText('<img src=x onerror="window.hit=1">');
  await expect(summary.locator('img')).toHaveCount(0);
  await expect(summary.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(page.locator('.markdown em')).toHaveText('about');
  expect(await page.evaluate(() => (window as unknown as { hit?: number }).hit)).toBeUndefined();
  await expect(page.locator('.markdown ol li')).toHaveText(['traffic doubled', 'nobody revisited it']);
});

test('a save that fails far down the page says so where the eye is, and keeps what was typed', async ({
  page,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  const long = Array.from({ length: 30 }, (_, i) => `- step ${i + 1} of the runbook was followed`).join('\n');
  const incident = (await admin.post('/api/incidents', {
    title: 'Queue backed up',
    severity: 'SEV3',
    summary: long,
  })) as { id: string };
  await admin.dispose();
  await page.setViewportSize({ width: 1280, height: 720 });
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/incidents/${incident.id}`);
  const factors = page.getByRole('region', { name: 'Contributing factors' });
  await factors.getByRole('button', { name: 'Add factor' }).click();
  await factors.getByLabel('Factor', { exact: true }).fill('Consumer lag had no alert');
  await page.context().setOffline(true);
  await factors.getByRole('button', { name: 'Add factor' }).click();
  const alert = page.getByRole('alert').first();
  await expect(alert).toBeVisible();
  await expect(alert).toBeInViewport();
  await expect(factors.getByLabel('Factor', { exact: true })).toHaveValue('Consumer lag had no alert');
  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a tab whose code cannot be loaded (offline) says so in place, and Try again loads it once back online', async ({
  page,
  context,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  const incident = (await admin.post('/api/incidents', { title: 'Offline tab', severity: 'SEV3' })) as {
    id: string;
  };
  await admin.dispose();
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/incidents/${incident.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Offline tab' })).toBeVisible();
  await context.setOffline(true);
  await page
    .getByRole('navigation', { name: 'Incident sections' })
    .getByRole('link', { name: 'Actions' })
    .click();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toHaveText(
    /This part of the page could not be loaded: you are offline\. Nothing you saved is lost\./,
  );
  // The rest of the page stays: the title and the other tabs.
  await expect(page.getByRole('heading', { level: 1, name: 'Offline tab' })).toBeVisible();
  await context.setOffline(false);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Actions', level: 2 })).toBeVisible();
});

test('a whole page whose code cannot be loaded keeps its main landmark and heading, and Try again loads it', async ({
  page,
  context,
}) => {
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await expect(page.getByRole('main')).toBeVisible();
  await context.setOffline(true);
  await page.evaluate(() => {
    window.location.hash = '#/insights';
  });
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Page not loaded' })).toBeVisible();
  await expect(main.getByRole('alert')).toHaveText(/This page could not be loaded: you are offline\./);
  await context.setOffline(false);
  await main.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Page not loaded' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: /Insights/ })).toBeVisible();
});

test('events show a template as code, and deleting one says which key moment it unset with it', async ({
  page,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  const incident = (await admin.post('/api/incidents', { title: 'Paged at night', severity: 'SEV3' })) as {
    id: string;
  };
  // A page added by hand sets detected, linked to it.
  await admin.post(`/api/incidents/${incident.id}/events`, {
    at: '2026-03-04T14:05:00Z',
    kind: 'page',
    summary: 'On-call paged for checkout errors',
  });
  await admin.post(`/api/incidents/${incident.id}/events`, {
    at: '2026-03-04T14:02:00Z',
    kind: 'log-signature',
    severity: 'error',
    summary: '`db: pool exhausted <*>` started 14:02:00 (12 lines)',
  });
  await admin.dispose();
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/incidents/${incident.id}/timeline`);
  // A template's backticks are Markdown for code: shown as code, not as backticks.
  const events = page.getByRole('region', { name: 'Events' });
  await expect(events.locator('code', { hasText: 'db: pool exhausted <*>' })).toBeVisible();
  await expect(events).not.toContainText('`');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete event On-call paged for checkout errors' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Event deleted. Unset Detected: no event backs it any more.',
  );
});

test('booking a second review names the one still open, with how to move it instead', async ({
  page,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  const incident = (await admin.post('/api/incidents', { title: 'Booked twice', severity: 'SEV3' })) as {
    id: string;
  };
  const first = (await admin.post(`/api/incidents/${incident.id}/reviews`, {
    scheduledAt: '2030-03-04T09:00:00Z',
  })) as { id: string };
  await admin.dispose();
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/incidents/${incident.id}/review`);
  await page.getByRole('button', { name: 'Add review' }).click();
  await page.getByLabel(/^Date and time/).fill('2030-03-05T10:00');
  await page.getByRole('button', { name: 'Schedule review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Review scheduled.' })).toContainText(
    `Review scheduled. Note: another review is still booked (${first.id}, at 2030-03-04T09:00:00.000Z); if this one replaces it, delete that one`,
  );
  // Moved over the first one's hour: saved, and the overlap said (trial Z-3).
  await page
    .getByRole('button', { name: /^Edit Review, .*2030/ })
    .last()
    .click();
  // The field reads local time: half past nine UTC, as the browser's zone writes it.
  const halfPast = await page.evaluate(() => {
    const d = new Date('2030-03-04T09:30:00Z');
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
  await page.getByLabel(/^Date and time/).fill(halfPast);
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toContainText(
    `Saved. Note: it overlaps the review ${first.id} (at 2030-03-04T09:00:00.000Z`,
  );
});

test('an acknowledgement added before the detection says which moment it leaves unset and why', async ({
  page,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  const incident = (await admin.post('/api/incidents', { title: 'Queue stalled', severity: 'SEV3' })) as {
    id: string;
  };
  // A page sets Detected at 14:06:30.
  await admin.post(`/api/incidents/${incident.id}/events`, {
    at: '2026-03-04T14:06:30Z',
    kind: 'page',
    summary: 'Paged the on-call engineer',
    source: 'manual',
  });
  await admin.dispose();
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/incidents/${incident.id}/timeline`);
  const events = page.getByRole('region', { name: 'Events' });
  await events.getByRole('button', { name: 'Add event' }).click();
  await events.getByLabel('Time (UTC)').fill('2026-03-04T14:00:00');
  await events.getByLabel('Kind').selectOption('acknowledged');
  await events.getByLabel('What happened').fill('Acknowledged the page');
  await events.getByRole('button', { name: 'Add event' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Event added. Acknowledged stays unset: this time is before Detected; correct one of them under Key moments.',
  );
});
