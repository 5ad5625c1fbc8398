/** Per-PO change sequence: every change gets the next number, in the same transaction as the change. */
import { AUDIT_COLUMNS, auditValues, type AuditEntry } from './audit';
import type { Sql, TxSql } from './db';
import { iso } from './rows';

export interface PoChange {
  poId: string;
  seq: number;
  at: string;
  actorId: string | null;
  type: string;
  payload: unknown;
}

/**
 * Numbers the change with the PO's next seq and stores it, in one statement. Returns the change as
 * stored, so this instance can pass it to its live clients without reading it back.
 */
export async function appendChange(sql: Sql, c: Omit<PoChange, 'seq' | 'at'>): Promise<PoChange> {
  const payload = JSON.stringify(c.payload);
  const [row] = await sql.query<{ seq: number; at: Date }>(
    `WITH next AS (UPDATE pos SET seq = seq + 1 WHERE id = $1 RETURNING seq)
     INSERT INTO po_changes (po_id, seq, actor_id, type, payload)
     SELECT $1::uuid, next.seq, $2::text, $3::text, $4::jsonb FROM next RETURNING seq, at`,
    [c.poId, c.actorId, c.type, payload],
  );
  if (!row) throw new Error(`PO ${c.poId} bestaat niet: wijziging niet genummerd`);
  return { poId: c.poId, seq: Number(row.seq), at: iso(row.at), actorId: c.actorId, type: c.type, payload: JSON.parse(payload) as unknown };
}

/**
 * Appends the audit entry and the numbered change it belongs to, in one statement, deferred: it
 * goes to the database with the transaction's COMMIT. The caller holds the PO's lock and so knows
 * the next seq; should the PO's seq not be `seq - 1` after all, the statement fails (a NULL seq)
 * and the transaction writes nothing.
 */
export function deferAuditedChange(sql: TxSql, audit: AuditEntry, c: PoChange): PoChange {
  const payload = JSON.stringify(c.payload);
  sql.defer(
    `WITH audited AS (INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($7,$8,$9,$10,$11,$12,$13,$14,$15,$16)),
       next AS (UPDATE pos SET seq = seq + 1 WHERE id = $1 RETURNING seq)
     INSERT INTO po_changes (po_id, seq, at, actor_id, type, payload)
     SELECT $1::uuid, CASE WHEN next.seq = $2::bigint THEN next.seq END, $3::timestamptz, $4::text, $5::text, $6::jsonb FROM next`,
    [c.poId, c.seq, c.at, c.actorId, c.type, payload, ...auditValues(audit)],
  );
  return { ...c, payload: JSON.parse(payload) as unknown };
}

export async function changesSince(sql: Sql, poId: string, afterSeq: number, limit = 1000): Promise<PoChange[]> {
  const rows = await sql.query<{ po_id: string; seq: number; at: Date; actor_id: string | null; type: string; payload: unknown }>(
    'SELECT * FROM po_changes WHERE po_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
    [poId, afterSeq, limit],
  );
  return rows.map((r) => ({ poId: r.po_id, seq: Number(r.seq), at: iso(r.at), actorId: r.actor_id, type: r.type, payload: r.payload }));
}
