import { AccountForm, type SignedIn } from '../components/account-form.js';

/** Sign-in with a local account. */
export function LoginPage({ onSignedIn }: { onSignedIn: SignedIn }) {
  return (
    <main className="narrow">
      <h1>Sign in to debrief</h1>
      <AccountForm path="/api/login" submitLabel="Sign in" onSignedIn={onSignedIn} />
    </main>
  );
}
