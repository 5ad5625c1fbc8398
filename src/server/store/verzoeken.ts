/** Agendaverzoeken repository. */
import type { Agendaverzoek } from '../../domain';
import type { Sql } from './db';
import { iso, isoOrNull } from './rows';

const toVerzoek = (r: Record<string, unknown>): Agendaverzoek => ({
  id: String(r.id),
  poId: String(r.po_id),
  proposedBy: String(r.proposed_by),
  title: String(r.title),
  purpose: r.purpose as Agendaverzoek['purpose'],
  toelichting: String(r.toelichting),
  voorgesteldBesluit: typeof r.voorgesteld_besluit === 'string' ? r.voorgesteld_besluit : '',
  stukken: (r.stukken as Agendaverzoek['stukken'] | null) ?? [],
  opdrachtnemerId: r.opdrachtnemer_id as string | null,
  vertrouwelijk: r.vertrouwelijk === true,
  status: r.status as Agendaverzoek['status'],
  decidedBy: r.decided_by as string | null,
  decidedAt: isoOrNull(r.decided_at),
  reason: String(r.reason),
  agendapuntId: r.agendapunt_id as string | null,
  createdAt: iso(r.created_at),
});

export async function insertVerzoek(sql: Sql, v: Agendaverzoek): Promise<void> {
  await sql.query(
    `INSERT INTO agendaverzoeken (id, po_id, proposed_by, title, purpose, toelichting, opdrachtnemer_id, vertrouwelijk, status, created_at,
       voorgesteld_besluit, stukken)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
    [
      v.id,
      v.poId,
      v.proposedBy,
      v.title,
      v.purpose,
      v.toelichting,
      v.opdrachtnemerId,
      v.vertrouwelijk,
      v.status,
      v.createdAt,
      v.voorgesteldBesluit,
      JSON.stringify(v.stukken),
    ],
  );
}

export async function findVerzoek(sql: Sql, id: string, opts: { forUpdate?: boolean } = {}): Promise<Agendaverzoek | null> {
  const [row] = await sql.query(`SELECT * FROM agendaverzoeken WHERE id = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row ? toVerzoek(row) : null;
}

export async function listVerzoeken(sql: Sql, q: { poId?: string; status?: string; proposedBy?: string } = {}): Promise<Agendaverzoek[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.poId) {
    params.push(q.poId);
    where.push(`po_id = $${params.length}`);
  }
  if (q.status) {
    params.push(q.status);
    where.push(`status = $${params.length}`);
  }
  if (q.proposedBy) {
    params.push(q.proposedBy);
    where.push(`proposed_by = $${params.length}`);
  }
  const rows = await sql.query(`SELECT * FROM agendaverzoeken ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at`, params);
  return rows.map(toVerzoek);
}

export async function saveDecision(sql: Sql, v: Agendaverzoek): Promise<void> {
  await sql.query('UPDATE agendaverzoeken SET status = $2, decided_by = $3, decided_at = $4, reason = $5, agendapunt_id = $6, po_id = $7 WHERE id = $1', [
    v.id,
    v.status,
    v.decidedBy,
    v.decidedAt,
    v.reason,
    v.agendapuntId,
    v.poId,
  ]);
}

/** The portefeuillehouder's first PO from `from` on in one of `statuses`, not cancelled. */
export async function nextPoOf(sql: Sql, portefeuillehouderId: string, from: string, statuses: string[]): Promise<{ id: string } | null> {
  const [row] = await sql.query<{ id: string }>(
    `SELECT id FROM pos WHERE portefeuillehouder_id = $1 AND starts_at >= $2 AND status = ANY($3::text[]) AND cancelled_at IS NULL
      ORDER BY starts_at LIMIT 1`,
    [portefeuillehouderId, from, statuses],
  );
  return row ?? null;
}
