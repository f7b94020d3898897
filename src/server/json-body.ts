import type { FastifyInstance } from 'fastify';
import { invalidInput } from '../domain/index.js';

// Keys that reach an object's prototype when a body is merged into another object: refused by name.
const prototypeKey = (key: string, value: unknown) =>
  key === '__proto__' ||
  (key === 'constructor' && value !== null && typeof value === 'object' && 'prototype' in value);

/**
 * Parses JSON bodies with messages that say what is wrong: where the JSON breaks, or which key is refused
 * (`__proto__`, `constructor.prototype`), rather than Fastify's one "not valid JSON" for both.
 */
export function installJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    function parseJson(_request, body, done) {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') {
        done(invalidInput('expected a JSON body; the body is empty'), undefined);
        return;
      }
      let refused: string | undefined;
      try {
        const value: unknown = JSON.parse(text, (key, value: unknown) => {
          if (refused === undefined && prototypeKey(key, value)) refused = key;
          return value;
        });
        if (refused !== undefined) {
          done(
            invalidInput(
              `the key "${refused}" is not accepted in a JSON body: it would reach an object's prototype`,
            ),
            undefined,
          );
          return;
        }
        done(null, value);
      } catch (error) {
        done(invalidInput(`the body is not valid JSON: ${(error as Error).message}`), undefined);
      }
    },
  );
}
