import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { limits } from '../../../src/domain/index.js';
import { createToken, listTokens, revokeToken } from '../api/accounts.js';
import { describeError } from '../api/api-error.js';
import type { ApiToken } from '../api/types.js';

/** Where the section reports: the page's one status line and one error line. */
export interface Report {
  status(message: string): void;
  error(message: string | undefined): void;
}

function When({ iso, never }: { iso: string | null; never: string }) {
  if (iso === null) return <span className="muted">{never}</span>;
  return <time dateTime={iso}>{new Date(iso).toLocaleString()}</time>;
}

/** The new token's secret, shown once, with a button that copies it. */
function NewToken({ token, report }: { token: string; report: Report }) {
  const input = useRef<HTMLInputElement>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      report.status('Copied the token to the clipboard.');
    } catch {
      // No clipboard access (an insecure origin or a denied permission): select it for Ctrl+C instead.
      input.current?.select();
      report.status('The token is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  }
  return (
    <div className="row">
      <label>
        Your new token (copy it now)
        <input ref={input} readOnly value={token} size={50} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" onClick={copy}>
        Copy token
      </button>
    </div>
  );
}

/** One token in the list; revoking asks once more, with the focus on the confirmation. */
function TokenItem({ token, onRevoke }: { token: ApiToken; onRevoke: (token: ApiToken) => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  return (
    <li>
      <strong>{token.name}</strong> <span className="muted">({token.id})</span>
      <div className="row">
        <span>
          Created <When iso={token.createdAt} never="" />, last used{' '}
          <When iso={token.lastUsedAt} never="never" />
        </span>
        {confirming ? (
          <>
            <span>Revoke “{token.name}”? Scripts using it stop working.</span>
            <button ref={confirm} type="button" onClick={() => onRevoke(token)}>
              Yes, revoke {token.name}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Keep {token.name}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="secondary"
            aria-label={`Revoke token ${token.name}`}
            onClick={() => setConfirming(true)}
          >
            Revoke
          </button>
        )}
      </div>
    </li>
  );
}

/**
 * A list of API tokens, each revocable: reports `revoked(token)` once it is gone and reloads the list; `empty` is
 * shown when there are none.
 */
export function TokenList({
  tokens,
  label,
  empty,
  report,
  revoked,
  reload,
}: {
  tokens: ApiToken[];
  label: string;
  empty: ReactNode;
  report: Report;
  revoked: (token: ApiToken) => string;
  reload: () => Promise<void>;
}) {
  async function revoke(token: ApiToken) {
    report.error(undefined);
    try {
      await revokeToken(token.id);
      report.status(revoked(token));
      await reload();
    } catch (caught) {
      report.error(describeError(caught));
    }
  }
  if (tokens.length === 0) return empty;
  return (
    <ul className="records" aria-label={label}>
      {tokens.map((token) => (
        <TokenItem key={token.id} token={token} onRevoke={revoke} />
      ))}
    </ul>
  );
}

/** The signed-in user's personal API tokens: list, create (the secret shown once) and revoke. */
export function TokensSection({ report }: { report: Report }) {
  const [tokens, setTokens] = useState<ApiToken[]>();
  const [name, setName] = useState('cli');
  const [secret, setSecret] = useState<string>();

  const load = useCallback(async () => {
    try {
      setTokens(await listTokens());
    } catch (caught) {
      report.error(describeError(caught));
    }
  }, [report]);

  useEffect(() => {
    load();
  }, [load]);

  async function create(event: FormEvent) {
    event.preventDefault();
    report.error(undefined);
    try {
      const created = await createToken(name);
      setSecret(created.token);
      report.status(`Created the token “${created.name}”. Copy it now: it is not shown again.`);
      await load();
    } catch (caught) {
      report.error(describeError(caught));
    }
  }

  return (
    <section className="card" aria-labelledby="token-title">
      <h2 id="token-title">Personal API tokens</h2>
      <p className="muted">
        For the CLI and integrations: <code>debrief --server URL --token TOKEN</code>, or the header{' '}
        <code>Authorization: Bearer TOKEN</code>. A token acts as you, with your role; revoke the ones you no
        longer use.
      </p>
      {tokens !== undefined && (
        <TokenList
          tokens={tokens}
          label="Your API tokens"
          empty={<p>You have no API tokens.</p>}
          report={report}
          revoked={(token) => `Revoked the token “${token.name}”.`}
          reload={load}
        />
      )}
      <form className="row" onSubmit={create} aria-label="Create an API token">
        <label>
          Token name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={limits.tokenName}
          />
        </label>
        <button type="submit">Create token</button>
      </form>
      {secret && <NewToken token={secret} report={report} />}
    </section>
  );
}
