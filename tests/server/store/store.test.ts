import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../../../src/server/store/migrate';
import { openDatabase, type Database } from '../../../src/server/store/db';

/** PGlite in memory, or a fresh database on TEST_DATABASE_URL (CI's PostgreSQL). */
async function open(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const db = await openDatabase({ pgliteDataDir: 'memory://' });
    return { db, drop: async () => db.close() };
  }
  const name = `po_store_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openDatabase({ pgliteDataDir: 'memory://', databaseUrl: url.toString() });
  return {
    db,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => ({ db, drop } = await open()));
afterAll(async () => drop());

test('uses the store the environment asks for', () => {
  expect(db.kind).toBe(process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite');
});

test('migrations run once: a second run applies nothing', async () => {
  expect(await migrate(db)).toEqual([]);
  const rows = await db.query<{ id: string }>('SELECT id FROM schema_migrations');
  expect(rows.map((r) => r.id)).toEqual([
    '001_init',
    '002_publications',
    '003_timings',
    '004_record_owners',
    '005_graph_steps',
    '006_registers',
    '007_transcripts',
    '008_mapped_roles',
    '009_after_meeting',
    '010_po_overleg_voor',
    '011_vaststelling_toets',
    '012_college',
    '013_raadsregister',
    '014_jobs_purge',
    '015_open_follow_up_per_po',
  ]);
});

test('a transaction that fails writes nothing', async () => {
  const id = randomUUID();
  await db.query(`INSERT INTO users (id, name, email) VALUES ('u-t', 'T', 't@x') ON CONFLICT DO NOTHING`);
  await expect(
    db.tx(async (sql) => {
      await sql.query(
        `INSERT INTO pos (id, portefeuillehouder_id, title, starts_at, status, sections, created_by) VALUES ($1, 'bram', 'PO', now(), 'concept', '{A}', 'u-t')`,
        [id],
      );
      await sql.query(
        `INSERT INTO pos (id, portefeuillehouder_id, title, starts_at, status, sections, created_by) VALUES ($1, 'bram', 'PO', now(), 'ongeldig', '{A}', 'u-t')`,
        [randomUUID()],
      );
    }),
  ).rejects.toThrow();
  expect(await db.query('SELECT 1 FROM pos WHERE id = $1', [id])).toEqual([]);
});

test('calendar dates come back as plain dates and timestamps as instants', async () => {
  const [row] = await db.query<{ d: string; t: Date; n: number }>(`SELECT '2026-12-15'::date AS d, '2026-11-30T08:00:00Z'::timestamptz AS t, 42::bigint AS n`);
  expect(row?.d).toBe('2026-12-15');
  expect(row?.t).toBeInstanceOf(Date);
  expect((row?.t as Date).toISOString()).toBe('2026-11-30T08:00:00.000Z');
  expect(row?.n).toBe(42);
});

test('the audit log is append-only', async () => {
  await db.query(`INSERT INTO audit_log (action, object_type, result) VALUES ('test', 'test', 'geslaagd')`);
  await expect(db.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/permanent/);
  await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/permanent/);
});

test('Dutch full-text search is available', async () => {
  const [row] = await db.query<{ hit: boolean }>(`SELECT to_tsvector('dutch', 'De woningen worden gebouwd') @@ websearch_to_tsquery('dutch', 'woning') AS hit`);
  expect(row?.hit).toBe(true);
});
