/**
 * Server instances on one PostgreSQL database (TEST_DATABASE_URL; `npm run test:pg`): a change
 * made through one reaches the live clients of the other (LISTEN/NOTIFY), also after the listening
 * connection was cut, and also when its notification never came.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { appendChange } from '../../../src/server/store/changes';
import { CA, NOTULIST, PH, startedPo } from '../helpers/factories';
import type { TestServer } from '../helpers/server';
import { freshDatabase } from '../helpers/server';
import { startInstance } from './servers';
import { openLive, reachSeq, type LiveSocket } from './socket';

const baseUrl = process.env.TEST_DATABASE_URL;
const describePg = baseUrl ? describe : describe.skip;

describePg('server instances on one PostgreSQL database', () => {
  let db: { url: string; drop: () => Promise<void> };
  let a: TestServer;
  let b: TestServer;
  /** Compares its channels' cursors with the database often; a and b hardly (their tests are about NOTIFY). */
  let c: TestServer;
  let dir: string;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    db = await freshDatabase(baseUrl!);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'po-live-'));
    const devKeyFile = path.join(dir, 'key.json');
    a = await startInstance({ databaseUrl: db.url, devKeyFile, live: { sweepMs: 60_000 } });
    b = await startInstance({ databaseUrl: db.url, devKeyFile, live: { sweepMs: 60_000 } });
    c = await startInstance({ databaseUrl: db.url, devKeyFile, live: { sweepMs: 200 } });
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((w) => w.close()));
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await c.close();
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const join = async (s: TestServer, poId: string, as: string): Promise<{ socket: LiveSocket; seq: number }> => {
    const socket = await openLive(s, poId, as);
    sockets.push(socket);
    const state = (await socket.waitFor((m) => m.type === 'state')) as { seq: number };
    return { socket, seq: state.seq };
  };
  const write = async (s: TestServer, poId: string, itemId: string, text: string): Promise<void> => {
    const res = await s.api('POST', `/api/pos/${poId}/vastleggingen`, {
      as: NOTULIST,
      body: { id: randomUUID(), kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: itemId, text, ownerName: 'Tim' },
    });
    expect(res.status).toBe(201);
  };
  const texts = (socket: LiveSocket): string[] => socket.changes().map((m) => (m.change.type === 'record.added' ? m.change.payload.text : m.change.type));

  test('each instance delivers the changes made through the other, in one order', async () => {
    const {
      po: { id: poId },
      items: { besluit: open },
    } = await startedPo(a);
    const onA = await join(a, poId, CA);
    const onB = await join(b, poId, PH);
    expect(onB.seq).toBe(onA.seq);
    await write(a, poId, open, 'Via A');
    await write(b, poId, open, 'Via B');
    await Promise.all([write(a, poId, open, 'A tegelijk'), write(b, poId, open, 'B tegelijk')]);
    await Promise.all([reachSeq(onA.socket, onA.seq + 4), reachSeq(onB.socket, onB.seq + 4)]);
    expect(onA.socket.changes().map((m) => m.seq)).toEqual([1, 2, 3, 4].map((n) => onA.seq + n));
    expect(texts(onB.socket)).toEqual(texts(onA.socket));
    expect(texts(onB.socket).slice(0, 2)).toEqual(['Via A', 'Via B']);
  });

  test('a change too large to travel in its notification is read from the database', async () => {
    const {
      po: { id: poId },
      items: { besluit: open },
    } = await startedPo(a);
    const onB = await join(b, poId, PH);
    const long = `Lang verslag ${'van de bespreking '.repeat(600)}`.trim();
    await write(a, poId, open, long);
    await write(a, poId, open, 'Kort');
    await reachSeq(onB.socket, onB.seq + 2);
    expect(texts(onB.socket)).toEqual([long, 'Kort']);
  });

  test('after its listening connection is cut, an instance reconnects and catches up', async () => {
    const {
      po: { id: poId },
      items: { besluit: open },
    } = await startedPo(a);
    const onB = await join(b, poId, PH);
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    const cut = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'po-overleg-live' AND datname = current_database()",
    );
    await admin.end();
    expect(cut.rowCount).toBe(3);
    await write(a, poId, open, 'Tijdens de storing');
    await reachSeq(onB.socket, onB.seq + 1, 10_000);
    expect(texts(onB.socket)).toEqual(['Tijdens de storing']);
    await write(a, poId, open, 'Daarna');
    await reachSeq(onB.socket, onB.seq + 2, 10_000);
    expect(texts(onB.socket)).toEqual(['Tijdens de storing', 'Daarna']);
  });

  test('a change whose notification was lost reaches the clients all the same', async () => {
    const {
      po: { id: poId },
    } = await startedPo(a);
    const onC = await join(c, poId, PH);
    // Written as a command writes it, but no instance is told: no ChangeBus, no NOTIFY.
    await a.deps.db.tx((sql) => appendChange(sql, { poId, actorId: NOTULIST, type: 'po.current', payload: { currentAgendapuntId: null } }));
    await reachSeq(onC.socket, onC.seq + 1);
    expect(onC.socket.changes().map((m) => m.change.type)).toEqual(['po.current']);
  });
});
