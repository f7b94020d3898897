import { mineMessages } from '../evidence/mine-messages.js';
import { openLines } from '../evidence/open-evidence.js';

/** Mines log templates from a file (or `-` for stdin) of one message per line: templates and each line's id. */
export async function mineSignatures(path: string): Promise<Awaited<ReturnType<typeof mineMessages>>> {
  return mineMessages(await openLines(path));
}
