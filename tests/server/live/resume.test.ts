import { appendChange } from '../../../src/server/store/changes';
import { CA, expectOk, NOTULIST, record, startedPo } from '../helpers/factories';
import type { TestServer } from '../helpers/server';
import { liveTestServer } from './servers';
import { openLive, reachSeq, type LiveSocket } from './socket';

let s: TestServer;
const sockets: LiveSocket[] = [];
beforeAll(async () => {
  s = await liveTestServer();
});
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((w) => w.close()));
});
afterAll(async () => {
  await s.close();
});

async function join(poId: string, as: string, lastSeq?: number): Promise<LiveSocket> {
  const socket = await openLive(s, poId, as, { lastSeq });
  sockets.push(socket);
  return socket;
}

const seqOfState = async (socket: LiveSocket): Promise<number> => ((await socket.waitFor((m) => m.type === 'state')) as { seq: number }).seq;
const texts = (socket: LiveSocket): string[] => socket.changes().map((m) => (m.change.type === 'record.added' ? m.change.payload.text : m.change.type));

describe('resuming after a lost connection', () => {
  test('a client that was away receives exactly what it missed, once, in order, then follows again', async () => {
    const { po, items } = await startedPo(s);
    const watcher = await join(po.id, CA); // Keeps the channel alive while the other is away.
    const away = await join(po.id, NOTULIST);
    const start = await seqOfState(away);
    await expectOk(record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Gezien 1', ownerName: 'Tim' }));
    await reachSeq(away, start + 1);
    await away.close();
    for (const n of [1, 2, 3])
      await expectOk(record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: `Gemist ${n}`, ownerName: 'Tim' }));
    await reachSeq(watcher, start + 4);

    const back = await join(po.id, NOTULIST, start + 1);
    await reachSeq(back, start + 4);
    expect(back.messages.map((m) => m.type)).toEqual(['change', 'change', 'change', 'presence']);
    expect(back.changes().map((m) => m.seq)).toEqual([start + 2, start + 3, start + 4]);
    expect(texts(back)).toEqual(['Gemist 1', 'Gemist 2', 'Gemist 3']);
    await expectOk(record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Weer live', ownerName: 'Tim' }));
    await reachSeq(back, start + 5);
    expect(back.changes().map((m) => m.seq)).toEqual([start + 2, start + 3, start + 4, start + 5]);
  });

  test('a client that is up to date gets no state and nothing twice', async () => {
    const { po, items } = await startedPo(s);
    const first = await join(po.id, CA);
    const seq = await seqOfState(first);
    await first.close();
    const back = await join(po.id, CA, seq);
    await back.waitFor((m) => m.type === 'presence');
    expect(back.messages.map((m) => m.type)).toEqual(['presence']);
    await expectOk(record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Nieuw', ownerName: 'Tim' }));
    await reachSeq(back, seq + 1);
    expect(back.changes().map((m) => m.seq)).toEqual([seq + 1]);
  });

  test('resuming while the notulist keeps writing still gives every seq exactly once', async () => {
    const { po, items } = await startedPo(s);
    const first = await join(po.id, CA);
    const start = await seqOfState(first);
    await first.close();
    const write = (n: number): Promise<unknown> =>
      expectOk(record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: `Actie ${n}`, ownerName: 'Tim' }));
    await Promise.all([1, 2, 3].map(write));
    const during = Promise.all([4, 5, 6, 7, 8, 9, 10].map(write));
    const back = await join(po.id, CA, start);
    await during;
    await reachSeq(back, start + 10);
    expect(back.changes().map((m) => m.seq)).toEqual(Array.from({ length: 10 }, (_, i) => start + 1 + i));
  });

  test('a missed change of status or agenda brings a fresh state instead', async () => {
    const { po } = await startedPo(s);
    const first = await join(po.id, CA);
    const seq = await seqOfState(first);
    await first.close();
    await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: NOTULIST }));
    const back = await join(po.id, CA, seq);
    expect(await back.waitFor((m) => m.type === 'state')).toMatchObject({ seq: seq + 1, po: { status: 'afgesloten' } });
    expect(back.changes()).toEqual([]);
  });

  test('a client more than 1000 changes behind, or ahead of the PO, gets a fresh state', async () => {
    const { po, items } = await startedPo(s);
    const first = await join(po.id, CA);
    const seq = await seqOfState(first);
    await first.close();
    await s.deps.db.tx(async (sql) => {
      for (let i = 0; i < 1001; i++)
        await appendChange(sql, { poId: po.id, actorId: NOTULIST, type: 'po.current', payload: { currentAgendapuntId: i % 2 ? items.beeld : items.besluit } });
    });
    const behind = await join(po.id, CA, seq);
    expect(await behind.waitFor((m) => m.type === 'state')).toMatchObject({ seq: seq + 1001 });
    expect(behind.changes()).toEqual([]);
    const ahead = await join(po.id, CA, seq + 5000);
    expect(await ahead.waitFor((m) => m.type === 'state')).toMatchObject({ seq: seq + 1001 });
  });
});
