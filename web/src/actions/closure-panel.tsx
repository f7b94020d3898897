import { useEffect, useState } from 'react';
import { targetHeadline } from '../../../src/domain/index.js';
import { describeError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { ClosureStats } from '../api/types.js';
import { FormError } from '../components/form-error.js';
import { incidentHref } from '../lib/route.js';

type CloseTime = ClosureStats['timeToClose']['all'];
type Target = ClosureStats['targets'][number];

function days(value: number | null): string {
  return value === null ? '–' : String(value);
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

function CloseTimeTable({ stats }: { stats: ClosureStats }) {
  const { all, byPriority, byType } = stats.timeToClose;
  const rows: Array<[string, CloseTime]> = [
    ['All', all],
    ...Object.entries(byPriority).map(([key, time]): [string, CloseTime] => [`${key} priority`, time]),
    ...Object.entries(byType).map(([key, time]): [string, CloseTime] => [key, time]),
  ];
  return (
    <table className="figures">
      <caption>Days to close done actions, from the day each was written down</caption>
      <thead>
        <tr>
          <th scope="col">Actions</th>
          <th scope="col">Done</th>
          <th scope="col">Median days</th>
          <th scope="col">90th percentile</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, time]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{time.closed}</td>
            <td>{days(time.medianDays)}</td>
            <td>{days(time.p90Days)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TargetItem({ target }: { target: Target }) {
  const head = targetHeadline(target);
  if (target.missed.length === 0) return <li>{head}.</li>;
  return (
    <li className="target-missed">
      {head}; missed:
      <ul>
        {target.missed.map((missed) => (
          <li key={missed.actionId}>
            <a href={incidentHref(missed.incidentId, 'actions')}>{missed.title}</a> ({missed.incidentId},{' '}
            {missed.owner || 'no owner'}):{' '}
            {missed.open
              ? `open for ${plural(missed.days, 'day')}`
              : `done after ${plural(missed.days, 'day')}`}
          </li>
        ))}
      </ul>
    </li>
  );
}

function IncidentTable({ stats }: { stats: ClosureStats }) {
  return (
    <table className="figures">
      <caption>Actions by incident</caption>
      <thead>
        <tr>
          <th scope="col">Incident</th>
          <th scope="col">Severity</th>
          <th scope="col">Done on time</th>
          <th scope="col">Done late</th>
          <th scope="col">Done, no due date</th>
          <th scope="col">Open</th>
          <th scope="col">Overdue</th>
          <th scope="col">Dropped</th>
        </tr>
      </thead>
      <tbody>
        {stats.incidents.map(({ incidentId, title, severity, counts }) => (
          <tr key={incidentId}>
            <th scope="row">
              <a href={incidentHref(incidentId, 'actions')}>{title}</a>
            </th>
            <td>{severity}</td>
            <td>{counts.doneOnTime}</td>
            <td>{counts.doneLate}</td>
            <td>{counts.doneUndated}</td>
            <td>{counts.open}</td>
            <td>{counts.overdue}</td>
            <td>{counts.dropped}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How well the actions shown get closed: outcomes, days to close, closure targets missed, per incident. */
export function ClosurePanel({ owner }: { owner: string }) {
  const [stats, setStats] = useState<ClosureStats>();
  const [error, setError] = useState<string>();
  const path = `/api/actions/stats${owner ? `?owner=${encodeURIComponent(owner)}` : ''}`;
  useEffect(() => {
    let live = true;
    api<ClosureStats>('GET', path)
      .then((body) => live && setStats(body))
      .catch((caught) => live && setError(describeError(caught)));
    return () => {
      live = false;
    };
  }, [path]);

  if (error) return <FormError message={error} />;
  if (!stats) return null;
  const { overall } = stats;
  return (
    <section className="closure" aria-labelledby="closure-heading">
      <h2 id="closure-heading">Closure</h2>
      {overall.total === 0 ? (
        <p className="muted">No action items to measure yet.</p>
      ) : (
        <>
          <dl className="facts metrics">
            <div>
              <dt>Done on time</dt>
              <dd>{overall.doneOnTime}</dd>
            </div>
            <div>
              <dt>Done late</dt>
              <dd>{overall.doneLate}</dd>
            </div>
            <div>
              <dt>Done, no due date</dt>
              <dd>{overall.doneUndated}</dd>
            </div>
            <div>
              <dt>Open</dt>
              <dd>
                {overall.open}
                {overall.overdue > 0 && ` (${overall.overdue} overdue)`}
              </dd>
            </div>
            <div>
              <dt>Dropped</dt>
              <dd>{overall.dropped}</dd>
            </div>
          </dl>
          <h3>Closure targets</h3>
          {stats.targets.length === 0 ? (
            <p className="muted">No target is set for these incidents’ severities.</p>
          ) : (
            <ul className="targets">
              {stats.targets.map((target) => (
                <TargetItem key={target.severity} target={target} />
              ))}
            </ul>
          )}
          <details>
            <summary>Days to close and actions by incident</summary>
            <CloseTimeTable stats={stats} />
            <IncidentTable stats={stats} />
          </details>
        </>
      )}
    </section>
  );
}
