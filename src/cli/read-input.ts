import { readFile } from 'node:fs/promises';
import { CliError } from './errors.js';

/** Reads a whole text file (or stdin for `-`), or fails with one line naming the file and why. */
export async function readTextInput(file: string): Promise<string> {
  try {
    const bytes = file === '-' ? await readStdin() : await readFile(file);
    return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new CliError(`cannot read ${file}: ${why}`);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
