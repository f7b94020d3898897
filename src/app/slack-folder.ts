import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ExportFile } from '../evidence/index.js';

/** Reads the JSON files of a Slack export folder (top level and one level of channel folders). */
export async function readExportFolder(root: string): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && depth === 0) await walk(path, 1);
      else if (entry.isFile() && entry.name.endsWith('.json')) {
        files.push({ path: relative(root, path).split('\\').join('/'), text: await readFile(path, 'utf8') });
      }
    }
  };
  await walk(root, 0);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
