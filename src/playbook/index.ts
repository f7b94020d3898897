export * from './agenda.js';
export * from './glossary.js';
export * from './incident-facts.js';
export * from './nuance.js';
export * from './objections.js';
export * from './questions.js';
export * from './schema.js';
export * from './script.js';
