/** The aanschuivers' invitations: one calendar event per aanschuiver and item, with its slot. */
import type { StoredInvitation } from '../../domain';
import type { Sql } from './db';

export async function listInvitations(sql: Sql, poId: string): Promise<StoredInvitation[]> {
  const rows = await sql.query<{ agendapunt_id: string; user_id: string; event_id: string | null; starts_at: Date | string; ends_at: Date | string }>(
    'SELECT agendapunt_id, user_id, event_id, starts_at, ends_at FROM aanschuif_invitations WHERE po_id = $1 ORDER BY starts_at, user_id',
    [poId],
  );
  return rows.map((r) => ({
    agendapuntId: r.agendapunt_id,
    userId: r.user_id,
    eventId: r.event_id,
    start: new Date(r.starts_at).toISOString(),
    end: new Date(r.ends_at).toISOString(),
  }));
}

export async function saveInvitation(sql: Sql, poId: string, i: StoredInvitation): Promise<void> {
  await sql.query(
    `INSERT INTO aanschuif_invitations (po_id, agendapunt_id, user_id, event_id, starts_at, ends_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6, now())
     ON CONFLICT (agendapunt_id, user_id) DO UPDATE SET event_id = EXCLUDED.event_id, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, updated_at = now()`,
    [poId, i.agendapuntId, i.userId, i.eventId, i.start, i.end],
  );
}

export async function deleteInvitation(sql: Sql, agendapuntId: string, userId: string): Promise<void> {
  await sql.query('DELETE FROM aanschuif_invitations WHERE agendapunt_id = $1 AND user_id = $2', [agendapuntId, userId]);
}
