/**
 * The server stopped and started again mid-meeting, on the same data (a PGlite folder, or the same
 * PostgreSQL database under `npm run test:pg`): nothing it acknowledged is lost, the notulist's
 * outbox delivers what it could not send meanwhile, and a follower resumes without gaps or doubles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { applyChange, connectLive, createOutbox, type OutboxWrite, type ResponseLike, type StorageLike } from '../../../src/client/shared/live';
import type { LivePo } from '../../../src/shared/contract/live';
import { CA, expectOk, NOTULIST, startedPo } from '../helpers/factories';
import type { TestServer } from '../helpers/server';
import { freshDatabase } from '../helpers/server';
import { startInstance } from './servers';

class MemoryStorage implements StorageLike {
  private readonly items = new Map<string, string>();
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

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`wachten op ${what} duurde te lang`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('a server restart mid-meeting', () => {
  let dir: string;
  let pgDb: { url: string; drop: () => Promise<void> } | null = null;
  let server: TestServer | null = null;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'po-live-restart-'));
    if (process.env.TEST_DATABASE_URL) pgDb = await freshDatabase(process.env.TEST_DATABASE_URL);
  });
  afterAll(async () => {
    await server?.close();
    await pgDb?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const start = (port?: number): Promise<TestServer> =>
    startInstance({ devKeyFile: path.join(dir, 'key.json'), port, ...(pgDb ? { databaseUrl: pgDb.url } : { pgliteDir: path.join(dir, 'pglite') }) });

  test('loses nothing it acknowledged, and everyone catches up after it is back', async () => {
    server = await start();
    const port = Number(new URL(server.url).port);
    const url = server.url;
    const { po, items } = await startedPo(server);
    const current = (): TestServer => {
      if (!server) throw new Error('de server is weg');
      return server;
    };

    let view: LivePo | null = null;
    const seqs: number[] = [];
    const follower = connectLive({
      url,
      poId: po.id,
      getToken: () => current().token(CA),
      WebSocketImpl: WebSocket,
      backoff: { initialMs: 50, maxMs: 200 },
      onState: (m) => {
        view = m.po;
        seqs.push(m.seq);
      },
      onChange: (m) => {
        seqs.push(m.seq);
        if (view) view = applyChange(view, m);
      },
    });
    const acknowledged: string[] = [];
    const send = async (w: OutboxWrite): Promise<ResponseLike> => {
      const res = await fetch(`${url}${w.path}`, {
        method: w.method,
        body: JSON.stringify(w.body),
        headers: { authorization: `Bearer ${await current().token(NOTULIST)}`, 'content-type': 'application/json' },
      });
      if (res.ok) acknowledged.push((w.body as { id: string }).id);
      return res;
    };
    const outbox = createOutbox({ storage: new MemoryStorage(), send, backoff: { initialMs: 50, maxMs: 200 } });
    const note = (text: string): void => {
      outbox.enqueue({
        method: 'POST',
        path: `/api/pos/${po.id}/vastleggingen`,
        body: { id: randomUUID(), kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text, ownerName: 'Tim' },
      });
    };

    await until(() => view !== null, 'de state');
    ['Voor 1', 'Voor 2', 'Voor 3'].forEach(note);
    await until(() => outbox.pending() === 0, 'de eerste punten');
    expect(acknowledged).toHaveLength(3);

    // Stopped right after acknowledging, without waiting for anyone to read it.
    await server.close();
    server = null;
    ['Tijdens 1', 'Tijdens 2'].forEach(note);
    await new Promise((r) => setTimeout(r, 200));
    expect(outbox.pending()).toBe(2);

    server = await start(port);
    await until(() => outbox.pending() === 0, 'de punten van tijdens de storing');
    const final = await expectOk(server.api<LivePo>('GET', `/api/pos/${po.id}`, { as: CA }));
    expect(final.records.map((r) => r.text)).toEqual(['Voor 1', 'Voor 2', 'Voor 3', 'Tijdens 1', 'Tijdens 2']);
    expect(new Set(acknowledged)).toEqual(new Set(final.records.map((r) => r.id)));

    await until(() => view?.seq === final.seq, 'de volger');
    expect(view!.records).toEqual(final.records);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => seqs[0]! + i));
    follower.close();
  });
});
