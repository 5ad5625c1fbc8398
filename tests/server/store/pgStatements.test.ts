/**
 * The PostgreSQL store prepares each statement once per connection (TEST_DATABASE_URL; `npm run
 * test:pg`), and a schema change that alters a prepared statement's result does not break it.
 */
import { openDatabase, type Database } from '../../../src/server/store/db';
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
