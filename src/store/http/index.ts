// The HTTP adapter of the store's port, for the CLI's --server mode: a Store over a debrief server's REST API.
export { type RemoteClient, type RemoteRequest, remoteClient } from './remote-client.js';
export { errorFromResponse, needsDatabase, unreachable } from './remote-errors.js';
export { openRemoteStore } from './remote-store.js';
