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
