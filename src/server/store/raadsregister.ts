/**
 * The raad's register (migration 013): entries, a keyset-paged list with filters, the import's
 * upsert by nummer, the PO records that link to an entry, and what the standing item and the
 * reminders need. Only SQL; the rules are in domain/raadsregister.ts.
 */
import type { FollowUpStatus, PoRecord, RaadsItem, RaadsItemInput, RaadsSoort } from '../../domain';
import type { Sql } from './db';
import { decodeCursor, encodeCursor } from './cursor';
import { iso } from './rows';
import { MAX_PAGE, DEFAULT_PAGE, Params, type Page } from './registers';

const day = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? iso(v).slice(0, 10) : typeof v === 'string' ? v.slice(0, 10) : null;

export function toRaadsItem(r: Record<string, unknown>): RaadsItem {
  return {
    id: String(r.id),
    soort: r.soort as RaadsSoort,
    nummer: String(r.nummer),
    raadsvergadering: day(r.raadsvergadering)!,
    titel: String(r.titel),
    indieners: String(r.indieners),
    portefeuillehouderId: String(r.portefeuillehouder_id),
    opdrachtnemerId: (r.opdrachtnemer_id as string | null) ?? null,
    deadline: day(r.deadline),
    status: r.status as FollowUpStatus,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function findRaadsItem(sql: Sql, id: string, lock = false): Promise<RaadsItem | null> {
  const [row] = await sql.query<Record<string, unknown>>(`SELECT * FROM raads_items WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return row ? toRaadsItem(row) : null;
}

/** The nummer of each given entry (the verslag names the entry a record follows up). */
export async function raadsNummersOf(sql: Sql, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await sql.query<{ id: string; nummer: string }>('SELECT id, nummer FROM raads_items WHERE id = ANY($1::uuid[])', [[...new Set(ids)]]);
  return new Map(rows.map((r) => [String(r.id), String(r.nummer)]));
}

/** The raadsregister nummers of the records of a PO that link to the register. */
export const raadsNummersOfPo = (sql: Sql, po: { records: readonly PoRecord[] }): Promise<Map<string, string>> =>
  raadsNummersOf(
    sql,
    po.records.flatMap((r) => ((r.kind === 'motie' || r.kind === 'toezegging') && r.raadsItemId ? [r.raadsItemId] : [])),
  );

export async function findRaadsItemsByNummer(sql: Sql, nummers: string[]): Promise<Map<string, RaadsItem>> {
  if (nummers.length === 0) return new Map();
  const rows = await sql.query<Record<string, unknown>>('SELECT * FROM raads_items WHERE lower(nummer) = ANY($1::text[]) FOR UPDATE', [
    nummers.map((n) => n.toLowerCase()),
  ]);
  return new Map(rows.map((r) => [String(r.nummer).toLowerCase(), toRaadsItem(r)]));
}

const COLUMNS = 'soort, nummer, raadsvergadering, titel, indieners, portefeuillehouder_id, opdrachtnemer_id, deadline, status';
const values = (i: RaadsItemInput): unknown[] => [
  i.soort,
  i.nummer,
  i.raadsvergadering,
  i.titel,
  i.indieners,
  i.portefeuillehouderId,
  i.opdrachtnemerId,
  i.deadline,
  i.status,
];

export async function insertRaadsItem(sql: Sql, item: RaadsItem, createdBy: string): Promise<void> {
  await sql.query(`INSERT INTO raads_items (id, ${COLUMNS}, created_by, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`, [
    item.id,
    ...values(item),
    createdBy,
    item.createdAt,
    item.updatedAt,
  ]);
}

export async function updateRaadsItem(sql: Sql, item: RaadsItem): Promise<void> {
  await sql.query(
    `UPDATE raads_items SET soort = $2, nummer = $3, raadsvergadering = $4, titel = $5, indieners = $6, portefeuillehouder_id = $7,
       opdrachtnemer_id = $8, deadline = $9, status = $10, updated_at = $11 WHERE id = $1`,
    [item.id, ...values(item), item.updatedAt],
  );
}

export interface RaadsQuery {
  soort?: RaadsSoort;
  /** One status, 'open_of_bezig' (default) or 'alle'. */
  status?: FollowUpStatus | 'open_of_bezig' | 'alle';
  portefeuillehouderId?: string;
  opdrachtnemerId?: string;
  /** Open with a deadline before this date. */
  overdueBefore?: string;
  /** Open with a deadline on or before this date (the standing item's horizon). */
  dueBy?: string;
  cursor?: string;
  limit?: number;
}

/** Entries, earliest deadline first (none last), then by nummer. Index: raads_items_list. Null: a cursor not ours. */
export async function raadsPage(sql: Sql, q: RaadsQuery): Promise<Page<RaadsItem> | null> {
  const p = new Params();
  const where: string[] = [];
  const status = q.status ?? 'open_of_bezig';
  if (status === 'open_of_bezig') where.push(`status IN ('open','in_uitvoering')`);
  else if (status !== 'alle') where.push(`status = ${p.add(status)}`);
  if (q.soort) where.push(`soort = ${p.add(q.soort)}`);
  if (q.portefeuillehouderId) where.push(`portefeuillehouder_id = ${p.add(q.portefeuillehouderId)}`);
  if (q.opdrachtnemerId) where.push(`opdrachtnemer_id = ${p.add(q.opdrachtnemerId)}`);
  if (q.overdueBefore) where.push(`status IN ('open','in_uitvoering') AND deadline < ${p.add(q.overdueBefore, '::date')}`);
  if (q.dueBy) where.push(`status IN ('open','in_uitvoering') AND deadline <= ${p.add(q.dueBy, '::date')}`);
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 3);
    if (!key) return null;
    where.push(`(coalesce(deadline, 'infinity'::date), nummer, id) > (${p.add(key[0], '::date')}, ${p.add(key[1])}, ${p.add(key[2], '::uuid')})`);
  }
  const limit = Math.min(Math.max(q.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT *, coalesce(deadline, 'infinity'::date)::text AS due_key FROM raads_items ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY coalesce(deadline, 'infinity'::date), nummer, id LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toRaadsItem), nextCursor: more && last ? encodeCursor([String(last.due_key), String(last.nummer), String(last.id)]) : null };
}

/** A PO record that links to an entry, with what the read policy needs to decide on it. */
export interface RaadsReference {
  recordId: string;
  poId: string;
  poTitle: string;
  poStartsAt: string;
}

/** The PO records (not deleted) that link to this entry, oldest PO first. Index: records_raads_item. */
export async function referencesTo(sql: Sql, raadsItemId: string): Promise<RaadsReference[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT r.id, r.po_id, p.title, p.starts_at FROM records r JOIN pos p ON p.id = r.po_id
     WHERE r.details->>'raadsItemId' = $1 AND r.deleted_at IS NULL ORDER BY p.starts_at, r.created_at`,
    [raadsItemId],
  );
  return rows.map((r) => ({ recordId: String(r.id), poId: String(r.po_id), poTitle: String(r.title), poStartsAt: iso(r.starts_at) }));
}

/** Open entries with an owner and a deadline in [from, to]: the reminders' candidates. */
export async function raadsItemsDueBetween(sql: Sql, from: string, to: string): Promise<RaadsItem[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT * FROM raads_items WHERE status IN ('open','in_uitvoering') AND opdrachtnemer_id IS NOT NULL AND deadline BETWEEN $1::date AND $2::date`,
    [from, to],
  );
  return rows.map(toRaadsItem);
}
