import { type FormEvent, useEffect, useState } from 'react';
import { describeError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { ActionList, StoredAction } from '../api/types.js';
import { FormError } from '../components/form-error.js';
import { incidentHref, routeHref } from '../lib/route.js';
import { todayUtc } from '../lib/text.js';
import { navigate } from '../lib/use-route.js';
import { ActionCard } from './action-card.js';
import { boardColumns } from './board.js';
import { ClosurePanel } from './closure-panel.js';

/** Actions across every incident the user may see, filtered by owner and overdue. */
export function ActionsPage({ query }: { query: URLSearchParams }) {
  const [owner, setOwner] = useState(query.get('owner') ?? '');
  const [actions, setActions] = useState<StoredAction[]>();
  const [error, setError] = useState<string>();
  const overdueOnly = query.get('overdue') === 'true';
  const apiQuery = new URLSearchParams();
  if (query.get('owner')) apiQuery.set('owner', query.get('owner') ?? '');
  if (overdueOnly) apiQuery.set('overdue', 'true');
  const path = `/api/actions?${apiQuery.toString()}`;

  useEffect(() => {
    let live = true;
    api<ActionList>('GET', path)
      .then((body) => live && setActions(body.actions))
      .catch((caught) => live && setError(describeError(caught)));
    return () => {
      live = false;
    };
  }, [path]);

  function apply(next: { owner: string; overdue: boolean }) {
    const params = new URLSearchParams();
    if (next.owner.trim() !== '') params.set('owner', next.owner.trim());
    if (next.overdue) params.set('overdue', 'true');
    navigate(routeHref({ page: 'actions', query: params }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    apply({ owner, overdue: overdueOnly });
  }

  return (
    <main>
      <h1>Actions</h1>
      <form className="filters" onSubmit={submit} aria-label="Filter actions">
        <label>
          Owner
          <input value={owner} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={overdueOnly}
            onChange={(e) => apply({ owner, overdue: e.target.checked })}
          />
          Overdue only
        </label>
        <button type="submit">Apply</button>
      </form>
      <FormError message={error} />
      <ClosurePanel owner={query.get('owner') ?? ''} />
      {actions && (
        <div className="board">
          {boardColumns(actions, todayUtc()).map((column) => (
            <section key={column.status} className="board-column" aria-label={`${column.status} actions`}>
              <h2>
                {column.status} <span className="muted">({column.cards.length})</span>
              </h2>
              {column.cards.map(({ action, overdue }) => (
                <ActionCard
                  key={action.id}
                  action={action}
                  overdue={overdue}
                  editable={false}
                  headingLevel={3}
                  incidentLink={incidentHref(action.incidentId, 'actions')}
                />
              ))}
            </section>
          ))}
        </div>
      )}
    </main>
  );
}
