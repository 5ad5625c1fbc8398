/** The schedule of POs: another PO of the same portefeuillehouder on the same day (Europe/Amsterdam). */
import type { Sql } from './db';

export async function samePhSameDay(
  sql: Sql,
  portefeuillehouderId: string,
  startsAt: string,
  exceptPoId: string | null,
): Promise<{ id: string; startsAt: string }[]> {
  const rows = await sql.query<{ id: string; starts_at: Date | string }>(
    `SELECT id, starts_at FROM pos
      WHERE portefeuillehouder_id = $1 AND cancelled_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)
        AND (starts_at AT TIME ZONE 'Europe/Amsterdam')::date = ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
      ORDER BY starts_at`,
    [portefeuillehouderId, startsAt, exceptPoId],
  );
  return rows.map((r) => ({ id: r.id, startsAt: new Date(r.starts_at).toISOString() }));
}

export async function markCancelled(sql: Sql, poId: string, c: { at: string; by: string; reason: string }): Promise<void> {
  await sql.query('UPDATE pos SET cancelled_at = $2, cancelled_by = $3, cancel_reason = $4, updated_at = $2 WHERE id = $1', [poId, c.at, c.by, c.reason]);
}
