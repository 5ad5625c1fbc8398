/**
 * The college tracks of besluitpunten (table college_tracks, keyed by record id) and the first
 * announcement of each college date; and the terugkoppeling: a portefeuillehouder's tracks whose
 * state changed in a period, keyset-paged, narrowed by the read policy as SQL (registers.ts).
 */
import type { CollegeState, CollegeStep, CollegeTrack } from '../../domain';
import type { Sql } from './db';
import { encodeCursor } from './cursor';
import { pageSize, pageWhere, Params, RECORD_COLUMNS, toRegisterRow, type Page, type RegisterRow, type Viewer } from './registers';
import { iso } from './rows';

const day = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v.slice(0, 10) : null;

const toTrack = (r: Record<string, unknown>): CollegeTrack => ({
  recordId: String(r.record_id),
  state: r.state as CollegeState,
  steps: r.steps as CollegeStep[],
  announcedText: String(r.announced_text),
  announcedCollegeDatum: day(r.announced_college_datum),
  stateAt: iso(r.state_at),
});

/** The track of one besluitpunt, locked for the change about to be made. */
export async function lockTrack(sql: Sql, recordId: string): Promise<CollegeTrack | null> {
  const [row] = await sql.query<Record<string, unknown>>('SELECT * FROM college_tracks WHERE record_id = $1 FOR UPDATE', [recordId]);
  return row ? toTrack(row) : null;
}

export async function saveTrack(sql: Sql, t: CollegeTrack): Promise<void> {
  await sql.query(
    `INSERT INTO college_tracks (record_id, state, steps, announced_text, announced_college_datum, state_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (record_id) DO UPDATE SET state = EXCLUDED.state, steps = EXCLUDED.steps, state_at = EXCLUDED.state_at`,
    [t.recordId, t.state, JSON.stringify(t.steps), t.announcedText, t.announcedCollegeDatum, t.stateAt],
  );
}

/** Notes the first announcement of a college date; a later one leaves it as it was. */
export async function noteAnnouncement(sql: Sql, collegeDatum: string, at: string, by: string): Promise<void> {
  await sql.query(
    'INSERT INTO college_announcements (college_datum, first_announced_at, first_announced_by) VALUES ($1, $2, $3) ON CONFLICT (college_datum) DO NOTHING',
    [collegeDatum, at, by],
  );
}

export async function firstAnnouncedAt(sql: Sql, collegeDatum: string): Promise<string | null> {
  const [row] = await sql.query<{ at: unknown }>('SELECT first_announced_at AS at FROM college_announcements WHERE college_datum = $1', [collegeDatum]);
  return row ? iso(row.at) : null;
}

/** The tracks of these besluitpunten (those that have one). */
export async function tracksOf(sql: Sql, recordIds: string[]): Promise<Map<string, CollegeTrack>> {
  if (recordIds.length === 0) return new Map();
  const rows = await sql.query<Record<string, unknown>>('SELECT * FROM college_tracks WHERE record_id = ANY($1::uuid[])', [recordIds]);
  return new Map(rows.map((r) => [String(r.record_id), toTrack(r)]));
}

/** The start of the portefeuillehouder's PO before `before`, if any. */
export async function previousPoStart(sql: Sql, portefeuillehouderId: string, before: string): Promise<string | null> {
  const [row] = await sql.query<{ at: unknown }>('SELECT max(starts_at) AS at FROM pos WHERE portefeuillehouder_id = $1 AND starts_at < $2', [
    portefeuillehouderId,
    before,
  ]);
  return row?.at ? iso(row.at) : null;
}

export interface FeedbackQuery {
  portefeuillehouderId: string;
  /** Besluitpunten of POs that started before this, whose state changed in [since, before). */
  since: string | null;
  before: string;
  cursor?: string;
  limit?: number;
}

/** Besluitpunten of a portefeuillehouder whose college state changed in a period, in that order. Index: college_tracks_state_at. */
export async function feedbackPage(sql: Sql, v: Viewer, q: FeedbackQuery): Promise<Page<RegisterRow & { track: CollegeTrack }> | null> {
  const p = new Params();
  const where = [`r.deleted_at IS NULL`, `r.kind = 'besluitpunt'`, `p.portefeuillehouder_id = ${p.add(q.portefeuillehouderId)}`];
  where.push(`p.starts_at < ${p.add(q.before, '::timestamptz')}`, `t.state_at < ${p.add(q.before, '::timestamptz')}`);
  if (q.since) where.push(`t.state_at >= ${p.add(q.since, '::timestamptz')}`);
  if (
    !(await pageWhere(sql, v, p, where, q.cursor, [
      ['t.state_at', '::timestamptz'],
      ['t.record_id', '::uuid'],
    ]))
  )
    return null;
  const limit = pageSize(q.limit);
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT ${RECORD_COLUMNS}, t.state AS track_state, t.steps AS track_steps, t.announced_text, t.announced_college_datum, t.state_at AS track_state_at
     FROM college_tracks t JOIN records r ON r.id = t.record_id JOIN pos p ON p.id = r.po_id JOIN agendapunten a ON a.id = r.agendapunt_id
     WHERE ${where.join(' AND ')} ORDER BY t.state_at, t.record_id LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      ...toRegisterRow(r),
      track: toTrack({ ...r, record_id: r.id, state: r.track_state, steps: r.track_steps, state_at: r.track_state_at }),
    })),
    nextCursor: more && last ? encodeCursor([iso(last.track_state_at), String(last.id)]) : null,
  };
}
