import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileErrorWords } from '../evidence/index.js';

/** One input to read: a file (or stdin), a Slack export folder, or a path that could not be read. */
export type EvidenceInput =
  | { type: 'file'; path: string; size: number }
  | { type: 'slack'; path: string }
  | { type: 'unreadable'; path: string; reason: string };

/** Whether a folder is a Slack export (users.json or channels.json beside per-channel folders). */
async function isSlackExport(path: string): Promise<boolean> {
  const names = await readdir(path);
  return (
    names.includes('channels.json') || (names.includes('users.json') && names.some((n) => !n.includes('.')))
  );
}

/** Expands the arguments into inputs: folders are walked (sorted, hidden entries skipped); a Slack export stays whole. */
export async function collectInputs(paths: readonly string[]): Promise<EvidenceInput[]> {
  const out: EvidenceInput[] = [];
  const visit = async (path: string, top: boolean): Promise<void> => {
    if (path === '-') {
      out.push({ type: 'file', path, size: 0 });
      return;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        if (await isSlackExport(path)) {
          out.push({ type: 'slack', path });
          return;
        }
        const names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
        for (const name of names) await visit(join(path, name), false);
        return;
      }
      if (info.isFile() || top) out.push({ type: 'file', path, size: info.size });
    } catch (error) {
      out.push({ type: 'unreadable', path, reason: fileErrorWords(error) });
    }
  };
  for (const path of paths) await visit(path, true);
  return out;
}
