import { z } from 'zod';
import { categories } from '../language/index.js';

/** A blameless-language finding as POST /api/lint and a held-back report (422 `blame_found`) carry it. */
export const findingSchema = z.object({
  ruleId: z.string(),
  category: z.enum(categories),
  severity: z.enum(['error', 'warning', 'suggestion']),
  message: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
  endColumn: z.number().int().positive(),
  text: z.string(),
  suggestions: z.array(z.string()),
  question: z.string(),
});

/** POST /api/lint's answer. */
export const lintResultSchema = z.object({ findings: z.array(findingSchema) });
