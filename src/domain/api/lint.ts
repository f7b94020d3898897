import { z } from 'zod';
import { limits } from '../limits.js';
import { lineText, proseText } from '../text.js';

/** POST /api/lint: a text, and the people's names the analyzer should recognise in it. */
export const lintRequestSchema = z.object({
  text: proseText(limits.prose),
  people: z.array(lineText(limits.name)).max(limits.listItems).default([]),
});
export type LintRequest = z.input<typeof lintRequestSchema>;
