import { signatureId } from './signature-id.js';
import { TemplateMiner } from './template-miner.js';

export interface MinedSignatures {
  templates: Array<{ id: string; template: string; count: number }>;
  /**
   * The template id of each input line, in input order; null for a blank line, which holds no message (an empty
   * template counted as a signature was noise: trial 12g G-32).
   */
  assignments: Array<string | null>;
}

/** Mines one message per item and names each template by a stable id (what `debrief signatures` prints). */
export async function mineMessages(
  messages: AsyncIterable<string> | Iterable<string>,
): Promise<MinedSignatures> {
  const miner = new TemplateMiner();
  const raw: Array<number | null> = [];
  for await (const message of messages) raw.push(message.trim() === '' ? null : miner.add(message));
  const ids = new Map<number, string>();
  const used = new Set<string>();
  const templates = miner.templates().map((mined) => {
    const template = mined.tokens.join(' ');
    let id = signatureId(template);
    // Two templates with the same text (rare: shapes of different lengths that fold alike) keep distinct ids.
    for (let n = 2; used.has(id); n++) id = `${signatureId(template)}-${n}`;
    used.add(id);
    ids.set(mined.index, id);
    return { id, template, count: mined.count };
  });
  templates.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  const assignments = raw.map((index) => (index === null ? null : (ids.get(miner.resolve(index)) as string)));
  return { templates, assignments };
}
