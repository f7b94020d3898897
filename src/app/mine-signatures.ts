// Two modules rather than the evidence index: `debrief signatures` only reads lines and mines them, and starts
// faster without every format and the drafting (test/dependency-rule.test.ts lists this as a lazy entry).

import { openLines } from '../evidence/read/open-evidence.js';
import { type MinedSignatures, mineMessages } from '../evidence/signatures/mine-messages.js';

/** Mines log templates from a file (or `-` for stdin) of one message per line: templates and each line's id. */
export async function mineSignatures(path: string): Promise<MinedSignatures> {
  return mineMessages(await openLines(path));
}
