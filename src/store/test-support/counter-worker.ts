// A child process for the concurrency tests: adds 1 to an incident's usersAffected `times` times, each a
// read-modify-write that retries on a version conflict. Prints `done <retries>` when finished.
import { isDebriefError } from '../../domain/index.js';
import { openWorkerStore } from './worker-store.js';

const [url, incidentId, timesText, actor] = process.argv.slice(2);
if (!url || !incidentId || !timesText) {
  process.stderr.write('usage: counter-worker URL INCIDENT_ID TIMES [ACTOR]\n');
  process.exit(2);
}

const store = await openWorkerStore(url);
let retries = 0;
for (let done = 0; done < Number(timesText); ) {
  const incident = await store.incidents.get(incidentId);
  const users = (incident.impact.usersAffected ?? 0) + 1;
  try {
    await store.incidents.update(
      incidentId,
      incident.version,
      { impact: { ...incident.impact, usersAffected: users } },
      { actor: actor ?? 'counter' },
    );
    done++;
  } catch (error) {
    if (!isDebriefError(error) || error.code !== 'conflict') throw error;
    retries++;
  }
}
await store.close();
process.stdout.write(`done ${retries}\n`);
