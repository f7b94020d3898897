import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { passwordLimits } from '../../../src/domain/index.js';
import { describeError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { Role, User } from '../api/types.js';
import { FormError, StatusLine } from '../components/form-error.js';

const roles: readonly Role[] = ['viewer', 'editor', 'admin'];

/** The team's accounts (admins add people) and the signed-in user's personal API token for the CLI. */
export function UsersPage({ isAdmin }: { isAdmin: boolean }) {
  const [users, setUsers] = useState<User[]>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [form, setForm] = useState({ username: '', name: '', password: '', role: 'editor' as Role });
  const [tokenName, setTokenName] = useState('cli');
  const [token, setToken] = useState<string>();

  const load = useCallback(async () => {
    if (!isAdmin) return;
    try {
      setUsers((await api<{ users: User[] }>('GET', '/api/users')).users);
    } catch (caught) {
      setError(describeError(caught));
    }
  }, [isAdmin]);

  useEffect(() => {
    load();
  }, [load]);

  async function addUser(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const created = await api<User>('POST', '/api/users', form);
      setStatus(`Added ${created.username} as ${created.role}.`);
      setForm({ username: '', name: '', password: '', role: form.role });
      await load();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  async function createToken(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      setToken((await api<{ token: string }>('POST', '/api/tokens', { name: tokenName })).token);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <main>
      <h1>People and tokens</h1>
      <FormError message={error} />
      <StatusLine message={status} />
      {isAdmin && (
        <section className="card" aria-labelledby="users-title">
          <h2 id="users-title">Accounts</h2>
          <ul className="records">
            {(users ?? []).map((user) => (
              <li key={user.id}>
                {user.name} <span className="muted">({user.username})</span>{' '}
                <span className="badge">{user.role}</span>
              </li>
            ))}
          </ul>
          <form className="stack" onSubmit={addUser} aria-label="Add an account">
            <div className="row">
              <label>
                Username
                <input
                  value={form.username}
                  onChange={(e) => setForm({ ...form, username: e.target.value })}
                  required
                  autoComplete="off"
                />
              </label>
              <label>
                Full name
                <input
                  value={form.name}
                  onChange={(e) => setForm({ ...form, name: e.target.value })}
                  required
                />
              </label>
              <label>
                Initial password
                <input
                  type="password"
                  value={form.password}
                  onChange={(e) => setForm({ ...form, password: e.target.value })}
                  required
                  minLength={passwordLimits.min}
                  autoComplete="new-password"
                />
              </label>
              <label>
                Role
                <select
                  value={form.role}
                  onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
                >
                  {roles.map((role) => (
                    <option key={role}>{role}</option>
                  ))}
                </select>
              </label>
            </div>
            <div className="row">
              <button type="submit">Add account</button>
            </div>
          </form>
        </section>
      )}
      <section className="card" aria-labelledby="token-title">
        <h2 id="token-title">Personal API token</h2>
        <p className="muted">
          For the CLI and integrations: <code>debrief --server URL</code> with the token. It is shown only
          once.
        </p>
        <form className="row" onSubmit={createToken}>
          <label>
            Token name
            <input value={tokenName} onChange={(e) => setTokenName(e.target.value)} required />
          </label>
          <button type="submit">Create token</button>
        </form>
        {token && (
          <label>
            Your new token (copy it now)
            <input readOnly value={token} onFocus={(e) => e.target.select()} />
          </label>
        )}
      </section>
    </main>
  );
}
