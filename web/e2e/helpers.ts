import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
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
  patch(path: string, body: unknown): Promise<unknown>;
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
    async patch(path, body) {
      const response = await context.patch(path, { data: body, headers: { 'x-csrf-token': csrfToken } });
      if (!response.ok()) throw new Error(`PATCH ${path}: ${response.status()} ${await response.text()}`);
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

/** The axe impacts the suite refuses: a page with any of these fails. */
const blockingImpacts = new Set(['serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.x A and AA rules plus axe's best practices) on the page as it is and fails with one line
 * per serious or critical violation: rule, impact, the elements' selectors and what would fix it. The check is
 * soft: the test goes on to its next page and fails at its end with every page's problems.
 */
export async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const blocking = results.violations.filter((violation) => blockingImpacts.has(violation.impact ?? ''));
  const lines = blocking.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${violation.help}. ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
    ),
  );
  expect.soft(lines, `axe found serious or critical problems on ${where}:\n${lines.join('\n')}`).toEqual([]);
}

/** The WCAG contrast ratio of two CSS colours as getComputedStyle gives them (`rgb(29, 36, 48)`). */
export function contrastRatio(first: string, second: string): number {
  const luminance = (color: string) => {
    const channels = color
      .match(/\d+(\.\d+)?/g)
      ?.slice(0, 3)
      .map(Number);
    if (channels?.length !== 3) throw new Error(`not an rgb() colour: ${color}`);
    const [r = 0, g = 0, b = 0] = channels.map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
