import { type FormEvent, useState } from 'react';
import { describeError } from '../api/api-error.js';
import { api } from '../api/client.js';
import type { User } from '../api/types.js';
import { FormError } from '../components/form-error.js';

/** First-run setup: the one-time token from `debrief serve` creates the first admin and signs them in. */
export function SetupPage({
  token: initialToken,
  onSignedIn,
}: {
  token: string;
  onSignedIn: (user: User, csrfToken: string) => void;
}) {
  const [token, setToken] = useState(initialToken);
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
      const result = await api<{ user: User; csrfToken: string }>('POST', '/api/setup', {
        token,
        username,
        name,
        password,
      });
      onSignedIn(result.user, result.csrfToken);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="narrow">
      <h1>Set up debrief</h1>
      <p>
        Create the first administrator. The setup token was printed by <code>debrief serve</code>.
      </p>
      <form onSubmit={submit} className="stack">
        <label>
          Setup token
          <input value={token} onChange={(e) => setToken(e.target.value)} required autoComplete="off" />
        </label>
        <label>
          Username
          <input
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoComplete="username"
          />
        </label>
        <label>
          Full name
          <input value={name} onChange={(e) => setName(e.target.value)} required autoComplete="name" />
        </label>
        <label>
          Password
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            minLength={10}
            autoComplete="new-password"
          />
        </label>
        <FormError message={error} />
        <button type="submit" disabled={busy}>
          Create administrator
        </button>
      </form>
    </main>
  );
}
