/** Per-PO change sequence: every change gets the next number, in the same transaction as the change. */
import type { Sql } from './db';
import { iso } from './rows';

export interface PoChange {
  poId: string;
  seq: number;
  at: string;
  actorId: string | null;
  type: string;
  payload: unknown;
}

export async function appendChange(sql: Sql, c: Omit<PoChange, 'seq' | 'at'>): Promise<number> {
  const [row] = await sql.query<{ seq: number }>('UPDATE pos SET seq = seq + 1 WHERE id = $1 RETURNING seq', [c.poId]);
  const seq = Number(row?.seq);
  await sql.query('INSERT INTO po_changes (po_id, seq, actor_id, type, payload) VALUES ($1,$2,$3,$4,$5)', [
    c.poId, seq, c.actorId, c.type, JSON.stringify(c.payload),
  ]);
  return seq;
}

export async function changesSince(sql: Sql, poId: string, afterSeq: number, limit = 1000): Promise<PoChange[]> {
  const rows = await sql.query<{ po_id: string; seq: number; at: Date; actor_id: string | null; type: string; payload: unknown }>(
    'SELECT * FROM po_changes WHERE po_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
    [poId, afterSeq, limit],
  );
  return rows.map((r) => ({ poId: r.po_id, seq: Number(r.seq), at: iso(r.at), actorId: r.actor_id, type: r.type, payload: r.payload }));
}
