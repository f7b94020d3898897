import { type FormEvent, useEffect, useState } from 'react';
import { describeError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { SearchHit, SearchResults } from '../api/types.js';
import { FormError } from '../components/form-error.js';
import { type IncidentTab, incidentHref, routeHref } from '../lib/route.js';
import { navigate } from '../lib/use-route.js';
import { searchedText, searchPath } from './search-path.js';
import { Snippet } from './snippet.js';

const tabOf: Record<SearchHit['kind'], IncidentTab> = {
  incident: 'overview',
  event: 'timeline',
  factor: 'overview',
  action: 'actions',
  review: 'review',
};

const kindLabel: Record<SearchHit['kind'], string> = {
  incident: 'Write-up',
  event: 'Timeline event',
  factor: 'Contributing factor',
  action: 'Action',
  review: 'Review notes',
};

/** Hits grouped under their incident, incidents in the order of their best hit. */
function byIncident(hits: readonly SearchHit[]): SearchHit[][] {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) groups.set(hit.incidentId, [...(groups.get(hit.incidentId) ?? []), hit]);
  return [...groups.values()];
}

function countLine(hits: readonly SearchHit[], incidents: number, asked: string): string {
  // A long paste is quoted by its beginning: the line says what was looked for, not the whole paste again.
  const quoted = asked.length > 80 ? `${[...asked].slice(0, 80).join('').trimEnd()}…` : asked;
  if (hits.length === 0) return `Nothing found for “${quoted}”.`;
  const matches = hits.length === 1 ? 'One match' : `${hits.length} matches`;
  return `${matches} in ${incidents === 1 ? 'one incident' : `${incidents} incidents`}.`;
}

/** Full-text search over every incident the user may see: write-ups, timelines, factors, actions, review notes. */
export function SearchPage({ query }: { query: URLSearchParams }) {
  const asked = query.get('q') ?? '';
  const [text, setText] = useState(asked);
  const [hits, setHits] = useState<SearchHit[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    setText(asked);
    if (asked.trim() === '') {
      setHits(undefined);
      return;
    }
    let live = true;
    setError(undefined);
    api<SearchResults>('GET', searchPath(asked))
      .then((body) => live && setHits(body.hits))
      .catch((caught) => live && setError(describeError(caught)));
    return () => {
      live = false;
    };
  }, [asked]);

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(routeHref({ page: 'search', query: new URLSearchParams({ q: text }) }));
  }

  const groups = hits ? byIncident(hits) : [];
  return (
    <main>
      <h1>Search</h1>
      <form className="filters" aria-label="Search incidents" onSubmit={submit}>
        <label>
          Words to find
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit">Search</button>
      </form>
      <p className="muted">
        Finds every word, also as the start of a longer one; put words in "quotes" to find them together.
      </p>
      {searchedText(asked).length < asked.length && (
        <p className="muted">
          Only the first {searchedText(asked).length.toLocaleString('en')} characters are searched.
        </p>
      )}
      <FormError message={error} />
      <p aria-live="polite">{hits ? countLine(hits, groups.length, asked) : ''}</p>
      {groups.map((group) => {
        const first = group[0] as SearchHit;
        return (
          <section key={first.incidentId} className="search-group" aria-label={first.incidentTitle}>
            <h2>
              <a href={incidentHref(first.incidentId)}>{first.incidentTitle}</a>{' '}
              <span className="muted">
                {first.incidentId} · {first.severity} · {first.status}
              </span>
            </h2>
            <ul className="records">
              {group.map((hit) => (
                <li key={`${hit.kind}-${hit.recordId}`}>
                  <a href={incidentHref(hit.incidentId, tabOf[hit.kind])}>{kindLabel[hit.kind]}</a>:{' '}
                  <Snippet parts={hit.snippet} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
