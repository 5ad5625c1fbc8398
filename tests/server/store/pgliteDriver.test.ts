/**
 * The PGlite driver against a real in-memory PGlite: parameters sent as node-postgres sends them,
 * statements prepared once (and forgotten after DDL), transactions, and callers taking turns.
 * Each test makes its own small tables.
 */
import { randomUUID } from 'node:crypto';
import type { Sql } from '../../../src/server/store/db';
import { startPgliteStore, toParam, type PgliteStore } from '../../../src/server/store/pgliteDriver';

let store: PgliteStore;
beforeAll(async () => {
  store = await startPgliteStore('memory://');
});
afterAll(async () => {
  await store.close();
});

let tables = 0;
/** A fresh table `name (id int PRIMARY KEY, <columns>)`; returns its name. */
async function table(columns: string): Promise<string> {
  const name = `t_${++tables}`;
  await store.query(`CREATE TABLE ${name} (id int PRIMARY KEY${columns ? `, ${columns}` : ''})`);
  return name;
}

/** Lets other callers run before the current one continues. */
const otherCallersRun = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('parameters reach Postgres as node-postgres sends them', () => {
  test('text with quotes, backslashes, newlines and non-ASCII comes back unchanged', async () => {
    const t = await table('v text');
    const text = `O'Brien zegt "ja" \\ en \\\\n\nnieuwe regel, € en 🙂`;
    await store.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, text]);
    expect(await store.query(`SELECT v FROM ${t} WHERE v = $1`, [text])).toEqual([{ v: text }]);
  });

  test('a text[] with commas, quotes, backslashes, braces, empty strings, the word NULL and a real NULL comes back unchanged', async () => {
    const t = await table('v text[]');
    const items = ['a,b', 'zegt "hallo"', 'back\\slash', '\\"', '{x}', '', ' spatie ', 'NULL', null, 'gewoon'];
    await store.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, items]);
    const [row] = await store.query<{ v: (string | null)[]; n: number; has_null: boolean }>(
      `SELECT v, cardinality(v) AS n, array_position(v, NULL) IS NOT NULL AS has_null FROM ${t}`,
    );
    expect(row).toEqual({ v: items, n: items.length, has_null: true });
  });

  test('an empty array and a nested array reach Postgres as arrays', async () => {
    const [row] = await store.query<{ empty: number; grid: number[][] }>('SELECT coalesce(cardinality($1::text[]), -1) AS empty, $2::int[] AS grid', [
      [],
      [
        [1, 2],
        [3, 4],
      ],
    ]);
    expect(row).toEqual({
      empty: 0,
      grid: [
        [1, 2],
        [3, 4],
      ],
    });
  });

  test('a list of ids finds exactly those rows through ANY($1::uuid[])', async () => {
    const t = await table('u uuid NOT NULL');
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, u] of ids.entries()) await store.query(`INSERT INTO ${t} (id, u) VALUES ($1, $2)`, [i, u]);
    const rows = await store.query<{ u: string }>(`SELECT u FROM ${t} WHERE u = ANY($1::uuid[]) ORDER BY id`, [[ids[2], ids[0], randomUUID()]]);
    expect(rows.map((r) => r.u)).toEqual([ids[0], ids[2]]);
    expect(await store.query(`SELECT u FROM ${t} WHERE u = ANY($1::uuid[])`, [[]])).toEqual([]);
  });

  test('jsonb takes a JSON string or an object alike, and comes back as an object', async () => {
    const t = await table('v jsonb');
    const value = { titel: 'Zeeweg "geheim"', pad: 'C:\\stukken', lijst: [1, null, { diep: true }], leeg: {} };
    await store.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, JSON.stringify(value)]);
    await store.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [2, value]);
    const rows = await store.query<{ v: unknown; same: boolean }>(`SELECT v, v = $1::jsonb AS same FROM ${t} ORDER BY id`, [value]);
    expect(rows).toEqual([
      { v: value, same: true },
      { v: value, same: true },
    ]);
  });

  test('integers, booleans and instants come back typed: a timestamptz as the same Date', async () => {
    const t = await table('n int, b boolean, at timestamptz');
    const at = new Date('2026-11-30T08:15:30.123Z');
    await store.query(`INSERT INTO ${t} (id, n, b, at) VALUES ($1, $2, $3, $4)`, [1, -42, false, at]);
    await store.query(`INSERT INTO ${t} (id, n, b, at) VALUES ($1, $2, $3, $4)`, [2, 2_147_483_647, true, at.toISOString()]);
    const rows = await store.query<{ n: number; b: boolean; at: Date }>(`SELECT n, b, at FROM ${t} ORDER BY id`);
    expect(rows).toEqual([
      { n: -42, b: false, at },
      { n: 2_147_483_647, b: true, at },
    ]);
    expect(rows[0]?.at).toBeInstanceOf(Date);
  });

  test('a date column comes back as its YYYY-MM-DD string, not a Date', async () => {
    const t = await table('d date');
    await store.query(`INSERT INTO ${t} (id, d) VALUES ($1, $2)`, [1, '2026-12-15']);
    await store.query(`INSERT INTO ${t} (id, d) VALUES ($1, $2)`, [2, new Date('2027-01-04T00:00:00Z')]);
    expect(await store.query(`SELECT d FROM ${t} ORDER BY id`)).toEqual([{ d: '2026-12-15' }, { d: '2027-01-04' }]);
  });

  test('null and undefined parameters are stored as NULL', async () => {
    const t = await table('a text, b jsonb');
    await store.query(`INSERT INTO ${t} (id, a, b) VALUES ($1, $2, $3)`, [1, null, undefined]);
    expect(await store.query(`SELECT a IS NULL AS a_null, b IS NULL AS b_null FROM ${t}`)).toEqual([{ a_null: true, b_null: true }]);
  });

  test('toParam writes values in the text form node-postgres sends', () => {
    expect(toParam(['a,b', 'zegt "x"', 'a\\b', null, undefined, 7, true])).toBe('{"a,b","zegt \\"x\\"","a\\\\b",NULL,NULL,"7","true"}');
    expect(toParam([[1, 2], [3]])).toBe('{{"1","2"},{"3"}}');
    expect(toParam([])).toBe('{}');
    expect(toParam({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
    expect(toParam(new Date('2026-01-02T03:04:05.006Z'))).toBe('2026-01-02T03:04:05.006Z');
    expect(toParam(null)).toBeNull();
    expect(toParam(undefined)).toBeNull();
    expect(toParam(0)).toBe('0');
    expect(toParam(false)).toBe('false');
  });
});

describe('prepared statements', () => {
  test('the same statement run many times answers each run with its own parameters', async () => {
    const t = await table('v text');
    for (let i = 0; i < 50; i++) await store.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [i, `rij ${i}`]);
    for (let i = 0; i < 50; i += 7) expect(await store.query(`SELECT v FROM ${t} WHERE id = $1`, [i])).toEqual([{ v: `rij ${i}` }]);
    expect(await store.query(`SELECT count(*)::int AS n FROM ${t}`)).toEqual([{ n: 50 }]);
  });

  test('after ALTER TABLE adds a column, a SELECT * run before returns the new column', async () => {
    const t = await table('a text');
    await store.query(`INSERT INTO ${t} (id, a) VALUES (1, 'x')`);
    const selectAll = `SELECT * FROM ${t} ORDER BY id`;
    expect(await store.query(selectAll)).toEqual([{ id: 1, a: 'x' }]);
    expect(await store.query(selectAll)).toEqual([{ id: 1, a: 'x' }]);
    await store.query(`ALTER TABLE ${t} ADD COLUMN b int NOT NULL DEFAULT 5`);
    expect(await store.query(selectAll)).toEqual([{ id: 1, a: 'x', b: 5 }]);
    await store.query(`ALTER TABLE ${t} DROP COLUMN a`);
    expect(await store.query(selectAll)).toEqual([{ id: 1, b: 5 }]);
  });

  test('after a column is added inside a transaction, a SELECT * prepared before sees it too', async () => {
    const t = await table('a text');
    await store.query(`INSERT INTO ${t} (id, a) VALUES (1, 'x')`);
    const selectAll = `SELECT * FROM ${t}`;
    expect(await store.query(selectAll)).toEqual([{ id: 1, a: 'x' }]);
    await store.tx(async (sql) => {
      await sql.query(`ALTER TABLE ${t} ADD COLUMN b text`);
      await sql.query(`UPDATE ${t} SET b = $1`, ['y']);
    });
    expect(await store.query(selectAll)).toEqual([{ id: 1, a: 'x', b: 'y' }]);
  });

  // Bug (src/server/store/pgliteDriver.ts): a statement first prepared inside a transaction after
  // its DDL keeps the plan for the rolled-back schema; every later run rejects with 0A000 "cached
  // plan must not change result type" until some other DDL statement clears the plans.
  test('after a transaction that added a column is rolled back, a SELECT * first run inside it returns the old columns', async () => {
    const t = await table('a text');
    await store.query(`INSERT INTO ${t} (id, a) VALUES (1, 'x')`);
    const selectAll = `SELECT * FROM ${t}`;
    await expect(
      store.tx(async (sql) => {
        await sql.query(`ALTER TABLE ${t} ADD COLUMN b text`);
        expect(await sql.query(selectAll)).toEqual([{ id: 1, a: 'x', b: null }]);
        throw new Error('terug');
      }),
    ).rejects.toThrow('terug');
    expect(await store.query(selectAll)).toEqual([{ id: 1, a: 'x' }]);
  });

  test('a statement whose first run failed runs fine the next time', async () => {
    const t = await table('v text UNIQUE');
    const insert = `INSERT INTO ${t} (id, v) VALUES ($1, $2)`;
    await store.query(`INSERT INTO ${t} (id, v) VALUES (1, 'bezet')`);
    await expect(store.query(insert, [2, 'bezet'])).rejects.toMatchObject({ code: '23505' });
    await store.query(insert, [2, 'vrij']);
    await store.query(insert, [3, 'ook vrij']);
    expect(await store.query(`SELECT id, v FROM ${t} ORDER BY id`)).toEqual([
      { id: 1, v: 'bezet' },
      { id: 2, v: 'vrij' },
      { id: 3, v: 'ook vrij' },
    ]);
  });

  test('more statements than are kept prepared all answer, the forgotten ones again too', async () => {
    const distinct = 520;
    for (let i = 0; i < distinct; i++) {
      expect(await store.query(`SELECT $1::int + ${i} AS n`, [1])).toEqual([{ n: i + 1 }]);
    }
    // The first ones were closed to make room; running them again prepares them anew.
    for (let i = 0; i < 30; i++) expect(await store.query(`SELECT $1::int + ${i} AS n`, [2])).toEqual([{ n: i + 2 }]);
    expect(await store.query(`SELECT $1::int + ${distinct - 1} AS n`, [3])).toEqual([{ n: distinct + 2 }]);
  });
});

describe('transactions', () => {
  const count = async (t: string): Promise<number> => (await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0]?.n ?? -1;

  test('a transaction writes all its rows and resolves with its callback value', async () => {
    const t = await table('v text');
    const result = await store.tx(async (sql) => {
      await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'een']);
      await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [2, 'twee']);
      return (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0]?.n;
    });
    expect(result).toBe(2);
    expect(await store.query(`SELECT v FROM ${t} ORDER BY id`)).toEqual([{ v: 'een' }, { v: 'twee' }]);
  });

  test('an error thrown in the callback rolls back every write of the transaction', async () => {
    const t = await table('v text');
    const failure = new Error('afgebroken');
    await expect(
      store.tx(async (sql) => {
        await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'een']);
        await sql.query(`UPDATE ${t} SET v = $1`, ['gewijzigd']);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await count(t)).toBe(0);
  });

  test('a failing statement rejects the transaction with the Postgres error and writes nothing', async () => {
    const t = await table('v text UNIQUE');
    await expect(
      store.tx(async (sql) => {
        await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'een']);
        await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [2, 'een']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await count(t)).toBe(0);
    // The store is out of the aborted transaction: the next writes land.
    await store.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [3, 'daarna']);
    expect(await store.query(`SELECT v FROM ${t}`)).toEqual([{ v: 'daarna' }]);
  });

  test('a failing first statement of a transaction rejects with the Postgres error and leaves the store usable', async () => {
    const t = await table('v int NOT NULL');
    await expect(
      store.tx(async (sql) => {
        await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, null]);
      }),
    ).rejects.toMatchObject({ code: '23502' });
    await store.tx(async (sql) => sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 1]));
    expect(await store.query(`SELECT id, v FROM ${t}`)).toEqual([{ id: 1, v: 1 }]);
  });

  test('a failed statement that the callback catches still rolls the transaction back, and the transaction rejects', async () => {
    const t = await table('v text UNIQUE');
    await expect(
      store.tx(async (sql) => {
        await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'een']);
        await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [2, 'een']).catch(() => undefined);
        return 'klaar';
      }),
    ).rejects.toThrow(/teruggedraaid/);
    expect(await count(t)).toBe(0);
    await store.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [3, 'daarna']);
    expect(await count(t)).toBe(1);
  });

  test('a transaction whose callback runs no query resolves with its value', async () => {
    await expect(store.tx(async () => 'niets gedaan')).resolves.toBe('niets gedaan');
    expect(await store.query('SELECT 1 AS n')).toEqual([{ n: 1 }]);
  });

  test('the transaction object refuses queries once its transaction has ended', async () => {
    const t = await table('v text');
    let committed: Sql | null = null;
    await store.tx(async (sql) => {
      committed = sql;
      await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'binnen']);
    });
    let rolledBack: Sql | null = null;
    await expect(
      store.tx(async (sql) => {
        rolledBack = sql;
        throw new Error('terug');
      }),
    ).rejects.toThrow('terug');
    await expect(committed!.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [2, 'na commit'])).rejects.toThrow(/afgesloten/);
    await expect(rolledBack!.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [3, 'na rollback'])).rejects.toThrow(/afgesloten/);
    expect(await store.query(`SELECT v FROM ${t}`)).toEqual([{ v: 'binnen' }]);
  });
});

describe('deferred statements (TxSql.defer)', () => {
  const rows = async (t: string): Promise<unknown[]> => store.query(`SELECT id, v FROM ${t} ORDER BY id`);

  test('run in order, before the next query of the transaction, which sees their rows', async () => {
    const t = await table('v text');
    const seen = await store.tx(async (sql) => {
      await sql.query(`SELECT 1`);
      sql.defer(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'een']);
      sql.defer(`UPDATE ${t} SET v = $1 WHERE id = $2`, ['eerst gewijzigd', 1]);
      return sql.query<{ v: string }>(`SELECT v FROM ${t} WHERE id = $1`, [1]);
    });
    expect(seen).toEqual([{ v: 'eerst gewijzigd' }]);
    expect(await rows(t)).toEqual([{ id: 1, v: 'eerst gewijzigd' }]);
  });

  test('left for the end, they are written with the COMMIT', async () => {
    const t = await table('v text');
    await store.tx(async (sql) => {
      await sql.query(`SELECT count(*) FROM ${t}`);
      sql.defer(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'een']);
      sql.defer(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [2, 'twee']);
    });
    expect(await rows(t)).toEqual([
      { id: 1, v: 'een' },
      { id: 2, v: 'twee' },
    ]);
  });

  test('a transaction of deferred statements only is opened and committed too', async () => {
    const t = await table('v text');
    await store.tx(async (sql) => {
      sql.defer(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'een']);
    });
    expect(await rows(t)).toEqual([{ id: 1, v: 'een' }]);
  });

  test('one that fails at the COMMIT rejects the transaction with its Postgres error, and nothing of it is written', async () => {
    const t = await table('v text');
    await store.query(`INSERT INTO ${t} (id, v) VALUES (1, 'er al')`);
    const failed = store.tx(async (sql) => {
      await sql.query(`UPDATE ${t} SET v = $1 WHERE id = 1`, ['gewijzigd']);
      sql.defer(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [2, 'twee']);
      sql.defer(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'dubbel']);
      return 'klaar';
    });
    await expect(failed).rejects.toMatchObject({ code: '23505', constraint: `${t}_pkey` });
    expect(await rows(t)).toEqual([{ id: 1, v: 'er al' }]);
    // The store is usable afterwards, with the same statements.
    await store.tx(async (sql) => {
      await sql.query(`SELECT 1`);
      sql.defer(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [2, 'twee']);
    });
    expect(await rows(t)).toEqual([
      { id: 1, v: 'er al' },
      { id: 2, v: 'twee' },
    ]);
  });

  test('one that fails before the next query makes that query reject, and the transaction writes nothing', async () => {
    const t = await table('v text NOT NULL');
    await expect(
      store.tx(async (sql) => {
        await sql.query(`SELECT 1`);
        sql.defer(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'een']);
        sql.defer(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [2, null]);
        await sql.query(`SELECT count(*) FROM ${t}`);
      }),
    ).rejects.toMatchObject({ code: '23502' });
    expect(await rows(t)).toEqual([]);
  });

  test('only statements that read or write rows can be deferred', async () => {
    await expect(
      store.tx(async (sql) => {
        await sql.query(`SELECT 1`);
        sql.defer(`CREATE TABLE nooit (id int)`);
      }),
    ).rejects.toThrow(/uitgesteld/);
    expect(await store.query(`SELECT to_regclass('nooit') AS t`)).toEqual([{ t: null }]);
  });
});

describe('callers take turns', () => {
  test('transactions that read and then increment a counter at the same time lose no update', async () => {
    const t = await table('n int NOT NULL');
    await store.query(`INSERT INTO ${t} (id, n) VALUES (1, 0)`);
    const increment = (): Promise<void> =>
      store.tx(async (sql) => {
        const [row] = await sql.query<{ n: number }>(`SELECT n FROM ${t} WHERE id = 1`);
        await otherCallersRun();
        await sql.query(`UPDATE ${t} SET n = $1 WHERE id = 1`, [(row?.n ?? 0) + 1]);
      });
    await Promise.all([increment(), increment()]);
    expect(await store.query(`SELECT n FROM ${t}`)).toEqual([{ n: 2 }]);
    await Promise.all(Array.from({ length: 8 }, increment));
    expect(await store.query(`SELECT n FROM ${t}`)).toEqual([{ n: 10 }]);
  });

  test('a query issued while a transaction is writing sees none or all of its rows, never some', async () => {
    const t = await table('v text');
    let seenDuring: Promise<{ n: number }[]> | null = null;
    const writing = store.tx(async (sql) => {
      await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'een']);
      seenDuring = store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
      await otherCallersRun();
      await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [2, 'twee']);
    });
    const seenBeside = store.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
    await writing;
    const counts = [(await seenDuring!)[0]?.n, (await seenBeside)[0]?.n];
    for (const n of counts) expect([0, 2]).toContain(n);
  });

  test('a transaction that fails does not hold up the callers queued behind it', async () => {
    const t = await table('v text');
    const failing = store.tx(async (sql) => {
      await sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2)`, [1, 'een']);
      await otherCallersRun();
      throw new Error('mislukt');
    });
    const next = store.tx(async (sql) => sql.query(`INSERT INTO ${t} (id, v) VALUES ($1, $2) RETURNING v`, [2, 'twee']));
    const read = store.query<{ v: string }>(`SELECT v FROM ${t} ORDER BY id`);
    await expect(failing).rejects.toThrow('mislukt');
    await expect(next).resolves.toEqual([{ v: 'twee' }]);
    await expect(read).resolves.toEqual([{ v: 'twee' }]);
  });
});
