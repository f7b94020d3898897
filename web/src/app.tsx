import { Suspense, useEffect } from 'react';
import { hasRole } from '../../src/domain/index.js';
import { api, setCsrfToken } from './api/client.js';
import { LoadBoundary } from './components/load-boundary.js';
import { IncidentPage } from './incident/incident-page.js';
import { lazyPage } from './lib/lazy-page.js';
import { routeHref } from './lib/route.js';
import { navigate, useRoute } from './lib/use-route.js';
import { IncidentListPage } from './pages/incident-list-page.js';
import { LoginPage } from './pages/login-page.js';
import { NewIncidentPage } from './pages/new-incident-page.js';
import { SetupPage } from './pages/setup-page.js';
import { canEdit, useSession } from './session.js';

const ActionsPage = lazyPage(() => import('./actions/actions-page.js').then((m) => m.ActionsPage));
const InsightsPage = lazyPage(() => import('./insights/insights-page.js').then((m) => m.InsightsPage));
const SearchPage = lazyPage(() => import('./search/search-page.js').then((m) => m.SearchPage));
const UsersPage = lazyPage(() => import('./pages/users-page.js').then((m) => m.UsersPage));

/** The app: who is signed in decides between setup, login and the pages; the hash decides the page. */
export function App() {
  const route = useRoute();
  const { session, signedIn, refresh } = useSession();

  useEffect(() => {
    // Leave the login or setup page once signed in, and the setup path once it has served its purpose.
    if (session.status === 'signed-in' && (route.page === 'login' || route.page === 'setup')) {
      navigate(routeHref({ page: 'list', query: new URLSearchParams() }));
    }
  }, [session.status, route.page]);

  if (session.status === 'loading') return <p className="loading">Loading…</p>;
  if (session.status === 'unavailable') {
    return (
      <main className="narrow">
        <h1>debrief is not available</h1>
        <p role="alert">{session.message}</p>
        <button type="button" onClick={refresh}>
          Try again
        </button>
      </main>
    );
  }
  if (session.status === 'needs-setup' || (session.status !== 'signed-in' && route.page === 'setup')) {
    return <SetupPage token={route.page === 'setup' ? route.token : ''} onSignedIn={signedIn} />;
  }
  if (session.status !== 'signed-in') return <LoginPage onSignedIn={signedIn} />;

  const { user } = session;
  const editable = canEdit(user);
  async function logout() {
    try {
      await api('POST', '/api/logout');
    } finally {
      setCsrfToken(undefined);
      refresh();
    }
  }

  return (
    <>
      {/* A button, not a link: a #content href would be read as a route. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('content')?.focus()}>
        Skip to content
      </button>
      <header className="top">
        <a className="brand" href="#/">
          debrief
        </a>
        <nav aria-label="Main">
          <a href="#/">Incidents</a>
          <a href="#/actions">Actions</a>
          <a href="#/insights">Insights</a>
          <a href="#/search">Search</a>
          {editable && <a href="#/new">New incident</a>}
          <a href="#/users">{hasRole(user.role, 'admin') ? 'People' : 'API token'}</a>
        </nav>
        <span className="user">
          {user.name} <span className="badge">{user.role}</span>
        </span>
        <button type="button" className="secondary" onClick={logout}>
          Sign out
        </button>
      </header>
      <div id="content" tabIndex={-1}>
        <LoadBoundary page>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            {route.page === 'list' && <IncidentListPage query={route.query} editable={editable} />}
            {route.page === 'new' &&
              (editable ? <NewIncidentPage /> : <p role="alert">Viewers cannot create incidents.</p>)}
            {route.page === 'incident' && (
              <IncidentPage id={route.id} tab={route.tab} editable={editable} me={user.username} />
            )}
            {route.page === 'present' && (
              <IncidentPage
                id={route.id}
                tab="review"
                editable={editable}
                me={user.username}
                presenter={{ reviewId: route.reviewId }}
              />
            )}
            {route.page === 'actions' && <ActionsPage query={route.query} />}
            {route.page === 'search' && <SearchPage query={route.query} />}
            {route.page === 'insights' && <InsightsPage />}
            {route.page === 'users' && <UsersPage isAdmin={hasRole(user.role, 'admin')} />}
            {route.page === 'not-found' && (
              <main>
                <h1>Page not found</h1>
                <p>
                  Nothing lives at <code>{route.path}</code>. <a href="#/">Back to the incidents</a>.
                </p>
              </main>
            )}
          </Suspense>
        </LoadBoundary>
      </div>
    </>
  );
}
