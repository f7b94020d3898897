import { type FormEvent, type ReactNode, useState } from 'react';
import { passwordLimits } from '../../../src/domain/index.js';
import { describeError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { SessionUser, SignedIn as SignInAnswer } from '../api/types.js';
import { FormError } from './form-error.js';

/** Where a signed-in account goes: the user and the CSRF token the server issued. */
export type SignedIn = (user: SessionUser, csrfToken: string) => void;

/**
 * The username-and-password form shared by sign-in and first-run setup. It posts to `path` and signs the user in;
 * `newAccount` adds the full-name field and asks for a new password; `children` are fields shown first, whose
 * values go in `extra`.
 */
export function AccountForm({
  path,
  submitLabel,
  onSignedIn,
  newAccount = false,
  extra,
  children,
}: {
  path: '/api/login' | '/api/setup';
  submitLabel: string;
  onSignedIn: SignedIn;
  newAccount?: boolean;
  extra?: Record<string, string>;
  children?: ReactNode;
}) {
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { ...extra, username, ...(newAccount ? { name } : {}), password };
      const result = await api<SignInAnswer>('POST', path, body);
      onSignedIn(result.user, result.csrfToken);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="stack">
      {children}
      <label>
        Username
        <input
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          required
        />
      </label>
      {newAccount && (
        <label>
          Full name
          <input value={name} onChange={(e) => setName(e.target.value)} required autoComplete="name" />
        </label>
      )}
      <label>
        Password
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete={newAccount ? 'new-password' : 'current-password'}
          required
          {...(newAccount ? { minLength: passwordLimits.min } : {})}
        />
      </label>
      <FormError message={error} />
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
