import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { applyChange, connectLive, type LiveConnection } from '../../../src/client/shared/live';
import type { Agendapunt, PoRecord } from '../../../src/domain';
import type { LivePo } from '../../../src/shared/contract/live';
import { CA, expectOk, NOTULIST, PH, record, startedPo } from '../../server/helpers/factories';
import type { TestServer } from '../../server/helpers/server';
import { liveTestServer } from '../../server/live/servers';

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`wachten op ${what} duurde te lang`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A client view kept only by applyChange after its first state. */
function view(s: TestServer, poId: string, userId: string): { current: () => LivePo | null; conn: LiveConnection } {
  let po: LivePo | null = null;
  const conn = connectLive({
    url: s.url,
    poId,
    getToken: () => s.token(userId),
    WebSocketImpl: WebSocket,
    onState: (m) => {
      po = m.po;
    },
    onChange: (m) => {
      if (po) po = applyChange(po, m);
    },
  });
  return { current: () => po, conn };
}

/** What the presenter shows that live changes do not carry: the PO's own update time. */
const comparable = (po: LivePo | null): Omit<LivePo, 'updatedAt'> | null => {
  if (!po) return null;
  const { updatedAt: _updatedAt, ...rest } = po;
  return rest;
};

describe('applyChange against the server', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await liveTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  test('two clients that join at different moments converge, on what a fresh read shows', async () => {
    const { po, items } = await startedPo(s);
    const early = view(s, po.id, CA);
    await until(() => early.current() !== null, 'de state');
    const id = randomUUID();
    await expectOk(
      s.api('POST', `/api/pos/${po.id}/vastleggingen`, {
        as: NOTULIST,
        body: { id, kind: 'actiepunt', agendapuntId: items.besluit, text: 'Eerst', ownerName: 'Tim', dueDate: '2027-01-15' },
      }),
    );
    await expectOk(s.api('PUT', `/api/pos/${po.id}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: items.besluit } }));
    const late = view(s, po.id, PH);
    await Promise.all([
      expectOk(record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Ingestemd.' })),
      expectOk(record(s, po.id, { kind: 'motie', agendapuntId: items.oordeel, text: 'Motie', referentie: 'M1' })),
      expectOk(s.api('PATCH', `/api/pos/${po.id}/vastleggingen/${id}`, { as: NOTULIST, body: { text: 'Gewijzigd' } })),
      expectOk(s.api('PUT', `/api/pos/${po.id}/agendapunten/${items.oordeel}/bespreking`, { as: NOTULIST, body: { bespreking: 'Steun.' } })),
      expectOk(
        record(s, po.id, { kind: 'toezegging', agendapuntId: items.geheim, text: 'Raad vertrouwelijk informeren', aan: 'gemeenteraad', ownerName: 'Bram' }),
      ),
    ]);
    const removed = await expectOk(record(s, po.id, { kind: 'actiepunt', agendapuntId: items.beeld, text: 'Weg', ownerName: 'Tim', dueDate: '2027-01-15' }));
    expect((await s.api('DELETE', `/api/pos/${po.id}/vastleggingen/${String(removed.id)}`, { as: NOTULIST })).status).toBe(204);

    const final = await expectOk(s.api<LivePo>('GET', `/api/pos/${po.id}`, { as: CA }));
    await until(() => early.current()?.seq === final.seq && late.current()?.seq === final.seq, 'de laatste seq');
    expect(comparable(early.current())).toEqual(comparable(final));
    expect(comparable(late.current())).toEqual(comparable(await expectOk(s.api<LivePo>('GET', `/api/pos/${po.id}`, { as: PH }))));
    expect(late.current()?.records).toEqual(early.current()?.records);
    early.conn.close();
    late.conn.close();
  });
});

describe('applyChange', () => {
  const item = (id: string, section: string, position: number): Agendapunt & { nummer: string } => ({
    id,
    section,
    position,
    title: id,
    purpose: 'beeldvorming',
    toelichting: '',
    voorgesteldBesluit: '',
    opdrachtnemerId: 'u-tim',
    adviseurIds: [],
    stukken: [],
    kwaliteitstoets: null,
    toetsCriteria: [],
    toetsOverruled: null,
    vertrouwelijk: false,
    plannedMinutes: null,
    beoogdeCollegedatum: null,
    bespreking: '',
    standing: false,
    nummer: '',
  });
  const rec = (id: string, createdAt: string, text = id): PoRecord => ({
    id,
    kind: 'besluitpunt',
    agendapuntId: 'a',
    text,
    createdBy: 'u-noor',
    createdAt,
    updatedAt: createdAt,
    collegeDatum: null,
    outsidePurpose: false,
  });
  const base = {
    seq: 10,
    sections: ['I', 'II'],
    agendapunten: [
      { ...item('a', 'I', 0), nummer: '1' },
      { ...item('b', 'II', 0), nummer: '2' },
    ],
    records: [],
    currentAgendapuntId: null,
  } as unknown as LivePo;
  const meta = { at: '2026-11-30T09:00:00.000Z', actorId: 'u-noor' };

  test('adds, updates and removes records in the order the server lists them, and ignores what it has seen', () => {
    let po = applyChange(base, { seq: 11, change: { type: 'record.added', payload: rec('r2', '2026-11-30T09:02:00.000Z'), ...meta } });
    po = applyChange(po, { seq: 12, change: { type: 'record.added', payload: rec('r1', '2026-11-30T09:01:00.000Z'), ...meta } });
    po = applyChange(po, { seq: 13, change: { type: 'record.updated', payload: rec('r2', '2026-11-30T09:02:00.000Z', 'nieuw'), ...meta } });
    expect(po.records.map((r) => [r.id, r.text])).toEqual([
      ['r1', 'r1'],
      ['r2', 'nieuw'],
    ]);
    expect(applyChange(po, { seq: 12, change: { type: 'record.removed', payload: { id: 'r1' }, ...meta } })).toBe(po);
    po = applyChange(po, { seq: 14, change: { type: 'record.removed', payload: { id: 'r1' }, ...meta } });
    po = applyChange(po, { seq: 15, change: { type: 'redacted' } });
    expect(po.records.map((r) => r.id)).toEqual(['r2']);
    expect(po.seq).toBe(15);
    expect(base.records).toEqual([]);
  });

  test('follows the current item, the status and the agenda order with its numbers', () => {
    let po = applyChange(base, { seq: 11, change: { type: 'po.current', payload: { currentAgendapuntId: 'b' }, ...meta } });
    po = applyChange(po, {
      seq: 12,
      change: {
        type: 'agenda.reordered',
        payload: [
          { id: 'b', section: 'I', position: 0 },
          { id: 'a', section: 'I', position: 1 },
        ],
        ...meta,
      },
    });
    expect(po.agendapunten.map((i) => [i.id, i.nummer])).toEqual([
      ['b', '1'],
      ['a', '2'],
    ]);
    po = applyChange(po, { seq: 13, change: { type: 'agendapunt.added', payload: item('c', 'I', 0), ...meta } });
    expect(po.agendapunten.map((i) => [i.id, i.nummer])).toEqual([
      ['b', '1'],
      ['c', '2'],
      ['a', '3'],
    ]);
    po = applyChange(po, { seq: 14, change: { type: 'agendapunt.removed', payload: { id: 'b' }, ...meta } });
    po = applyChange(po, { seq: 15, change: { type: 'po.status', payload: { status: 'afgesloten', currentAgendapuntId: null }, ...meta } });
    expect(po).toMatchObject({ seq: 15, status: 'afgesloten', currentAgendapuntId: null });
    expect(po.agendapunten.map((i) => [i.id, i.nummer])).toEqual([
      ['c', '1'],
      ['a', '2'],
    ]);
  });

  test('takes the time per item from the server when the current item moves', () => {
    const timings = { spent: { a: 300_000 }, current: { itemId: 'b', since: '2026-11-30T09:05:00.000Z' } };
    const po = applyChange(base, { seq: 11, change: { type: 'po.current', payload: { currentAgendapuntId: 'b', timings }, ...meta } });
    expect(po.timings).toEqual(timings);
    expect(po.currentAgendapuntId).toBe('b');
  });
});
