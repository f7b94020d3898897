import { useState } from 'react';
import { userRoles } from '../../../src/domain/index.js';
import { listUserTokens } from '../api/accounts.js';
import { describeError } from '../api/api-error.js';
import type { ApiToken, User, UserPatch, UserRole } from '../api/types.js';
import { type Report, TokenList } from './tokens-section.js';

/** The roles as a picker lists them: fewest rights first. */
export const roles: readonly UserRole[] = [...userRoles].reverse();

/** A change an admin asks for, with the sentence to announce when it is done. */
export type UserChange = (user: User, patch: UserPatch, done: string) => Promise<void>;

/**
 * One account with its controls: a role picker applied with its own button (so arrowing through the options
 * changes nothing by itself), and disable or enable.
 */
export function UserItem({ user, onChange, report }: { user: User; onChange: UserChange; report: Report }) {
  const [role, setRole] = useState<UserRole>(user.role);
  const [busy, setBusy] = useState(false);
  // Their API tokens, loaded when asked for, so an admin can revoke one (a leaked token, someone leaving).
  const [tokens, setTokens] = useState<ApiToken[]>();
  async function showTokens(open: boolean) {
    if (!open) return setTokens(undefined);
    try {
      setTokens(await listUserTokens(user.id));
    } catch (caught) {
      report.error(describeError(caught));
    }
  }
  async function run(patch: UserPatch, done: string) {
    setBusy(true);
    try {
      await onChange(user, patch, done);
    } finally {
      // On success the list remounts this item with the new version; on failure the picker shows the truth again.
      setRole(user.role);
      setBusy(false);
    }
  }
  return (
    <li>
      {user.name} <span className="muted">({user.username})</span> <span className="badge">{user.role}</span>
      {user.disabled && (
        <>
          {' '}
          <span className="badge">disabled</span>
        </>
      )}
      <div className="row">
        <select
          aria-label={`Role of ${user.name}`}
          value={role}
          onChange={(e) => setRole(e.target.value as UserRole)}
          disabled={busy}
        >
          {roles.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          disabled={busy || role === user.role}
          aria-label={`Change role of ${user.name} to ${role}`}
          onClick={() => run({ role }, `${user.name} is now ${role === 'admin' ? 'an' : 'a'} ${role}.`)}
        >
          Change role
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.name}`}
          onClick={() =>
            run(
              { disabled: !user.disabled },
              user.disabled
                ? `${user.name} is enabled again.`
                : `${user.name} is disabled: signed out, and their API tokens are refused.`,
            )
          }
        >
          {user.disabled ? 'Enable' : 'Disable'}
        </button>
        <button
          type="button"
          className="secondary"
          aria-expanded={tokens !== undefined}
          aria-label={`${tokens ? 'Hide' : 'Show'} API tokens of ${user.name}`}
          onClick={() => showTokens(tokens === undefined)}
        >
          {tokens ? 'Hide tokens' : 'Tokens'}
        </button>
      </div>
      {tokens && (
        <TokenList
          tokens={tokens}
          label={`API tokens of ${user.name}`}
          empty={<p className="muted">{user.name} has no API tokens.</p>}
          report={report}
          revoked={(token) => `Revoked ${user.name}’s token “${token.name}”.`}
          reload={async () => setTokens(await listUserTokens(user.id))}
        />
      )}
    </li>
  );
}
