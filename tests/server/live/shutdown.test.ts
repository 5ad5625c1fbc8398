/**
 * A server that stops (Fastify's close, as main.ts does on SIGTERM) tells its live clients it is
 * going away (1001), so they come back (with backoff) to another instance or to this one
 * restarted, and resume from their last seq. On a PGlite folder, or on one PostgreSQL database
 * under `npm run test:pg`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { connectLive, type LiveStatus } from '../../../src/client/shared/live';
import { LIVE_CLOSE } from '../../../src/shared/contract/live';
import { CA, expectOk, record, startedPo } from '../helpers/factories';
import type { TestServer } from '../helpers/server';
import { freshDatabase } from '../helpers/server';
import { startInstance } from './servers';
import { openLive } from './socket';

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`wachten op ${what} duurde te lang`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('a server shutting down', () => {
  let dir: string;
  let pgDb: { url: string; drop: () => Promise<void> } | null = null;
  let server: TestServer | null = null;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'po-live-shutdown-'));
    if (process.env.TEST_DATABASE_URL) pgDb = await freshDatabase(process.env.TEST_DATABASE_URL);
  });
  afterEach(async () => {
    await server?.close();
    server = null;
  });
  afterAll(async () => {
    await pgDb?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const start = (port?: number): Promise<TestServer> =>
    startInstance({ devKeyFile: path.join(dir, 'key.json'), port, ...(pgDb ? { databaseUrl: pgDb.url } : { pgliteDir: path.join(dir, 'pglite') }) });

  test('closes every live socket with 1001 (going away) and a reason', async () => {
    server = await start();
    const { po } = await startedPo(server);
    const sockets = await Promise.all([openLive(server, po.id, CA), openLive(server, po.id, CA)]);
    await Promise.all(sockets.map((s) => s.waitFor((m) => m.type === 'presence')));
    // One more that never says hello: it is told too.
    const silent = await openLive(server, po.id, null);

    await server.close();
    server = null;
    for (const socket of [...sockets, silent]) {
      const closed = await socket.closed;
      expect(closed.code).toBe(LIVE_CLOSE.goingAway);
      expect(closed.reason).toMatch(/server stopt/);
    }
  });

  test('does not wait for a client that never answers the close', async () => {
    server = await start();
    const { po } = await startedPo(server);
    const socket = await openLive(server, po.id, CA);
    await socket.waitFor((m) => m.type === 'presence');
    // The client stops reading: its socket will not answer the close frame.
    (socket.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    // Without the cut-off the close waits for ws's own 30 s close timeout, past this test's time.
    await server.close();
    server = null;
    socket.ws.terminate();
  });

  test('a client told 1001 reconnects with backoff and resumes where it was, without a new state', async () => {
    server = await start();
    const port = Number(new URL(server.url).port);
    const { po, items } = await startedPo(server);
    const current = (): TestServer => {
      if (!server) throw new Error('de server is weg');
      return server;
    };
    const statuses: LiveStatus[] = [];
    const seqs: number[] = [];
    let states = 0;
    const follower = connectLive({
      url: server.url,
      poId: po.id,
      getToken: () => current().token(CA),
      WebSocketImpl: WebSocket,
      backoff: { initialMs: 100, maxMs: 400 },
      onState: (m) => {
        states += 1;
        seqs.push(m.seq);
      },
      onChange: (m) => seqs.push(m.seq),
      onStatus: (st) => statuses.push(st),
    });
    try {
      await until(() => statuses.some((st) => st.state === 'live'), 'live');
      await expectOk(record(server, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Voor', ownerName: 'Tim' }));
      await until(() => seqs.length === 2, 'de eerste wijziging');

      await server.close();
      server = null;
      await until(() => statuses.some((st) => st.state === 'offline'), 'offline');
      const offline = statuses.find((st) => st.state === 'offline');
      expect(offline).toMatchObject({ state: 'offline', code: LIVE_CLOSE.goingAway, attempt: 0 });
      // Backoff with jitter: half of the first step fixed, half random.
      expect((offline as { retryInMs: number }).retryInMs).toBeGreaterThanOrEqual(50);
      expect((offline as { retryInMs: number }).retryInMs).toBeLessThanOrEqual(100);
      expect(statuses.some((st) => st.state === 'refused')).toBe(false);

      server = await start(port);
      const wasLive = statuses.filter((st) => st.state === 'live').length;
      await until(() => statuses.filter((st) => st.state === 'live').length > wasLive, 'weer live');
      await expectOk(record(server, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Na', ownerName: 'Tim' }));
      await until(() => seqs.length === 3, 'de wijziging na de herstart');
      expect(states).toBe(1);
      expect(seqs).toEqual([seqs[0], seqs[0]! + 1, seqs[0]! + 2]);
    } finally {
      follower.close();
    }
  });
});
