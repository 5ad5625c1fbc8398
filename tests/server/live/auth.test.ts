import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { LIVE_CLOSE } from '../../../src/shared/contract/live';
import { findUser } from '../../../src/server/store/directory';
import { CA, expectOk, GS, MEDEWERKER, NOTULIST, PH, record, startedPo } from '../helpers/factories';
import type { TestServer } from '../helpers/server';
import { liveTestServer } from './servers';
import { openLive, reachSeq, wsUrl, type LiveSocket } from './socket';

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

async function open(poId: string, as: string | { token: string } | null): Promise<LiveSocket> {
  const socket = await openLive(s, poId, as);
  sockets.push(socket);
  return socket;
}

async function expectRefused(socket: LiveSocket, code: number, errorId: string): Promise<string> {
  const closed = await socket.closed;
  expect(closed.code).toBe(code);
  expect(closed.reason.length).toBeGreaterThan(10);
  expect(socket.messages).toEqual([{ type: 'error', error: { id: errorId, message: expect.any(String) } }]);
  return closed.reason;
}

describe('who may follow a PO live', () => {
  test('a bad token is refused with 4401 and a Dutch reason', async () => {
    const { po } = await startedPo(s);
    const reason = await expectRefused(await open(po.id, { token: 'geen.geldig.token' }), LIVE_CLOSE.unauthenticated, 'unauthenticated');
    expect(reason).toMatch(/token is niet geldig/);
  });

  test('a token of another tenant is refused with 4401', async () => {
    const { po } = await startedPo(s);
    const token = await s.deps.devSigner!.issue({ entraId: 'x', name: 'X', email: 'x@example.org' }, { tenantId: randomUUID() });
    expect(await expectRefused(await open(po.id, { token }), LIVE_CLOSE.unauthenticated, 'unauthenticated')).toMatch(/token/);
  });

  test('a first message that is not a hello is refused with 4401', async () => {
    const { po } = await startedPo(s);
    const socket = await open(po.id, null);
    socket.ws.send(JSON.stringify({ type: 'ping' }));
    expect(await expectRefused(socket, LIVE_CLOSE.unauthenticated, 'unauthenticated')).toMatch(/hello/);
  });

  test('a user without a role in the PO is refused with 4403, an unknown PO with 4404', async () => {
    const { po } = await startedPo(s);
    expect(await expectRefused(await open(po.id, MEDEWERKER), LIVE_CLOSE.forbidden, 'forbidden')).toMatch(/geen rechten/);
    expect(await expectRefused(await open(randomUUID(), CA), LIVE_CLOSE.notFound, 'not_found')).toMatch(/bestaat niet/);
    expect(await expectRefused(await open('geen-id', CA), LIVE_CLOSE.notFound, 'not_found')).toMatch(/bestaat niet/);
  });

  test('an unknown PO with a bad token says nothing about the PO: 4401', async () => {
    await expectRefused(await open(randomUUID(), { token: 'x' }), LIVE_CLOSE.unauthenticated, 'unauthenticated');
  });

  test('a participant without notulist rights cannot record (403), and the refusal makes no change', async () => {
    const { po, items } = await startedPo(s, { participantIds: [GS] });
    const socket = await open(po.id, GS);
    const state = await socket.waitFor((m) => m.type === 'state');
    const seq = (state as { seq: number }).seq;
    const refused = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Mag niet' }, GS);
    expect(refused.status).toBe(403);
    expect((await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Wel' }, PH)).status).toBe(403);
    await expectOk(record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Door de notulist' }));
    await reachSeq(socket, seq + 1);
    expect(socket.changes().map((m) => [m.seq, m.change.type === 'record.added' && m.change.payload.text])).toEqual([[seq + 1, 'Door de notulist']]);
  });

  test('a participant who is taken off the PO is disconnected with 4403', async () => {
    const { po } = await startedPo(s, { participantIds: [GS] });
    const socket = await open(po.id, GS);
    await socket.waitFor((m) => m.type === 'state');
    await expectOk(s.api('PATCH', `/api/pos/${po.id}`, { as: CA, body: { participantIds: [] } }));
    const closed = await socket.closed;
    expect(closed.code).toBe(LIVE_CLOSE.forbidden);
    expect(socket.messages.at(-1)).toMatchObject({ type: 'error', error: { id: 'forbidden' } });
  });

  test('an authorization header on the upgrade is checked like any API request', async () => {
    const { po } = await startedPo(s);
    const ws = new WebSocket(wsUrl(s.url, po.id), { headers: { authorization: 'Bearer kapot' } });
    const status = await new Promise<number>((resolve) =>
      ws.on('unexpected-response', (req, res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      }),
    );
    ws.on('error', () => undefined);
    expect(status).toBe(401);
  });
});

describe('timeouts', () => {
  let fast: TestServer;
  beforeAll(async () => {
    fast = await liveTestServer({ live: { helloTimeoutMs: 150 } });
  });
  afterAll(async () => {
    await fast.close();
  });

  test('a client that does not say hello in time is closed with 4401', async () => {
    const socket = await openLive(fast, randomUUID(), null);
    sockets.push(socket);
    expect((await socket.closed).code).toBe(LIVE_CLOSE.unauthenticated);
    expect(socket.messages[0]).toMatchObject({ type: 'error', error: { id: 'unauthenticated', message: expect.stringMatching(/Geen aanmelding/) } });
  });
});

describe('token expiry', () => {
  test('a socket is closed with 4401 when the token of its hello expires, and a fresh token resumes', async () => {
    const { po, items } = await startedPo(s, { participantIds: [GS] });
    const gerard = await findUser(s.deps.db, GS);
    if (!gerard?.entraId) throw new Error('testgebruiker zonder Entra-id');
    const token = await s.deps.devSigner!.issue({ entraId: gerard.entraId, name: gerard.name, email: gerard.email }, { expiresIn: '2s' });
    const socket = await open(po.id, { token });
    const state = await socket.waitFor((m) => m.type === 'state');
    const closed = await socket.closed;
    expect(closed.code).toBe(LIVE_CLOSE.unauthenticated);
    expect(closed.reason).toMatch(/verlopen/);
    expect(socket.messages.at(-1)).toEqual({ type: 'error', error: { id: 'unauthenticated', message: expect.stringMatching(/verlopen/) } });

    await expectOk(record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Terwijl Gerard weg was' }, NOTULIST));
    const fresh = await s.deps.devSigner!.issue({ entraId: gerard.entraId, name: gerard.name, email: gerard.email });
    const again = await open(po.id, { token: fresh });
    const resumed = await again.waitFor((m) => m.type === 'state');
    expect(resumed).toMatchObject({ type: 'state', seq: (state as { seq: number }).seq + 1 });
    expect((resumed as { po: { records: { text: string }[] } }).po.records.map((r) => r.text)).toContain('Terwijl Gerard weg was');
    expect(again.ws.readyState).toBe(WebSocket.OPEN);
  });
});
