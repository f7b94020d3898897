import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, describeError, isConflict } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { IncidentView } from '../api/types.js';
import { FormError, StatusLine } from '../components/form-error.js';
import { LoadBoundary } from '../components/load-boundary.js';
import { lazyPage } from '../lib/lazy-page.js';
import { type IncidentTab, incidentHref, incidentTabs } from '../lib/route.js';
import { IncidentContext, type IncidentContextValue } from './incident-context.js';
import { OverviewTab } from './overview-tab.js';
import { useLiveUpdates } from './use-live-updates.js';

const TimelineTab = lazyPage(() => import('../timeline/timeline-tab.js').then((m) => m.TimelineTab));
const ActionsTab = lazyPage(() => import('../actions/actions-tab.js').then((m) => m.ActionsTab));
const ReviewTab = lazyPage(() => import('../review/review-tab.js').then((m) => m.ReviewTab));
const ReportTab = lazyPage(() => import('../report/report-tab.js').then((m) => m.ReportTab));
const PresenterView = lazyPage(() => import('../review/presenter-view.js').then((m) => m.PresenterView));

const tabLabels: Record<IncidentTab, string> = {
  overview: 'Overview',
  timeline: 'Timeline',
  actions: 'Actions',
  review: 'Review',
  report: 'Report',
};

/**
 * One incident: its tabs, with every section editable by editors and admins. Changes others make show up live;
 * `me` (the signed-in username) tells them apart from one's own.
 */
export function IncidentPage({
  id,
  tab,
  editable,
  me,
  presenter,
}: {
  id: string;
  tab: IncidentTab;
  editable: boolean;
  me: string;
  /** Show the review meeting's presenter view instead of the tabs. */
  presenter?: { reviewId: string | undefined } | undefined;
}) {
  const [bundle, setBundle] = useState<IncidentView>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const latest = useRef(0);

  const reload = useCallback(async () => {
    // Live reloads and saves overlap; only the newest request's answer is shown.
    const request = ++latest.current;
    try {
      const loaded = await api<IncidentView>('GET', `/api/incidents/${encodeURIComponent(id)}`);
      if (request !== latest.current) return;
      setBundle(loaded);
      setError(undefined);
    } catch (caught) {
      if (request !== latest.current) return;
      // Deleted, or restricted since: stop showing it (and listening for its changes), as when first not found.
      if (caught instanceof ApiError && caught.status === 404) setBundle(undefined);
      setError(describeError(caught));
    }
  }, [id]);
  // One status line for the page: "Saved." and "Updated by … just now" take turns in it, the newest shown.
  // Taken off a restricted incident while on its page (or in its meeting): the page stops showing it at once.
  const gone = useCallback(() => {
    latest.current++;
    setBundle(undefined);
    setError('You no longer have access to this incident: it was restricted, or you were taken off it.');
  }, []);
  // Only an incident the page shows is listened to: a non-member's socket would only be refused, again and again.
  useLiveUpdates(bundle ? id : undefined, me, reload, setStatus, gone);

  useEffect(() => {
    setBundle(undefined);
    reload();
  }, [reload]);

  const save = useCallback(
    async <T,>(write: () => Promise<T>, done: string | ((result: T) => string) = 'Saved.') => {
      setStatus(undefined);
      setError(undefined);
      try {
        const result = await write();
        await reload();
        setStatus(typeof done === 'function' ? done(result) : done);
        return true;
      } catch (caught) {
        if (isConflict(caught)) {
          await reload();
          setError(describeError(caught));
        } else {
          setError(describeError(caught));
        }
        return false;
      }
    },
    [reload],
  );

  const context = useMemo<IncidentContextValue | undefined>(
    () => (bundle ? { bundle, editable, save, reload } : undefined),
    [bundle, editable, save, reload],
  );

  if (!context) {
    return (
      // A heading whatever happens: a page that loads nothing still says what it is (trial Z-7).
      <main>
        <h1>{error ? 'Incident not shown' : 'Loading incident…'}</h1>
        <FormError message={error} />
      </main>
    );
  }
  const { incident } = context.bundle;
  if (presenter) {
    return (
      <IncidentContext.Provider value={context}>
        <main className="presenter-page" aria-label={`Presenter view: ${incident.title}`}>
          <LoadBoundary>
            <Suspense fallback={<p>Loading…</p>}>
              <PresenterView reviewId={presenter.reviewId} />
            </Suspense>
          </LoadBoundary>
        </main>
      </IncidentContext.Provider>
    );
  }
  return (
    <IncidentContext.Provider value={context}>
      <main>
        <div className="page-head">
          <h1>{incident.title}</h1>
          <span className={`badge sev-${incident.severity.toLowerCase()}`}>{incident.severity}</span>
          <span className="badge">{incident.status}</span>
          {incident.restricted && <span className="badge">restricted</span>}
        </div>
        <nav className="tabs" aria-label="Incident sections">
          {incidentTabs.map((name) => (
            <a key={name} href={incidentHref(id, name)} aria-current={name === tab ? 'page' : undefined}>
              {tabLabels[name]}
            </a>
          ))}
        </nav>
        {/* An error stays in view while scrolled: a save refused or failed far down the page says so where the eye is. */}
        <div className={error ? 'page-notices showing' : 'page-notices'}>
          <FormError message={error} />
          {error && (
            <button type="button" className="secondary" onClick={() => setError(undefined)}>
              Dismiss
            </button>
          )}
          <StatusLine message={status} />
        </div>
        <LoadBoundary key={tab}>
          <Suspense fallback={<p>Loading…</p>}>
            {tab === 'overview' && <OverviewTab />}
            {tab === 'timeline' && <TimelineTab />}
            {tab === 'actions' && <ActionsTab />}
            {tab === 'review' && <ReviewTab />}
            {tab === 'report' && <ReportTab />}
          </Suspense>
        </LoadBoundary>
      </main>
    </IncidentContext.Provider>
  );
}
