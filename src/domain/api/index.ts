// The HTTP API's request and response schemas. Not re-exported by the domain's index: the web app imports only
// their types, so these schemas stay out of its bundle.

export type { ClosureStats } from '../closure.js';
export * from './accounts.js';
export * from './api-error.js';
export * from './api-tokens.js';
export * from './evidence.js';
export * from './incidents.js';
export * from './lint.js';
export * from './search.js';
export * from './stored-records.js';
