/**
 * The database port: PostgreSQL through `pg` when DATABASE_URL is set, otherwise embedded PGlite.
 * Only the store folder imports a database driver. Every change runs in one transaction (`tx`).
 */
import pg from 'pg';
import { migrate } from './migrate';
import { DATE_OID, startPgliteStore } from './pgliteDriver';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

/** Inside a transaction. */
export interface TxSql extends Sql {
  /**
   * Runs a statement whose result is not needed, in order with the others: it travels with the
   * transaction's next query or with its COMMIT (on PGlite in the same trip into the engine). Its
   * failure fails that query, or the commit: the whole transaction then writes nothing.
   */
  defer(text: string, params?: unknown[]): void;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgresql';
  /** Runs `fn` in one transaction: all its writes land, or none do. */
  tx<T>(fn: (sql: TxSql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const INT8_OID = 20;

export interface DatabaseOptions {
  databaseUrl?: string;
  /** PGlite data folder, or `memory://`. */
  pgliteDataDir: string;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const db = opts.databaseUrl ? openPostgres(opts.databaseUrl) : await openPglite(opts.pgliteDataDir);
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}

async function openPglite(dataDir: string): Promise<Database> {
  const store = await startPgliteStore(dataDir);
  return {
    kind: 'pglite',
    query: (text, params) => store.query(text, params),
    tx: (fn) => store.tx(fn),
    close: () => store.close(),
  };
}

/** Statements that read or write rows are prepared (named); BEGIN, SET, LOCK and DDL are not. */
const PREPARABLE = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;
/** Distinct statements prepared at most: each connection keeps every statement it prepared. */
const MAX_PREPARED = 300;

/**
 * Names for statements, so each connection parses and plans a statement once and then only binds
 * and executes it, as the PGlite driver does (planning the PO lock query cost more than running it).
 */
function preparedStatements(): { nameFor(text: string): string | undefined; stale(text: string, err: unknown): boolean } {
  const names = new Map<string, string>();
  let counter = 0;
  return {
    nameFor(text) {
      let name = names.get(text);
      if (name === undefined && names.size < MAX_PREPARED && PREPARABLE.test(text)) {
        name = `po_${++counter}`;
        names.set(text, name);
      }
      return name;
    },
    /** 0A000 "cached plan must not change result type" (a migration by another instance): a new name next time. */
    stale(text, err) {
      if ((err as { code?: string }).code !== '0A000') return false;
      names.delete(text);
      return true;
    },
  };
}

/** A parameter's text form as `pg` sends it, for the values a literal can carry the same way; undefined otherwise. */
function literalText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  // `pg` sends arrays as PostgreSQL arrays, Dates in local time and Buffers as bytea: left to it.
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || Buffer.isBuffer(value)) return undefined;
  if ('toPostgres' in value) return undefined;
  return JSON.stringify(value);
}

/**
 * `text` with its parameters written in as quoted literals, for a multi-statement simple query;
 * undefined when that might not mean the same: quotes, dollar quotes, comments or a semicolon in
 * the text, or a value without a plain text form. A quoted literal is typed by its context, as an
 * untyped parameter is.
 */
export function inlineParameters(text: string, params: unknown[] | undefined, escape: (s: string) => string): string | undefined {
  if (/'|\$\$|;|--|\/\*/.test(text)) return undefined;
  let ok = true;
  const inlined = text.replace(/\$(\d+)(?!\d)/g, (_, n: string) => {
    const value: unknown = params?.[Number(n) - 1];
    if (value === null || value === undefined) return 'NULL';
    const literal = literalText(value);
    if (literal === undefined) ok = false;
    return literal === undefined ? '' : escape(literal);
  });
  return ok ? inlined : undefined;
}

/**
 * Runs the statements deferred to the end and the COMMIT in one trip to the server (one
 * multi-statement simple query) when their parameters can be written in as literals; otherwise one
 * by one. A failing statement fails the trip, the statements after it (the COMMIT too) are
 * skipped, and the caller rolls back: as before, the transaction writes nothing.
 */
async function commitWith(
  client: pg.PoolClient,
  deferred: [string, unknown[] | undefined][],
  run: (client: pg.PoolClient, text: string, params?: unknown[]) => Promise<unknown>,
): Promise<void> {
  const inlined = deferred.map(([text, params]) => inlineParameters(text, params, (s) => client.escapeLiteral(s)));
  if (inlined.every((t): t is string => t !== undefined)) {
    await client.query([...inlined, 'COMMIT'].join(';\n'));
    return;
  }
  for (const [text, params] of deferred) await run(client, text, params);
  await client.query('COMMIT');
}

function openPostgres(url: string): Database {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => {
      if (oid === DATE_OID) return (v: string) => v;
      if (oid === INT8_OID) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format) as (v: string) => unknown;
    },
  };
  const pool = new pg.Pool({ connectionString: url, types, max: 10 });
  // An idle connection dropped by the server (restart, failover) must not crash the process: the
  // pool replaces it on the next query.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL-verbinding verbroken: ${err.message}`));
  const statements = preparedStatements();
  const run = async <T>(client: pg.Pool | pg.PoolClient, text: string, params?: unknown[], retry = false): Promise<T[]> => {
    const name = statements.nameFor(text);
    try {
      return (await client.query(name ? { name, text, values: params } : { text, values: params })).rows as T[];
    } catch (err) {
      if (!name || !statements.stale(text, err)) throw err;
      // Prepared before a schema change altered its result: prepared afresh. Outside a
      // transaction it is simply run again; inside one, the transaction has failed already.
      if (retry) return run<T>(client, text, params);
      throw err;
    }
  };
  return {
    kind: 'postgresql',
    query: (text, params) => run(pool, text, params, true),
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const deferred: [string, unknown[] | undefined][] = [];
        const flush = async (): Promise<void> => {
          for (let next = deferred.shift(); next; next = deferred.shift()) await run(client, next[0], next[1]);
        };
        const result = await fn({
          query: async (text, params) => {
            await flush();
            return run(client, text, params);
          },
          defer: (text, params) => {
            deferred.push([text, params]);
          },
        });
        await commitWith(client, deferred.splice(0), run);
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
