// A child process for the crash test: writes batches of timeline events to a SQLite incident as fast as it
// can and prints `ack <n>` after each batch commits, until it is killed.
import { openStore } from '../open.js';

const [url, incidentId] = process.argv.slice(2);
if (!url || !incidentId) {
  process.stderr.write('usage: crash-writer URL INCIDENT_ID\n');
  process.exit(2);
}

const store = await openStore(url);
const filler = 'x'.repeat(2_000);
for (let batch = 1; ; batch++) {
  const events = Array.from({ length: 20 }, (_, i) => ({
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, batch % 60)).toISOString(),
    summary: `batch ${batch} event ${i} ${filler}`,
    fingerprint: `batch-${batch}-${i}`,
  }));
  await store.timeline.addMany(incidentId, events, { actor: 'crash-writer' });
  // Written only after the commit returned: everything acknowledged here must survive the kill.
  process.stdout.write(`ack ${batch}\n`);
}
