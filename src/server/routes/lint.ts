import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { limits, lineText, parseWith, proseText } from '../../domain/index.js';
import { analyze } from '../../language/index.js';

const lintSchema = z.object({
  text: proseText(limits.prose),
  people: z.array(lineText(200)).max(limits.listItems).default([]),
});

/** POST /api/lint: the blameless-language findings for a text (the web app runs the same analyzer locally). */
export function lintRoutes(app: FastifyInstance): void {
  app.post('/api/lint', async function lint(request) {
    const { text, people } = parseWith(lintSchema, request.body, 'lint request');
    return { findings: analyze(text, { people }) };
  });
}
