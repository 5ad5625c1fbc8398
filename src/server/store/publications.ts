/** Publication attempts: written before posting, updated as the post progresses, closed once. */
import type { VerslagModel } from '../../domain';
import type { Sql } from './db';
import { iso, isoOrNull } from './rows';

import type { PublicationStatus } from '../../shared/contract/views';

export type { PublicationStatus };

export interface Publication {
  /** Also the id of the verslag version it becomes, and the marker in the Teams message. */
  id: string;
  poId: string;
  version: number;
  kind: 'verslag' | 'correctie';
  status: PublicationStatus;
  model: VerslagModel;
  publicModel: VerslagModel;
  reason: string;
  messageId: string | null;
  webUrl: string | null;
  repliesPosted: number;
  fileUrl: string | null;
  attempts: number;
  lastError: string | null;
  publisherId: string;
  startedAt: string;
  finishedAt: string | null;
}

const toPublication = (r: Record<string, unknown>): Publication => ({
  id: String(r.id),
  poId: String(r.po_id),
  version: Number(r.version),
  kind: r.kind as Publication['kind'],
  status: r.status as PublicationStatus,
  model: r.model as VerslagModel,
  publicModel: r.public_model as VerslagModel,
  reason: String(r.reason),
  messageId: r.message_id as string | null,
  webUrl: r.web_url as string | null,
  repliesPosted: Number(r.replies_posted),
  fileUrl: r.file_url as string | null,
  attempts: Number(r.attempts),
  lastError: r.last_error as string | null,
  publisherId: String(r.publisher_id),
  startedAt: iso(r.started_at),
  finishedAt: isoOrNull(r.finished_at),
});

export async function insertPublication(sql: Sql, p: Publication): Promise<void> {
  await sql.query(
    `INSERT INTO publications (id, po_id, version, kind, status, model, public_model, reason, publisher_id, started_at, attempts)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
    [p.id, p.poId, p.version, p.kind, p.status, JSON.stringify(p.model), JSON.stringify(p.publicModel), p.reason, p.publisherId, p.startedAt, p.attempts],
  );
}

/** The attempt still open for this PO (being posted, or with an uncertain outcome). */
export async function openPublication(sql: Sql, poId: string): Promise<Publication | null> {
  const [row] = await sql.query(`SELECT * FROM publications WHERE po_id = $1 AND status IN ('bezig','onzeker') FOR UPDATE`, [poId]);
  return row ? toPublication(row) : null;
}

export async function latestPublication(sql: Sql, poId: string): Promise<Publication | null> {
  const [row] = await sql.query('SELECT * FROM publications WHERE po_id = $1 ORDER BY started_at DESC LIMIT 1', [poId]);
  return row ? toPublication(row) : null;
}

export type PublicationPatch = Partial<
  Pick<
    Publication,
    'status' | 'model' | 'publicModel' | 'messageId' | 'webUrl' | 'repliesPosted' | 'fileUrl' | 'attempts' | 'lastError' | 'finishedAt' | 'startedAt'
  >
>;

const COLUMNS: Record<keyof PublicationPatch, string> = {
  status: 'status',
  model: 'model',
  publicModel: 'public_model',
  messageId: 'message_id',
  webUrl: 'web_url',
  repliesPosted: 'replies_posted',
  fileUrl: 'file_url',
  attempts: 'attempts',
  lastError: 'last_error',
  finishedAt: 'finished_at',
  startedAt: 'started_at',
};

export async function updatePublication(sql: Sql, id: string, patch: PublicationPatch): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  for (const [key, value] of Object.entries(patch) as [keyof PublicationPatch, unknown][]) {
    params.push(key === 'model' || key === 'publicModel' ? JSON.stringify(value) : value);
    sets.push(`${COLUMNS[key]} = $${params.length}`);
  }
  if (sets.length > 0) await sql.query(`UPDATE publications SET ${sets.join(', ')} WHERE id = $1`, params);
}
