import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { SimilarIncidents } from '../api/types.js';
import { incidentHref } from '../lib/route.js';
import { Snippet } from '../search/snippet.js';
import { useIncident } from './incident-context.js';

/**
 * Other incidents that read like this one, asked again whenever its title, services, BLUF or summary change, so
 * the author sees "this happened before" while writing. Quiet when there are none or the question fails.
 */
export function SimilarIncidentsSection() {
  const { bundle } = useIncident();
  const { id, title, services, bluf, summary } = bundle.incident;
  const key = JSON.stringify([id, title, services, bluf, summary]);
  const [similar, setSimilar] = useState<SimilarIncidents['incidents']>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` holds every field the question is made of
  useEffect(() => {
    let live = true;
    api<SimilarIncidents>('GET', `/api/incidents/${encodeURIComponent(id)}/similar`)
      .then((body) => live && setSimilar(body.incidents))
      .catch(() => live && setSimilar([]));
    return () => {
      live = false;
    };
  }, [key]);
  if (similar.length === 0) return null;
  return (
    <section className="card" aria-labelledby="similar-heading">
      <h2 id="similar-heading">Similar incidents</h2>
      <ul className="records">
        {similar.map((entry) => (
          <li key={entry.incidentId}>
            <a href={incidentHref(entry.incidentId)}>{entry.title}</a>{' '}
            <span className="muted">
              {entry.incidentId} · {entry.severity} · {entry.status}
            </span>
            <br />
            <Snippet parts={entry.snippet} />
          </li>
        ))}
      </ul>
    </section>
  );
}
