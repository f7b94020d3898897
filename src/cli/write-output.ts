import { statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from './errors.js';

/**
 * Checks where `-o` points before any work is done (a PDF takes seconds to print): a file name, in a folder that
 * exists; a folder itself, or an empty name, is refused with what to give instead (trial 12g G-23).
 */
export function checkOutputPath(file: string | undefined): void {
  if (file === undefined || file === '-') return;
  if (file.trim() === '') throw new CliError('-o needs a file name, for example -o report.md');
  const folder = dirname(file);
  const kind = (path: string) => {
    try {
      return statSync(path).isDirectory() ? 'folder' : 'file';
    } catch {
      return undefined;
    }
  };
  if (/[\\/]$/.test(file) || kind(file) === 'folder')
    throw new CliError(
      `${file} is a folder: give a file name in it, for example -o ${file.replace(/[\\/]*$/, '')}/report.md`,
    );
  const where = kind(folder);
  if (where === undefined) throw new CliError(`cannot write ${file}: the folder ${folder} does not exist`);
  if (where === 'file') throw new CliError(`cannot write ${file}: ${folder} is a file, not a folder`);
}

/** Writes text to stdout, or to a file atomically (a temp file renamed into place), so a crash leaves no half file. */
export async function writeOutput(text: string | Uint8Array, file: string | undefined): Promise<void> {
  if (file === undefined || file === '-') {
    process.stdout.write(text);
    return;
  }
  checkOutputPath(file);
  const temp = `${file}.tmp-${process.pid}`;
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    // A failed write leaves nothing behind: the temporary copy holds the whole report (trial 12g G-38).
    await rm(temp, { force: true }).catch(() => {});
    throw new CliError(
      `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}
