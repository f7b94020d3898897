import type { APIRequestContext, Page, PlaywrightWorkerArgs } from '@playwright/test';
import type { TestServer } from './server-fixture.js';

export const adminAccount = { username: 'ada', name: 'Ada Admin', password: 'correct horse battery' };
/** An editor and a viewer an admin adds with POST /api/users, for tests with more than one person. */
export const editorAccount = {
  username: 'ed',
  name: 'Ed Editor',
  password: 'editor password 1',
  role: 'editor',
};
export const viewerAccount = {
  username: 'vi',
  name: 'Vi Viewer',
  password: 'viewer password 1',
  role: 'viewer',
};

/** The tabs of an incident page: the path after the incident's address, and a level-2 heading it shows. */
export const incidentTabs = [
  ['', 'BLUF'],
  ['/timeline', 'Events'],
  ['/actions', 'Actions'],
  ['/review', 'Schedule'],
  ['/report', 'Report'],
] as const;

/** An API client signed in as a user, sending the CSRF token on writes like the web app does. */
export interface ApiClient {
  get(path: string): Promise<unknown>;
  post(path: string, body: unknown): Promise<unknown>;
  dispose(): Promise<void>;
}

/** Signs in through the API (completing setup first when no user exists yet) and returns a client. */
export async function signInApi(
  playwright: PlaywrightWorkerArgs['playwright'],
  server: TestServer,
  account: { username: string; password: string; name?: string } = adminAccount,
): Promise<ApiClient> {
  const context: APIRequestContext = await playwright.request.newContext({ baseURL: server.url });
  const status = (await (await context.get('/api/setup/status')).json()) as { needsSetup: boolean };
  if (status.needsSetup) {
    const created = await context.post('/api/setup', { data: { token: server.setupToken, ...adminAccount } });
    if (!created.ok()) throw new Error(`setup failed: ${created.status()} ${await created.text()}`);
  }
  const login = await context.post('/api/login', {
    data: { username: account.username, password: account.password },
  });
  if (!login.ok())
    throw new Error(`login as ${account.username} failed: ${login.status()} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    async get(path) {
      const response = await context.get(path);
      if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
      return response.json();
    },
    async post(path, body) {
      const response = await context.post(path, { data: body, headers: { 'x-csrf-token': csrfToken } });
      if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
      return response.json();
    },
    dispose: () => context.dispose(),
  };
}

/** Signs in through the login page. */
export async function signInPage(
  page: Page,
  server: TestServer,
  account: { username: string; password: string },
) {
  await page.goto(`${server.url}/#/login`);
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Incidents' }).waitFor();
}
