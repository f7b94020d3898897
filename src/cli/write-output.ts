import { rename, writeFile } from 'node:fs/promises';
import { CliError } from './errors.js';

/** Writes text to stdout, or to a file atomically (a temp file renamed into place), so a crash leaves no half file. */
export async function writeOutput(text: string | Uint8Array, file: string | undefined): Promise<void> {
  if (file === undefined || file === '-') {
    process.stdout.write(text);
    return;
  }
  const temp = `${file}.tmp-${process.pid}`;
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    throw new CliError(
      `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}
