/**
 * Change notifications between server instances on one PostgreSQL database: once a transaction
 * that wrote changes has committed, its instance sends a NOTIFY on `po_changes` with those changes
 * (or, when they do not fit in a notification, `'<poId>:<seq>'`: "read po_changes up to here").
 * Every instance LISTENs on a dedicated connection (not from the pool) and reconnects when it
 * drops. The rows in po_changes are the truth: a lost notification costs latency, not data (the
 * live channel also compares its cursors with the database now and then: `latestSeqs`).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { z } from 'zod';
import type { PoChange } from './changes';
import type { Database, Sql } from './db';

export const CHANGE_CHANNEL = 'po_changes';

/** Postgres refuses a payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7880; // And the sender's tag before it.

/** What a notification says: PO `poId` has changes up to `seq`; these ones when they fitted. */
export interface ChangeNotification {
  poId: string;
  seq: number;
  changes?: PoChange[];
}

/**
 * Tells every instance (this one too) of changes just committed. Called after the commit, never
 * inside the writing transaction: Postgres holds one lock for all NOTIFYs of the cluster from a
 * notifying transaction's commit until its WAL is on disk, so writers that notify would commit one
 * at a time, each waiting for the disk. Sent on its own, as a transaction that does not wait for
 * its flush, it holds that lock for moments; should the server stop right then, the notification
 * is lost, not the change. The changes travel along, so other instances need not read them back.
 */
export async function announceChanges(db: Database, poId: string, changes: PoChange[], sender?: string): Promise<void> {
  const statement = announcement(poId, changes, sender);
  if (statement) await db.query(statement.text, statement.params);
}

/** The statement `announceChanges` sends; also sent with a command's COMMIT (`TxSql.afterCommit`). Null without changes. */
export function announcement(poId: string, changes: PoChange[], sender?: string): { text: string; params: unknown[] } | null {
  const last = changes.at(-1);
  if (!last) return null;
  const full = JSON.stringify({ poId, changes: changes.map(({ seq, at, actorId, type, payload }) => ({ seq, at, actorId, type, payload })) });
  const body = Buffer.byteLength(full) <= MAX_PAYLOAD_BYTES ? full : `${poId}:${last.seq}`;
  const payload = sender ? `${sender} ${body}` : body;
  return { text: "SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, $2)", params: [CHANGE_CHANNEL, payload] };
}

/**
 * A tag for one server instance's notifications: it hears its own NOTIFYs too, and skips them
 * unread (its own clients had those changes from memory already).
 */
export function senderTag(): string {
  return randomBytes(6).toString('hex');
}

const SENDER = /^[0-9a-f]{12} /;

const announced = z.object({
  poId: z.string().min(1),
  changes: z
    .array(z.object({ seq: z.number().int().positive(), at: z.string(), actorId: z.string().nullable(), type: z.string(), payload: z.unknown() }))
    .min(1),
});

export function parseChangeNotification(tagged: string | undefined): ChangeNotification | null {
  const payload = tagged && SENDER.test(tagged) ? tagged.slice(13) : tagged;
  if (payload?.startsWith('{')) {
    let parsed;
    try {
      parsed = announced.safeParse(JSON.parse(payload));
    } catch {
      return null;
    }
    if (!parsed.success) return null;
    const { poId, changes } = parsed.data;
    return { poId, seq: changes.at(-1)!.seq, changes: changes.map((c) => ({ ...c, poId })) };
  }
  const at = payload?.lastIndexOf(':') ?? -1;
  if (!payload || at <= 0) return null;
  const seq = Number(payload.slice(at + 1));
  return Number.isInteger(seq) && seq > 0 ? { poId: payload.slice(0, at), seq } : null;
}

/** The last seq of each of these POs (a PO that no longer exists is missing). */
export async function latestSeqs(sql: Sql, poIds: string[]): Promise<{ poId: string; seq: number }[]> {
  if (poIds.length === 0) return [];
  const rows = await sql.query<{ id: string; seq: number }>('SELECT id, seq FROM pos WHERE id = ANY($1::uuid[])', [poIds]);
  return rows.map((r) => ({ poId: r.id, seq: Number(r.seq) }));
}

export interface ChangeListenerOptions {
  url: string;
  onChange(notification: ChangeNotification): void;
  /** Connected (again): notifications sent while it was down are lost, so callers re-read. */
  onConnected(): void;
  onError(err: unknown, retryInMs: number): void;
  /** This instance's `senderTag`: its own notifications are skipped unread. */
  sender?: string;
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
    const own = opts.sender ? `${opts.sender} ` : null;
    c.on('notification', (msg) => {
      if (own && msg.payload?.startsWith(own)) return;
      const n = msg.channel === CHANGE_CHANNEL ? parseChangeNotification(msg.payload) : null;
      if (n) opts.onChange(n);
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
