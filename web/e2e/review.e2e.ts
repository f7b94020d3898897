import type { Page } from '@playwright/test';
import { editorAccount, signInApi, signInPage, viewerAccount } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

// The facilitator's review console: schedule the review and its follow-up, then run the meeting with the
// playbook at hand. Times are typed in the browser's zone, Berlin here, so the UTC they are stored in is checked.
test.use({ timezoneId: 'Europe/Berlin' });
// Each test carries on from the meeting the one before left.
test.describe.configure({ mode: 'serial' });

let server: RunningServer;
let incidentId: string;
const title = 'Checkout errors after the payments flag flip';
const editor = editorAccount;
const viewer = viewerAccount;

test.beforeAll(async ({ playwright }) => {
  server = await startTestServer();
  const admin = await signInApi(playwright, server);
  await admin.post('/api/users', editor);
  await admin.post('/api/users', viewer);
  const incident = (await admin.post('/api/incidents', {
    title,
    severity: 'SEV3',
    services: ['checkout'],
    participants: [
      { name: 'Ed Editor', role: 'facilitator' },
      { name: 'Bob Chen', role: 'responder' },
    ],
  })) as { id: string };
  incidentId = incident.id;
  await admin.dispose();
});
test.afterAll(() => server.stop());

const reviewTab = () => `${server.url}/#/incidents/${incidentId}/review`;

async function storedReviews(page: Page) {
  const response = await page.request.get(`${server.url}/api/incidents/${incidentId}`);
  const bundle = (await response.json()) as {
    reviews: Array<{
      kind: string;
      scheduledAt: string;
      attendees: string[];
      location?: string;
      notes: string;
    }>;
  };
  return bundle.reviews;
}

test('an editor schedules the review and its follow-up, then runs the meeting', async ({ page }) => {
  await signInPage(page, server, editor);
  await page.goto(`${server.url}/#/incidents/${incidentId}`);
  await page
    .getByRole('navigation', { name: 'Incident sections' })
    .getByRole('link', { name: 'Review' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Schedule' })).toBeVisible();
  await expect(page.getByText('No meeting scheduled yet.')).toBeVisible();

  // The review, typed in local (Berlin) time; attendees come from the incident's participants.
  await page.getByRole('button', { name: 'Add review' }).click();
  await expect(page.getByLabel('Attendees (one per line)')).toHaveValue('Ed Editor\nBob Chen');
  await expect(page.getByLabel('Duration (minutes)')).toHaveValue('60');
  await page.getByLabel(/^Date and time/).fill('2030-03-04T10:00');
  await page.getByLabel('Location or link').fill('Room 4 and https://meet.example/review');
  // An attendee that tries to be an address must be a whole one: said in the form's words.
  await page.getByLabel('Attendees (one per line)').fill('Ed Editor\nBob Chen\ndana@');
  await page.getByRole('button', { name: 'Schedule review' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Attendee “dana@” is not an address an invitation can go to: write a name, an e-mail address or Name <address>.',
  );
  await page.getByLabel('Attendees (one per line)').fill('Ed Editor\nBob Chen');
  await page.getByRole('button', { name: 'Schedule review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Review scheduled.' })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Review, / })).toContainText('Room 4');

  // The follow-up defaults to the playbook's suggestion for a SEV3 (four weeks later) at the same local time, across
  // the change to summer time.
  await page.getByRole('button', { name: 'Add follow-up review' }).click();
  await expect(page.getByLabel(/^Date and time/)).toHaveValue('2030-04-01T10:00');
  await expect(page.getByLabel('Duration (minutes)')).toHaveValue('30');
  await page.getByRole('button', { name: 'Schedule follow-up review' }).click();
  await expect(page.getByRole('article', { name: /^Follow-up review, / })).toBeVisible();
  const reviews = await storedReviews(page);
  expect(reviews.map((review) => [review.kind, review.scheduledAt])).toEqual([
    ['review', '2030-03-04T09:00:00.000Z'],
    ['follow-up', '2030-04-01T08:00:00.000Z'],
  ]);
  expect(reviews[0]?.attendees).toEqual(['Ed Editor', 'Bob Chen']);

  // The meeting: the opening statement during the ground rules, with the facts still missing.
  const meeting = page.getByRole('region', { name: 'Run the meeting' });
  await expect(
    meeting.getByRole('heading', { name: 'Phase 1 of 6: Purpose and ground rules' }),
  ).toBeVisible();
  await meeting.getByRole('button', { name: 'Start meeting' }).click();
  await expect(meeting.getByRole('button', { name: 'Pause' })).toBeVisible();
  const opening = meeting.getByRole('region', { name: 'Opening statement' });
  await expect(opening).toContainText(`This is the review of "${title}"`);
  await expect(opening.getByRole('listitem')).toHaveText(['impact start']);

  await meeting.getByRole('button', { name: 'Next phase' }).click();
  await expect(meeting.getByRole('heading', { name: 'Phase 2 of 6: Timeline walk-through' })).toBeVisible();
  await expect(meeting.getByRole('listitem').filter({ hasText: 'Timeline walk-through' })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(
    meeting.getByText('What information did the responders have in front of them at that moment?'),
  ).toBeVisible();
  await expect(opening).toHaveCount(0);

  // Live notes: blame is flagged as it is typed, with a systemic question to ask instead.
  const notes = page.getByLabel('Meeting notes');
  await notes.fill(
    '[14:01] Sam: the flag was flipped at 13:58.\n[14:02] Sam: Bob should have known the flag was still on.',
  );
  const warning = page.locator('.blame-warnings[role="status"]');
  await expect(warning).toContainText('Blame warning');
  await expect(warning).toContainText('should have known');
  await expect(warning).toContainText(/Ask instead: [^?]+\?/);
  // Nothing to save: the notes are shared as they are typed.
  await expect(page.locator('#notes-status')).toHaveText(/^Saved;/);

  await page.getByLabel('New decision').fill('Flags that gate payments get an owner and an expiry date');
  await page.getByRole('button', { name: 'Add decision' }).click();
  await expect(page.getByRole('region', { name: 'Decisions' }).getByRole('listitem')).toHaveText([
    /Flags that gate payments/,
  ]);

  // A reload keeps the notes and the meeting's phase (kept by the server, shared by every browser).
  await page.reload();
  await expect(page.getByLabel('Meeting notes')).toHaveValue(/Bob should have known the flag was still on\./);
  await expect(meeting.getByRole('heading', { name: 'Phase 2 of 6: Timeline walk-through' })).toBeVisible();
  await expect(meeting.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect((await storedReviews(page))[0]?.notes).toContain('[14:02] Sam: Bob should have known');

  // Removing a decision asks first, naming it.
  const asked = page.waitForEvent('dialog');
  const removed = page
    .getByRole('button', {
      name: 'Remove decision: Flags that gate payments get an owner and an expiry date',
    })
    .click();
  const question = await asked;
  expect(question.message()).toBe(
    'Delete the decision “Flags that gate payments get an owner and an expiry date”? This cannot be undone.',
  );
  await question.accept();
  await removed;
  await expect(page.getByText('No decisions recorded yet.')).toBeVisible();

  // Objections: a search narrows them; each has the calm response and the redirect question.
  await page.getByLabel('Search objections').fill('code review');
  const objection = page.getByRole('article', { name: "Why wasn't this caught in code review?" });
  await expect(objection).toContainText('Usually raised by a senior engineer, an engineer or a manager.');
  await expect(objection).toContainText('Explain: Review is one safety net');
  await expect(objection).toContainText('Then ask: What information about runtime behaviour');
  await expect(page.getByText(/^\d+ of \d+ objections match$/)).toBeVisible();
  await page.getByLabel('Search objections').fill('xylophone');
  await expect(page.getByText(/^0 of \d+ objections match$/)).toBeVisible();
});

test('the clock warns when a phase runs past its time box', async ({ page }) => {
  await page.clock.install();
  await signInPage(page, server, editor);
  await page.goto(reviewTab());
  const meeting = page.getByRole('region', { name: 'Run the meeting' });
  // The meeting is the server's: a new browser finds it where the last test left it (phase 2, running). The
  // facilitator resets it for everyone, and it starts again in phase 1 (5 minutes in a SEV3 review).
  await expect(meeting.getByRole('heading', { name: /^Phase 2 of 6/ })).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await meeting.getByRole('button', { name: 'Reset' }).click();
  await meeting.getByRole('button', { name: 'Start meeting' }).click();
  await page.clock.fastForward('04:00');
  await expect(meeting.getByText('Over time.')).toHaveCount(0);
  await page.clock.fastForward('02:00');
  await expect(meeting.getByRole('status')).toContainText(
    'Over time. This phase has run past its 5-minute time box',
  );
  await expect(meeting.getByText(/\(\+1:0\d\)/)).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await meeting.getByRole('button', { name: 'Reset' }).click();
  await expect(meeting.getByRole('button', { name: 'Start meeting' })).toBeVisible();
  await expect(meeting.getByRole('status')).not.toContainText('Over time.');
});

test('a viewer sees the schedule and the playbook but cannot change anything', async ({ page }) => {
  await signInPage(page, server, viewer);
  await page.goto(reviewTab());
  await expect(page.getByRole('article', { name: /^Review, / })).toContainText('Ed Editor; Bob Chen');
  await expect(page.getByRole('article', { name: /^Follow-up review, / })).toBeVisible();
  await expect(page.locator('.notes-view')).toContainText('Bob should have known the flag was still on.');
  for (const name of [/^Add/, /^Edit/, /^Delete/, /^Remove decision/]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByLabel('Meeting notes')).toHaveCount(0);
  await expect(page.getByLabel('New decision')).toHaveCount(0);
  await expect(page.getByLabel('Search objections')).toBeVisible();
});

test('on a phone the console fits the screen, and every control is named and works from the keyboard', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
    timezoneId: 'Europe/Berlin',
  });
  const page = await context.newPage();
  await signInPage(page, server, editor);
  await page.goto(reviewTab());
  const meeting = page.getByRole('region', { name: 'Run the meeting' });
  await meeting.getByRole('button', { name: 'Start meeting' }).focus();
  await page.keyboard.press('Enter');
  await expect(meeting.getByRole('button', { name: 'Pause' })).toBeFocused();
  // Previous phase is disabled in the first phase, so the next stop is Next phase.
  await page.keyboard.press('Tab');
  await expect(meeting.getByRole('button', { name: 'Next phase' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(meeting.getByRole('heading', { name: /^Phase 2 of 6/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add follow-up review' }).click();
  await page.getByLabel('Meeting notes').fill('[14:05] Ana: the on-call was careless with the rollback.');
  await expect(page.locator('.blame-warning')).toBeVisible();

  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scrollWidth, `the review tab is ${scrollWidth}px wide on a ${width}px screen`).toBeLessThanOrEqual(
    width,
  );
  const controls = await page.locator('button, input, select, textarea, a[href]').all();
  expect(controls.length).toBeGreaterThan(20);
  for (const control of controls) await expect(control).toHaveAccessibleName(/\S/);
  await context.close();
});

test('a decision saved by someone else while the notes are typed changes nothing in them', async ({
  page,
  playwright,
}) => {
  await signInPage(page, server, editor);
  await page.goto(reviewTab());
  const notes = page.getByLabel('Meeting notes');
  // The phone test before typed into the same shared notes.
  await expect(notes).toHaveValue(/Ana: the on-call was careless/);
  await notes.fill('[14:10] The dashboard showed the old flag state for ten minutes.');

  // Someone else (an admin, through the API) records a decision on the same review meanwhile.
  const admin = await signInApi(playwright, server);
  const bundle = (await admin.get(`/api/incidents/${incidentId}`)) as {
    reviews: Array<{ id: string; kind: string; version: number }>;
  };
  const review = bundle.reviews.find((item) => item.kind === 'review');
  await admin.patch(`/api/reviews/${review?.id}`, {
    version: review?.version,
    decisions: ['Decided by the scribe'],
  });
  await admin.dispose();

  // The notes are typed into their own shared document: a change of the review's other fields does not touch them.
  await expect(page.getByRole('region', { name: 'Decisions' })).toContainText('Decided by the scribe');
  await notes.press('Control+End');
  await notes.pressSequentially(' Then it caught up.');
  await expect(page.locator('#notes-status')).toHaveText(/^Saved;/);
  const typed = '[14:10] The dashboard showed the old flag state for ten minutes. Then it caught up.';
  await expect(notes).toHaveValue(typed);
  expect((await storedReviews(page)).find((item) => item.kind === 'review')?.notes).toBe(typed);
});

test('the closing statement never reads a blameful factor aloud', async ({ page, playwright }) => {
  const admin = await signInApi(playwright, server);
  await admin.post(`/api/incidents/${incidentId}/factors`, {
    title: 'Bob forgot to run the migration',
    category: 'deploy-release',
  });
  await admin.dispose();
  await signInPage(page, server, editor);
  await page.goto(reviewTab());
  const meeting = page.getByRole('region', { name: 'Run the meeting' });
  await meeting.getByRole('button', { name: /^Go to phase 6:/ }).click();
  const closing = meeting.getByRole('region', { name: 'Closing statement' });
  // The analyzer's rewrite is read instead of the sentence that names a person, as the CLI's script does.
  await expect(closing).toContainText('The migration step did not run');
  await expect(closing).not.toContainText(/Key findings:\s*- Bob forgot/);
  // The facilitator (not the room) is told the factor still needs a blameless wording on the incident.
  await expect(closing).toContainText('a blameless wording for "Bob forgot to run the migration"');
});

test('each phase of the console says what to ask about this incident, as the CLI agenda does', async ({
  page,
  playwright,
}) => {
  const admin = await signInApi(playwright, server);
  await admin.post(`/api/incidents/${incidentId}/actions`, {
    title: 'Give every payments flag an owner and an expiry',
    owner: 'Payments team',
    dueDate: '2026-01-10',
  });
  await admin.dispose();
  await signInPage(page, server, editor);
  await page.goto(reviewTab());
  const meeting = page.getByRole('region', { name: 'Run the meeting' });
  // The factors phase asks about the incident's own factor; the actions phase names the action past its date.
  await meeting.getByRole('button', { name: /^Go to phase 3:/ }).click();
  const about = meeting.getByRole('region', { name: 'About this incident' });
  await expect(about).toContainText('Bob forgot to run the migration');
  await meeting.getByRole('button', { name: /^Go to phase 5:/ }).click();
  await expect(about).toContainText('"Give every payments flag an owner and an expiry" was due');
});
