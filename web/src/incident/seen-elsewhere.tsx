import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { Insights } from '../api/types.js';
import { IncidentRefs } from '../insights/incident-refs.js';
import { useIncident } from './incident-context.js';

type Repeats = Insights['repeats'];
type Repeat = Repeats['services'][number];

const labels: Array<[keyof Repeats, string]> = [
  ['signatures', 'Log template'],
  ['alerts', 'Alert'],
  ['services', 'Service'],
];

function Line({ label, repeat }: { label: string; repeat: Repeat }) {
  return (
    <li>
      {label} <code title={repeat.label ? repeat.name : undefined}>{repeat.label ?? repeat.name}</code> was
      also seen in <IncidentRefs incidents={repeat.incidents} />.
    </li>
  );
}

/**
 * The log templates, alerts and services this incident shares with other incidents the reader may see, so a
 * returning failure is named as one. Asked when the incident is opened; quiet when there is nothing.
 */
export function SeenElsewhereSection() {
  const { bundle } = useIncident();
  const { id } = bundle.incident;
  const [repeats, setRepeats] = useState<Repeats>();
  // Asked once per incident opened, not on every save: the answer reads every incident's records.
  useEffect(() => {
    let live = true;
    api<Repeats>('GET', `/api/incidents/${encodeURIComponent(id)}/seen-elsewhere`)
      .then((body) => live && setRepeats(body))
      .catch(() => live && setRepeats(undefined));
    return () => {
      live = false;
    };
  }, [id]);
  const lines = labels.flatMap(([key, label]) =>
    (repeats?.[key] ?? []).map((repeat) => ({ key, label, repeat })),
  );
  if (lines.length === 0) return null;
  return (
    <section className="card" aria-labelledby="seen-elsewhere-heading">
      <h2 id="seen-elsewhere-heading">Seen in other incidents</h2>
      <ul className="records">
        {lines.slice(0, 12).map(({ key, label, repeat }) => (
          <Line key={`${key}-${repeat.name}`} label={label} repeat={repeat} />
        ))}
      </ul>
    </section>
  );
}
