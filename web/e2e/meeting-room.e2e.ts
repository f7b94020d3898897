import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import pg from 'pg';
import { signInApi, signInPage } from './helpers.js';
import { expect, type RunningServer, startTestServer, test } from './server-fixture.js';

// The review meeting as one shared room: the facilitator drives, the scribe and a viewer follow it in their own
// browsers, on one server (SQLite, restarted mid-meeting) and on two servers sharing PostgreSQL.
test.describe.configure({ mode: 'serial' });

const people = {
  facilitator: { username: 'fay', name: 'Fay Facil', password: 'facilitator pass 1', role: 'editor' },
  scribe: { username: 'sid', name: 'Sid Scribe', password: 'scribe password 1', role: 'editor' },
  viewer: { username: 'vic', name: 'Vic Viewer', password: 'viewer password 1', role: 'viewer' },
  attendee: { username: 'ann', name: 'Ann Attendee', password: 'attendee pass 1', role: 'editor' },
};

/** Adds the three people and an incident with a review; returns the review tab's path. */
async function prepare(playwright: Parameters<typeof signInApi>[0], server: RunningServer): Promise<string> {
  const admin = await signInApi(playwright, server);
  for (const person of Object.values(people)) await admin.post('/api/users', person);
  const incident = (await admin.post('/api/incidents', {
    title: 'Ledger writes stalled after the pool change',
    severity: 'SEV2',
    participants: [
      { name: 'fay', role: 'facilitator' },
      { name: 'sid', role: 'scribe' },
    ],
  })) as { id: string };
  await admin.post(`/api/incidents/${incident.id}/reviews`, { scheduledAt: '2030-03-04T10:00:00Z' });
  await admin.dispose();
  return `/#/incidents/${incident.id}/review`;
}

async function open(
  browser: Browser,
  server: RunningServer,
  person: { username: string; password: string },
  path: string,
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInPage(page, server, person);
  await page.goto(`${server.url}${path}`);
  return page;
}

const meetingOf = (page: Page) => page.getByRole('region', { name: 'Run the meeting' });
const phase = (page: Page, n: number) =>
  meetingOf(page).getByRole('heading', { name: new RegExp(`^Phase ${n} of \\d+`) });

/** Puts the caret at the end of line `line` (0-based) of the notes and types `words` key by key. */
async function typeOnLine(page: Page, line: number, words: string) {
  const area = page.getByLabel('Meeting notes');
  await area.click();
  await area.evaluate((element, n) => {
    const textarea = element as HTMLTextAreaElement;
    const at = textarea.value
      .split('\n')
      .slice(0, n + 1)
      .join('\n').length;
    textarea.setSelectionRange(at, at);
  }, line);
  await area.pressSequentially(words, { delay: 10 });
}

/** Three people type a sentence each into the shared notes at the same time; every keystroke must arrive. */
async function typeTogether(fay: Page, sid: Page, ann: Page) {
  await fay.getByLabel('Meeting notes').fill('Fay:\nSid:\nAnn:');
  for (const page of [fay, sid, ann])
    await expect(page.getByLabel('Meeting notes')).toHaveValue('Fay:\nSid:\nAnn:');
  const sentences = [
    ' the pool limit was lowered in the same deploy',
    ' the dashboard showed pool waits but nobody pages on them',
    ' the runbook step for the pool is two years old',
  ];
  await Promise.all([
    typeOnLine(fay, 0, sentences[0] as string),
    typeOnLine(sid, 1, sentences[1] as string),
    typeOnLine(ann, 2, sentences[2] as string),
  ]);
  const whole = `Fay:${sentences[0]}\nSid:${sentences[1]}\nAnn:${sentences[2]}`;
  for (const page of [fay, sid, ann]) {
    await expect(page.getByLabel('Meeting notes')).toHaveValue(whole);
    await expect(page.locator('#notes-status')).toHaveText(/^Saved;/);
  }
  return whole;
}

test('three people type the notes at once and nobody loses a keystroke; each line keeps its author', async ({
  browser,
  playwright,
}) => {
  const server = await startTestServer();
  try {
    const path = await prepare(playwright, server);
    const fay = await open(browser, server, people.facilitator, path);
    const sid = await open(browser, server, people.scribe, path);
    const ann = await open(browser, server, people.attendee, path);
    const vic = await open(browser, server, people.viewer, path);
    const whole = await typeTogether(fay, sid, ann);
    // The viewer watches the same text as it is typed, and has nothing to type into.
    for (const line of whole.split('\n')) await expect(vic.locator('.notes-view')).toContainText(line);
    await expect(vic.getByLabel('Meeting notes')).toHaveCount(0);
    // Each line keeps who began it.
    await sid.getByText('Who wrote each line').click();
    const authors = sid.locator('.line-authors li');
    await expect(authors).toHaveCount(3);
    await expect(authors.nth(0)).toContainText('Fay Facil');
    // Blame is flagged for everyone as it is typed.
    await ann.getByLabel('Meeting notes').press('Control+End');
    await ann.getByLabel('Meeting notes').pressSequentially('\nSid should have known better.');
    await expect(fay.locator('.blame-warnings')).toContainText('Blame warning');
    await expect(vic.locator('.blame-warnings')).toContainText('Ask instead:');
    // Saved with the review, for reports: a reload reads it back.
    await fay.reload();
    await expect(fay.getByLabel('Meeting notes')).toHaveValue(`${whole}\nSid should have known better.`);
    for (const page of [fay, sid, ann, vic]) await page.context().close();
  } finally {
    server.stop();
  }
});

test('two people starting a new line a moment apart each keep their own line', async ({
  browser,
  playwright,
}) => {
  const server = await startTestServer();
  try {
    const path = await prepare(playwright, server);
    const fay = await open(browser, server, people.facilitator, path);
    const sid = await open(browser, server, people.scribe, path);
    const base = 'Agreed: page the DBA';
    await fay.getByLabel('Meeting notes').fill(base);
    await expect(sid.getByLabel('Meeting notes')).toHaveValue(base);
    for (const page of [fay, sid]) await page.getByLabel('Meeting notes').press('Control+End');
    // Fay starts a line; Sid sees her line break arrive, then starts his at the same place.
    await fay.getByLabel('Meeting notes').press('Enter');
    await expect(sid.getByLabel('Meeting notes')).toHaveValue(`${base}\n`);
    await sid.getByLabel('Meeting notes').press('Enter');
    for (const page of [fay, sid]) await expect(page.getByLabel('Meeting notes')).toHaveValue(`${base}\n\n`);
    const fays = 'Fay: alerts went to last year’s rota';
    const sids = 'Sid: the retries had no backoff';
    await Promise.all([
      fay.getByLabel('Meeting notes').pressSequentially(fays, { delay: 15 }),
      sid.getByLabel('Meeting notes').pressSequentially(sids, { delay: 15 }),
    ]);
    for (const page of [fay, sid]) {
      await expect(page.getByLabel('Meeting notes')).toHaveValue(`${base}\n${sids}\n${fays}`);
    }
    await sid.getByText('Who wrote each line').click();
    const authors = sid.locator('.line-authors li');
    await expect(authors.nth(1)).toContainText('Sid Scribe');
    await expect(authors.nth(2)).toContainText('Fay Facil');
    for (const page of [fay, sid]) await page.context().close();
  } finally {
    server.stop();
  }
});

test('three people follow one meeting: the facilitator drives, the others see each move within a second', async ({
  browser,
  playwright,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-room-'));
  const database = `sqlite:${join(dir, 'room.db')}`;
  let server = await startTestServer({ database });
  try {
    const path = await prepare(playwright, server);
    const facilitator = await open(browser, server, people.facilitator, path);
    const scribe = await open(browser, server, people.scribe, path);
    const viewer = await open(browser, server, people.viewer, path);

    await expect(meetingOf(facilitator).getByTestId('meeting-role')).toContainText('You are facilitating');
    await expect(meetingOf(scribe).getByTestId('meeting-role')).toContainText('You are the scribe');
    await expect(meetingOf(viewer).getByTestId('meeting-role')).toContainText('You are watching');
    for (const follower of [scribe, viewer]) {
      await expect(phase(follower, 1)).toBeVisible();
      await expect(
        meetingOf(follower).getByRole('button', { name: /^(Start meeting|Next phase)$/ }),
      ).toHaveCount(0);
    }

    await meetingOf(facilitator).getByRole('button', { name: 'Start meeting' }).click();
    await expect(meetingOf(facilitator).getByRole('button', { name: 'Pause' })).toBeVisible();
    await meetingOf(facilitator).getByRole('button', { name: 'Next phase' }).click();
    await expect(phase(facilitator, 2)).toBeVisible();
    for (const follower of [scribe, viewer]) await expect(phase(follower, 2)).toBeVisible({ timeout: 1_000 });

    // A late joiner and a reload land on the current phase, with the time already spent.
    const late = await open(browser, server, people.scribe, path);
    await expect(phase(late, 2)).toBeVisible();
    await scribe.reload();
    await expect(phase(scribe, 2)).toBeVisible();

    // The presenter view: the facilitator's keys move the room and put a question on everyone's screen.
    const projector = await open(browser, server, people.facilitator, `${path}/present`);
    const shown = await open(browser, server, people.viewer, `${path}/present`);
    await expect(projector.getByRole('heading', { level: 1 })).toHaveText(
      'Phase 2 of 6: Timeline walk-through',
    );
    await projector.keyboard.press('n');
    await expect(shown.getByRole('heading', { level: 1 })).toHaveText(/^Phase 3 of 6/, { timeout: 1_000 });
    await expect(phase(viewer, 3)).toBeVisible({ timeout: 1_000 });
    await projector.keyboard.press('q');
    await expect(shown.locator('.presenter-question')).toHaveText(/\?$/, { timeout: 1_000 });
    // An objection goes up with its answer and the system to look at, and without who usually raises it.
    await projector.keyboard.press('o');
    const answer = shown.locator('.presenter-objection');
    await expect(
      answer.getByRole('list', { name: 'What to look at in the system' }).getByRole('listitem'),
    ).not.toHaveCount(0, { timeout: 1_000 });
    await expect(answer).toContainText("Let's ask instead:");
    await expect(answer).not.toContainText('Usually raised by');
    await projector.keyboard.press('q');
    await expect(shown.locator('.presenter-question')).toHaveText(/\?$/, { timeout: 1_000 });
    // A viewer's keys do nothing.
    await shown.keyboard.press('n');
    await expect(phase(viewer, 3)).toBeVisible();
    await shown.keyboard.press('?');
    await expect(shown.getByRole('heading', { name: 'Keys' })).toBeVisible();
    await expect(shown.getByText('Only the facilitator’s keys move the meeting.')).toBeVisible();

    // The server restarts on the same database and address: the pages reconnect and follow the next move.
    const port = Number(new URL(server.url).port);
    server.stop();
    await new Promise((done) => setTimeout(done, 500));
    server = await startTestServer({ database, port });
    await expect(phase(scribe, 3)).toBeVisible();
    await meetingOf(facilitator).getByRole('button', { name: 'Next phase' }).click();
    await expect(phase(facilitator, 4)).toBeVisible();
    for (const follower of [scribe, viewer])
      await expect(phase(follower, 4)).toBeVisible({ timeout: 15_000 });
    for (const page of [facilitator, scribe, viewer, late, projector, shown]) await page.context().close();
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('on two servers sharing PostgreSQL, a move on one reaches a browser on the other within a second', async ({
  browser,
  playwright,
}) => {
  const name = `debrief_e2e_${Date.now().toString(36)}`;
  const adminUrl = process.env.DEBRIEF_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const one = await startTestServer({ database: url.toString() });
  const two = await startTestServer({ database: url.toString() });
  try {
    // Each server made a setup token on start; the database keeps the last one made.
    const path = await prepare(playwright, { ...one, setupToken: two.setupToken });
    const facilitator = await open(browser, one, people.facilitator, path);
    const scribe = await open(browser, two, people.scribe, path);
    await expect(phase(scribe, 1)).toBeVisible();
    await meetingOf(facilitator).getByRole('button', { name: 'Start meeting' }).click();
    await meetingOf(facilitator).getByRole('button', { name: 'Next phase' }).click();
    await expect(phase(facilitator, 2)).toBeVisible();
    await expect(phase(scribe, 2)).toBeVisible({ timeout: 1_000 });
    await expect(meetingOf(scribe).getByText('paused')).toHaveCount(0);
    // Notes typed at once through both servers keep every keystroke.
    const attendee = await open(browser, one, people.attendee, path);
    await typeTogether(facilitator, scribe, attendee);
    await attendee.context().close();
    await facilitator.context().close();
    await scribe.context().close();
  } finally {
    one.stop();
    two.stop();
    await new Promise((done) => setTimeout(done, 500));
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
});

test('a member taken off a restricted incident is dropped from its meeting at once', async ({
  browser,
  playwright,
}) => {
  const server = await startTestServer();
  try {
    const admin = await signInApi(playwright, server);
    for (const person of Object.values(people)) await admin.post('/api/users', person);
    const incident = (await admin.post('/api/incidents', {
      title: 'Restricted: card data exposure drill',
      severity: 'SEV1',
      restricted: true,
      participants: [
        { name: 'fay', role: 'facilitator' },
        { name: 'sid', role: 'scribe' },
      ],
    })) as { id: string; version: number };
    await admin.post(`/api/incidents/${incident.id}/reviews`, { scheduledAt: '2030-03-04T10:00:00Z' });
    const path = `/#/incidents/${incident.id}/review`;
    const scribe = await open(browser, server, people.scribe, path);
    await expect(phase(scribe, 1)).toBeVisible();

    const current = (await admin.get(`/api/incidents/${incident.id}`)) as { incident: { version: number } };
    await admin.patch(`/api/incidents/${incident.id}`, {
      version: current.incident.version,
      participants: [{ name: 'fay', role: 'facilitator' }],
    });
    await expect(scribe.getByText('You no longer have access to this incident')).toBeVisible({
      timeout: 5_000,
    });
    await expect(meetingOf(scribe)).toHaveCount(0);
    const refused = await scribe.request.get(`${server.url}/api/incidents/${incident.id}/reviews/x/meeting`);
    expect(refused.status()).toBe(404);
    await admin.dispose();
    await scribe.context().close();
  } finally {
    server.stop();
  }
});

test('a note becomes an action in one step, blame is refused, and the close reads back what the meeting gathered', async ({
  browser,
  playwright,
}) => {
  const server = await startTestServer();
  try {
    const path = await prepare(playwright, server);
    const facilitator = await open(browser, server, people.facilitator, path);
    const scribe = await open(browser, server, people.scribe, path);
    await meetingOf(facilitator).getByRole('button', { name: 'Start meeting' }).click();
    await expect(meetingOf(facilitator).getByRole('button', { name: 'Pause' })).toBeVisible();

    await scribe
      .getByLabel('Meeting notes')
      .fill('[14:05] Fay: rotate the ledger pool credentials automatically');
    await expect(scribe.locator('#notes-status')).toHaveText(/^Saved;/);

    const record = scribe.getByRole('region', { name: 'Record from the meeting' });
    await record.getByLabel('Text').fill('Sid forgot to rotate the credentials');
    await record.getByRole('button', { name: 'Add action item' }).click();
    await expect(record.getByRole('alert')).toContainText('Reword before saving');
    await expect(record.getByRole('alert')).toContainText('Ask instead:');

    await record
      .getByLabel('From the notes')
      .selectOption('rotate the ledger pool credentials automatically');
    await expect(record.getByLabel('Text')).toHaveValue('rotate the ledger pool credentials automatically');
    await record.getByLabel('Owner').fill('Platform team');
    await record.getByLabel('Due date').fill('2030-04-01');
    await record.getByRole('button', { name: 'Add action item' }).click();
    await expect(scribe.getByRole('status').filter({ hasText: 'Action item added' })).toBeVisible();

    // It is in the incident at once: the facilitator's Actions tab shows it, and the close reads it back.
    await meetingOf(facilitator)
      .getByRole('button', { name: /^Go to phase 6:/ })
      .click();
    const gathered = meetingOf(facilitator).getByRole('region', { name: 'Gathered in this meeting' });
    await expect(gathered).toContainText(
      'Action: rotate the ledger pool credentials automatically — Platform team, due 2030-04-01',
    );

    // A blameful decision is refused too.
    await scribe.getByLabel('New decision').fill('Sid was careless with the rollout');
    await scribe.getByRole('button', { name: 'Add decision' }).click();
    await expect(scribe.getByRole('region', { name: 'Decisions' }).getByRole('alert')).toContainText(
      'Reword before saving',
    );
    await expect(scribe.getByText('No decisions recorded yet.')).toBeVisible();

    // Ending the meeting stores its summary, which the engineering report shows.
    facilitator.once('dialog', (dialog) => dialog.accept());
    await meetingOf(facilitator).getByRole('button', { name: 'End meeting' }).click();
    await expect(meetingOf(scribe).getByText(/^This meeting has ended; its review is closed/)).toBeVisible({
      timeout: 2_000,
    });
    const incidentId = path.split('/')[3];
    const report = await facilitator.request.get(
      `${server.url}/api/incidents/${incidentId}/report?format=html&audience=engineering`,
    );
    const html = await report.text();
    expect(html).toContain('Meeting summary');
    expect(html).toContain(
      'rotate the ledger pool credentials automatically — Platform team, due 2030-04-01',
    );
    await facilitator.context().close();
    await scribe.context().close();
  } finally {
    server.stop();
  }
});

test('anonymous cards: counted while hidden, revealed by the facilitator, grouped by the scribe, one becomes an action; a raised point is taken', async ({
  browser,
  playwright,
}) => {
  const server = await startTestServer();
  try {
    const path = await prepare(playwright, server);
    const attendee = await open(browser, server, people.attendee, path);
    const facilitator = await open(browser, server, people.facilitator, path);
    const scribe = await open(browser, server, people.scribe, path);
    const cardsOf = (page: Page) => page.getByRole('region', { name: 'Cards' });

    // A slow server: the next card is typed while the one before is on its way, and neither is lost.
    await attendee.route('**/cards', async (route) => {
      if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    for (const [prompt, text] of [
      ['What surprised you?', 'The dashboard lagged by ten minutes'],
      ['What surprised you?', 'The alert fired in the old channel'],
      ['What made this hard?', 'Nobody knew who owned the flag'],
    ]) {
      await cardsOf(attendee)
        .getByLabel('Prompt')
        .selectOption({ label: prompt as string });
      await cardsOf(attendee)
        .getByLabel('Your card')
        .fill(text as string);
      await cardsOf(attendee).getByRole('button', { name: 'Add card' }).click();
    }
    await expect(
      cardsOf(attendee).getByRole('heading', { name: 'Your cards, not revealed yet' }),
    ).toBeVisible();
    await expect(cardsOf(attendee).getByRole('button', { name: 'Delete my card' })).toHaveCount(3);
    // Others see counts, never the text, until the facilitator reveals.
    await expect(cardsOf(scribe).getByText('2 cards, hidden')).toBeVisible();
    await expect(cardsOf(scribe).getByText('The dashboard lagged by ten minutes')).toHaveCount(0);
    await expect(cardsOf(scribe).getByRole('button', { name: /^Reveal/ })).toHaveCount(0);

    await cardsOf(facilitator).getByRole('button', { name: 'Reveal “What surprised you?”' }).click();
    await expect(cardsOf(scribe).getByText('The dashboard lagged by ten minutes')).toBeVisible({
      timeout: 2_000,
    });
    await expect(cardsOf(scribe).getByText('Nobody knew who owned the flag')).toHaveCount(0);
    await expect(cardsOf(attendee).getByRole('button', { name: 'Delete my card' })).toHaveCount(1);

    // The scribe groups by drag and drop, and by keyboard with the card's menu.
    const lagged = cardsOf(scribe).getByRole('listitem', {
      name: 'Card: The dashboard lagged by ten minutes',
    });
    const channel = cardsOf(scribe).getByRole('listitem', {
      name: 'Card: The alert fired in the old channel',
    });
    await lagged.dragTo(channel);
    await expect(lagged.locator('.badge')).toHaveText('Group 1');
    await expect(channel.locator('.badge')).toHaveText('Group 1');
    scribe.once('dialog', (dialog) => dialog.accept('Signals'));
    await cardsOf(scribe).getByLabel('Move to group: The alert fired in the old channel').selectOption('+');
    await expect(channel.locator('.badge')).toHaveText('Signals');
    await expect(cardsOf(facilitator).locator('.badge', { hasText: 'Signals' })).toBeVisible({
      timeout: 2_000,
    });

    await cardsOf(attendee)
      .getByRole('button', { name: 'Vote for: The alert fired in the old channel' })
      .click();
    await expect(
      cardsOf(facilitator).getByRole('listitem', { name: 'Card: The alert fired in the old channel' }),
    ).toContainText('1 vote');

    // A card becomes an action in one step.
    await cardsOf(scribe)
      .getByRole('button', { name: 'Record from card: The alert fired in the old channel' })
      .click();
    const record = scribe.getByRole('region', { name: 'Record from the meeting' });
    await expect(record.getByLabel('Text')).toHaveValue('The alert fired in the old channel');
    await record.getByLabel('Text').fill('Route the checkout alert to the new on-call channel');
    await record.getByLabel('Owner').fill('Platform team');
    await record.getByRole('button', { name: 'Add action item' }).click();
    await expect(scribe.getByRole('status').filter({ hasText: 'Action item added' })).toBeVisible();

    // The question queue.
    const points = (page: Page) => page.getByRole('region', { name: 'Raised points' });
    await points(attendee).getByLabel('Your point').fill('Can we talk about the pager rota?');
    await points(attendee).getByRole('button', { name: 'Raise point' }).click();
    await expect(
      points(facilitator).getByText('Can we talk about the pager rota? — Ann Attendee, waiting'),
    ).toBeVisible({ timeout: 2_000 });
    // A point that reads as blame is shown to its raiser with a question to ask instead before the room sees it.
    await points(scribe).getByLabel('Your point').fill('Who approved migration 0042 without a lock timeout?');
    await points(scribe).getByRole('button', { name: 'Raise point' }).click();
    await expect(points(scribe).getByRole('alert')).toContainText('Ask instead:');
    await points(scribe).getByRole('button', { name: 'Raise as written' }).click();
    await expect(
      points(facilitator).getByText(/Who approved migration 0042.*Sid Scribe, waiting/),
    ).toBeVisible({
      timeout: 2_000,
    });
    await points(facilitator).getByRole('button', { name: 'Take' }).first().click();
    await expect(points(attendee).getByText('— Ann Attendee, being discussed')).toBeVisible({
      timeout: 2_000,
    });
    // One being discussed is no longer waiting.
    await expect(points(attendee).getByRole('status').filter({ hasText: 'waiting' })).toHaveText(
      '1 point waiting, 1 being discussed',
    );
    // Votes left are counted for those who may vote; a viewer watches and is not told of votes.
    await expect(cardsOf(attendee)).toContainText('votes left');
    const viewer = await open(browser, server, people.viewer, path);
    await expect(cardsOf(viewer)).toContainText('Anonymous: debrief stores no author');
    await expect(cardsOf(viewer)).not.toContainText('votes left');
    for (const page of [attendee, facilitator, scribe, viewer]) await page.context().close();
  } finally {
    server.stop();
  }
});

test('the follow-up review runs in the same room with its own agenda, asks what got in the way, and records its outcome', async ({
  browser,
  playwright,
}) => {
  const server = await startTestServer();
  try {
    const admin = await signInApi(playwright, server);
    for (const person of Object.values(people)) await admin.post('/api/users', person);
    const incident = (await admin.post('/api/incidents', {
      title: 'Ledger writes stalled after the pool change',
      severity: 'SEV2',
      participants: [
        { name: 'fay', role: 'facilitator' },
        { name: 'sid', role: 'scribe' },
      ],
    })) as { id: string };
    await admin.post(`/api/incidents/${incident.id}/actions`, {
      title: 'Page on pool saturation',
      owner: 'Platform team',
      dueDate: '2026-01-15',
    });
    await admin.post(`/api/incidents/${incident.id}/reviews`, {
      kind: 'follow-up',
      scheduledAt: '2030-03-04T10:00:00Z',
    });
    await admin.dispose();
    const path = `/#/incidents/${incident.id}/review`;
    const facilitator = await open(browser, server, people.facilitator, path);
    const scribe = await open(browser, server, people.scribe, path);

    await expect(
      meetingOf(facilitator).getByRole('heading', { name: /^Phase 1 of 4: Purpose/ }),
    ).toBeVisible();
    await expect(
      meetingOf(facilitator).getByRole('button', { name: /^Go to phase 2: Action review/ }),
    ).toBeVisible();
    const followUp = facilitator.getByRole('region', { name: 'Follow-up: where each action stands' });
    await expect(followUp.getByRole('listitem').filter({ hasText: 'Page on pool saturation' })).toContainText(
      'overdue',
    );

    await followUp
      .getByLabel('What got in the way of “Page on pool saturation”?')
      .fill('Sid was lazy about it');
    await followUp.getByRole('button', { name: 'Record the outcome' }).click();
    await expect(followUp.getByRole('alert')).toContainText('Reword before saving');
    await followUp
      .getByLabel('What got in the way of “Page on pool saturation”?')
      .fill('the alerting migration took the whole team for six weeks');
    await followUp.getByLabel('Outcome').fill('Keep the incident open until the page is live.');
    await followUp.getByLabel('Next follow-up (optional)').fill('2030-04-01T10:00');
    await followUp.getByRole('button', { name: 'Record the outcome' }).click();
    await expect(facilitator.getByRole('status').filter({ hasText: 'Outcome recorded.' })).toBeVisible();
    await expect(scribe.getByRole('region', { name: 'Follow-up: where each action stands' })).toContainText(
      'In the way: the alerting migration took the whole team for six weeks',
      { timeout: 3_000 },
    );
    const report = await facilitator.request.get(
      `${server.url}/api/incidents/${incident.id}/report?format=html&audience=engineering`,
    );
    const html = await report.text();
    expect(html).toContain('<h4>Outcome</h4>');
    expect(html).toContain('Keep the incident open until the page is live.');
    expect(html).toContain('Next follow-up: 2030-04-01 10:00 UTC');
    await facilitator.context().close();
    await scribe.context().close();
  } finally {
    server.stop();
  }
});

test('an attendee showing the review is told when the facilitator starts the follow-up meeting, and joins it', async ({
  browser,
  playwright,
}) => {
  const server = await startTestServer();
  try {
    const path = await prepare(playwright, server);
    const admin = await signInApi(playwright, server);
    const incidentId = path.split('/')[3] as string;
    await admin.post(`/api/incidents/${incidentId}/reviews`, {
      kind: 'follow-up',
      scheduledAt: '2030-03-18T10:00:00Z',
    });
    await admin.dispose();
    const facilitator = await open(browser, server, people.facilitator, path);
    const attendee = await open(browser, server, people.attendee, path);
    await expect(meetingOf(attendee).getByLabel('Meeting')).toHaveValue(/.+/);
    const shownFirst = await meetingOf(attendee).getByLabel('Meeting').inputValue();
    await expect(attendee.getByRole('button', { name: 'Join that meeting' })).toHaveCount(0);

    // The facilitator picks the follow-up and starts its meeting; the attendee's page still shows the review.
    const picker = meetingOf(facilitator).getByLabel('Meeting');
    const followUpId = await picker.locator('option', { hasText: 'Follow-up review' }).getAttribute('value');
    expect(followUpId).not.toBe(shownFirst);
    await picker.selectOption(followUpId as string);
    await meetingOf(facilitator).getByRole('button', { name: 'Start meeting' }).click();

    await expect(
      attendee.getByRole('status').filter({ hasText: 'A meeting is under way: Follow-up review' }),
    ).toBeVisible({
      timeout: 3_000,
    });
    await attendee.getByRole('button', { name: 'Join that meeting' }).click();
    await expect(meetingOf(attendee).getByLabel('Meeting')).toHaveValue(followUpId as string);
    await expect(meetingOf(attendee).getByRole('heading', { name: /^Phase 1 of 4: Purpose/ })).toBeVisible();
    await expect(attendee.getByRole('button', { name: 'Join that meeting' })).toHaveCount(0);
    await facilitator.context().close();
    await attendee.context().close();
  } finally {
    server.stop();
  }
});

test('a page opened mid-meeting shows no phase until the room is read, never phase 1 first', async ({
  browser,
  playwright,
}) => {
  const server = await startTestServer();
  try {
    const path = await prepare(playwright, server);
    const incidentId = path.split('/')[3] as string;
    const admin = await signInApi(playwright, server);
    const { reviews } = (await admin.get(`/api/incidents/${incidentId}`)) as {
      reviews: Array<{ id: string }>;
    };
    const meeting = `/api/incidents/${incidentId}/reviews/${reviews[0]?.id}/meeting`;
    await admin.post(meeting, { op: 'start' });
    await admin.post(meeting, { op: 'next', fromPhase: 0 });
    await admin.dispose();

    const context = await browser.newContext();
    const page = await context.newPage();
    await signInPage(page, server, people.attendee);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/meeting', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}${path}`);
    await expect(meetingOf(page).getByText('Reading where the meeting stands…')).toBeVisible();
    await expect(meetingOf(page).getByRole('heading', { name: /^Phase \d/ })).toHaveCount(0);
    release();
    await expect(phase(page, 2)).toBeVisible();
    await expect(meetingOf(page).getByText('Reading where the meeting stands…')).toHaveCount(0);
    await context.close();
  } finally {
    server.stop();
  }
});

test('on the projector a question on screen sits beside the timeline: both stay in view at 1920×1080', async ({
  browser,
  playwright,
}) => {
  const server = await startTestServer();
  try {
    const path = await prepare(playwright, server);
    const incidentId = path.split('/')[3] as string;
    const admin = await signInApi(playwright, server);
    for (let minute = 0; minute < 12; minute++) {
      await admin.post(`/api/incidents/${incidentId}/events`, {
        at: `2026-03-04T09:${String(10 + minute).padStart(2, '0')}:00Z`,
        kind: 'alert-fired',
        severity: 'critical',
        summary: `LedgerWriteLatencyHigh fired on ledger-writer-${minute} (p99 above 2 s for 5 minutes)`,
        source: 'manual',
      });
    }
    const { reviews } = (await admin.get(`/api/incidents/${incidentId}`)) as {
      reviews: Array<{ id: string }>;
    };
    const meeting = `/api/incidents/${incidentId}/reviews/${reviews[0]?.id}/meeting`;
    await admin.post(meeting, { op: 'start' });
    await admin.post(meeting, { op: 'next', fromPhase: 0 });
    await admin.dispose();

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const projector = await context.newPage();
    await signInPage(projector, server, people.facilitator);
    await projector.goto(`${server.url}${path}/present`);
    await expect(projector.getByRole('heading', { level: 1 })).toHaveText(/Timeline walk-through$/);
    const events = projector.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
    await expect(events).toHaveCount(12);
    await projector.keyboard.press('q');
    await expect(projector.locator('.presenter-question')).toHaveText(/\?$/);
    for (const shown of [projector.locator('.presenter-question'), events.last()]) {
      const box = await shown.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(1080);
    }
    // Every objection, beside the timeline and in a phase without one: its question to ask instead and the last
    // system check stay on screen.
    const answer = projector.locator('.presenter-objection');
    for (const phaseKey of ['', 'n']) {
      if (phaseKey) await projector.keyboard.press(phaseKey);
      const seen = new Set<string>();
      let previous = '';
      for (let shown = 0; shown < 40; shown++) {
        await projector.keyboard.press('o');
        await expect(answer.locator('.said')).not.toHaveText(previous);
        const said = (await answer.locator('.said').textContent()) ?? '';
        previous = said;
        if (seen.has(said)) break;
        seen.add(said);
        for (const part of [
          answer.getByText("Let's ask instead:"),
          answer.locator('.presenter-checks li').last(),
        ]) {
          const box = await part.boundingBox();
          expect(box && box.y + box.height, `${said} (phase key "${phaseKey}")`).toBeLessThanOrEqual(1080);
        }
      }
      expect(seen.size).toBeGreaterThan(10);
    }
    await context.close();
  } finally {
    server.stop();
  }
});
