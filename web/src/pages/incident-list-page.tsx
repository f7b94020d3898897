import { type FormEvent, useEffect, useState } from 'react';
import { type IncidentListItem, incidentStatuses, severities } from '../../../src/domain/index.js';
import { describeError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { IncidentPage } from '../api/types.js';
import { FormError } from '../components/form-error.js';
import { filtersFrom, filtersQuery, incidentsPath, type ListFilters, pageSize } from '../lib/list-query.js';
import { incidentHref, routeHref } from '../lib/route.js';
import { navigate } from '../lib/use-route.js';
import { listRowFacts } from './list-row-facts.js';

/** A row of the list: the web asks for summaries, which carry the list's facts. */
function listItem(incident: IncidentPage['incidents'][number]): IncidentListItem | undefined {
  return 'openActions' in incident ? incident : undefined;
}

/**
 * The incidents the user may see, open ones by default (closed ones are the archive), filtered by status, severity
 * and service and searched by words; each row says when it began, its owner, the next review and open actions.
 */
export function IncidentListPage({ query, editable }: { query: URLSearchParams; editable: boolean }) {
  const filters = filtersFrom(query);
  const [draft, setDraft] = useState<ListFilters>(filters);
  const [result, setResult] = useState<IncidentPage>();
  const [error, setError] = useState<string>();
  const path = incidentsPath(filters);

  useEffect(() => {
    let live = true;
    setError(undefined);
    api<IncidentPage>('GET', path)
      .then((body) => live && setResult(body))
      .catch((caught) => live && setError(describeError(caught)));
    return () => {
      live = false;
    };
  }, [path]);

  useEffect(() => setDraft(filtersFrom(query)), [query]);

  function apply(next: ListFilters) {
    navigate(routeHref({ page: 'list', query: filtersQuery(next) }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    apply({ ...draft, offset: 0 });
  }

  const total = result?.total ?? 0;
  return (
    <main>
      <div className="page-head">
        <h1>Incidents</h1>
        {editable && (
          <a className="button" href="#/new">
            New incident
          </a>
        )}
      </div>
      <search>
        <form className="filters" onSubmit={submit} aria-label="Filter incidents">
          <label>
            Search
            <input
              type="search"
              value={draft.q}
              onChange={(e) => setDraft({ ...draft, q: e.target.value })}
              placeholder="words in title, summary, BLUF"
            />
          </label>
          <label>
            Status
            <select
              value={draft.status}
              onChange={(e) => apply({ ...draft, status: e.target.value, offset: 0 })}
            >
              <option value="">open (not closed)</option>
              <option value="any">any</option>
              {incidentStatuses.map((status) => (
                <option key={status} value={status}>
                  {status === 'closed' ? 'closed (archive)' : status}
                </option>
              ))}
            </select>
          </label>
          <label>
            Severity
            <select
              value={draft.severity}
              onChange={(e) => apply({ ...draft, severity: e.target.value, offset: 0 })}
            >
              <option value="">any</option>
              {severities.map((severity) => (
                <option key={severity}>{severity}</option>
              ))}
            </select>
          </label>
          <label>
            Service
            <input value={draft.service} onChange={(e) => setDraft({ ...draft, service: e.target.value })} />
          </label>
          <button type="submit">Apply</button>
        </form>
      </search>
      <FormError message={error} />
      {result && (
        <>
          <p className="muted">
            {countText(total, filters.status === '')}
            {filters.status === '' && (
              <>
                {' '}
                <a
                  href={routeHref({
                    page: 'list',
                    query: filtersQuery({ ...filters, status: 'closed', offset: 0 }),
                  })}
                >
                  Closed incidents (archive)
                </a>
              </>
            )}
          </p>
          <ul className="incident-list">
            {result.incidents.map((incident) => (
              <li key={incident.id}>
                <a href={incidentHref(incident.id)}>{incident.title}</a>
                <span className={`badge sev-${incident.severity.toLowerCase()}`}>{incident.severity}</span>
                <span className="badge">{incident.status}</span>
                {incident.restricted && <span className="badge">restricted</span>}
                <span className="muted">{incident.services.join(', ')}</span>
                <RowFacts incident={incident} />
              </li>
            ))}
          </ul>
          <nav className="pager" aria-label="Pages">
            <button
              type="button"
              disabled={filters.offset === 0}
              onClick={() => apply({ ...filters, offset: Math.max(0, filters.offset - pageSize) })}
            >
              Previous page
            </button>
            <button
              type="button"
              disabled={filters.offset + pageSize >= total}
              onClick={() => apply({ ...filters, offset: filters.offset + pageSize })}
            >
              Next page
            </button>
          </nav>
        </>
      )}
    </main>
  );
}

/** `3 open incidents.`, or that none match. */
function countText(total: number, onlyOpen: boolean): string {
  const open = onlyOpen ? 'open ' : '';
  return total === 0 ? `No ${open}incidents match.` : `${total} ${open}incident${total === 1 ? '' : 's'}.`;
}

function RowFacts({ incident }: { incident: IncidentPage['incidents'][number] }) {
  const item = listItem(incident);
  if (!item) return null;
  return (
    <p className="row-facts">
      {listRowFacts(item, new Date()).map((fact, index) => (
        <span key={fact}>
          {index > 0 && <span aria-hidden="true"> · </span>}
          {fact}
        </span>
      ))}
    </p>
  );
}
