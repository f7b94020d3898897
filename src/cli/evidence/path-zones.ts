import { access } from 'node:fs/promises';

const withZone = /^(.+):((?:[A-Z][A-Za-z_+-]*\/)+[A-Za-z0-9_+-]+|UTC)$/;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Splits `FILE:ZONE` arguments (`nginx/error.log:Europe/Berlin`) into the path and a `PATH=ZONE` value for
 * --tz. An argument that exists as it is stays a path, so a file whose name has a colon is still read.
 */
export async function pathsWithZones(args: readonly string[]): Promise<{ paths: string[]; zones: string[] }> {
  const paths: string[] = [];
  const zones: string[] = [];
  for (const arg of args) {
    const m = withZone.exec(arg);
    if (m && !(await exists(arg))) {
      paths.push(m[1] as string);
      zones.push(`${m[1]}=${m[2]}`);
    } else paths.push(arg);
  }
  return { paths, zones };
}
