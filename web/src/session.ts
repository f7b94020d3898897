import { useCallback, useEffect, useState } from 'react';
import { hasRole } from '../../src/domain/index.js';
import { ApiError } from './api/api-error.js';
import { api, onUnauthorized, setCsrfToken } from './api/client.js';
import type { Me, SessionUser, SetupStatus } from './api/types.js';

export type Session =
  | { status: 'loading' }
  | { status: 'needs-setup' }
  | { status: 'anonymous' }
  | { status: 'unavailable'; message: string }
  | { status: 'signed-in'; user: SessionUser };

/** Asks the server who is signed in, and whether the first admin still has to be created. */
async function loadSession(): Promise<Session> {
  try {
    const me = await api<Me>('GET', '/api/me');
    // Null when the browser sent an API token rather than the session cookie: then writes need none.
    setCsrfToken(me.csrfToken ?? undefined);
    return { status: 'signed-in', user: me.user };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) {
      return { status: 'unavailable', message: error instanceof Error ? error.message : String(error) };
    }
  }
  try {
    const setup = await api<SetupStatus>('GET', '/api/setup/status');
    return setup.needsSetup ? { status: 'needs-setup' } : { status: 'anonymous' };
  } catch {
    return { status: 'anonymous' };
  }
}

/** The session and a way to change it after login, setup or logout. */
export function useSession(): {
  session: Session;
  signedIn: (user: SessionUser, csrfToken: string) => void;
  refresh: () => void;
} {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const refresh = useCallback(() => {
    loadSession().then(setSession);
  }, []);
  useEffect(() => {
    refresh();
    return onUnauthorized(() => {
      setCsrfToken(undefined);
      setSession({ status: 'anonymous' });
    });
  }, [refresh]);
  const signedIn = useCallback((user: SessionUser, csrfToken: string) => {
    setCsrfToken(csrfToken);
    setSession({ status: 'signed-in', user });
  }, []);
  return { session, signedIn, refresh };
}

/** Whether a user may change incidents (viewers only read). */
export function canEdit(user: SessionUser): boolean {
  return hasRole(user.role, 'editor');
}
