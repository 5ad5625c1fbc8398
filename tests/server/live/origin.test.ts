/**
 * Who may open the live channel from a browser (the Origin of the upgrade), refused tokens in the
 * hello in the audit log, and how many live connections one user may have open at once.
 */
import WebSocket from 'ws';
import { connectLive, type LiveStatus } from '../../../src/client/shared/live';
import { LIVE_CLOSE, type ServerMessage } from '../../../src/shared/contract/live';
import { CA, GS, NOTULIST, PH, startedPo } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';
import { openLive, wsUrl, type LiveSocket } from './socket';

let s: TestServer;
let poId = '';
const sockets: LiveSocket[] = [];
beforeAll(async () => {
  s = await startTestServer({ APP_BASE_URL: 'https://po.velsen.example' });
  poId = (await startedPo(s)).po.id;
});
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((w) => w.close()));
});
afterAll(async () => {
  await s.close();
});

/** Opens the channel with this Origin: the upgrade's status and, when it opened, the first message after the hello. */
async function withOrigin(origin: string | undefined, as = CA): Promise<{ status: number; body?: unknown; first?: ServerMessage }> {
  const ws = new WebSocket(wsUrl(s.url, poId), origin === undefined ? {} : { origin });
  ws.on('error', () => undefined);
  const opened = await new Promise<{ status: number; body?: unknown }>((resolve) => {
    ws.once('open', () => resolve({ status: 101 }));
    ws.once('unexpected-response', (req, res) => {
      let text = '';
      res.on('data', (c: Buffer) => {
        text += c.toString();
      });
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown });
        req.destroy();
      });
    });
  });
  if (opened.status !== 101) return opened;
  const first = new Promise<ServerMessage>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)) as ServerMessage)));
  ws.send(JSON.stringify({ type: 'hello', token: await s.token(as) }));
  const message = await first;
  ws.close();
  return { status: 101, first: message };
}

describe('Origin of the upgrade', () => {
  test.each([
    ['another site', 'https://evil.example'],
    ['a look-alike of Teams', 'https://teams.microsoft.com.evil.example'],
    ['Teams over http', 'http://teams.microsoft.com'],
    ['a sandboxed frame or a file (null)', 'null'],
  ])('%s is refused with 403 before the upgrade', async (_name, origin) => {
    const res = await withOrigin(origin);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: { id: 'forbidden', message: expect.stringMatching(/Origin niet toegestaan/), problems: [] } });
  });

  test.each([
    ['the page of the app itself (the host it is reached at)', () => new URL(s.url).origin],
    ['the configured APP_BASE_URL', () => 'https://po.velsen.example'],
    ['Teams', () => 'https://teams.microsoft.com'],
    ['a Teams subdomain', () => 'https://gov.teams.microsoft.com'],
    ['Outlook on the web', () => 'https://outlook.office.com'],
    ['no Origin: not a browser (tests, bench); the token is still required', () => undefined],
  ])('%s is accepted', async (_name, origin) => {
    const res = await withOrigin(origin());
    expect(res.status).toBe(101);
    expect(res.first).toMatchObject({ type: 'state' });
  });
});

describe('sign-in on the live channel', () => {
  test("a refused token in the hello is audited like the API's (4401 to the client)", async () => {
    const ws = new WebSocket(wsUrl(s.url, poId), { headers: { 'user-agent': 'livetest-kapot' } });
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(JSON.stringify({ type: 'hello', token: 'kapot.token.hier' }));
    expect(await closed).toBe(LIVE_CLOSE.unauthenticated);
    const rows = await s.deps.db.query<{ action: string; result: string; actor_id: string | null; after: Record<string, unknown> }>(
      "SELECT action, result, actor_id, after FROM audit_log WHERE origin->>'userAgent' = 'livetest-kapot'",
    );
    expect(rows).toEqual([
      {
        action: 'aanmelden',
        result: 'geweigerd',
        actor_id: null,
        after: { reason: expect.stringMatching(/niet geldig/), request: `live /api/pos/${poId}/live` },
      },
    ]);
  });
});

/** Each test its own users: a closed socket's place is freed a moment after the client sees the close. */
describe('connections per user', () => {
  let few: TestServer;
  let po = '';
  beforeAll(async () => {
    few = await startTestServer({ LIVE_MAX_CONNECTIONS_PER_USER: 2 });
    po = (await startedPo(few, { participantIds: [GS] })).po.id;
  });
  afterAll(async () => {
    await few.close();
  });

  const open = async (as: string): Promise<LiveSocket> => {
    const socket = await openLive(few, po, as);
    sockets.push(socket);
    return socket;
  };

  test('one more than the maximum is refused with 4429 and a Dutch reason; other users are not affected', async () => {
    const first = await open(NOTULIST);
    const second = await open(NOTULIST);
    await Promise.all([first, second].map((w) => w.waitFor((m) => m.type === 'state')));
    const third = await open(NOTULIST);
    const closed = await third.closed;
    expect(closed.code).toBe(LIVE_CLOSE.tooManyConnections);
    expect(closed.reason).toMatch(/al 2 live-verbindingen open/);
    expect(third.messages).toEqual([{ type: 'error', error: { id: 'rate_limited', message: expect.stringMatching(/Sluit een ander venster/) } }]);
    await (await open(GS)).waitFor((m) => m.type === 'state');
    expect(first.ws.readyState).toBe(WebSocket.OPEN);
  });

  test('a closed connection frees its place', async () => {
    const first = await open(CA);
    await (await open(CA)).waitFor((m) => m.type === 'state');
    await first.waitFor((m) => m.type === 'state');
    await first.close();
    // The server hears of the close a moment after the client: try until the place is free.
    let admitted: ServerMessage | null = null;
    for (let attempt = 0; attempt < 50 && !admitted; attempt++) {
      const next = await open(CA);
      admitted = await Promise.race([next.waitFor((m) => m.type === 'state').catch(() => null), next.closed.then(() => null)]);
    }
    expect(admitted).toMatchObject({ type: 'state' });
  });

  test('the browser client takes 4429 as final: no reconnecting in a loop', async () => {
    const statuses: LiveStatus[] = [];
    const held = [await open(PH), await open(PH)];
    await Promise.all(held.map((w) => w.waitFor((m) => m.type === 'state')));
    const conn = connectLive({
      url: few.url,
      poId: po,
      getToken: () => few.token(PH),
      WebSocketImpl: WebSocket,
      backoff: { initialMs: 1, maxMs: 5 },
      onState: () => undefined,
      onChange: () => undefined,
      onStatus: (st) => statuses.push(st),
    });
    try {
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (statuses.some((x) => x.state === 'refused')) {
            clearInterval(check);
            resolve();
          }
        }, 5);
      });
      expect(statuses.map((x) => x.state)).toEqual(['connecting', 'refused']);
      expect(statuses[1]).toMatchObject({ state: 'refused', code: LIVE_CLOSE.tooManyConnections, errorId: 'rate_limited' });
    } finally {
      conn.close();
    }
  });
});
