import { access } from 'node:fs/promises';

import { isZone } from '../../app/import-evidence.js';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Splits `FILE:ZONE` arguments (`nginx/error.log:Europe/Berlin`, `app.err:CET`, `app.err:+01:00`) into the path
 * and a `PATH=ZONE` value for --tz; the zone is what follows the first colon that leaves a zone debrief reads. An
 * argument that exists as it is stays a path, so a file whose name has a colon is still read.
 */
export async function pathsWithZones(args: readonly string[]): Promise<{ paths: string[]; zones: string[] }> {
  const paths: string[] = [];
  const zones: string[] = [];
  for (const arg of args) {
    const split = arg === '-' || (await exists(arg)) ? undefined : zoneAfterColon(arg);
    if (split) {
      paths.push(split.path);
      zones.push(`${split.path}=${split.zone}`);
    } else paths.push(arg);
  }
  return { paths, zones };
}

function zoneAfterColon(arg: string): { path: string; zone: string } | undefined {
  for (let i = arg.indexOf(':'); i > 0; i = arg.indexOf(':', i + 1)) {
    const zone = arg.slice(i + 1);
    if (zone !== '' && isZone(zone)) return { path: arg.slice(0, i), zone };
  }
  return undefined;
}
