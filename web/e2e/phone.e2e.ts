import { adminAccount, signInApi, signInPage } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

test.use({ viewport: { width: 390, height: 844 } });

let server: RunningServer;
let incidentId = '';
test.beforeAll(async ({ playwright }) => {
  server = await startTestServer();
  const admin = await signInApi(playwright, server);
  const at = (minute: number) => `2026-03-04T09:${String(minute).padStart(2, '0')}:00Z`;
  const incident = (await admin.post('/api/incidents', {
    title: 'Checkout latency after a pool change',
    severity: 'SEV2',
    moments: { impactStart: { at: at(0) }, detected: { at: at(4) }, resolved: { at: at(40) } },
  })) as { id: string };
  incidentId = incident.id;
  for (const [minute, summary] of [
    [0, 'Pool limit lowered from 200 to 20'],
    [4, 'p99 latency on checkout crossed 2.5 s'],
    [40, 'Pool limit restored'],
  ] as const) {
    await admin.post(`/api/incidents/${incidentId}/events`, { at: at(minute), summary });
  }
  await admin.dispose();
});
test.afterAll(() => server.stop());

test('on a phone the timeline chart keeps its labels at reading size (the chart scrolls sideways instead)', async ({
  page,
}) => {
  await signInPage(page, server, adminAccount);
  await page.goto(`${server.url}/#/incidents/${incidentId}/timeline`);
  await expect(page.getByRole('img', { name: /Timeline chart/ })).toBeVisible();
  const sizes = await page.locator('.timeline-chart svg text').evaluateAll((texts) =>
    texts.map((text) => {
      const svg = (text as SVGTextElement).ownerSVGElement as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Number.parseFloat(getComputedStyle(text).fontSize) * scale;
    }),
  );
  expect(sizes.length).toBeGreaterThan(3);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
});
