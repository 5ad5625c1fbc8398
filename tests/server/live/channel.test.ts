import { randomUUID } from 'node:crypto';
import type { LivePo, ServerMessage } from '../../../src/shared/contract/live';
import { CA, expectOk, NOTULIST, OPDRACHTNEMER, PH, record, startedPo } from '../helpers/factories';
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

const stateOf = async (socket: LiveSocket): Promise<Extract<ServerMessage, { type: 'state' }>> =>
  (await socket.waitFor((m) => m.type === 'state')) as Extract<ServerMessage, { type: 'state' }>;

describe('live channel', () => {
  test('a joining client gets the PO as the REST API presents it to that user, tagged with its seq', async () => {
    const { po } = await startedPo(s);
    const socket = await join(po.id, PH);
    const state = await stateOf(socket);
    const rest = await expectOk(s.api<LivePo>('GET', `/api/pos/${po.id}`, { as: PH }));
    expect(state.po).toEqual(rest);
    expect(state.seq).toBe(rest.seq);
    expect(socket.messages.map((m) => m.type)).toEqual(['state', 'presence']);
  });

  test('three clients see the same gapless sequence of changes while records are written concurrently', async () => {
    const { po, items } = await startedPo(s);
    const clients = await Promise.all([CA, PH, NOTULIST, OPDRACHTNEMER].map((u) => join(po.id, u)));
    // Every client is in before the writes start: each has its state, at the same seq.
    const states = await Promise.all(clients.map(stateOf));
    const start = states[0]!.seq;
    expect(states.map((x) => x.seq)).toEqual(states.map(() => start));
    const writes = Array.from({ length: 12 }, (_, i) =>
      record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: i % 2 ? items.besluit : items.oordeel, text: `Actie ${i}`, ownerName: 'Tim' }),
    );
    writes.push(s.api('PUT', `/api/pos/${po.id}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: items.besluit } }) as never);
    for (const res of await Promise.all(writes)) expect(res.status).toBeLessThan(300);
    const last = start + 13;
    await Promise.all(clients.map((c) => reachSeq(c, last)));
    const expected = Array.from({ length: 13 }, (_, i) => start + 1 + i);
    const lists = clients.map((c) => c.changes().map((m) => JSON.stringify(m)));
    for (const c of clients) expect(c.changes().map((m) => m.seq)).toEqual(expected);
    for (const list of lists) expect(list).toEqual(lists[0]);
    const texts = clients[0]!.changes().flatMap((m) => (m.change.type === 'record.added' ? [m.change.payload.text] : []));
    expect(texts.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `Actie ${i}`).sort());
  });

  test('clients that join while records are being written each get a state and then every later change, once', async () => {
    for (let round = 0; round < 5; round++) {
      const { po, items } = await startedPo(s);
      const joining = [CA, PH, NOTULIST, OPDRACHTNEMER, CA].map((u) => join(po.id, u));
      const writes = Array.from({ length: 10 }, (_, i) =>
        record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: `Actie ${i}`, ownerName: 'Tim' }),
      );
      const clients = await Promise.all(joining);
      for (const res of await Promise.all(writes)) expect(res.status).toBe(201);
      const final = (await expectOk(s.api<LivePo>('GET', `/api/pos/${po.id}`, { as: CA }))).seq;
      await Promise.all(clients.map((c) => reachSeq(c, final)));
      for (const c of clients) {
        const state = await stateOf(c);
        expect(c.changes().map((m) => m.seq)).toEqual(Array.from({ length: final - state.seq }, (_, i) => state.seq + 1 + i));
      }
      await Promise.all(sockets.splice(0).map((w) => w.close()));
    }
  });

  test('a change carries type, payload, time and actor; a bespreking stays a change, a status change sends a fresh state', async () => {
    const { po, items } = await startedPo(s);
    const socket = await join(po.id, CA);
    const { seq } = await stateOf(socket);
    const id = randomUUID();
    await expectOk(
      s.api('POST', `/api/pos/${po.id}/vastleggingen`, { as: NOTULIST, body: { id, kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Ingestemd.' } }),
    );
    const added = await reachSeq(socket, seq + 1);
    expect(added).toMatchObject({
      type: 'change',
      seq: seq + 1,
      change: { type: 'record.added', actorId: NOTULIST, payload: { id, kind: 'besluitpunt', text: 'Ingestemd.' } },
    });
    expect(Date.parse((added as { change: { at: string } }).change.at)).not.toBeNaN();

    await expectOk(s.api('PUT', `/api/pos/${po.id}/agendapunten/${items.oordeel}/bespreking`, { as: NOTULIST, body: { bespreking: 'Brede steun.' } }));
    expect(await reachSeq(socket, seq + 2)).toMatchObject({
      type: 'change',
      change: { type: 'agendapunt.updated', payload: { id: items.oordeel, bespreking: 'Brede steun.' } },
    });

    await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: NOTULIST }));
    const fresh = await reachSeq(socket, seq + 3);
    expect(fresh).toMatchObject({ type: 'state', seq: seq + 3, po: { status: 'afgesloten' } });
    const rest = await expectOk(s.api<LivePo>('GET', `/api/pos/${po.id}`, { as: CA }));
    expect((fresh as { po: LivePo }).po).toEqual(rest);
  });

  test('a client that only listens to another PO receives nothing of this one', async () => {
    const a = await startedPo(s);
    const b = await startedPo(s);
    const onB = await join(b.po.id, CA);
    await stateOf(onB);
    await expectOk(record(s, a.po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: a.items.besluit, text: 'Alleen A', ownerName: 'Tim' }));
    await expectOk(record(s, b.po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: b.items.besluit, text: 'Alleen B', ownerName: 'Tim' }));
    await onB.waitFor((m) => m.type === 'change');
    expect(onB.changes().map((m) => (m.change.type === 'record.added' ? m.change.payload.text : m.change.type))).toEqual(['Alleen B']);
  });

  test('answers an application ping with a pong', async () => {
    const { po } = await startedPo(s);
    const socket = await join(po.id, CA);
    await stateOf(socket);
    socket.ws.send(JSON.stringify({ type: 'ping' }));
    await socket.waitFor((m) => m.type === 'pong');
  });
});
