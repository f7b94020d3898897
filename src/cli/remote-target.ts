import type { Command } from 'commander';
import { CliError } from './errors.js';

/** A debrief server the CLI talks to instead of a database. */
export interface RemoteTarget {
  url: string;
  token: string;
}

/**
 * The server named by --server / DEBRIEF_SERVER with its token (--token / DEBRIEF_TOKEN), or undefined to use
 * the database. The token is never echoed in an error: it would end up in terminal scrollback and CI logs.
 */
export function remoteTarget(command: Command): RemoteTarget | undefined {
  const options = command.optsWithGlobals<{ server?: string; token?: string }>();
  const url = options.server ?? (process.env.DEBRIEF_SERVER || undefined);
  if (url === undefined) return undefined;
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol !== 'http:' && parsed?.protocol !== 'https:') {
    throw new CliError(`--server: expected an http:// or https:// URL, got ${JSON.stringify(url)}`);
  }
  const token = options.token ?? (process.env.DEBRIEF_TOKEN || undefined);
  if (token === undefined) {
    throw new CliError(
      `--server ${parsed.origin} needs an API token: pass --token or set DEBRIEF_TOKEN (create one with \`debrief token create\`)`,
    );
  }
  return { url: url.replace(/\/+$/, ''), token };
}

/** The verb's words without the program's name (`token create`), for messages. */
export function verbPath(command: Command): string {
  const words: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) words.unshift(at.name());
  return words.join(' ');
}
