/** Published verslag versions: written once, never changed or deleted. */
import type { VerslagModel } from '../../domain';
import type { Sql } from './db';
import { iso } from './rows';

export interface VerslagVersion {
  id: string;
  poId: string;
  version: number;
  model: VerslagModel;
  publicModel: VerslagModel;
  reason: string;
  publishedBy: string;
  publishedAt: string;
  /** Where it was posted in Teams (null when published without a channel). */
  messageId: string | null;
  webUrl: string | null;
  fileUrl: string | null;
}

const toVersion = (r: Record<string, unknown>): VerslagVersion => ({
  id: String(r.id), poId: String(r.po_id), version: Number(r.version), model: r.model as VerslagModel,
  publicModel: r.public_model as VerslagModel, reason: String(r.reason), publishedBy: String(r.published_by),
  publishedAt: iso(r.published_at),
  messageId: (r.message_id as string | null) ?? null, webUrl: (r.web_url as string | null) ?? null, fileUrl: (r.file_url as string | null) ?? null,
});

/** Text for full-text search: only what the public verslag shows. */
function searchText(m: VerslagModel): string {
  const parts: string[] = [m.titel, m.portefeuillehouder.naam];
  for (const item of m.items) {
    if (item.vertrouwelijk) continue;
    parts.push(item.titel, item.bespreking, item.voorgesteldBesluit, ...item.besluitpunten.map((b) => b.text),
      ...item.actiepunten.map((a) => a.text), ...item.toezeggingen.map((t) => t.text), ...item.moties.map((mo) => `${mo.referentie} ${mo.text}`));
  }
  return parts.filter(Boolean).join('\n');
}

export async function insertVersion(sql: Sql, v: VerslagVersion): Promise<void> {
  await sql.query(
    `INSERT INTO verslag_versions (id, po_id, version, model, public_model, search_text, reason, published_by, published_at, message_id, web_url, file_url)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
    [v.id, v.poId, v.version, JSON.stringify(v.model), JSON.stringify(v.publicModel), searchText(v.publicModel), v.reason, v.publishedBy, v.publishedAt, v.messageId, v.webUrl, v.fileUrl],
  );
}

export async function listVersions(sql: Sql, poId: string): Promise<VerslagVersion[]> {
  const rows = await sql.query('SELECT * FROM verslag_versions WHERE po_id = $1 ORDER BY version', [poId]);
  return rows.map(toVersion);
}

/** Latest published version of each PO, optionally matching a Dutch full-text query. */
export async function searchPublished(sql: Sql, q: { text?: string; limit?: number } = {}): Promise<VerslagVersion[]> {
  const params: unknown[] = [q.limit ?? 50];
  let match = '';
  if (q.text?.trim()) {
    params.push(q.text);
    match = `AND to_tsvector('dutch', v.search_text) @@ websearch_to_tsquery('dutch', $2)`;
  }
  const rows = await sql.query(
    `SELECT v.* FROM verslag_versions v
     WHERE v.version = (SELECT max(version) FROM verslag_versions w WHERE w.po_id = v.po_id) ${match}
     ORDER BY v.published_at DESC LIMIT $1`,
    params,
  );
  return rows.map(toVersion);
}
