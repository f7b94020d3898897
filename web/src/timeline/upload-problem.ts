import { transferLimits } from '../../../src/domain/index.js';
import { formatBytes } from './draft-moments.js';

/**
 * Why the server would refuse these files as one evidence upload (too many, or too large together), or undefined:
 * said before a long upload rather than after it.
 */
export function uploadProblem(files: ReadonlyArray<{ size: number }>): string | undefined {
  if (files.length > transferLimits.uploadFiles) {
    return `${files.length} files is more than one upload takes (${transferLimits.uploadFiles}); upload them in parts.`;
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > transferLimits.upload) {
    return `${formatBytes(total)} is over the upload limit of ${formatBytes(transferLimits.upload)}; compress the files (.gz) or upload them in parts.`;
  }
  return undefined;
}
