import { describe, expect, it } from 'vitest';
import { transferLimits } from '../../../src/domain/index.js';
import { uploadProblem } from './upload-problem.js';

describe('evidence upload limits', () => {
  it('accepts files within the server’s limits', () => {
    expect(uploadProblem([{ size: 1024 }, { size: transferLimits.upload - 1024 }])).toBeUndefined();
  });

  it('refuses files that are too large together, before sending them', () => {
    expect(uploadProblem([{ size: transferLimits.upload }, { size: 1 }])).toMatch(
      /over the upload limit of 200\.0 MB/,
    );
  });

  it('refuses more files than one upload takes', () => {
    const files = Array.from({ length: transferLimits.uploadFiles + 1 }, () => ({ size: 1 }));
    expect(uploadProblem(files)).toMatch(/51 files is more than one upload takes \(50\)/);
  });
});
