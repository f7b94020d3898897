const boundary = '----debrief-test-boundary';

/** A multipart/form-data body holding the files under `files`, as a browser sends it. */
export function multipart(files: Record<string, string | Buffer>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.isBuffer(content) ? content : Buffer.from(content),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(parts);
}

/** The headers of a `multipart` body. */
export const multipartHeaders = { 'content-type': `multipart/form-data; boundary=${boundary}` };
