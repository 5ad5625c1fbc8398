/**
 * Aangehouden agendapunten (issue 14): items a meeting held over, offered once to a later PO of the
 * same portefeuillehouder. Raw reads: only read/ and commands/ use them.
 */
import type { Agendapunt, PoStatus } from '../../domain';
import type { Sql } from './db';
import { toItem, type ItemRow } from './pos';

export interface HeldOverItem {
  item: Agendapunt;
  poId: string;
  poStartsAt: string;
  poStatus: PoStatus;
  portefeuillehouderId: string;
  /** The agendapunt it was put on a later agenda as; null while it is still on offer. */
  overgenomenNaar: string | null;
}

type Row = ItemRow & { overgenomen_naar: string | null; po_starts_at: Date; po_status: PoStatus; portefeuillehouder_id: string };

const toHeld = (r: Row): HeldOverItem => ({
  item: toItem(r),
  poId: r.po_id,
  poStartsAt: r.po_starts_at.toISOString(),
  poStatus: r.po_status,
  portefeuillehouderId: r.portefeuillehouder_id,
  overgenomenNaar: r.overgenomen_naar,
});

const SELECT = `SELECT a.*, p.starts_at AS po_starts_at, p.status AS po_status, p.portefeuillehouder_id
  FROM agendapunten a JOIN pos p ON p.id = a.po_id`;

/** Items held over at meetings of this portefeuillehouder before `before`, not yet taken over, oldest first. */
export async function heldOverBefore(sql: Sql, portefeuillehouderId: string, before: string): Promise<HeldOverItem[]> {
  const rows = await sql.query<Row>(
    `${SELECT} WHERE p.portefeuillehouder_id = $1 AND p.starts_at < $2 AND p.status IN ('afgesloten', 'gepubliceerd')
       AND a.afhandeling = 'aangehouden' AND a.overgenomen_naar IS NULL
     ORDER BY p.starts_at, a.position LIMIT 200`,
    [portefeuillehouderId, before],
  );
  return rows.map(toHeld);
}

/** One held-over item, its row locked for this transaction (two agendas cannot both take it). */
export async function lockHeldOver(sql: Sql, itemId: string): Promise<HeldOverItem | null> {
  const [row] = await sql.query<Row>(`${SELECT} WHERE a.id = $1 AND a.afhandeling = 'aangehouden' FOR UPDATE OF a`, [itemId]);
  return row ? toHeld(row) : null;
}

export async function markTakenOver(sql: Sql, itemId: string, newItemId: string): Promise<void> {
  await sql.query('UPDATE agendapunten SET overgenomen_naar = $2 WHERE id = $1', [itemId, newItemId]);
}
