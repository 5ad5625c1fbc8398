/**
 * The langetermijnplanning: agendapunten with an intended college or raad date, by that date (the
 * college's first), keyset-paged on agendapunten_planning; narrowed by the read policy as SQL
 * (registers.ts#readableRecordSql for an overview: items that are not confidential, or those the
 * viewer is entitled to). No PO is loaded: the rows carry what the list shows.
 */
import type { Categorie } from '../../domain';
import type { Sql } from './db';
import { decodeCursor, encodeCursor } from './cursor';
import { pageSize, Params, readableRecordSql, type Page, type Viewer } from './registers';
import { iso } from './rows';

export interface PlanningQuery {
  portefeuillehouderId?: string;
  categorie?: Categorie;
  raadsthema?: string;
  /** Intended dates in [from, to]. */
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

export interface PlanningRow {
  agendapuntId: string;
  title: string;
  poId: string;
  poTitle: string;
  poStartsAt: string;
  portefeuillehouderId: string;
  portefeuille: string | null;
  raadsthema: string | null;
  categorie: Categorie | null;
  beoogdeCollegedatum: string | null;
  beoogdeRaadsdatum: string | null;
  vertrouwelijk: boolean;
}

const day = (v: unknown): string | null => (typeof v === 'string' ? v.slice(0, 10) : v instanceof Date ? v.toISOString().slice(0, 10) : null);
const KEY = 'coalesce(a.beoogde_collegedatum, a.beoogde_raadsdatum)';

export async function planningPage(sql: Sql, v: Viewer, q: PlanningQuery): Promise<Page<PlanningRow> | null> {
  const p = new Params();
  const where = ['(a.beoogde_collegedatum IS NOT NULL OR a.beoogde_raadsdatum IS NOT NULL)', readableRecordSql({ ...v, overview: true }, p)];
  if (q.portefeuillehouderId) where.push(`p.portefeuillehouder_id = ${p.add(q.portefeuillehouderId)}`);
  if (q.categorie) where.push(`a.categorie = ${p.add(q.categorie)}`);
  if (q.raadsthema) where.push(`a.raadsthema = ${p.add(q.raadsthema)}`);
  if (q.from) where.push(`${KEY} >= ${p.add(q.from, '::date')}`);
  if (q.to) where.push(`${KEY} <= ${p.add(q.to, '::date')}`);
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 2);
    if (!key) return null;
    where.push(`(${KEY}, a.id) > (${p.add(key[0], '::date')}, ${p.add(key[1], '::uuid')})`);
  }
  const limit = pageSize(q.limit);
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT a.id, a.title, a.portefeuille, a.raadsthema, a.categorie, a.beoogde_collegedatum, a.beoogde_raadsdatum, a.vertrouwelijk,
       ${KEY}::text AS plan_key, p.id AS po_id, p.title AS po_title, p.starts_at AS po_starts_at, p.portefeuillehouder_id
     FROM agendapunten a JOIN pos p ON p.id = a.po_id
     WHERE ${where.join(' AND ')} ORDER BY ${KEY}, a.id LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      agendapuntId: String(r.id),
      title: String(r.title),
      poId: String(r.po_id),
      poTitle: String(r.po_title),
      poStartsAt: iso(r.po_starts_at),
      portefeuillehouderId: String(r.portefeuillehouder_id),
      portefeuille: (r.portefeuille as string | null) ?? null,
      raadsthema: (r.raadsthema as string | null) ?? null,
      categorie: (r.categorie as Categorie | null) ?? null,
      beoogdeCollegedatum: day(r.beoogde_collegedatum),
      beoogdeRaadsdatum: day(r.beoogde_raadsdatum),
      vertrouwelijk: r.vertrouwelijk === true,
    })),
    nextCursor: more && last ? encodeCursor([String(last.plan_key).slice(0, 10), String(last.id)]) : null,
  };
}
