import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import {
  connectLive,
  createOutbox,
  pendingText,
  type OutboxEvent,
  type OutboxStatus,
  type OutboxWrite,
  type ResponseLike,
  type StorageLike,
} from '../../../src/client/shared/live';
import type { LiveChange, RedactedChange } from '../../../src/shared/contract/live';
import { expectOk, NOTULIST, startedPo, type PoView } from '../../server/helpers/factories';
import type { TestServer } from '../../server/helpers/server';
import { liveTestServer } from '../../server/live/servers';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const response = (status: number, body: unknown = {}): ResponseLike => ({ status, json: async () => body });
const write = (n: number) => ({ method: 'POST' as const, path: '/api/pos/p/vastleggingen', body: { id: `id-${n}`, text: `Punt ${n}` } });
const bodyText = (w: OutboxWrite): string => (w.body as { text: string }).text;

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`wachten op ${what} duurde te lang`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the outbox', () => {
  test('stores writes before sending, sends them in order, and keeps what is unsent across a reload', async () => {
    const storage = new MemoryStorage();
    const sent: string[] = [];
    let online = false;
    const send = async (w: OutboxWrite): Promise<ResponseLike> => {
      if (!online) throw new TypeError('Failed to fetch');
      sent.push(bodyText(w));
      return response(201);
    };
    const first = createOutbox({ storage, send, backoff: { initialMs: 60_000 } });
    const statuses: OutboxStatus[] = [];
    first.subscribe((status) => statuses.push(status));
    [1, 2, 3].forEach((n) => first.enqueue(write(n)));
    await first.flush();
    expect(first.pending()).toBe(3);
    expect(statuses.at(-1)).toEqual({ pending: 3, text: '3 wijzigingen nog niet verzonden' });
    first.stop(); // The page is closed.

    online = true;
    const second = createOutbox({ storage, send, autoStart: false });
    expect(second.list().map(bodyText)).toEqual(['Punt 1', 'Punt 2', 'Punt 3']);
    second.enqueue(write(4));
    await second.flush();
    expect(sent).toEqual(['Punt 1', 'Punt 2', 'Punt 3', 'Punt 4']);
    expect(second.pending()).toBe(0);
    expect(storage.items.size).toBe(0);
  });

  test('retries what got no answer with backoff, and a write deleted meanwhile (409 record_deleted) is done and reported', async () => {
    const storage = new MemoryStorage();
    const answers: (ResponseLike | Error)[] = [
      new Error('offline'),
      response(503),
      response(200),
      response(409, { error: { id: 'record_deleted', message: 'Verwijderd.' } }),
      response(201),
    ];
    const tried: string[] = [];
    const events: OutboxEvent[] = [];
    const outbox = createOutbox({
      storage,
      backoff: { initialMs: 5, maxMs: 10 },
      send: async (w) => {
        tried.push(bodyText(w));
        const answer = answers.shift()!;
        if (answer instanceof Error) throw answer;
        return answer;
      },
    });
    outbox.subscribe((_s, e) => {
      if (e) events.push(e);
    });
    [1, 2, 3].forEach((n) => outbox.enqueue(write(n)));
    await until(() => outbox.pending() === 0, 'een lege outbox');
    expect(tried).toEqual(['Punt 1', 'Punt 1', 'Punt 1', 'Punt 2', 'Punt 3']);
    expect(events.map((e) => e.type)).toEqual(['retrying', 'retrying', 'sent', 'deleted', 'sent']);
    expect(events[1]).toMatchObject({ type: 'retrying', status: 503 });
  });

  test('a write refused for good is dropped and reported, so the writes after it still go', async () => {
    const events: OutboxEvent[] = [];
    const outbox = createOutbox({
      storage: new MemoryStorage(),
      send: async (w) => (bodyText(w) === 'Punt 1' ? response(403, { error: { id: 'forbidden', message: 'Geen rechten.' } }) : response(201)),
    });
    outbox.subscribe((_s, e) => {
      if (e) events.push(e);
    });
    outbox.enqueue(write(1));
    outbox.enqueue(write(2));
    await until(() => outbox.pending() === 0, 'een lege outbox');
    expect(events).toEqual([
      expect.objectContaining({ type: 'rejected', status: 403, error: { id: 'forbidden', message: 'Geen rechten.' } }),
      expect.objectContaining({ type: 'sent', status: 201 }),
    ]);
  });

  test('tells how many changes are not sent yet, in Dutch', () => {
    expect([0, 1, 2].map(pendingText)).toEqual([null, '1 wijziging nog niet verzonden', '2 wijzigingen nog niet verzonden']);
  });
});

describe('the outbox against the server', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await liveTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  test('a write whose answer was lost after the server applied it is sent again and not duplicated', async () => {
    const { po, items } = await startedPo(s);
    const changes: { seq: number; change: LiveChange | RedactedChange }[] = [];
    let live = false;
    const conn = connectLive({
      url: s.url,
      poId: po.id,
      getToken: () => s.token(NOTULIST),
      WebSocketImpl: WebSocket,
      onState: () => {
        live = true;
      },
      onChange: (m) => changes.push(m),
    });
    await until(() => live, 'de state');
    let dropped = 0;
    const send = async (w: OutboxWrite): Promise<ResponseLike> => {
      const res = await fetch(`${s.url}${w.path}`, {
        method: w.method,
        body: JSON.stringify(w.body),
        headers: { authorization: `Bearer ${await s.token(NOTULIST)}`, 'content-type': 'application/json' },
      });
      if (dropped === 0) {
        dropped += 1;
        throw new TypeError('network error: the answer never arrived');
      }
      return res;
    };
    const statuses: number[] = [];
    const outbox = createOutbox({ storage: new MemoryStorage(), send, backoff: { initialMs: 5, maxMs: 10 } });
    outbox.subscribe((_s, e) => {
      if (e?.type === 'sent') statuses.push(e.status);
    });
    const id = randomUUID();
    outbox.enqueue({
      method: 'POST',
      path: `/api/pos/${po.id}/vastleggingen`,
      body: { id, kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Eenmaal vastgelegd.' },
    });
    await until(() => outbox.pending() === 0, 'verzonden');
    expect(statuses).toEqual([200]); // The retry found the stored record.
    const after = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: NOTULIST }));
    expect(after.records.filter((r) => r.id === id)).toHaveLength(1);
    // A later write reaches the live client after everything the first one caused: by then it has
    // had exactly one change for the retried write.
    const next = randomUUID();
    outbox.enqueue({
      method: 'POST',
      path: `/api/pos/${po.id}/vastleggingen`,
      body: { id: next, kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Daarna vastgelegd.' },
    });
    await until(() => changes.length >= 2, 'de tweede wijziging');
    expect(changes.map((c) => [c.change.type, (c.change as { payload?: { id?: string } }).payload?.id])).toEqual([
      ['record.added', id],
      ['record.added', next],
    ]);
    conn.close();
  });
});
