import { useState } from 'react';
import { AccountForm, type SignedIn } from '../components/account-form.js';

/** First-run setup: the one-time token from `debrief serve` creates the first admin and signs them in. */
export function SetupPage({ token: initialToken, onSignedIn }: { token: string; onSignedIn: SignedIn }) {
  const [token, setToken] = useState(initialToken);

  return (
    <main className="narrow">
      <h1>Set up debrief</h1>
      <p>
        Create the first administrator. The setup token was printed by <code>debrief serve</code>.
      </p>
      <AccountForm
        path="/api/setup"
        submitLabel="Create administrator"
        onSignedIn={onSignedIn}
        newAccount
        extra={{ token }}
      >
        <label>
          Setup token
          <input value={token} onChange={(e) => setToken(e.target.value)} required autoComplete="off" />
        </label>
      </AccountForm>
    </main>
  );
}
