/**
 * Change notifications between server instances on one PostgreSQL database: the transaction that
 * writes a change sends `NOTIFY po_changes, '<poId>:<seq>'` (Postgres delivers it at commit, and
 * not at all on rollback); every instance LISTENs on a dedicated
 * connection (not from the pool) and reconnects when it drops. A notification only says "read
 * po_changes": the rows themselves are the truth, so a lost notification costs latency, not data.
 */
import pg from 'pg';
import type { Sql } from './db';

export const CHANGE_CHANNEL = 'po_changes';

/** Tells other instances (and this one) that PO `poId` has changes up to `seq`. */
export async function publishChange(sql: Sql, poId: string, seq: number): Promise<void> {
  await sql.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, `${poId}:${seq}`]);
}

export function parseChangeNotification(payload: string | undefined): { poId: string; seq: number } | null {
  const at = payload?.lastIndexOf(':') ?? -1;
  if (!payload || at <= 0) return null;
  const seq = Number(payload.slice(at + 1));
  return Number.isInteger(seq) && seq > 0 ? { poId: payload.slice(0, at), seq } : null;
}

export interface ChangeListenerOptions {
  url: string;
  onChange(poId: string, seq: number): void;
  /** Connected (again): notifications sent while it was down are lost, so callers re-read. */
  onConnected(): void;
  onError(err: unknown, retryInMs: number): void;
  /** Reconnect delays: doubling from `minMs` up to `maxMs`. */
  minMs?: number;
  maxMs?: number;
}

export interface ChangeListener {
  /** True while the LISTEN connection is up. */
  readonly connected: boolean;
  close(): Promise<void>;
}

export function listenForChanges(opts: ChangeListenerOptions): ChangeListener {
  const minMs = opts.minMs ?? 250;
  const maxMs = opts.maxMs ?? 30_000;
  let client: pg.Client | null = null;
  let connected = false;
  let stopped = false;
  let delay = minMs;
  let timer: NodeJS.Timeout | null = null;

  const retry = (failed: pg.Client, err: unknown): void => {
    if (client !== failed) return; // Already handled for this connection.
    client = null;
    connected = false;
    failed.removeAllListeners();
    failed.on('error', () => undefined);
    void failed.end().catch(() => undefined);
    if (stopped) return;
    opts.onError(err, delay);
    timer = setTimeout(connect, delay);
    timer.unref();
    delay = Math.min(maxMs, delay * 2);
  };

  const connect = (): void => {
    timer = null;
    if (stopped) return;
    const c = new pg.Client({ connectionString: opts.url, keepAlive: true, application_name: 'po-overleg-live' });
    client = c;
    c.on('notification', (msg) => {
      const n = msg.channel === CHANGE_CHANNEL ? parseChangeNotification(msg.payload) : null;
      if (n) opts.onChange(n.poId, n.seq);
    });
    c.on('error', (err) => retry(c, err));
    c.on('end', () => retry(c, new Error('verbinding gesloten')));
    c.connect()
      .then(() => c.query(`LISTEN ${CHANGE_CHANNEL}`))
      .then(() => {
        if (client !== c) return;
        connected = true;
        delay = minMs;
        opts.onConnected();
      })
      .catch((err: unknown) => retry(c, err));
  };

  connect();
  return {
    get connected() {
      return connected;
    },
    async close() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      connected = false;
      if (c) {
        c.removeAllListeners();
        c.on('error', () => undefined);
        await c.end().catch(() => undefined);
      }
    },
  };
}
