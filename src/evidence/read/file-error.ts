// What a file system error code means, in words; the code stays in brackets for anyone searching for it.
const meanings: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many files open at once',
  ENAMETOOLONG: 'the name is too long',
};

/** Why a file could not be read, in words: "no such file or folder (ENOENT)", or the error's own message. */
export function fileErrorWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return meanings[code] ? `${meanings[code]} (${code})` : code;
  return error instanceof Error ? error.message : String(error);
}
