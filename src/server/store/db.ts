/**
 * The database port: PostgreSQL through `pg` when DATABASE_URL is set, otherwise embedded PGlite.
 * Only the store folder imports a database driver. Every change runs in one transaction (`tx`).
 */
import pg from 'pg';
import { migrate } from './migrate';
import { DATE_OID, scalarText, startPgliteStore } from './pgliteDriver';

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
  /**
   * Runs a statement once the transaction has committed (on PostgreSQL in the COMMIT's trip), as
   * its own transaction. Its failure never undoes the commit: it is then tried once more on its
   * own, and otherwise only warned about. Not run when the transaction fails.
   */
  afterCommit(text: string, params?: unknown[]): void;
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

/**
 * The parameters as quoted literals, for `EXECUTE name(...)`, in the text form both stores send
 * (`pgliteDriver.ts#scalarText`); undefined when one has no plain text form: `pg` sends arrays as
 * PostgreSQL arrays, Dates in local time and Buffers as bytea, so those are left to it. A quoted
 * literal is typed by the prepared statement's parameter, as an untyped protocol parameter is.
 */
export function literalArguments(params: unknown[] | undefined): string[] | undefined {
  const args: string[] = [];
  for (const value of params ?? []) {
    if (value === null || value === undefined) args.push('NULL');
    else if (Array.isArray(value) || value instanceof Date || Buffer.isBuffer(value) || (typeof value === 'object' && 'toPostgres' in value)) return undefined;
    else args.push(quoteLiteral(scalarText(value)));
  }
  return args;
}

type Statement = [text: string, params: unknown[] | undefined];

/**
 * A string as a quoted literal, as `pg`'s escapeLiteral writes it (quotes doubled; with a
 * backslash, an E'' literal with backslashes doubled), without building it one character at a
 * time: for a record's JSON that made tens of kilobytes of garbage per write.
 */
export function quoteLiteral(value: string): string {
  const quoted = value.replace(/'/g, "''");
  return value.includes('\\') ? ` E'${quoted.replace(/\\/g, '\\\\')}'` : `'${quoted}'`;
}

/**
 * One connection's statements prepared by SQL (PREPARE, then EXECUTE by name), so that several can
 * go to the server in one multi-statement simple query and still be parsed and planned once. Their
 * names differ from the protocol-level ones `pg` prepares (`po_N`): both share one namespace.
 */
interface Session {
  /** Statement text -> name, for the statements this connection has prepared by SQL. */
  names: Map<string, string>;
  /** Names handed out; a failed trip may leave some prepared unknown to us, so names are never reused. */
  counter: number;
  /** The command tags (CommandComplete) of the trip under way: did its COMMIT run, or was it a ROLLBACK? */
  tags: string[];
  recording: boolean;
}

/** Names handed out per connection at most; after that, statements go one by one through `pg`. */
const MAX_SESSION_STATEMENTS = 300;
const sessions = new WeakMap<pg.PoolClient, Session>();

function sessionOf(client: pg.PoolClient): Session {
  const known = sessions.get(client);
  if (known) return known;
  const session: Session = { names: new Map(), counter: 0, tags: [], recording: false };
  // `pg` keeps the protocol to itself; its connection tells every CommandComplete.
  (client as unknown as { connection: NodeJS.EventEmitter }).connection.on('commandComplete', (msg: { text: string }) => {
    if (session.recording) session.tags.push(msg.text);
  });
  sessions.set(client, session);
  return session;
}

/**
 * `statements` as parts of one multi-statement simple query: each `EXECUTE name(literals)`, after
 * its `PREPARE name AS …` when the connection has not prepared it yet. Undefined when one of them
 * cannot be sent so (not a row statement, a semicolon in its text, a parameter without a plain text
 * form, or the connection has handed out all its names): they then go one by one.
 */
function asSimpleStatements(session: Session, statements: Statement[]): { parts: string[][]; prepared: [string, string][] } | undefined {
  const prepared = new Map<string, string>();
  const parts: string[][] = [];
  for (const [text, params] of statements) {
    if (!PREPARABLE.test(text) || text.includes(';')) return undefined;
    const args = literalArguments(params);
    if (args === undefined) return undefined;
    let name = session.names.get(text) ?? prepared.get(text);
    const part: string[] = [];
    if (name === undefined) {
      if (session.counter + prepared.size >= MAX_SESSION_STATEMENTS) return undefined;
      name = `po_sql_${session.counter + prepared.size + 1}`;
      prepared.set(text, name);
      part.push(`PREPARE ${name} AS ${text}`);
    }
    part.push(args.length > 0 ? `EXECUTE ${name}(${args.join(', ')})` : `EXECUTE ${name}`);
    parts.push(part);
  }
  return { parts, prepared: [...prepared] };
}

/** The transaction that was committed turned out to have failed: Postgres answered COMMIT with ROLLBACK. */
const rolledBack = (): Error => new Error('De transactie is teruggedraaid: een opdracht erin mislukte.');

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
      const session = sessionOf(client);
      let begun = false;
      let open = true;
      const deferred: Statement[] = [];
      const afterwards: Statement[] = [];
      /** Sends `sql` as one simple query; the results of its statements, in order. */
      const trip = async (sql: string, prepared: [string, string][]): Promise<pg.QueryResult[]> => {
        session.tags = [];
        session.recording = true;
        session.counter += prepared.length;
        try {
          const out = (await client.query(sql)) as pg.QueryResult | pg.QueryResult[];
          for (const [text, name] of prepared) session.names.set(text, name);
          return Array.isArray(out) ? out : [out];
        } catch (err) {
          // A plan that must not change its result type (a migration by another instance): its
          // name is forgotten, and the statement is prepared afresh under a new one next time.
          if ((err as { code?: string }).code === '0A000') session.names.clear();
          throw err;
        } finally {
          session.recording = false;
        }
      };
      /**
       * The deferred statements and then `text`, with BEGIN first when the transaction has not
       * begun: in one trip when they can go as EXECUTEs, otherwise one by one.
       */
      const query = async <T>(text: string, params?: unknown[]): Promise<T[]> => {
        if (!open) throw new Error('De transactie is al afgesloten.');
        const statements = [...deferred.splice(0), [text, params] as Statement];
        const simple = asSimpleStatements(session, statements);
        if (simple) {
          const results = await trip([...(begun ? [] : ['BEGIN']), ...simple.parts.flat()].join(';\n'), simple.prepared);
          begun = true;
          return (results.at(-1)?.rows ?? []) as T[];
        }
        if (!begun) await client.query('BEGIN');
        begun = true;
        for (const [t, p] of statements.slice(0, -1)) await run(client, t, p);
        return run<T>(client, text, params);
      };
      /**
       * The deferred statements, COMMIT and the statements for after it (their own transaction),
       * in one trip when they can go as EXECUTEs. A failing
       * deferred statement fails the trip and the COMMIT is skipped: the transaction writes
       * nothing. A failing statement after the COMMIT does not undo it: it is tried once more on
       * its own, and otherwise only warned about.
       */
      const commit = async (): Promise<void> => {
        open = false;
        const statements = deferred.splice(0);
        const after = afterwards.splice(0);
        if (!begun && statements.length === 0) return runAfter(after);
        const simple = asSimpleStatements(session, [...statements, ...after]);
        if (simple) {
          const before = simple.parts.slice(0, statements.length).flat();
          const later = simple.parts.slice(statements.length).flat();
          const sql = [...(begun ? [] : ['BEGIN']), ...before, 'COMMIT', ...later].join(';\n');
          begun = true;
          try {
            await trip(sql, simple.prepared);
          } catch (err) {
            if (!session.tags.includes('COMMIT')) throw err;
            // Committed; what came after it failed.
            return runAfter(after);
          }
          if (session.tags.includes('ROLLBACK')) throw rolledBack();
          return;
        }
        if (!begun) await client.query('BEGIN');
        begun = true;
        for (const [t, p] of statements) await run(client, t, p);
        if ((await client.query('COMMIT')).command === 'ROLLBACK') throw rolledBack();
        return runAfter(after);
      };
      const runAfter = async (after: Statement[]): Promise<void> => {
        for (const [t, p] of after)
          await run(client, t, p).catch((err: unknown) =>
            process.emitWarning(`PostgreSQL: opdracht na de COMMIT mislukt: ${err instanceof Error ? err.message : String(err)}`),
          );
      };
      try {
        const result = await fn({
          query,
          defer: (text, params) => {
            if (!open) throw new Error('De transactie is al afgesloten.');
            deferred.push([text, params]);
          },
          afterCommit: (text, params) => {
            if (!open) throw new Error('De transactie is al afgesloten.');
            afterwards.push([text, params]);
          },
        });
        await commit();
        return result;
      } catch (err) {
        open = false;
        // Also when BEGIN went in a trip that failed: the transaction may be open, and aborted.
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
