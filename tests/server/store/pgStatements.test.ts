/**
 * The PostgreSQL store prepares each statement once per connection (TEST_DATABASE_URL; `npm run
 * test:pg`), and a schema change that alters a prepared statement's result does not break it.
 */
import { inlineParameters, openDatabase, type Database } from '../../../src/server/store/db';
import { freshDatabase } from '../helpers/server';

const base = process.env.TEST_DATABASE_URL;
const describePg = base ? describe : describe.skip;

describePg('statements on PostgreSQL', () => {
  let fresh: { url: string; drop: () => Promise<void> };
  let db: Database;
  beforeAll(async () => {
    fresh = await freshDatabase(base!);
    db = await openDatabase({ databaseUrl: fresh.url, pgliteDataDir: 'memory://' });
  });
  afterAll(async () => {
    await db.close();
    await fresh.drop();
  });

  test('a statement is parsed and planned once per connection, then only executed', async () => {
    const lookup = 'SELECT id, seq FROM pos WHERE id = ANY($1::uuid[])';
    const prepared = await db.tx(async (sql) => {
      await sql.query(lookup, [[]]);
      await sql.query(lookup, [[]]);
      sql.defer('UPDATE pos SET seq = seq WHERE id = $1', ['00000000-0000-4000-8000-000000000000']);
      return sql.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements ORDER BY prepare_time');
    });
    const statements = prepared.map((p) => p.statement);
    expect(statements.filter((s) => s === lookup)).toHaveLength(1);
    expect(statements).toContain('UPDATE pos SET seq = seq WHERE id = $1');
    // Transaction control and DDL (the migrations ran on these connections) are not prepared.
    expect(statements.filter((s) => /^\s*(BEGIN|COMMIT|LOCK|SET|CREATE|ALTER)\b/i.test(s))).toEqual([]);
  });

  test('after a schema change alters its result, a prepared statement answers with the new shape', async () => {
    await db.query('CREATE TABLE notes (id int PRIMARY KEY)');
    await db.query('INSERT INTO notes VALUES (1)');
    const all = 'SELECT * FROM notes';
    // Prepared on every connection of the pool.
    await Promise.all(Array.from({ length: 12 }, () => db.tx((sql) => sql.query(all))));
    await db.query("ALTER TABLE notes ADD COLUMN text text NOT NULL DEFAULT 'nieuw'");
    const answers = await Promise.all(Array.from({ length: 12 }, () => db.query(all)));
    for (const rows of answers) expect(rows).toEqual([{ id: 1, text: 'nieuw' }]);
  });
});

describe('writes deferred to the COMMIT, written in as literals', () => {
  const quote = (v: string): string => `'${v.replace(/'/g, "''")}'`;

  test('each parameter becomes a quoted literal; $1 and $10 are told apart; null stays NULL', () => {
    const params = ['a', 2, true, null, { x: "it's" }, 6, 7, 8, 9, 'tien'];
    expect(inlineParameters('INSERT INTO t VALUES ($1, $2::int, $3, $4, $5::jsonb, $10)', params, quote)).toBe(
      `INSERT INTO t VALUES ('a', '2'::int, 'true', NULL, '{"x":"it''s"}'::jsonb, 'tien')`,
    );
  });

  test('left to the driver when a literal might not mean the same', () => {
    expect(inlineParameters("UPDATE t SET a = 'x' WHERE id = $1", ['1'], quote)).toBeUndefined();
    expect(inlineParameters('UPDATE t SET a = $1; DROP TABLE t', ['1'], quote)).toBeUndefined();
    expect(inlineParameters('UPDATE t SET a = $$x$$ WHERE id = $1', ['1'], quote)).toBeUndefined();
    expect(inlineParameters('UPDATE t SET a = $1 -- $2', ['1', '2'], quote)).toBeUndefined();
    expect(inlineParameters('UPDATE t SET a = $1', [['een', 'twee']], quote)).toBeUndefined();
    expect(inlineParameters('UPDATE t SET a = $1', [new Date()], quote)).toBeUndefined();
    expect(inlineParameters('UPDATE t SET a = $1', [Buffer.from('x')], quote)).toBeUndefined();
  });
});

describePg('writes deferred to the COMMIT on PostgreSQL', () => {
  let fresh: { url: string; drop: () => Promise<void> };
  let db: Database;
  beforeAll(async () => {
    fresh = await freshDatabase(base!);
    db = await openDatabase({ databaseUrl: fresh.url, pgliteDataDir: 'memory://' });
    await db.query('CREATE TABLE notes (id int PRIMARY KEY, text text, data jsonb, at timestamptz)');
  });
  afterAll(async () => {
    await db.close();
    await fresh.drop();
  });

  test('land exactly as given, whatever the text holds', async () => {
    const hostile = "O'Neil \\ \\x00? $1 '); DROP TABLE notes; -- \u00eb\u{1F600} \"";
    const data = { quote: "it's", backslash: '\\', nested: [1, null, 'twee'] };
    await db.tx(async (sql) => {
      sql.defer('INSERT INTO notes (id, text, data, at) VALUES ($1, $2, $3::jsonb, $4::timestamptz)', [
        1,
        hostile,
        JSON.stringify(data),
        '2026-12-07T09:00:00.000Z',
      ]);
      sql.defer('INSERT INTO notes (id, text, data) VALUES ($1, $2, $3)', [2, null, data]);
    });
    const rows = await db.query<{ id: number; text: string | null; data: unknown; at: Date | null }>('SELECT * FROM notes ORDER BY id');
    expect(rows.map((r) => ({ ...r, at: r.at?.toISOString() ?? null }))).toEqual([
      { id: 1, text: hostile, data, at: '2026-12-07T09:00:00.000Z' },
      { id: 2, text: null, data, at: null },
    ]);
  });

  test('a deferred write that fails fails the transaction: nothing of it lands, and the error names the constraint', async () => {
    const err = await db
      .tx(async (sql) => {
        await sql.query('UPDATE notes SET text = $2 WHERE id = $1', [2, 'gewijzigd']);
        sql.defer('INSERT INTO notes (id, text) VALUES ($1, $2)', [3, 'drie']);
        sql.defer('INSERT INTO notes (id, text) VALUES ($1, $2)', [1, 'dubbel']);
      })
      .catch((e: unknown) => e as { code?: string; constraint?: string });
    expect(err).toMatchObject({ code: '23505', constraint: 'notes_pkey' });
    const rows = await db.query<{ id: number; text: string | null }>('SELECT id, text FROM notes ORDER BY id');
    expect(rows.map((r) => [r.id, r.text])).toEqual([
      [1, expect.stringContaining("O'Neil")],
      [2, null],
    ]);
    // The connection is usable again afterwards.
    await expect(db.tx(async (sql) => sql.query<{ n: number }>('SELECT 1 AS n'))).resolves.toEqual([{ n: 1 }]);
  });
});
