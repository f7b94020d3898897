import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../domain/index.js';
import { canSee } from '../access.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { dialects } from '../test-support/test-store.js';

// The list filters restricted incidents in the database; reading one incident checks `canSee`. Both must agree.
describe.each(dialects)('who sees which incident in the list, on %s', (dialect) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(dialect);
  });
  afterAll(async () => t?.close());

  it('lists exactly the incidents each caller may open', async () => {
    const people = [
      { name: 'eli' },
      { name: 'VERA' },
      { name: 'Someone', email: 'vera@example.com' },
      { name: 'Eli_Editor' },
      { name: 'eli|vera' },
      { name: 'Ada Admin' },
      { name: 'Eli Editor' },
    ];
    const created: Incident[] = [];
    for (let i = 0; i < 24; i++) {
      const participants = people
        .filter((_, k) => (i >> k) % 2 === 1 || (i + k) % 5 === 0)
        .map((person) => ({ ...person, role: 'responder' as const }));
      created.push(
        await t.store.incidents.create(
          { title: `Visibility ${i}`, severity: 'SEV3', restricted: i % 3 !== 0, participants },
          { actor: 'tests' },
        ),
      );
    }
    const callers = [
      { caller: t.editor, user: await t.accounts.findApiTokenUser(t.editor.token) },
      { caller: t.viewer, user: await t.accounts.findApiTokenUser(t.viewer.token) },
    ];
    for (const { caller, user } of callers) {
      if (!user) throw new Error('test user missing');
      const expected = created.filter((incident) => canSee(user, incident)).map((incident) => incident.id);
      const listed = await t.as(caller, { url: '/api/incidents?q=visibility&limit=200' });
      const ids = listed.json().incidents.map((incident: { id: string }) => incident.id);
      expect(ids.sort()).toEqual(expected.sort());
      expect(listed.json().total).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(8);
      expect(expected.length).toBeLessThan(created.length);
      // Paging walks the same set.
      const page = await t.as(caller, { url: '/api/incidents?q=visibility&limit=5&offset=5' });
      expect(page.json().incidents).toHaveLength(5);
      expect(page.json().total).toBe(expected.length);
    }
  });

  it('answers a non-member’s change of a restricted incident’s record as if the record did not exist', async () => {
    const hidden = await t.store.incidents.create(
      { title: 'Hidden', severity: 'SEV2', restricted: true },
      { actor: 'tests' },
    );
    const factor = await t.store.factors.add(
      hidden.id,
      { title: 'No canary', category: 'deploy-release' },
      { actor: 'tests' },
    );
    const message = `no factor with id "${factor.id}"`;
    for (const request of [
      { method: 'GET' as const, url: `/api/factors/${factor.id}` },
      { method: 'DELETE' as const, url: `/api/factors/${factor.id}?version=1` },
      { method: 'PATCH' as const, url: `/api/factors/${factor.id}?version=1`, payload: { title: 'x' } },
    ]) {
      const answer = await t.as(t.editor, request);
      expect(answer.statusCode, request.method).toBe(404);
      expect(answer.json().error.message).toBe(message);
      expect(answer.body).not.toContain(hidden.id);
    }
  });

  it('admits by username or user id, never by a display name, which two people can share', async () => {
    const vera = await t.accounts.findApiTokenUser(t.viewer.token);
    if (!vera) throw new Error('test user missing');
    const byName = await t.store.incidents.create(
      {
        title: 'Membership by display name',
        severity: 'SEV3',
        restricted: true,
        participants: [{ name: 'Vera Viewer', role: 'responder' }],
      },
      { actor: 'tests' },
    );
    const byId = await t.store.incidents.create(
      {
        title: 'Membership by user id',
        severity: 'SEV3',
        restricted: true,
        participants: [{ name: vera.id, role: 'responder' }],
      },
      { actor: 'tests' },
    );
    expect((await t.as(t.viewer, { url: `/api/incidents/${byName.id}` })).statusCode).toBe(404);
    expect((await t.as(t.viewer, { url: `/api/incidents/${byId.id}` })).statusCode).toBe(200);
    const listed = await t.as(t.viewer, { url: '/api/incidents?q=membership' });
    expect(listed.json().incidents.map((i: { id: string }) => i.id)).toEqual([byId.id]);
  });
});
