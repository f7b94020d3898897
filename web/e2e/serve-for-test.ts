// Starts the real debrief server on a free port with a fresh SQLite database, for the end-to-end tests. It is
// `debrief serve` minus the login rate limit, which the tests (many sign-ins a minute) would otherwise trip.
// Prints one JSON line `{ "url", "setupToken" }` on stdout once it listens; stops on SIGTERM or stdin closing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../src/server/build-server.js';
import { openSqlStore } from '../../src/store/index.js';

// DEBRIEF_E2E_DB names a database to share (a SQLite file to restart on, or PostgreSQL for two instances); it is
// left in place on stop. DEBRIEF_E2E_PORT asks for a port (a restart on the same address). DEBRIEF_E2E_TODAY
// (YYYY-MM-DD) sets the server's clock to noon UTC of that day, for what is judged on a day (overdue, targets).
const shared = process.env.DEBRIEF_E2E_DB;
const dir = mkdtempSync(join(tmpdir(), 'debrief-e2e-'));
const database = await openSqlStore(shared ?? `sqlite:${join(dir, 'e2e.db')}`);
const { store, audit, changes } = database;
await store.migrate();
const accounts = database.accounts();
const setupToken = await accounts.createSetupToken();
const app = await buildServer({
  store,
  audit,
  changes,
  accounts,
  meetingRooms: database.meetingRooms,
  meetingCards: database.meetingCards,
  meetingNotes: database.meetingNotes,
  intakeGroups: database.intakeGroups,
  loginAttemptsPerMinute: 1_000,
  ...(process.env.DEBRIEF_E2E_TODAY
    ? { now: () => new Date(`${process.env.DEBRIEF_E2E_TODAY}T12:00:00Z`) }
    : {}),
});
const url = await app.listen({ host: '127.0.0.1', port: Number(process.env.DEBRIEF_E2E_PORT ?? 0) });
process.stdout.write(`${JSON.stringify({ url, setupToken })}\n`);

async function stop() {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
