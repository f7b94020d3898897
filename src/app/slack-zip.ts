import { readFile, stat } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { invalidInput } from '../domain/index.js';
import type { ExportFile } from '../evidence/index.js';

/** The largest zip archive read whole into memory, and the most its JSON files may hold once inflated. */
export const zipLimits = { archiveBytes: 128 * 1024 * 1024, inflatedBytes: 512 * 1024 * 1024 };

/**
 * The JSON files of a Slack export downloaded as a zip (as Slack hands it out), by their path inside the export:
 * `users.json`, `channels.json`, `incidents/2026-03-04.json`; a folder wrapped around them is taken off. Throws
 * invalid_input naming `name` for an archive that is not a Slack export, too large, or inflates past the limit.
 */
export async function readSlackZip(path: string, name: string): Promise<ExportFile[]> {
  const { size } = await stat(path);
  if (size > zipLimits.archiveBytes) {
    throw invalidInput(
      `${name}: a zip archive over ${zipLimits.archiveBytes / 2 ** 20} MiB; unzip it and pass the folder`,
    );
  }
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(await readFile(path)), {
      filter(file) {
        if (!file.name.endsWith('.json') || file.name.split('/').length > 3) return false;
        // The sizes a header declares are checked before anything is inflated, so a zip bomb stops here.
        declared += file.originalSize;
        if (declared > zipLimits.inflatedBytes) {
          throw invalidInput(
            `${name}: its JSON files inflate to over ${zipLimits.inflatedBytes / 2 ** 20} MiB`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'invalid_input') throw error;
    throw invalidInput(`${name}: not a readable zip archive (${(error as Error).message})`);
  }
  const names = Object.keys(entries);
  const marker = names.find((entry) => /(^|\/)(channels|users)\.json$/.test(entry));
  if (marker === undefined) {
    throw invalidInput(
      `${name}: a zip archive without users.json or channels.json, so not a Slack export; unzip it and pass its files`,
    );
  }
  const prefix = marker.slice(0, marker.lastIndexOf('/') + 1);
  return names
    .filter((entry) => entry.startsWith(prefix))
    .map((entry) => ({ path: entry.slice(prefix.length), text: strFromU8(entries[entry] as Uint8Array) }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
