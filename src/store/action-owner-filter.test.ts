import { afterEach, describe, expect, it } from 'vitest';
import { dialects, openTestStore, type TestStore } from '../server/test-support/test-store.js';

const ctx = { actor: 'tester' };

describe.each(dialects)('finding actions by owner on %s', (dialect) => {
  let t: TestStore | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('matches part of the name in any case and script, and takes % and _ literally', async () => {
    t = await openTestStore(dialect);
    const { store } = t;
    const incident = await store.incidents.create({ title: 'Queue backlog', severity: 'SEV3' }, ctx);
    for (const owner of ['Priya Raghunathan', 'priya', 'Özlem Kaya', 'Ana_Lopez', 'AnaXLopez', '100% Team']) {
      await store.actions.add(incident.id, { title: `Follow up (${owner})`, owner }, ctx);
    }
    const owners = async (owner: string) =>
      (await store.actions.search({ owner })).map((action) => action.owner).sort();
    expect(await owners('PRIYA')).toEqual(['Priya Raghunathan', 'priya']);
    expect(await owners('özlem')).toEqual(['Özlem Kaya']);
    // A chat handle's @ is no part of the name, asked or stored.
    expect(await owners('@Özlem  Kaya')).toEqual(['Özlem Kaya']);
    expect(await owners('a_l')).toEqual(['Ana_Lopez']);
    expect(await owners('0%')).toEqual(['100% Team']);
    expect(await store.actions.count({ owner: 'raghu' })).toBe(1);
  });
});
