import WebSocket from 'ws';
import {
  backoffDelay,
  connectLive,
  liveUrl,
  type LiveConnection,
  type LiveStatus,
  type WebSocketConstructor,
  type WebSocketEventLike,
} from '../../../src/client/shared/live';
import type { LiveChange, LivePo, PresenceUser, RedactedChange } from '../../../src/shared/contract/live';
import { CA, expectOk, MEDEWERKER, record, startedPo } from '../../server/helpers/factories';
import type { TestServer } from '../../server/helpers/server';
import { liveTestServer } from '../../server/live/servers';

let s: TestServer;
const connections: LiveConnection[] = [];
beforeAll(async () => {
  s = await liveTestServer();
});
afterEach(() => {
  connections.splice(0).forEach((c) => c.close());
});
afterAll(async () => {
  await s.close();
});

/** A `ws` WebSocket the test can cut, like a network that drops. */
class CuttableSocket extends WebSocket {
  static all: CuttableSocket[] = [];
  constructor(url: string) {
    super(url);
    CuttableSocket.all.push(this);
  }
}

interface Seen {
  states: { seq: number; po: LivePo }[];
  changes: { seq: number; change: LiveChange | RedactedChange }[];
  presence: PresenceUser[][];
  statuses: LiveStatus[];
}

function follow(poId: string, userId: string, extra: { lastSeq?: number; WebSocketImpl?: WebSocketConstructor } = {}): { seen: Seen; conn: LiveConnection } {
  const seen: Seen = { states: [], changes: [], presence: [], statuses: [] };
  const conn = connectLive({
    url: s.url,
    poId,
    getToken: () => s.token(userId),
    WebSocketImpl: extra.WebSocketImpl ?? WebSocket,
    lastSeq: extra.lastSeq,
    backoff: { initialMs: 20, maxMs: 200 },
    onState: (m) => seen.states.push(m),
    onChange: (m) => seen.changes.push(m),
    onPresence: (u) => seen.presence.push(u),
    onStatus: (st) => seen.statuses.push(st),
  });
  connections.push(conn);
  return { seen, conn };
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`wachten op ${what} duurde te lang`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('connectLive', () => {
  test('turns an http(s) origin into the live URL of the PO', () => {
    expect(liveUrl('https://po.velsen.nl/', 'abc')).toBe('wss://po.velsen.nl/api/pos/abc/live');
    expect(liveUrl('http://127.0.0.1:3978', 'abc')).toBe('ws://127.0.0.1:3978/api/pos/abc/live');
  });

  test('gets the state, then changes and presence, and reports being live', async () => {
    const { po, items } = await startedPo(s);
    const { seen, conn } = follow(po.id, CA);
    await until(() => seen.statuses.some((x) => x.state === 'live'), 'live');
    expect(seen.statuses[0]).toEqual({ state: 'connecting', attempt: 0 });
    expect(seen.states).toHaveLength(1);
    expect(seen.presence.at(-1)?.map((u) => u.id)).toEqual([CA]);
    await expectOk(record(s, po.id, { kind: 'actiepunt', agendapuntId: items.besluit, text: 'Live', ownerName: 'Tim', dueDate: '2027-01-15' }));
    await until(() => seen.changes.length === 1, 'de wijziging');
    expect(seen.changes[0]?.seq).toBe((seen.states[0]?.seq ?? 0) + 1);
    expect(conn.lastSeq).toBe(seen.changes[0]?.seq);
  });

  test('after a dropped connection it reconnects with backoff and resumes: every change once, no new state', async () => {
    const { po, items } = await startedPo(s);
    CuttableSocket.all = [];
    const { seen } = follow(po.id, CA, { WebSocketImpl: CuttableSocket });
    await until(() => seen.states.length === 1 && seen.presence.length > 0, 'de state');
    const write = (n: number): Promise<unknown> =>
      expectOk(record(s, po.id, { kind: 'actiepunt', agendapuntId: items.besluit, text: `Actie ${n}`, ownerName: 'Tim', dueDate: '2027-01-15' }));
    await write(1);
    await until(() => seen.changes.length === 1, 'actie 1');
    CuttableSocket.all[0]?.terminate();
    await until(() => seen.statuses.some((x) => x.state === 'offline'), 'offline');
    await write(2);
    await write(3);
    await until(() => seen.changes.length === 3, 'acties 2 en 3', 8000);
    await write(4);
    await until(() => seen.changes.length === 4, 'actie 4');
    const start = seen.states[0]!.seq;
    expect(seen.changes.map((c) => c.seq)).toEqual([start + 1, start + 2, start + 3, start + 4]);
    expect(seen.states).toHaveLength(1);
    expect(CuttableSocket.all.length).toBeGreaterThanOrEqual(2);
    expect(seen.statuses.filter((x) => x.state === 'live')).toHaveLength(2);
  });

  test('stops at a refusal: 4403 for a user without rights, 4401 when the token keeps failing', async () => {
    const { po } = await startedPo(s);
    const { seen } = follow(po.id, MEDEWERKER);
    await until(() => seen.statuses.some((x) => x.state === 'refused'), 'weigering');
    expect(seen.statuses.at(-1)).toMatchObject({ state: 'refused', code: 4403, errorId: 'forbidden' });
    expect(seen.statuses.filter((x) => x.state === 'connecting')).toHaveLength(1);

    const bad: LiveStatus[] = [];
    connections.push(
      connectLive({
        url: s.url,
        poId: po.id,
        getToken: () => 'kapot',
        WebSocketImpl: WebSocket,
        backoff: { initialMs: 10, maxMs: 20 },
        onState: () => undefined,
        onChange: () => undefined,
        onStatus: (x) => bad.push(x),
      }),
    );
    await until(() => bad.some((x) => x.state === 'refused'), 'weigering');
    expect(bad.at(-1)).toMatchObject({ state: 'refused', code: 4401, errorId: 'unauthenticated' });
    expect(bad.filter((x) => x.state === 'connecting')).toHaveLength(2);
  });
});

describe('dedupe and gaps', () => {
  /** A scripted server: sends what the test says, records what the client says. */
  class ScriptedSocket {
    static last: ScriptedSocket[] = [];
    readyState = 0;
    sent: string[] = [];
    private listeners = new Map<string, ((e: WebSocketEventLike) => void)[]>();
    constructor(readonly url: string) {
      ScriptedSocket.last.push(this);
      setTimeout(() => {
        this.readyState = 1;
        this.fire({ type: 'open' });
      }, 0);
    }
    addEventListener(type: string, l: (e: WebSocketEventLike) => void): void {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
    }
    send(data: string): void {
      this.sent.push(data);
    }
    close(): void {
      this.readyState = 3;
      this.fire({ type: 'close', code: 1000, reason: '' });
    }
    fire(e: WebSocketEventLike): void {
      for (const l of this.listeners.get(e.type) ?? []) l(e);
    }
    deliver(m: unknown): void {
      this.fire({ type: 'message', data: JSON.stringify(m) });
    }
  }

  test('drops a change it already has, and reconnects from its last seq when one is missing', async () => {
    ScriptedSocket.last = [];
    const seqs: number[] = [];
    connections.push(
      connectLive({
        url: 'http://example.invalid',
        poId: 'p',
        getToken: () => 't',
        lastSeq: 5,
        WebSocketImpl: ScriptedSocket,
        backoff: { initialMs: 1, maxMs: 2 },
        onState: () => undefined,
        onChange: (m) => seqs.push(m.seq),
      }),
    );
    await until(() => ScriptedSocket.last[0]?.sent.length === 1, 'hello');
    expect(JSON.parse(ScriptedSocket.last[0]!.sent[0]!)).toEqual({ type: 'hello', token: 't', lastSeq: 5 });
    const change = (seq: number) => ({ type: 'change', seq, change: { type: 'redacted' } });
    const first = ScriptedSocket.last[0]!;
    [change(5), change(6), change(6), change(7), change(9), change(10)].forEach((m) => first.deliver(m));
    expect(seqs).toEqual([6, 7]);
    await until(() => ScriptedSocket.last[1]?.sent.length === 1, 'een nieuwe hello');
    expect(JSON.parse(ScriptedSocket.last[1]!.sent[0]!)).toMatchObject({ lastSeq: 7 });
  });
});

describe('backoffDelay', () => {
  test('grows exponentially up to the cap, with half of each step random', () => {
    const low = (n: number) => backoffDelay(n, { initialMs: 100, maxMs: 1000 }, () => 0);
    const high = (n: number) => backoffDelay(n, { initialMs: 100, maxMs: 1000 }, () => 1);
    expect([0, 1, 2, 3, 4, 10].map(low)).toEqual([50, 100, 200, 400, 500, 500]);
    expect([0, 1, 2, 3, 4, 10].map(high)).toEqual([100, 200, 400, 800, 1000, 1000]);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(3, { initialMs: 100, maxMs: 1000 })));
    expect(spread.size).toBeGreaterThan(10);
  });
});
