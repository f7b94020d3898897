import { beforeEach, expect } from 'vitest';
import type { ConflictError } from '../../../domain/index.js';
import type { Store } from '../../store.js';
import { incidentInput, uniqueWord } from '../factories.js';
import { auditedAs, type ContractUse, contractIt, ctx, failure } from './contract-use.js';

/** Incidents: create, read, filters, versioned update and delete, their audit entries. */
export function incidentCases(use: ContractUse): void {
  const it = contractIt(use);
  let store: Store;
  beforeEach(() => {
    store = use.store();
  });

  it('creates an incident at version 1 and reads it back', async () => {
    const created = await store.incidents.create(incidentInput({ title: '  Padded title  ' }), ctx);
    expect(created.id).toMatch(/^INC-/);
    expect(created.version).toBe(1);
    expect(created.title).toBe('Padded title');
    expect(await store.incidents.get(created.id)).toEqual(created);
    expect(await store.incidents.find('INC-NOPE')).toBeUndefined();
    expect((await failure(store.incidents.get('INC-NOPE'))).code).toBe('not_found');
  });

  it('rejects invalid incident fields with invalid_input naming the field, and writes nothing', async () => {
    const word = uniqueWord();
    const error = await failure(
      store.incidents.create(incidentInput({ title: word, severity: 'SEV9' as 'SEV1' }), ctx),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('severity');
    expect(error.message).toContain('SEV9');
    expect(await store.incidents.count({ search: word })).toBe(0);
  });

  it('refuses to create an incident with an id that exists', async () => {
    const id = `INC-${uniqueWord()}`;
    await store.incidents.create(incidentInput(), ctx, id);
    const error = await failure(store.incidents.create(incidentInput(), ctx, id));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain(id);
  });

  it('lists incidents newest first, filtered by status, severity, service and search words, with paging', async () => {
    const service = uniqueWord('svc');
    const a = await store.incidents.create(
      incidentInput({ title: 'Disk full on db', services: [service], severity: 'SEV1' }),
      ctx,
    );
    const b = await store.incidents.create(
      incidentInput({
        title: 'Cache stampede',
        services: ['Other', service.toUpperCase()],
        status: 'published',
      }),
      ctx,
    );
    const c = await store.incidents.create(
      incidentInput({ title: 'Disk latency 100%_', services: [service] }),
      ctx,
    );
    await store.incidents.create(
      incidentInput({ title: 'Disk full elsewhere', services: [`${service}x`] }),
      ctx,
    );
    const ids = async (filter: Parameters<Store['incidents']['list']>[0]) =>
      (await store.incidents.list({ service, ...filter })).map((incident) => incident.id);

    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ status: ['published'] })).toEqual([b.id]);
    expect(await ids({ severity: ['SEV1', 'SEV3'] })).toEqual([a.id]);
    expect(await ids({ search: 'DISK' })).toEqual([c.id, a.id]);
    expect(await ids({ search: 'disk full' })).toEqual([a.id]);
    expect(await ids({ search: '100%_' })).toEqual([c.id]);
    expect(await ids({ search: 'disk %' })).toEqual([c.id]);
    expect(await ids({ search: 'disk_' })).toEqual([]);
    expect(await ids({ limit: 2 })).toEqual([c.id, b.id]);
    expect(await ids({ limit: 2, offset: 2 })).toEqual([a.id]);
    expect(await ids({ offset: 1 })).toEqual([b.id, a.id]);
    expect(await store.incidents.count({ service, search: 'disk' })).toBe(2);
  });

  it('lists restricted incidents only to their members: whole names or e-mails, any case, no wildcards', async () => {
    const word = uniqueWord();
    const restricted = (title: string, participants: Array<{ name: string; email?: string }>) =>
      store.incidents.create(
        incidentInput({
          title: `${word} ${title}`,
          restricted: true,
          participants: participants.map((p) => ({ ...p, role: 'responder' as const })),
        }),
        ctx,
      );
    const open = await store.incidents.create(incidentInput({ title: `${word} open` }), ctx);
    const pair = await restricted('pair', [{ name: 'Ann|Bob' }]);
    const under = await restricted('underscore', [{ name: 'Eve_Smith' }]);
    const percent = await restricted('percent', [{ name: '100% Dan' }]);
    const mail = await restricted('mail', [{ name: 'Kim Lee', email: 'Kim@Example.com' }]);
    const seen = async (...names: string[]) =>
      (await store.incidents.list({ search: word, visibleTo: names })).map((i) => i.id).sort();
    const ids = (...incidents: Array<{ id: string }>) => incidents.map((i) => i.id).sort();

    expect(await seen('bob')).toEqual(ids(open));
    expect(await seen('ann|bob')).toEqual(ids(open, pair));
    expect(await seen('EveXSmith', 'eve%')).toEqual(ids(open));
    expect(await seen('EVE_SMITH')).toEqual(ids(open, under));
    expect(await seen('100% dan')).toEqual(ids(open, percent));
    expect(await seen('100')).toEqual(ids(open));
    expect(await seen('kim@example.com')).toEqual(ids(open, mail));
    expect(await seen('Kim Lee', 'someone else')).toEqual(ids(open, mail));
    expect(await seen()).toEqual(ids(open));
    expect((await store.incidents.list({ search: word })).length).toBe(5);
    expect(await store.incidents.count({ search: word, visibleTo: ['kim lee'] })).toBe(2);

    // Changing the participants moves the incident in or out of someone's list.
    await store.incidents.update(mail.id, 1, { participants: [{ name: 'Bob', role: 'responder' }] }, ctx);
    expect(await seen('bob')).toEqual(ids(open, mail));
    expect(await seen('kim lee')).toEqual(ids(open));
  });

  it('updates with the current version, bumping it and recording old and new values in the audit log', async () => {
    const created = await store.incidents.create(incidentInput(), ctx);
    const updated = await store.incidents.update(
      created.id,
      1,
      { title: 'Renamed', status: 'in-review' },
      { actor: 'ana' },
    );
    expect(updated.version).toBe(2);
    expect(updated.title).toBe('Renamed');
    const [entry] = await use.audit().list({ incidentId: created.id, limit: 1 });
    expect(entry).toMatchObject({
      actor: auditedAs(use, 'ana'),
      action: 'update',
      entity: 'incident',
      entityId: created.id,
      changes: {
        title: { old: 'Checkout latency spike', new: 'Renamed' },
        status: { old: 'draft', new: 'in-review' },
      },
    });
    expect(Date.parse(entry?.at ?? '')).not.toBeNaN();
  });

  it('refuses a stale update with a conflict carrying the current record, and changes nothing', async () => {
    const created = await store.incidents.create(incidentInput(), ctx);
    const current = await store.incidents.update(created.id, 1, { title: 'First writer' }, ctx);
    const auditBefore = await use.audit().list({ incidentId: created.id });
    const error = (await failure(
      store.incidents.update(created.id, 1, { title: 'Second writer' }, ctx),
    )) as ConflictError;
    expect(error.code).toBe('conflict');
    expect(error.current).toEqual(current);
    expect(await store.incidents.get(created.id)).toEqual(current);
    expect(await use.audit().list({ incidentId: created.id })).toEqual(auditBefore);
  });

  it('closes an incident only once every action is done or dropped', async () => {
    const created = await store.incidents.create(incidentInput(), ctx);
    const action = await store.actions.add(created.id, { title: 'Alert on pool saturation' }, ctx);
    const before = await store.incidents.get(created.id);
    const error = await failure(
      store.incidents.update(created.id, before.version, { status: 'closed' }, ctx),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain(action.id);
    expect((await store.incidents.get(created.id)).status).toBe(before.status);
    await store.actions.update(action.id, action.version, { status: 'done' }, ctx);
    const open = await store.incidents.get(created.id);
    const closed = await store.incidents.update(created.id, open.version, { status: 'closed' }, ctx);
    expect(closed.status).toBe('closed');
  });

  it('clears an optional field when a patch sets it to undefined, and rejects moments in an impossible order', async () => {
    const created = await store.incidents.create(
      incidentInput({ impact: { description: 'x', usersAffected: 5 } }),
      ctx,
    );
    const cleared = await store.incidents.update(created.id, 1, { impact: { description: 'x' } }, ctx);
    expect(cleared.impact.usersAffected).toBeUndefined();
    const error = await failure(
      store.incidents.update(
        created.id,
        2,
        {
          moments: { impactStart: { at: '2026-03-04T15:00:00Z' }, resolved: { at: '2026-03-04T14:00:00Z' } },
        },
        ctx,
      ),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('resolved');
    expect(error.message).toContain('impactStart');
  });

  it('deletes an incident with its children only at the current version, and audits the delete', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const event = await store.timeline.add(incident.id, { at: '2026-03-04T14:01:00Z', summary: 'page' }, ctx);
    const fresh = await store.incidents.get(incident.id);
    expect((await failure(store.incidents.delete(incident.id, 1, ctx))).code).toBe('conflict');
    expect(await store.incidents.find(incident.id)).toBeDefined();
    await store.incidents.delete(incident.id, fresh.version, { actor: 'bo' });
    expect(await store.incidents.find(incident.id)).toBeUndefined();
    expect((await failure(store.timeline.get(event.id))).code).toBe('not_found');
    const [entry] = await use.audit().list({ incidentId: incident.id, limit: 1 });
    expect(entry).toMatchObject({
      action: 'delete',
      entity: 'incident',
      entityId: incident.id,
      actor: auditedAs(use, 'bo'),
    });
  });
}
