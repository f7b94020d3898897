import { expectNoSeriousAxeViolations, signInApi, signInPage, viewerAccount } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

let server: RunningServer;
test.beforeAll(async ({ playwright }) => {
  server = await startTestServer();
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', viewerAccount);
  const months = ['2026-03-04T10:00:00Z', '2026-04-09T08:00:00Z'];
  for (const [index, at] of months.entries()) {
    const { id } = (await admin.post('/api/incidents', {
      title: `Checkout errors ${index + 1}`,
      severity: index === 0 ? 'SEV1' : 'SEV2',
      services: ['checkout-api'],
      moments: { impactStart: { at }, detected: { at: new Date(Date.parse(at) + 600_000).toISOString() } },
    })) as { id: string };
    await admin.post(`/api/incidents/${id}/events/bulk`, {
      events: [{ at, kind: 'alert-fired', summary: 'Alert CheckoutHighErrorRate firing: 5xx over 5%' }],
      policy: 'fill',
    });
    await admin.post(`/api/incidents/${id}/factors`, {
      title: 'No alert on the error rate of retries',
      category: 'monitoring-alerting',
    });
  }
  await admin.post('/api/incidents', {
    title: 'Payroll export leaked',
    severity: 'SEV1',
    restricted: true,
    participants: [{ name: 'ada', role: 'incident-commander' }],
    moments: { impactStart: { at: '2026-03-10T10:00:00Z' } },
  });
  await admin.dispose();
});
test.afterAll(() => server.stop());

test('insights show incidents per month, response times, factor categories and repeats as charts with tables, for what the reader may see', async ({
  page,
}) => {
  await signInPage(page, server, viewerAccount);
  await page.getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  await expect(page.getByText('2 incidents from 2026-03 to 2026-04')).toBeVisible();
  const perMonth = page.getByRole('table', { name: 'Incidents per month, by severity and service' });
  await expect(perMonth.getByRole('row', { name: /2026-03/ })).toContainText('checkout-api 1');
  await expect(
    page.getByRole('table', { name: /Median \/ 90th percentile/ }).getByRole('row', { name: /All/ }),
  ).toContainText('10m / 10m (2)');
  const repeats = page.getByRole('region', { name: 'Alerts' });
  await expect(repeats).toContainText('CheckoutHighErrorRate: 2 incidents');
  await expect(page.getByText('Payroll export leaked')).toHaveCount(0);
  await expect(
    page.getByRole('table', { name: 'Contributing factors per month, by category' }).getByRole('row', {
      name: /2026-04/,
    }),
  ).toContainText('1');
  // The charts are drawn (a canvas each, under its title) and hidden from screen readers, which read the tables.
  await expect(page.locator('.chart .u-title')).toHaveText([
    'By severity',
    'By service',
    'Median (solid) and 90th percentile (dashed)',
    'Factors recorded per month',
  ]);
  await expect(page.locator('.chart canvas')).toHaveCount(4);
  await expect(page.locator('.chart[aria-hidden="true"]')).toHaveCount(4);
  await expect(page.locator('.chart').nth(1)).toContainText('checkout-api');
  await expect(page.locator('.chart').nth(2)).toContainText('Time to detect (90th percentile)');
  await expect(page.locator('.chart').nth(3)).toContainText('monitoring-alerting');
  await expectNoSeriousAxeViolations(page, 'the insights page');

  // On one incident, what it shares with the other one is named, with a link to it.
  await repeats.getByRole('link', { name: 'Checkout errors 1' }).click();
  const seen = page.getByRole('region', { name: 'Seen in other incidents' });
  await expect(seen).toContainText(
    'Alert CheckoutHighErrorRate was also seen in Checkout errors 2 (2026-04).',
  );
  await expect(seen).toContainText('Service checkout-api was also seen in Checkout errors 2 (2026-04).');
  await expect(seen.getByRole('link', { name: 'Checkout errors 2' }).first()).toHaveAttribute(
    'href',
    /#\/incidents\/INC-/,
  );
});
