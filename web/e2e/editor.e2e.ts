import type { Page } from '@playwright/test';
import { type ApiClient, signInApi, signInPage } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

// The analyzing editor as a writer meets it: findings listed beside the text, a rewording applied in one click,
// and nothing typed lost while the editor's code is still loading.
let server: RunningServer;
let admin: ApiClient;

test.beforeAll(async ({ playwright }) => {
  server = await startTestServer();
  admin = await signInApi(playwright, server);
});
test.afterAll(async () => {
  await admin.dispose();
  server.stop();
});

async function newIncident(): Promise<string> {
  const { id } = (await admin.post('/api/incidents', {
    title: 'Checkout returned 503s',
    severity: 'SEV2',
    summary: 'The cache expired.',
  })) as { id: string };
  return id;
}

test('findings are listed beside the editor, announced, and a rewording applies from the list', async ({
  page,
}) => {
  const id = await newIncident();
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/incidents/${id}`);
  await page.getByRole('button', { name: 'Edit BLUF' }).click();
  const editor = page.getByRole('textbox', { name: 'BLUF' });
  const check = page.getByRole('region', { name: 'Wording check of BLUF' });
  await expect(editor).toBeFocused();
  await expect(check).toContainText('Nothing written yet to check.');
  await page.keyboard.type(
    'Checkout failed for 40 minutes. The on-call engineer failed to notice the alert.',
  );
  const summary = check.locator('[aria-live="polite"]');
  await expect(summary).toHaveText(/^(One finding|\d+ findings) that may read as blame/);
  const item = check.getByRole('listitem').filter({ hasText: 'failed to notice' });
  await expect(item).toContainText('Reword as: The alert was not noticed.');
  await expect(item).toContainText('Ask instead:');

  // "Show in text" selects the words in the editor, for a keyboard user to see where they are.
  await item.getByRole('button', { name: 'Show in text' }).click();
  await expect(editor).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toMatch(/failed to notice/);

  await item.getByRole('button', { name: 'Use this wording' }).click();
  await expect(editor).toHaveText('Checkout failed for 40 minutes. The alert was not noticed.');
  await expect(editor).toBeFocused();
  await expect(summary).toHaveText('No blameful wording found.');
  await expect(check.getByRole('listitem')).toHaveCount(0);

  // The list sits beside the editor on a wide screen: it does not take the editor's height.
  const editorBox = await page.locator('.markdown-editor').boundingBox();
  const checkBox = await check.boundingBox();
  expect(checkBox?.x ?? 0).toBeGreaterThan((editorBox?.x ?? 0) + (editorBox?.width ?? 0) - 1);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The alert was not noticed.')).toBeVisible();
});

test('every finding of a sentence is listed, as debrief lint lists them', async ({ page }) => {
  const id = await newIncident();
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/incidents/${id}`);
  await page.getByRole('button', { name: 'Edit BLUF' }).click();
  await expect(page.getByRole('textbox', { name: 'BLUF' })).toBeFocused();
  const check = page.getByRole('region', { name: 'Wording check of BLUF' });
  // The editor itself, not the plain field that takes the typing while it loads (that hand-over has its own test).
  await expect(check).toContainText('Nothing written yet to check.');
  await page.keyboard.type('The engineer should have known better and carelessly pushed the bad config.');
  await expect(check.getByRole('listitem').filter({ hasText: 'should have known better' })).toHaveCount(1);
  await expect(check.getByRole('listitem').filter({ hasText: 'carelessly' })).toHaveCount(1);
});

test('an error budget past its limit is refused at the field, in percent, and nothing is sent', async ({
  page,
}) => {
  const id = await newIncident();
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/incidents/${id}`);
  await page.getByRole('button', { name: 'Edit Impact' }).click();
  const budget = page.getByRole('spinbutton', { name: 'Error budget spent (%)' });
  await budget.fill('20000');
  let patched = false;
  page.on('request', (request) => {
    if (request.method() === 'PATCH') patched = true;
  });
  await page.getByRole('button', { name: 'Save' }).click();
  expect(await budget.evaluate((input: HTMLInputElement) => input.validity.rangeOverflow)).toBe(true);
  expect(await budget.evaluate((input: HTMLInputElement) => input.validationMessage)).toMatch(/10000/);
  expect(patched).toBe(false);
});

/** Holds back the editor's code, as a slow network would, until the returned function is called. */
async function holdEditorCode(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/markdown-editor-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('what is typed while the editor loads is kept, and typing goes on where it stopped', async ({
  page,
}) => {
  const id = await newIncident();
  const release = await holdEditorCode(page);
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/incidents/${id}`);
  await page.getByRole('button', { name: 'Edit Summary' }).click();
  const standIn = page.locator('textarea.markdown-fallback');
  await expect(standIn).toBeFocused();
  await expect(standIn).toHaveAccessibleName('Summary');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Retries piled up.');
  await page.keyboard.press('Home');
  await page.keyboard.type('First: ');
  release();
  const editor = page.locator('.cm-content[aria-label="Summary"]');
  await expect(editor).toBeVisible();
  await expect(standIn).toHaveCount(0);
  await expect(editor).toBeFocused();
  await expect(editor).toHaveText('First: The cache expired. Retries piled up.');
  // The cursor came across: the next keys land after "First: ".
  await page.keyboard.type('now ');
  await expect(editor).toHaveText('First: now The cache expired. Retries piled up.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('First: now The cache expired. Retries piled up.')).toBeVisible();
});

test('Edit puts the caret after the text, so keys typed at once add to it: Summary and Impact alike', async ({
  page,
}) => {
  const id = await newIncident();
  await admin.patch(`/api/incidents/${id}`, {
    version: 1,
    impact: { description: 'Checkout failed for some users.' },
  });
  const release = await holdEditorCode(page);
  await signInPage(page, server, { username: 'ada', password: 'correct horse battery' });
  await page.goto(`${server.url}/#/incidents/${id}`);
  await page.getByRole('button', { name: 'Edit Summary' }).click();
  await page.keyboard.type(' Retries piled up.');
  await expect(page.locator('textarea.markdown-fallback')).toHaveValue(
    'The cache expired. Retries piled up.',
  );
  release();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Edit Impact' }).click();
  await page.keyboard.type(' Mostly in Europe.');
  await expect(page.getByLabel('What users experienced')).toHaveValue(
    'Checkout failed for some users. Mostly in Europe.',
  );
});
