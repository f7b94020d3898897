import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { passwordLimits } from '../../../src/domain/index.js';
import { listUsers, updateUser } from '../api/accounts.js';
import { ApiError, describeError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { NewUserInput, User, UserPatch, UserRole } from '../api/types.js';
import { FormError, StatusLine } from '../components/form-error.js';
import { type Report, TokensSection } from './tokens-section.js';
import { roles, UserItem } from './user-item.js';

/** The team's accounts (admins add people, change roles, disable) and the signed-in user's API tokens. */
export function UsersPage({ isAdmin }: { isAdmin: boolean }) {
  const [users, setUsers] = useState<User[]>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [form, setForm] = useState<NewUserInput & { role: UserRole }>({
    username: '',
    name: '',
    password: '',
    role: 'editor',
  });
  // Stable, so the token section loads once rather than on every render.
  const report: Report = useMemo(() => ({ status: setStatus, error: setError }), []);

  const load = useCallback(async () => {
    if (!isAdmin) return;
    try {
      setUsers(await listUsers());
    } catch (caught) {
      setError(describeError(caught));
    }
  }, [isAdmin]);

  async function change(user: User, patch: UserPatch, done: string) {
    setError(undefined);
    try {
      await updateUser(user, patch);
      setStatus(done);
    } catch (caught) {
      // A 409 without the current record is the last-admin rule, whose message says what to do; a stale
      // version reads as "someone else changed this", and the reload below shows their change.
      const rule = caught instanceof ApiError && caught.status === 409 && caught.current === undefined;
      setError(rule ? (caught as ApiError).message : describeError(caught));
    }
    await load();
  }

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
              <UserItem key={`${user.id}@${user.version}`} user={user} onChange={change} report={report} />
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
                  onChange={(e) => setForm({ ...form, role: e.target.value as UserRole })}
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
      <TokensSection report={report} />
    </main>
  );
}
