import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pathsWithZones } from './path-zones.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-path-zones-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pathsWithZones', () => {
  it('splits FILE:ZONE into the path and a PATH=ZONE value', async () => {
    expect(await pathsWithZones(['logs/error.log:Europe/Berlin', 'app.log', 'x.log:UTC'])).toEqual({
      paths: ['logs/error.log', 'app.log', 'x.log'],
      zones: ['logs/error.log=Europe/Berlin', 'x.log=UTC'],
    });
  });

  it('takes any zone debrief reads after the colon: an IANA name, an abbreviation, UTC or an offset', async () => {
    expect(await pathsWithZones(['a.err:CET', 'b.err:+01:00', 'c.err:-0530', 'd.err:UTC'])).toEqual({
      paths: ['a.err', 'b.err', 'c.err', 'd.err'],
      zones: ['a.err=CET', 'b.err=+01:00', 'c.err=-0530', 'd.err=UTC'],
    });
  });

  it('leaves alone a path that exists as it is (a colon in a name) and stdin', async () => {
    mkdirSync(join(dir, 'capture:America'));
    const real = join(dir, 'capture:America', 'New_York');
    writeFileSync(real, '');
    expect(await pathsWithZones(['-', real, `${dir}/plain:notazone`])).toEqual({
      paths: ['-', real, `${dir}/plain:notazone`],
      zones: [],
    });
  });
});
