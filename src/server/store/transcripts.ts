/**
 * The SQL of the transcript per agendapunt: the item switches of the meeting (from `po_changes`),
 * the notulist's moved boundaries, and the stored transcript when TRANSCRIPT_RETENTION_DAYS > 0.
 */
import type { BoundaryMove, Cue, ItemSwitch } from '../../domain';
import type { Sql } from './db';
import { iso } from './rows';

interface ChangeRow {
  type: string;
  at: Date | string;
  payload: { status?: string; currentAgendapuntId?: string | null; timings?: { current?: { since?: string } | null } };
}

/**
 * When each item became current, as the server recorded it: the start of the meeting (with its
 * first item), every change of the current item (at the moment the timings say), and the end.
 */
export async function itemSwitches(sql: Sql, poId: string): Promise<ItemSwitch[]> {
  const rows = await sql.query<ChangeRow>(`SELECT type, at, payload FROM po_changes WHERE po_id = $1 AND type IN ('po.status', 'po.current') ORDER BY seq`, [
    poId,
  ]);
  const switches: ItemSwitch[] = [];
  for (const r of rows) {
    const at = iso(r.at);
    if (r.type === 'po.current') {
      const itemId = r.payload.currentAgendapuntId ?? null;
      switches.push({ itemId, at: (itemId && r.payload.timings?.current?.since) || at });
    } else if (r.payload.status === 'gestart') {
      switches.push({ itemId: r.payload.currentAgendapuntId ?? null, at });
    } else if (r.payload.status === 'afgesloten') {
      switches.push({ itemId: null, at });
    }
  }
  return switches;
}

export async function loadBoundaryMoves(sql: Sql, poId: string): Promise<BoundaryMove[]> {
  const rows = await sql.query<{ turn_index: number; original_at: Date; moved_to: Date }>(
    'SELECT turn_index, original_at, moved_to FROM transcript_boundaries WHERE po_id = $1 ORDER BY turn_index',
    [poId],
  );
  return rows.map((r) => ({ turnIndex: Number(r.turn_index), originalAt: iso(r.original_at), at: iso(r.moved_to) }));
}

/** Sets (or, back at its original time, removes) the moved boundary before turn `move.turnIndex`. */
export async function saveBoundaryMove(sql: Sql, poId: string, move: BoundaryMove, by: string, now: string): Promise<void> {
  if (Date.parse(move.at) === Date.parse(move.originalAt)) {
    await sql.query('DELETE FROM transcript_boundaries WHERE po_id = $1 AND turn_index = $2', [poId, move.turnIndex]);
    return;
  }
  await sql.query(
    `INSERT INTO transcript_boundaries (po_id, turn_index, original_at, moved_to, moved_by, moved_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (po_id, turn_index) DO UPDATE SET original_at = EXCLUDED.original_at, moved_to = EXCLUDED.moved_to, moved_by = EXCLUDED.moved_by, moved_at = EXCLUDED.moved_at`,
    [poId, move.turnIndex, move.originalAt, move.at, by, now],
  );
}

export interface StoredTranscript {
  meetingId: string;
  transcriptIds: string[];
  /** Where the cues' zero lies (the first transcript's start). */
  startAt: string;
  cues: Cue[];
  fetchedAt: string;
}

export async function loadStoredTranscript(sql: Sql, poId: string): Promise<StoredTranscript | null> {
  const [row] = await sql.query<{ meeting_id: string; transcript_ids: string[]; start_at: Date; cues: Cue[]; fetched_at: Date }>(
    'SELECT meeting_id, transcript_ids, start_at, cues, fetched_at FROM transcripts WHERE po_id = $1',
    [poId],
  );
  return row
    ? { meetingId: row.meeting_id, transcriptIds: row.transcript_ids, startAt: iso(row.start_at), cues: row.cues, fetchedAt: iso(row.fetched_at) }
    : null;
}

export async function storeTranscript(sql: Sql, poId: string, t: StoredTranscript): Promise<void> {
  await sql.query(
    `INSERT INTO transcripts (po_id, meeting_id, transcript_ids, start_at, cues, fetched_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)
     ON CONFLICT (po_id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id, transcript_ids = EXCLUDED.transcript_ids,
       start_at = EXCLUDED.start_at, cues = EXCLUDED.cues, fetched_at = EXCLUDED.fetched_at`,
    [poId, t.meetingId, t.transcriptIds, t.startAt, JSON.stringify(t.cues), t.fetchedAt],
  );
}

/**
 * Removes stored transcripts past their time: published (first version) more than `days` days
 * before `now`, or all of them when `days` is 0 (nothing may be kept). The PO ids removed.
 */
/** How long a stored transcript of a PO without a published verslag is kept at most (days after it was fetched). */
export const UNPUBLISHED_KEPT_DAYS = 30;

export async function purgeTranscripts(sql: Sql, now: string, days: number): Promise<string[]> {
  // A PO that is never published does not keep the words for ever: its copy goes once it is
  // UNPUBLISHED_KEPT_DAYS (or the retention, when longer) old; a later read fetches it from Teams.
  const unpublishedDays = Math.max(days, UNPUBLISHED_KEPT_DAYS);
  const rows = await sql.query<{ po_id: string }>(
    days <= 0
      ? 'DELETE FROM transcripts RETURNING po_id'
      : `DELETE FROM transcripts t WHERE EXISTS (
           SELECT 1 FROM verslag_versions v WHERE v.po_id = t.po_id AND v.version = 1 AND v.published_at + make_interval(days => $2::int) <= $1::timestamptz
         ) OR (
           NOT EXISTS (SELECT 1 FROM verslag_versions v WHERE v.po_id = t.po_id) AND t.fetched_at + make_interval(days => $3::int) <= $1::timestamptz
         ) RETURNING po_id`,
    days <= 0 ? [] : [now, days, unpublishedDays],
  );
  return rows.map((r) => r.po_id);
}
