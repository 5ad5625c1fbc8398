/**
 * The embedded PGlite store, driven the way node-postgres drives a server: each query goes to
 * Postgres as one batch (Bind, Describe, Execute, Sync, plus Parse the first time, plus BEGIN when
 * it opens a transaction) with its parameters as text, and Postgres infers their types. Statements
 * are prepared once and then only bound and executed, so Postgres neither parses nor plans them
 * again. PGlite's own `query` parses and plans every time and first asks Postgres for the parameter
 * types: six trips into the WebAssembly engine per query instead of one. During a meeting that was
 * most of a write's time.
 *
 * All access is serialised: a transaction holds the engine from its first statement to COMMIT, and
 * every query outside one waits its turn. (PGlite on a worker thread was measured too: each
 * statement then pays a message round trip, and a write took longer.)
 */
import fs from 'node:fs';
import { parse as pgliteParse, PGlite, protocol } from '@electric-sql/pglite';
import type { TxSql } from './db';
import { checkpointer, pgliteMemoryOptions } from './pgliteMemory';

const { serialize } = protocol;

type Value = string | null;

/** A parameter as node-postgres sends it in text form, so both stores see the same values. */
export function toParam(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value);
  return scalarText(value);
}

/** A value as text: strings as they are, numbers and booleans written out, anything else as JSON. */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? '';
}

function arrayLiteral(items: unknown[]): string {
  const parts = items.map((item) => {
    if (item === null || item === undefined) return 'NULL';
    if (Array.isArray(item)) return arrayLiteral(item);
    const text = item instanceof Date ? item.toISOString() : scalarText(item);
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${parts.join(',')}}`;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const SYNC = serialize.sync();
const DESCRIBE_PORTAL = serialize.describe({ type: 'P' });
const EXECUTE = serialize.execute({});
/** Statements kept prepared (parsed and planned once), the most recently used ones. */
const MAX_PREPARED = 500;
/** Statements that read or write rows are prepared; anything else (DDL) forgets all plans. */
const DML = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

/** A statement whose result is not needed (see TxSql.defer); parameters already in text form. */
export interface Deferred {
  text: string;
  params: Value[];
}

export interface Engine {
  /**
   * One statement, after the deferred ones, in one trip; `begin` opens a transaction first.
   * Returns the statement's rows.
   */
  query(text: string, params: Value[], opts: { begin: boolean; inTx: boolean; deferred?: Deferred[] }): Promise<unknown[]>;
  /** The deferred statements and COMMIT, in one trip (after BEGIN when `begin`); false when Postgres rolled back instead. */
  commit(deferred?: Deferred[], begin?: boolean): Promise<boolean>;
  rollback(): Promise<void>;
  /** Bytes of WAL written since the last checkpoint (see pgliteMemory.ts). */
  walSinceCheckpoint(): Promise<number>;
  checkpoint(): Promise<void>;
}

/** Statements against one PGlite, prepared once. */
export function pgliteEngine(lite: PGlite): Engine {
  /** SQL text -> name of its prepared statement, in order of last use. */
  const prepared = new Map<string, string>();
  let named = 0;
  /** The open transaction changed the schema: if it is undone, so is the schema, and plans made since are wrong. */
  let schemaChangedInTx = false;
  const simple = async (text: string, syncToFs: boolean): Promise<string | null> => {
    const { messages } = await lite.execProtocol(serialize.query(text), { syncToFs });
    return commandTag(messages);
  };
  const commandTag = (messages: { name: string }[]): string | null => {
    const done = messages.filter((m) => m.name === 'commandComplete').at(-1) as { text?: string } | undefined;
    return done?.text ?? null;
  };
  const forgetPlans = async (): Promise<void> => {
    prepared.clear();
    await simple('DEALLOCATE ALL', false);
  };

  /** The messages that run one statement: Parse the first time, then Bind (Describe) Execute. */
  const statement = (text: string, params: Value[], describe: boolean, fresh: Map<string, string>): Uint8Array[] => {
    const dml = DML.test(text);
    const known = prepared.get(text) ?? fresh.get(text);
    // A fresh name for every Parse: a statement whose batch failed may exist under its name.
    const name = known ?? (dml ? `po_${++named}` : '');
    const chunks: Uint8Array[] = [];
    if (!known) {
      chunks.push(serialize.parse({ name, text }));
      if (name) fresh.set(text, name);
    }
    chunks.push(serialize.bind({ statement: name, values: params }));
    if (describe) chunks.push(DESCRIBE_PORTAL);
    chunks.push(EXECUTE);
    return chunks;
  };

  /** Sends a batch; afterwards the statements it prepared are known, and the used ones move to the end. */
  const send = async (chunks: Uint8Array[], texts: string[], fresh: Map<string, string>, syncToFs: boolean) => {
    let messages;
    try {
      ({ messages } = await lite.execProtocol(concat(chunks), { syncToFs }));
    } catch (err) {
      // 0A000 "cached plan must not change result type": prepare them afresh next time.
      if ((err as { code?: string }).code === '0A000') for (const text of texts) prepared.delete(text);
      throw err;
    }
    for (const text of texts) {
      const name = prepared.get(text) ?? fresh.get(text);
      if (!name) continue;
      prepared.delete(text);
      prepared.set(text, name);
    }
    while (prepared.size > MAX_PREPARED) {
      const [oldText, oldName] = prepared.entries().next().value as [string, string];
      prepared.delete(oldText);
      await lite.execProtocol(concat([serialize.close({ type: 'S', name: oldName }), SYNC]), { syncToFs: false });
    }
    return messages;
  };

  const deferredChunks = (deferred: Deferred[], fresh: Map<string, string>): Uint8Array[] =>
    deferred.flatMap((d) => {
      if (!DML.test(d.text)) throw new Error(`Alleen rijen lezen of schrijven kan uitgesteld: ${d.text.slice(0, 40)}`);
      return statement(d.text, d.params, false, fresh);
    });

  const engine: Engine = {
    async query(text, params, { begin, inTx, deferred = [] }) {
      const fresh = new Map<string, string>();
      const chunks: Uint8Array[] = [];
      if (begin) chunks.push(serialize.query('BEGIN'));
      chunks.push(...deferredChunks(deferred, fresh), ...statement(text, params, true, fresh), SYNC);
      const messages = await send(chunks, [...deferred.map((d) => d.text), text], fresh, !inTx);
      if (!DML.test(text)) {
        // The schema may have changed: plans made before could now be wrong.
        if (inTx) schemaChangedInTx = true;
        if (prepared.size > 0) await forgetPlans();
      }
      return pgliteParse.parseResults(messages, lite.parsers).at(-1)?.rows ?? [];
    },
    async commit(deferred = [], begin = false) {
      let committed: boolean;
      if (deferred.length === 0 && !begin) committed = (await simple('COMMIT', true)) !== 'ROLLBACK';
      else {
        const fresh = new Map<string, string>();
        const chunks = [...(begin ? [serialize.query('BEGIN')] : []), ...deferredChunks(deferred, fresh), SYNC, serialize.query('COMMIT')];
        try {
          committed =
            commandTag(
              await send(
                chunks,
                deferred.map((d) => d.text),
                fresh,
                true,
              ),
            ) !== 'ROLLBACK';
        } catch (err) {
          // A deferred statement failed: its COMMIT in the same trip rolled the transaction back.
          if (schemaChangedInTx) await forgetPlans();
          schemaChangedInTx = false;
          throw err;
        }
      }
      if (!committed && schemaChangedInTx) await forgetPlans();
      schemaChangedInTx = false;
      return committed;
    },
    async rollback() {
      await simple('ROLLBACK', true);
      if (schemaChangedInTx) await forgetPlans();
      schemaChangedInTx = false;
    },
    async walSinceCheckpoint() {
      const [row] = (await engine.query(WAL_SINCE_CHECKPOINT, [], { begin: false, inTx: false })) as { bytes: number }[];
      return Number(row?.bytes ?? 0);
    },
    async checkpoint() {
      // Not through `query`: a command that is not DML would make it forget every prepared plan.
      await simple('CHECKPOINT', true);
    },
  };
  return engine;
}

const WAL_SINCE_CHECKPOINT = 'SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), checkpoint_lsn)::float8 AS bytes FROM pg_control_checkpoint()';

export interface PgliteStore {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  tx<T>(fn: (sql: TxSql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Postgres' `date` type: both stores return it as its 'YYYY-MM-DD' string, not a Date. */
export const DATE_OID = 1082;

/** Opens PGlite on `dataDir` (a folder, or `memory://`). */
export async function startPgliteStore(dataDir: string): Promise<PgliteStore> {
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(dataDir, { recursive: true });
  const lite = new PGlite(dataDir, { parsers: { [DATE_OID]: (v: string) => v }, ...pgliteMemoryOptions(dataDir.startsWith('memory://')) });
  await lite.waitReady;
  return storeOver(pgliteEngine(lite), () => lite.close());
}

/** The store's rules over an engine: one holder at a time, transactions, COMMIT that was a ROLLBACK. */
function storeOver(engine: Engine, closeEngine: () => Promise<void>): PgliteStore {
  let tail: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn);
    tail = run.catch(() => undefined);
    return run;
  };
  const counted = checkpointer(engine, exclusive, (err) =>
    process.emitWarning(`PGlite: checkpoint mislukt: ${err instanceof Error ? err.message : String(err)}`),
  );
  const after = <T>(work: Promise<T>): Promise<T> => {
    counted();
    return work;
  };
  return {
    query: <T>(text: string, params?: unknown[]) =>
      after(exclusive(() => engine.query(text, (params ?? []).map(toParam), { begin: false, inTx: false }))) as Promise<T[]>,
    tx: (fn) =>
      after(
        exclusive(async () => {
          let begun = false;
          let open = true;
          let deferred: Deferred[] = [];
          const afterwards: Deferred[] = [];
          const sql: TxSql = {
            query: async <T>(text: string, params?: unknown[]) => {
              if (!open) throw new Error('De transactie is al afgesloten.');
              const begin = !begun;
              begun = true;
              const before = deferred;
              deferred = [];
              return (await engine.query(text, (params ?? []).map(toParam), { begin, inTx: true, deferred: before })) as T[];
            },
            defer: (text, params) => {
              if (!open) throw new Error('De transactie is al afgesloten.');
              deferred.push({ text, params: (params ?? []).map(toParam) });
            },
            afterCommit: (text, params) => {
              if (!open) throw new Error('De transactie is al afgesloten.');
              afterwards.push({ text, params: (params ?? []).map(toParam) });
            },
          };
          try {
            const result = await fn(sql);
            open = false;
            // A statement that failed inside `fn` and was caught there aborts the transaction:
            // Postgres then answers COMMIT with ROLLBACK, and nothing was written.
            const begin = !begun && deferred.length > 0;
            if (begin) begun = true;
            if (begun && !(await engine.commit(deferred, begin))) throw new Error('De transactie is teruggedraaid: een opdracht erin mislukte.');
            for (const after of afterwards) {
              // Committed: a failure here is tried once more, then only warned about.
              const once = () => engine.query(after.text, after.params, { begin: false, inTx: false });
              await once()
                .catch(once)
                .catch((err: unknown) => process.emitWarning(`PGlite: opdracht na de COMMIT mislukt: ${err instanceof Error ? err.message : String(err)}`));
            }
            return result;
          } catch (err) {
            if (open && begun) await engine.rollback().catch(() => undefined);
            open = false;
            throw err;
          }
        }),
      ),
    close: () => exclusive(closeEngine),
  };
}
