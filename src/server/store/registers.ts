/**
 * Lists across POs, shaped in SQL: the follow-up register, the collegeplanning, the standing item,
 * a user's POs and the archive. Each filters, orders and limits in the database with the index it
 * needs, and pages by keyset (a cursor of the last row's sort key), so a page costs the same in the
 * first year and the tenth; nothing is cut off without a next cursor.
 *
 * What a viewer may see is narrowed here by `readableRecordSql`, the read policy
 * (domain/readPolicy.ts) written as SQL; the read layer (src/server/read/) then decides each row
 * again with `readerOf` and shows only what it allows. The two are kept equal by a test
 * (tests/server/store/readableSql.test.ts).
 */
import type { Agendapunt, FollowUpEntry, FollowUpRecord, Po, PoRecord, PoStatus, VaststellerRole } from '../../domain';
import type { Sql } from './db';
import { ORGANISATION_ID } from './directory';
import { toRecord } from './pos';
import { decodeCursor, encodeCursor } from './cursor';
import { iso } from './rows';

/** Who is looking: the user, the portefeuillehouder ids linked to them, and whether they oversee all POs. */
export interface Viewer {
  userId: string;
  phIds: string[];
  /** Reads every PO for an overview (overseer, or the standing item of a PO they read). */
  overview: boolean;
  /** Tests only: the number of POs above which lists walk the ordered index (default FEW_POS). */
  fewPos?: number;
}

/** The people of a PO and its items: all `readerOf` needs to decide, without any content. */
export type PoAccess = Pick<Po, 'id' | 'portefeuillehouderId' | 'concernadviseurId' | 'notulistId' | 'participantIds'> & {
  agendapunten: Pick<Agendapunt, 'id' | 'vertrouwelijk' | 'opdrachtnemerId' | 'adviseurIds'>[];
};

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;
export const pageSize = (n: number | undefined): number => Math.min(Math.max(n ?? DEFAULT_PAGE, 1), MAX_PAGE);

/** Positional parameters as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/**
 * The read policy for one record `r` on item `a` of PO `p`, as SQL (domain/readPolicy.ts):
 * - involved in the PO (portefeuillehouder, concernadviseur, notulist, participant, opdrachtnemer or
 *   adviser of any item): every item, a confidential one only for the PH, concernadviseur,
 *   notulist, participants and the item's own opdrachtnemer and advisers;
 * - overview: items that are not confidential;
 * - owner of the record: their own, on an item that is not confidential.
 */
export function readableRecordSql(v: Viewer, p: Params): string {
  const u = p.add(v.userId);
  const ph = p.add(v.phIds, '::text[]');
  const entitledAll = `(p.concernadviseur_id = ${u} OR p.notulist_id = ${u} OR p.participant_ids @> ARRAY[${u}]::text[] OR p.portefeuillehouder_id = ANY(${ph}))`;
  const onItem = `(a.opdrachtnemer_id = ${u} OR a.adviseur_ids @> ARRAY[${u}]::text[])`;
  const onAnyItem = `EXISTS (SELECT 1 FROM agendapunten x WHERE x.po_id = p.id AND (x.opdrachtnemer_id = ${u} OR x.adviseur_ids @> ARRAY[${u}]::text[]))`;
  const open = v.overview ? 'NOT a.vertrouwelijk' : `(NOT a.vertrouwelijk AND (r.owner_id = ${u} OR ${entitledAll} OR ${onAnyItem}))`;
  return `(${open} OR ${entitledAll} OR ${onItem})`;
}

/** Above this many POs a viewer takes part in, their lists walk the ordered index instead. */
const FEW_POS = 300;

/**
 * How a viewer without an overview is narrowed before the policy, chosen by how much they see:
 * someone in few POs (a medewerker, most opdrachtnemers) has their rows fetched by PO and owner and
 * sorted (few rows); someone in many (the notulist of every PO) walks the list's ordered index,
 * where most rows are theirs and a page fills at once. Both return the same rows.
 */
async function narrowing(sql: Sql, v: Viewer, p: Params): Promise<string | null> {
  const rows = await sql.query<{ id: string }>(
    `SELECT id FROM pos WHERE concernadviseur_id = $1 OR notulist_id = $1 OR participant_ids @> ARRAY[$1]::text[] OR portefeuillehouder_id = ANY($2::text[])
     UNION SELECT po_id FROM agendapunten WHERE opdrachtnemer_id = $1 OR adviseur_ids @> ARRAY[$1]::text[]
     LIMIT ${(v.fewPos ?? FEW_POS) + 1}`,
    [v.userId, v.phIds],
  );
  if (rows.length > (v.fewPos ?? FEW_POS)) return null;
  return `(r.po_id = ANY(${p.add(
    rows.map((r) => r.id),
    '::uuid[]',
  )}) OR r.owner_id = ${p.add(v.userId)})`;
}

/** A record with its PO and item, as the lists show it (the register's entry without its overdue flag). */
export type RegisterRow = Omit<FollowUpEntry, 'overdue' | 'record'> & { record: PoRecord };

/**
 * What every list of records adds after its own filters: the viewer's narrowing, the policy, and the
 * page's start after the cursor's key (`sortKey`: the list's order as a row of SQL expressions with
 * their casts). Null when the cursor is not one of ours.
 */
export async function pageWhere(
  sql: Sql,
  v: Viewer,
  p: Params,
  where: string[],
  cursor: string | undefined,
  sortKey: [string, string][],
): Promise<string[] | null> {
  const narrow = v.overview ? null : await narrowing(sql, v, p);
  if (narrow) where.push(narrow);
  where.push(readableRecordSql(v, p));
  if (cursor) {
    const key = decodeCursor(cursor, sortKey.length);
    if (!key) return null;
    where.push(`(${sortKey.map(([expr]) => expr).join(', ')}) > (${sortKey.map(([, cast], i) => p.add(key[i], cast)).join(', ')})`);
  }
  return where;
}

export const RECORD_COLUMNS = `r.*, p.title AS po_title, p.starts_at AS po_starts_at, p.portefeuillehouder_id, a.title AS item_title, a.vertrouwelijk`;
export const toRegisterRow = (r: Record<string, unknown>): RegisterRow => ({
  record: toRecord(r as never),
  poId: String(r.po_id),
  poTitle: String(r.po_title),
  poStartsAt: iso(r.po_starts_at),
  portefeuillehouderId: String(r.portefeuillehouder_id),
  agendapuntTitle: String(r.item_title),
  vertrouwelijk: r.vertrouwelijk === true,
});

export interface FollowUpQuery {
  portefeuillehouderId?: string;
  ownerId?: string;
  kind?: FollowUpRecord['kind'];
  /** Open and in uitvoering (default), or one status, or every status. */
  status?: FollowUpRecord['status'] | 'open_of_bezig' | 'alle';
  /** Open with a due date before `today`. */
  overdueBefore?: string;
  /** POs starting in [from, to). */
  from?: string;
  to?: string;
  /** Only POs of this portefeuillehouder that start before this time (the standing item). */
  before?: string;
  cursor?: string;
  limit?: number;
}

/**
 * Actiepunten, toezeggingen and moties: earliest due date first (none last), then in the order they
 * were recorded. Index: records_register.
 */
export async function followUpPage(sql: Sql, v: Viewer, q: FollowUpQuery): Promise<Page<RegisterRow> | null> {
  const p = new Params();
  const where = [`r.deleted_at IS NULL`, `r.kind <> 'besluitpunt'`];
  const status = q.status ?? 'open_of_bezig';
  if (status === 'open_of_bezig') where.push(`r.status IN ('open','in_uitvoering')`);
  else if (status !== 'alle') where.push(`r.status = ${p.add(status)}`);
  if (q.kind) where.push(`r.kind = ${p.add(q.kind)}`);
  if (q.ownerId) where.push(`r.owner_id = ${p.add(q.ownerId)}`);
  if (q.portefeuillehouderId) where.push(`p.portefeuillehouder_id = ${p.add(q.portefeuillehouderId)}`);
  if (q.overdueBefore) where.push(`r.status IN ('open','in_uitvoering') AND r.due_date < ${p.add(q.overdueBefore, '::date')}`);
  if (q.from) where.push(`p.starts_at >= ${p.add(q.from, '::timestamptz')}`);
  if (q.to) where.push(`p.starts_at < ${p.add(q.to, '::timestamptz')}`);
  if (q.before) where.push(`p.starts_at < ${p.add(q.before, '::timestamptz')}`);
  if (
    !(await pageWhere(sql, v, p, where, q.cursor, [
      [`coalesce(r.due_date, 'infinity'::date)`, '::date'],
      ['r.created_at', '::timestamptz'],
      ['r.id', '::uuid'],
    ]))
  )
    return null;
  const limit = pageSize(q.limit);
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT ${RECORD_COLUMNS}, coalesce(r.due_date, 'infinity'::date)::text AS due_key
     FROM records r JOIN pos p ON p.id = r.po_id JOIN agendapunten a ON a.id = r.agendapunt_id
     WHERE ${where.join(' AND ')}
     ORDER BY coalesce(r.due_date, 'infinity'::date), r.created_at, r.id LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toRegisterRow), nextCursor: more && last ? encodeCursor([String(last.due_key), iso(last.created_at), String(last.id)]) : null };
}

/** How many open follow-up items earlier POs of a portefeuillehouder have (the standing item's line). Index: records_open_po. */
export async function countOpenFollowUp(sql: Sql, portefeuillehouderId: string, before: string): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM records r JOIN pos p ON p.id = r.po_id
     WHERE r.deleted_at IS NULL AND r.kind <> 'besluitpunt' AND r.status IN ('open','in_uitvoering')
       AND p.portefeuillehouder_id = $1 AND p.starts_at < $2`,
    [portefeuillehouderId, before],
  );
  return row?.n ?? 0;
}

export interface CollegeQuery {
  from?: string;
  to?: string;
  portefeuillehouderId?: string;
  cursor?: string;
  limit?: number;
}

/** Besluitpunten with a collegedatum, by date, then in the order they were taken. Index: records_college. */
export async function collegePage(sql: Sql, v: Viewer, q: CollegeQuery): Promise<Page<RegisterRow> | null> {
  const p = new Params();
  const where = [`r.deleted_at IS NULL`, `r.kind = 'besluitpunt'`, `r.college_datum IS NOT NULL`];
  if (q.from) where.push(`r.college_datum >= ${p.add(q.from, '::date')}`);
  if (q.to) where.push(`r.college_datum <= ${p.add(q.to, '::date')}`);
  if (q.portefeuillehouderId) where.push(`p.portefeuillehouder_id = ${p.add(q.portefeuillehouderId)}`);
  if (
    !(await pageWhere(sql, v, p, where, q.cursor, [
      ['r.college_datum', '::date'],
      ['r.created_at', '::timestamptz'],
      ['r.id', '::uuid'],
    ]))
  )
    return null;
  const limit = pageSize(q.limit);
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT ${RECORD_COLUMNS} FROM records r JOIN pos p ON p.id = r.po_id JOIN agendapunten a ON a.id = r.agendapunt_id
     WHERE ${where.join(' AND ')} ORDER BY r.college_datum, r.created_at, r.id LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toRegisterRow),
    nextCursor: more && last ? encodeCursor([String(last.college_datum).slice(0, 10), iso(last.created_at), String(last.id)]) : null,
  };
}

/** The people of these POs and their items, for the read layer's decision per row. */
export async function accessOf(sql: Sql, poIds: string[]): Promise<Map<string, PoAccess>> {
  if (poIds.length === 0) return new Map();
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT p.id, p.portefeuillehouder_id, p.concernadviseur_id, p.notulist_id, p.participant_ids,
       coalesce((SELECT jsonb_agg(jsonb_build_object('id', a.id, 'vertrouwelijk', a.vertrouwelijk, 'opdrachtnemerId', a.opdrachtnemer_id, 'adviseurIds', a.adviseur_ids))
                 FROM agendapunten a WHERE a.po_id = p.id), '[]'::jsonb) AS items
     FROM pos p WHERE p.id = ANY($1::uuid[])`,
    [poIds],
  );
  return new Map(
    rows.map((r) => [
      String(r.id),
      {
        id: String(r.id),
        portefeuillehouderId: String(r.portefeuillehouder_id),
        concernadviseurId: r.concernadviseur_id as string | null,
        notulistId: r.notulist_id as string | null,
        participantIds: r.participant_ids as string[],
        agendapunten: r.items as PoAccess['agendapunten'],
      },
    ]),
  );
}

export interface PoListQuery {
  portefeuillehouderId?: string;
  from?: string;
  to?: string;
  statuses?: PoStatus[];
  teamsMeetingChatId?: string;
  /** Only POs this user takes part in (null: all). */
  involved: Viewer | null;
  cursor?: string;
  limit?: number;
}

export interface PoLine extends PoAccess {
  title: string;
  startsAt: string;
  status: PoStatus;
  publishedVersion: number;
  itemCount: number;
  /** Cancelled before the meeting. */
  geannuleerd: boolean;
  /** Opdrachtnemers (one entry per item) whose kwaliteitstoets is awaited: stukken there, not yet confirmed. */
  toetsWaitingFor: string[];
  /** Who proposed the agenda for vaststelling (the other one must agree), while it is open. */
  voorstelRole: VaststellerRole | null;
  /** Who sent the last proposal back, until the next proposal. */
  teruggestuurdBy: string | null;
}

/** POs, newest first, as lines (no content). Index: pos_starts. */
export async function poLinePage(sql: Sql, q: PoListQuery): Promise<Page<PoLine> | null> {
  const p = new Params();
  const where: string[] = [];
  if (q.portefeuillehouderId) where.push(`p.portefeuillehouder_id = ${p.add(q.portefeuillehouderId)}`);
  if (q.from) where.push(`p.starts_at >= ${p.add(q.from, '::timestamptz')}`);
  if (q.to) where.push(`p.starts_at < ${p.add(q.to, '::timestamptz')}`);
  if (q.statuses?.length) where.push(`p.status = ANY(${p.add(q.statuses, '::text[]')})`);
  if (q.teamsMeetingChatId) where.push(`p.teams_meeting_chat_id = ${p.add(q.teamsMeetingChatId)}`);
  if (q.involved) {
    const u = p.add(q.involved.userId);
    where.push(`p.id IN (SELECT id FROM pos WHERE concernadviseur_id = ${u} OR notulist_id = ${u} OR participant_ids @> ARRAY[${u}]::text[] OR portefeuillehouder_id = ANY(${p.add(q.involved.phIds, '::text[]')})
      UNION SELECT po_id FROM agendapunten WHERE opdrachtnemer_id = ${u} OR adviseur_ids @> ARRAY[${u}]::text[])`);
  }
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 2);
    if (!key) return null;
    where.push(`(p.starts_at, p.id) < (${p.add(key[0], '::timestamptz')}, ${p.add(key[1], '::uuid')})`);
  }
  const limit = pageSize(q.limit);
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT p.id, p.title, p.starts_at, p.status, p.published_version, p.portefeuillehouder_id, p.concernadviseur_id, p.notulist_id, p.participant_ids,
       p.cancelled_at IS NOT NULL AS geannuleerd,
       p.vaststelling_voorstel->>'role' AS voorstel_role, p.vaststelling_teruggestuurd->>'by' AS teruggestuurd_by,
       (SELECT coalesce(array_agg(a.opdrachtnemer_id), '{}') FROM agendapunten a WHERE a.po_id = p.id AND a.opdrachtnemer_id IS NOT NULL
          AND a.kwaliteitstoets_by IS NULL AND jsonb_array_length(a.stukken) > 0) AS toets_waiting,
       coalesce((SELECT jsonb_agg(jsonb_build_object('id', a.id, 'vertrouwelijk', a.vertrouwelijk, 'opdrachtnemerId', a.opdrachtnemer_id, 'adviseurIds', a.adviseur_ids))
                 FROM agendapunten a WHERE a.po_id = p.id), '[]'::jsonb) AS items
     FROM pos p ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY p.starts_at DESC, p.id DESC LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit).map((r): PoLine => {
    const items = r.items as PoAccess['agendapunten'];
    return {
      id: String(r.id),
      title: String(r.title),
      startsAt: iso(r.starts_at),
      status: r.status as PoStatus,
      publishedVersion: Number(r.published_version),
      portefeuillehouderId: String(r.portefeuillehouder_id),
      concernadviseurId: r.concernadviseur_id as string | null,
      notulistId: r.notulist_id as string | null,
      participantIds: r.participant_ids as string[],
      agendapunten: items,
      itemCount: items.length,
      geannuleerd: r.geannuleerd === true,
      toetsWaitingFor: (r.toets_waiting as string[] | null) ?? [],
      voorstelRole: (r.voorstel_role as VaststellerRole | null) ?? null,
      teruggestuurdBy: (r.teruggestuurd_by as string | null) ?? null,
    };
  });
  const last = page.at(-1);
  return { items: page, nextCursor: more && last ? encodeCursor([last.startsAt, last.id]) : null };
}

/** The portefeuillehouder ids linked to a user in the organisation's configuration. */
export async function phIdsOf(sql: Sql, userId: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `SELECT ph->>'id' AS id FROM organisation o, jsonb_array_elements(o.config->'portefeuillehouders') ph WHERE o.id = $1 AND ph->>'userId' = $2`,
    [ORGANISATION_ID, userId],
  );
  return rows.map((r) => r.id);
}

export { Params };
