import { createHash, randomBytes } from 'node:crypto';

/** A new random secret for a session, API token or setup link, URL-safe, with a prefix saying what it is. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** How secrets are stored: a SHA-256 digest, so a leaked database does not leak usable tokens. */
export function digestSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
