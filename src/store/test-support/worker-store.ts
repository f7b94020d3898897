import { openRemoteStore, remoteClient } from '../http/index.js';
import { openStore } from '../open.js';
import type { Store } from '../store.js';

/**
 * The store a worker process opens: a database URL (`sqlite:…`, `postgres://…`), or a debrief server's URL with
 * an API token as its password (`http://:TOKEN@127.0.0.1:4000`), like a PostgreSQL URL carries its password.
 */
export async function openWorkerStore(url: string): Promise<Store> {
  if (!/^https?:/.test(url)) return openStore(url, { busyTimeoutMs: 10_000 });
  const server = new URL(url);
  const token = decodeURIComponent(server.password);
  server.username = '';
  server.password = '';
  return openRemoteStore(remoteClient(server.origin, token));
}
