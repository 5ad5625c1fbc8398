/**
 * The PostgreSQL store prepares each statement once per connection (TEST_DATABASE_URL; `npm run
 * test:pg`), and a schema change that alters a prepared statement's result does not break it.
 */
import pg from 'pg';
import { literalArguments, openDatabase, quoteLiteral, type Database } from '../../../src/server/store/db';
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
    const lookup = 'SELECT id, seq FROM pos WHERE id = $1';
    const list = 'SELECT id, seq FROM pos WHERE id = ANY($1::uuid[])';
    const none = '00000000-0000-4000-8000-000000000000';
    const prepared = await db.tx(async (sql) => {
      await sql.query(lookup, [none]);
      await sql.query(lookup, [none]);
      await sql.query(list, [[]]);
      await sql.query(list, [[]]);
      sql.defer('UPDATE pos SET seq = seq WHERE id = $1', [none]);
      return sql.query<{ name: string; statement: string }>('SELECT name, statement FROM pg_prepared_statements');
    });
    // Prepared by SQL (PREPARE, then EXECUTE: several statements can go in one trip), the
    // statement is the whole trip's text; prepared by protocol (an array parameter), it is its own.
    const own = prepared.map(({ name, statement }) => new RegExp(`PREPARE ${name} AS ([^;]*)`).exec(statement)?.[1] ?? statement);
    expect(own.filter((s) => s === lookup)).toHaveLength(1);
    expect(own.filter((s) => s === list)).toHaveLength(1);
    expect(own).toContain('UPDATE pos SET seq = seq WHERE id = $1');
    // Transaction control and DDL (the migrations ran on these connections) are not prepared.
    expect(own.filter((s) => /^\s*(BEGIN|COMMIT|LOCK|SET|CREATE|ALTER)\b/i.test(s))).toEqual([]);
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
    // In a transaction the stale plan fails that transaction once; the next prepares it afresh.
    await Promise.allSettled(Array.from({ length: 12 }, () => db.tx((sql) => sql.query(all))));
    const again = await Promise.all(Array.from({ length: 12 }, () => db.tx((sql) => sql.query(all))));
    for (const rows of again) expect(rows).toEqual([{ id: 1, text: 'nieuw' }]);
  });
});

describe('statements in one trip: EXECUTE with the parameters written in as literals', () => {
  test('each parameter becomes a quoted literal; null stays NULL; objects go as JSON', () => {
    expect(literalArguments(['a', 2, true, null, { x: "it's" }, undefined])).toEqual(["'a'", "'2'", "'true'", 'NULL', `'{"x":"it''s"}'`, 'NULL']);
    expect(literalArguments(undefined)).toEqual([]);
  });

  test("a string's literal is the one pg's escapeLiteral writes", () => {
    const client = new pg.Client();
    const samples = ['', 'gewoon', "O'Neil", "''", '\\', "a\\'b", '\\x00', '$1', 'ë😀', '{"a":"it\'s \\"q\\""}', "'; DROP TABLE t; --"];
    for (let i = 0; i < 200; i++) samples.push(Array.from({ length: 12 }, () => 'a\'\\"; $ë'[Math.floor(Math.random() * 9)]).join(''));
    for (const sample of samples) expect(quoteLiteral(sample)).toBe(client.escapeLiteral(sample));
  });

  test('left to the driver when a literal might not mean the same: arrays, Dates, Buffers', () => {
    expect(literalArguments([['een', 'twee']])).toBeUndefined();
    expect(literalArguments([new Date()])).toBeUndefined();
    expect(literalArguments([Buffer.from('x')])).toBeUndefined();
    expect(literalArguments([{ toPostgres: () => 'x' }])).toBeUndefined();
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

/** Both stores: PGlite always, PostgreSQL with TEST_DATABASE_URL. */
describe.each([
  ['PGlite', false],
  ['PostgreSQL', true],
] as const)('after the COMMIT (%s)', (_store, onPg) => {
  const run = onPg && !base ? test.skip : test;
  let fresh: { url: string; drop: () => Promise<void> } | null = null;
  let db: Database;
  beforeAll(async () => {
    fresh = onPg && base ? await freshDatabase(base) : null;
    db = await openDatabase({ databaseUrl: fresh?.url, pgliteDataDir: 'memory://' });
    await db.query('CREATE TABLE marks (id int PRIMARY KEY, text text)');
  });
  afterAll(async () => {
    await db.close();
    await fresh?.drop();
  });

  run('a statement for after the COMMIT runs once the transaction has committed', async () => {
    await db.tx(async (sql) => {
      sql.defer('INSERT INTO marks (id, text) VALUES ($1, $2)', [1, 'in de transactie']);
      sql.afterCommit('INSERT INTO marks (id, text) SELECT $1, text || $2 FROM marks WHERE id = 1', [2, ', daarna']);
    });
    expect(await db.query('SELECT id, text FROM marks ORDER BY id')).toEqual([
      { id: 1, text: 'in de transactie' },
      { id: 2, text: 'in de transactie, daarna' },
    ]);
  });

  run('its failure does not undo the commit, and is warned about', async () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      await db.tx(async (sql) => {
        sql.defer('INSERT INTO marks (id, text) VALUES ($1, $2)', [3, 'blijft']);
        sql.afterCommit('INSERT INTO marks (id, text) VALUES ($1, $2)', [1, 'bestaat al']);
      });
      expect(await db.query('SELECT text FROM marks WHERE id = 3')).toEqual([{ text: 'blijft' }]);
      expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/na de COMMIT mislukt.*marks_pkey/);
    } finally {
      warn.mockRestore();
    }
  });

  run('it is not run when the transaction fails', async () => {
    await expect(
      db.tx(async (sql) => {
        sql.afterCommit('INSERT INTO marks (id, text) VALUES ($1, $2)', [4, 'nooit']);
        sql.defer('INSERT INTO marks (id, text) VALUES ($1, $2)', [1, 'dubbel']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await db.query('SELECT id FROM marks WHERE id = 4')).toEqual([]);
  });

  run('a transaction whose statement failed (and was caught) does not report a commit', async () => {
    await expect(
      db.tx(async (sql) => {
        await sql.query('INSERT INTO marks (id, text) VALUES ($1, $2)', [5, 'weg']);
        await sql.query('INSERT INTO marks (id, text) VALUES ($1, $2)', [1, 'dubbel']).catch(() => undefined);
      }),
    ).rejects.toThrow(/teruggedraaid/);
    expect(await db.query('SELECT id FROM marks WHERE id = 5')).toEqual([]);
    await expect(db.tx((sql) => sql.query<{ n: number }>('SELECT 1 AS n'))).resolves.toEqual([{ n: 1 }]);
  });
});
