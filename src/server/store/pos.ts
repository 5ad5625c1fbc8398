/** The PO repository: the only code that reads and writes pos, agendapunten and records. */
import type { Afhandeling, Agendapunt, Attendance, ItemTimings, Po, PoRecord, PoStatus, Stuk } from '../../domain';
import type { Sql, TxSql } from './db';
import { ORGANISATION_ID } from './directory';
import { iso, isoOrNull } from './rows';

interface PoRow {
  id: string;
  portefeuillehouder_id: string;
  title: string;
  starts_at: Date;
  status: PoStatus;
  concernadviseur_id: string | null;
  notulist_id: string | null;
  participant_ids: string[];
  aanwezigen: string[];
  attendance: Attendance | null;
  sections: string[];
  current_agendapunt_id: string | null;
  timings: ItemTimings;
  teams_meeting_chat_id: string | null;
  vastgesteld_at: Date | null;
  vaststelling_voorstel: Po['vaststellingVoorstel'];
  vaststelling_teruggestuurd: Po['vaststellingTeruggestuurd'];
  started_at: Date | null;
  ended_at: Date | null;
  approved_by: string | null;
  approved_at: Date | null;
  published_version: number;
  correction_open: boolean;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  cancel_reason: string;
  seq: number;
  created_at: Date;
  updated_at: Date;
}
export interface ItemRow {
  id: string;
  po_id: string;
  section: string;
  position: number;
  title: string;
  purpose: Agendapunt['purpose'];
  toelichting: string;
  voorgesteld_besluit: string;
  opdrachtnemer_id: string | null;
  adviseur_ids: string[];
  stukken: Stuk[];
  kwaliteitstoets_by: string | null;
  kwaliteitstoets_at: Date | null;
  toets_criteria: Agendapunt['toetsCriteria'];
  toets_overruled: Agendapunt['toetsOverruled'];
  vertrouwelijk: boolean;
  planned_minutes: number | null;
  beoogde_collegedatum: string | null;
  beoogde_raadsdatum?: string | null;
  portefeuille?: string | null;
  raadsthema?: string | null;
  categorie?: string | null;
  bespreking: string;
  standing: boolean;
  afhandeling: Afhandeling | null;
}
interface RecordRow {
  id: string;
  po_id: string;
  agendapunt_id: string;
  kind: PoRecord['kind'];
  text: string;
  owner_id: string | null;
  owner_name: string;
  due_date: string | null;
  status: string | null;
  college_datum: string | null;
  details: Record<string, unknown>;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export type PoHeader = Omit<Po, 'agendapunten' | 'records'> & { seq: number };
export type LoadedPo = Po & { seq: number };
/** A PO as a change sees it: header and agenda, and how many live records it has (not the records). */
export type PoForChange = Omit<LoadedPo, 'records'> & { recordCount: number };

const toHeader = (r: PoRow): PoHeader => ({
  id: r.id,
  portefeuillehouderId: r.portefeuillehouder_id,
  title: r.title,
  startsAt: iso(r.starts_at),
  status: r.status,
  concernadviseurId: r.concernadviseur_id,
  notulistId: r.notulist_id,
  participantIds: r.participant_ids,
  aanwezigen: r.aanwezigen,
  attendance: r.attendance ?? null,
  sections: r.sections,
  currentAgendapuntId: r.current_agendapunt_id,
  timings: r.timings,
  teamsMeetingChatId: r.teams_meeting_chat_id,
  vastgesteldAt: isoOrNull(r.vastgesteld_at),
  vaststellingVoorstel: r.vaststelling_voorstel ?? null,
  vaststellingTeruggestuurd: r.vaststelling_teruggestuurd ?? null,
  startedAt: isoOrNull(r.started_at),
  endedAt: isoOrNull(r.ended_at),
  approval: r.approved_by && r.approved_at ? { by: r.approved_by, at: iso(r.approved_at) } : null,
  publishedVersion: r.published_version,
  correctionOpen: r.correction_open,
  geannuleerd: r.cancelled_at && r.cancelled_by ? { at: iso(r.cancelled_at), by: r.cancelled_by, reason: r.cancel_reason } : null,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
  seq: Number(r.seq),
});

export const toItem = (r: ItemRow): Agendapunt => ({
  id: r.id,
  section: r.section,
  position: r.position,
  title: r.title,
  purpose: r.purpose,
  toelichting: r.toelichting,
  voorgesteldBesluit: r.voorgesteld_besluit,
  opdrachtnemerId: r.opdrachtnemer_id,
  adviseurIds: r.adviseur_ids,
  stukken: r.stukken,
  kwaliteitstoets: r.kwaliteitstoets_by && r.kwaliteitstoets_at ? { confirmedBy: r.kwaliteitstoets_by, confirmedAt: iso(r.kwaliteitstoets_at) } : null,
  toetsCriteria: r.toets_criteria ?? [],
  toetsOverruled: r.toets_overruled ?? null,
  vertrouwelijk: r.vertrouwelijk,
  plannedMinutes: r.planned_minutes,
  beoogdeCollegedatum: r.beoogde_collegedatum,
  beoogdeRaadsdatum: r.beoogde_raadsdatum ?? null,
  portefeuille: r.portefeuille ?? null,
  raadsthema: r.raadsthema ?? null,
  categorie: (r.categorie ?? null) as Agendapunt['categorie'],
  bespreking: r.bespreking,
  standing: r.standing,
  afhandeling: r.afhandeling ?? null,
});

/** A detail stored as text: itself, or '' when missing. */
const textOf = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v));

export function toRecord(r: RecordRow): PoRecord {
  const base = { id: r.id, agendapuntId: r.agendapunt_id, text: r.text, createdBy: r.created_by, createdAt: iso(r.created_at), updatedAt: iso(r.updated_at) };
  const owner = { ownerId: r.owner_id, ownerName: r.owner_name, dueDate: r.due_date, status: (r.status ?? 'open') as 'open' };
  const d = r.details;
  switch (r.kind) {
    case 'besluitpunt':
      return { ...base, kind: 'besluitpunt', collegeDatum: r.college_datum, outsidePurpose: d.outsidePurpose === true };
    case 'actiepunt':
      return { ...base, kind: 'actiepunt', ...owner, plannerTaskId: typeof d.plannerTaskId === 'string' ? d.plannerTaskId : null };
    case 'toezegging':
      return { ...base, kind: 'toezegging', ...owner, aan: textOf(d.aan), raadsItemId: typeof d.raadsItemId === 'string' ? d.raadsItemId : null };
    case 'motie':
      return {
        ...base,
        kind: 'motie',
        ...owner,
        referentie: textOf(d.referentie),
        afdoening: textOf(d.afdoening),
        raadsItemId: typeof d.raadsItemId === 'string' ? d.raadsItemId : null,
      };
  }
}

/** Loads a PO with its agenda and live records; `forUpdate` locks the PO row for this transaction. */
export async function loadPo(sql: Sql, id: string, opts: { forUpdate?: boolean } = {}): Promise<LoadedPo | null> {
  const [row] = await sql.query<PoRow>(`SELECT * FROM pos WHERE id = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  if (!row) return null;
  const [assembled] = await assemble(sql, [toHeader(row)]);
  return assembled ?? null;
}

/**
 * Locks the PO for this transaction and reads, in one statement, what every change needs: the PO,
 * its agenda, the number of live records, and the version of the organisation's configuration
 * (its row version; null when there is none yet). Null when the PO does not exist.
 *
 * All of it comes as one JSON value: the drivers then parse one text with JSON.parse instead of
 * some thirty columns one by one (arrays, timestamps, jsonb), which on PGlite took half of this
 * query's time. Its timestamps are therefore ISO text, not Dates: `toHeader` and `toItem` take
 * either (rows.ts#iso).
 */
export async function lockPoForChange(sql: Sql, id: string): Promise<{ po: PoForChange; orgVersion: string | null } | null> {
  const [row] = await sql.query<{ po: PoRow & { items: ItemRow[]; record_count: number; org_version: string | null } }>(
    `SELECT to_jsonb(p) || jsonb_build_object(
       'items', (SELECT coalesce(jsonb_agg(to_jsonb(a) ORDER BY a.position, a.created_at), '[]'::jsonb) FROM agendapunten a WHERE a.po_id = p.id),
       'record_count', (SELECT count(*)::int FROM records r WHERE r.po_id = p.id AND r.deleted_at IS NULL),
       'org_version', (SELECT o.xmin::text FROM organisation o WHERE o.id = $2)) AS po
     FROM pos p WHERE p.id = $1 FOR UPDATE OF p`,
    [id, ORGANISATION_ID],
  );
  if (!row) return null;
  const { po } = row;
  return { po: { ...toHeader(po), agendapunten: po.items.map(toItem), recordCount: po.record_count }, orgVersion: po.org_version };
}

/** Record id -> agendapunt id for every record of a PO ever made, removed ones included. */
export async function recordItemIds(sql: Sql, poId: string): Promise<Map<string, string>> {
  const rows = await sql.query<{ id: string; agendapunt_id: string }>('SELECT id, agendapunt_id FROM records WHERE po_id = $1', [poId]);
  return new Map(rows.map((r) => [r.id, r.agendapunt_id]));
}

/** The live records of one PO, in the order they were made. */
export async function loadRecords(sql: Sql, poId: string): Promise<PoRecord[]> {
  const rows = await sql.query<RecordRow>('SELECT * FROM records WHERE po_id = $1 AND deleted_at IS NULL ORDER BY created_at, id', [poId]);
  return rows.map(toRecord);
}

async function assemble(sql: Sql, headers: PoHeader[]): Promise<LoadedPo[]> {
  if (headers.length === 0) return [];
  const ids = headers.map((h) => h.id);
  const items = await sql.query<ItemRow>('SELECT * FROM agendapunten WHERE po_id = ANY($1::uuid[]) ORDER BY position, created_at', [ids]);
  const records = await sql.query<RecordRow>('SELECT * FROM records WHERE po_id = ANY($1::uuid[]) AND deleted_at IS NULL ORDER BY created_at, id', [ids]);
  return headers.map((h) => ({
    ...h,
    agendapunten: items.filter((i) => i.po_id === h.id).map(toItem),
    records: records.filter((r) => r.po_id === h.id).map(toRecord),
  }));
}

export interface PoQuery {
  portefeuillehouderId?: string;
  from?: string;
  to?: string;
  statuses?: PoStatus[];
  teamsMeetingChatId?: string;
  /** Only POs this user is involved in or owns records of (null: all). */
  involvedUserId?: string | null;
  limit?: number;
}

export async function listPos(sql: Sql, q: PoQuery = {}): Promise<LoadedPo[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown): void => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (q.portefeuillehouderId) add('p.portefeuillehouder_id = ?', q.portefeuillehouderId);
  if (q.from) add('p.starts_at >= ?', q.from);
  if (q.to) add('p.starts_at < ?', q.to);
  if (q.statuses?.length) add('p.status = ANY(?::text[])', q.statuses);
  if (q.teamsMeetingChatId) add('p.teams_meeting_chat_id = ?', q.teamsMeetingChatId);
  if (q.involvedUserId) {
    params.push(q.involvedUserId);
    const u = `$${params.length}`;
    where.push(`(p.concernadviseur_id = ${u} OR p.notulist_id = ${u} OR ${u} = ANY(p.participant_ids)
      OR p.portefeuillehouder_id IN (SELECT ph->>'id' FROM organisation o, jsonb_array_elements(o.config->'portefeuillehouders') ph WHERE ph->>'userId' = ${u})
      OR EXISTS (SELECT 1 FROM agendapunten a WHERE a.po_id = p.id AND (a.opdrachtnemer_id = ${u} OR ${u} = ANY(a.adviseur_ids)))
      OR EXISTS (SELECT 1 FROM records r WHERE r.po_id = p.id AND r.owner_id = ${u} AND r.deleted_at IS NULL))`);
  }
  params.push(Math.min(q.limit ?? 200, 1000));
  const rows = await sql.query<PoRow>(
    `SELECT p.* FROM pos p ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.starts_at DESC LIMIT $${params.length}`,
    params,
  );
  return assemble(sql, rows.map(toHeader));
}

export async function insertPo(sql: Sql, po: Po, createdBy: string): Promise<void> {
  await sql.query(
    `INSERT INTO pos (id, portefeuillehouder_id, title, starts_at, status, concernadviseur_id, notulist_id,
       participant_ids, sections, created_by, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$11)`,
    [
      po.id,
      po.portefeuillehouderId,
      po.title,
      po.startsAt,
      po.status,
      po.concernadviseurId,
      po.notulistId,
      po.participantIds,
      po.sections,
      createdBy,
      po.createdAt,
    ],
  );
}

const PO_COLUMNS = {
  title: 'title',
  startsAt: 'starts_at',
  status: 'status',
  concernadviseurId: 'concernadviseur_id',
  notulistId: 'notulist_id',
  participantIds: 'participant_ids',
  aanwezigen: 'aanwezigen',
  attendance: 'attendance',
  sections: 'sections',
  currentAgendapuntId: 'current_agendapunt_id',
  timings: 'timings',
  teamsMeetingChatId: 'teams_meeting_chat_id',
  vastgesteldAt: 'vastgesteld_at',
  vaststellingVoorstel: 'vaststelling_voorstel',
  vaststellingTeruggestuurd: 'vaststelling_teruggestuurd',
  startedAt: 'started_at',
  endedAt: 'ended_at',
  publishedVersion: 'published_version',
  correctionOpen: 'correction_open',
} as const;
export type PoPatch = Partial<{ [K in keyof typeof PO_COLUMNS]: Po[K] }> & { approval?: Po['approval'] };

export async function updatePo(sql: Sql, id: string, patch: PoPatch, now: string): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id, now];
  for (const [key, column] of Object.entries(PO_COLUMNS)) {
    if (key in patch) {
      params.push((patch as Record<string, unknown>)[key]);
      sets.push(`${column} = $${params.length}`);
    }
  }
  if ('approval' in patch) {
    params.push(patch.approval?.by ?? null, patch.approval?.at ?? null);
    sets.push(`approved_by = $${params.length - 1}`, `approved_at = $${params.length}`);
  }
  await sql.query(`UPDATE pos SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE id = $1`, params);
}

export async function deletePo(sql: Sql, id: string): Promise<void> {
  await sql.query('DELETE FROM pos WHERE id = $1', [id]);
}

export { deleteAgendapunt, insertAgendapunt, updateAgendapunt } from './agendapunten';

function recordColumns(r: PoRecord): unknown[] {
  const owner = r.kind === 'besluitpunt' ? { ownerId: null, ownerName: '', dueDate: null, status: null } : r;
  const details =
    r.kind === 'besluitpunt'
      ? { outsidePurpose: r.outsidePurpose }
      : r.kind === 'actiepunt'
        ? { plannerTaskId: r.plannerTaskId }
        : r.kind === 'toezegging'
          ? { aan: r.aan, ...(r.raadsItemId ? { raadsItemId: r.raadsItemId } : {}) }
          : { referentie: r.referentie, afdoening: r.afdoening, ...(r.raadsItemId ? { raadsItemId: r.raadsItemId } : {}) };
  return [r.text, owner.ownerId, owner.ownerName, owner.dueDate, owner.status, r.kind === 'besluitpunt' ? r.collegeDatum : null, JSON.stringify(details)];
}

/**
 * Inserts a new record, deferred to the transaction's COMMIT. A record with this id already
 * existing fails the transaction with a unique violation on `records_pkey` (an idempotent retry:
 * see commands/meeting.ts#addRecord).
 */
export function deferInsertRecord(sql: TxSql, poId: string, r: PoRecord): void {
  sql.defer(
    `INSERT INTO records (id, po_id, agendapunt_id, kind, created_by, created_at, updated_at,
       text, owner_id, owner_name, due_date, status, college_datum, details)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
    [r.id, poId, r.agendapuntId, r.kind, r.createdBy, r.createdAt, r.updatedAt, ...recordColumns(r)],
  );
}

export async function updateRecord(sql: Sql, r: PoRecord): Promise<void> {
  await sql.query(
    `UPDATE records SET text = $2, owner_id = $3, owner_name = $4, due_date = $5, status = $6, college_datum = $7,
       details = $8, updated_at = $9 WHERE id = $1`,
    [r.id, ...recordColumns(r), r.updatedAt],
  );
}

export async function softDeleteRecord(sql: Sql, id: string, now: string): Promise<void> {
  await sql.query('UPDATE records SET deleted_at = $2 WHERE id = $1', [id, now]);
}

/** A record by id, deleted ones included: tells an editor that a record was removed meanwhile. */
export async function findRecord(sql: Sql, id: string): Promise<{ poId: string; record: PoRecord; deleted: boolean } | null> {
  const [row] = await sql.query<RecordRow & { deleted_at: Date | null }>('SELECT * FROM records WHERE id = $1', [id]);
  return row ? { poId: row.po_id, record: toRecord(row), deleted: row.deleted_at !== null } : null;
}
