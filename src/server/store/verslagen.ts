/** Published verslag versions: written once, never changed or deleted. */
import type { VerslagModel } from '../../domain';
import type { Database, Sql } from './db';
import { decodeCursor, encodeCursor } from './cursor';
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
  id: String(r.id),
  poId: String(r.po_id),
  version: Number(r.version),
  model: r.model as VerslagModel,
  publicModel: r.public_model as VerslagModel,
  reason: String(r.reason),
  publishedBy: String(r.published_by),
  publishedAt: iso(r.published_at),
  messageId: (r.message_id as string | null) ?? null,
  webUrl: (r.web_url as string | null) ?? null,
  fileUrl: (r.file_url as string | null) ?? null,
});

/** Text for full-text search: only what the public verslag shows. */
export function searchText(m: VerslagModel): string {
  const parts: string[] = [m.titel, m.portefeuillehouder.naam];
  for (const item of m.items) {
    if (item.vertrouwelijk) continue;
    parts.push(
      item.titel,
      item.bespreking,
      item.voorgesteldBesluit,
      ...item.besluitpunten.map((b) => b.text),
      ...item.actiepunten.map((a) => a.text),
      ...item.toezeggingen.map((t) => t.text),
      ...item.moties.map((mo) => `${mo.referentie} ${mo.text}`),
    );
  }
  return parts.filter(Boolean).join('\n');
}

export async function insertVersion(sql: Sql, v: VerslagVersion): Promise<void> {
  await sql.query(
    `INSERT INTO verslag_versions (id, po_id, version, model, public_model, search_text, reason, published_by, published_at, message_id, web_url, file_url)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
    [
      v.id,
      v.poId,
      v.version,
      JSON.stringify(v.model),
      JSON.stringify(v.publicModel),
      searchText(v.publicModel),
      v.reason,
      v.publishedBy,
      v.publishedAt,
      v.messageId,
      v.webUrl,
      v.fileUrl,
    ],
  );
}

export async function listVersions(sql: Sql, poId: string): Promise<VerslagVersion[]> {
  const rows = await sql.query('SELECT * FROM verslag_versions WHERE po_id = $1 ORDER BY version', [poId]);
  return rows.map(toVersion);
}

/** The id of a PO's latest published version (null before its first). */
export async function latestVersionId(sql: Sql, poId: string): Promise<string | null> {
  const [row] = await sql.query<{ id: string }>('SELECT id FROM verslag_versions WHERE po_id = $1 ORDER BY version DESC LIMIT 1', [poId]);
  return row?.id ?? null;
}

/** One verslag in the archive: the latest published version of its PO, as the organisation reads it. */
export interface ArchiveHit {
  id: string;
  poId: string;
  version: number;
  publishedAt: string;
  /** The public verslag: the archive never reads the participants' model (nor ships the search text). */
  publicModel: VerslagModel;
  /** Passages around the matched words; `hit` marks the matched words themselves. Empty without a query. */
  passages: { text: string; hit: boolean }[][];
}

/** What the archive reads of a version: a page of 20 whole rows (both models and the search text) was a megabyte. */
const ARCHIVE_COLUMNS = 'v.id, v.po_id, v.version, v.published_at, v.public_model';
const toArchiveHit = (r: Record<string, unknown>, passages: ArchiveHit['passages']): ArchiveHit => ({
  id: String(r.id),
  poId: String(r.po_id),
  version: Number(r.version),
  publishedAt: iso(r.published_at),
  publicModel: r.public_model as VerslagModel,
  passages,
});

const START = '\u0002';
const STOP = '\u0003';
const BETWEEN = '\u0004';

/** ts_headline's output (markers around matches, fragments between delimiters) as passages of parts. */
export function toPassages(headline: string): ArchiveHit['passages'] {
  return headline
    .split(BETWEEN)
    .map((fragment) => {
      const parts: { text: string; hit: boolean }[] = [];
      for (const [i, piece] of fragment.split(START).entries()) {
        if (i === 0) {
          if (piece) parts.push({ text: piece, hit: false });
          continue;
        }
        const [hit = '', rest = ''] = piece.split(STOP);
        parts.push({ text: hit, hit: true });
        if (rest) parts.push({ text: rest, hit: false });
      }
      return parts;
    })
    .filter((p) => p.length > 0);
}

/**
 * The archive: the latest published version of each PO. Without a query, newest first, paged by
 * keyset (published_at, id). With a query, Dutch full-text search (stemming: "woningen" finds
 * "woning") over the public text only, best match first (ts_rank), paged by offset: a rank is no
 * stable key, and people read the first pages of a search. Index: verslag_versions_search (GIN).
 */
export async function archivePage(
  db: Pick<Database, 'query' | 'tx'>,
  q: { text?: string; portefeuillehouderId?: string; cursor?: string; limit: number },
): Promise<{ items: ArchiveHit[]; nextCursor: string | null } | null> {
  const text = q.text?.trim();
  const key = q.cursor ? decodeCursor(q.cursor) : null;
  if (q.cursor && !key) return null;
  if (!text) {
    const params: unknown[] = [q.limit + 1, q.portefeuillehouderId ?? null];
    let after = '';
    if (key) {
      if (key.length !== 2) return null;
      params.push(key[0], key[1]);
      after = 'AND (v.published_at, v.id) < ($3::timestamptz, $4::uuid)';
    }
    const rows = await db.query<Record<string, unknown>>(
      `SELECT ${ARCHIVE_COLUMNS} FROM verslag_versions v JOIN pos p ON p.id = v.po_id AND p.published_version = v.version
       WHERE ($2::text IS NULL OR p.portefeuillehouder_id = $2) ${after} ORDER BY v.published_at DESC, v.id DESC LIMIT $1`,
      params,
    );
    const page = rows.slice(0, q.limit).map((r) => toArchiveHit(r, []));
    const last = page.at(-1);
    return { items: page, nextCursor: rows.length > q.limit && last ? encodeCursor([last.publishedAt, last.id]) : null };
  }
  const offset = key ? Number(key[0]) : 0;
  if (key && (key.length !== 1 || !Number.isInteger(offset) || offset < 0)) return null;
  // The query's words without the headline's own markers, so a match can never be mistaken for one.
  // eslint-disable-next-line no-control-regex -- these control characters are the headline's markers
  const clean = text.replace(/[\u0002-\u0004]/g, ' ');
  // Through the GIN index, never by reading every verslag: the planner prices a scan of this table
  // by its few heap pages, not by the search vectors stored apart (TOAST) that each row's match
  // would have to unpack. At ten years that scan cost 21 ms for a word in twelve verslagen, against
  // 13 ms by the index (most of it the headlines), and it grew with the archive.
  const rows = await db.tx(async (sql) => {
    await sql.query("SELECT set_config('enable_seqscan', 'off', true)");
    return sql.query<Record<string, unknown>>(
      // The headline parses the whole text: only for the rows of this page, not for the look-ahead row.
      `SELECT m.id, m.po_id, m.version, m.published_at, m.public_model, CASE WHEN row_number() OVER (ORDER BY m.rank DESC, m.published_at DESC, m.id DESC) <= $5 THEN ts_headline('dutch', m.search_text, m.q,
        'StartSel=${START}, StopSel=${STOP}, FragmentDelimiter=${BETWEEN}, MaxFragments=3, MaxWords=24, MinWords=8') END AS headline
     FROM (
       SELECT ${ARCHIVE_COLUMNS}, v.search_text, q.q, ts_rank(v.search_vector, q.q) AS rank
       FROM verslag_versions v JOIN pos p ON p.id = v.po_id AND p.published_version = v.version,
            websearch_to_tsquery('dutch', $1) AS q(q)
       WHERE v.search_vector @@ q.q AND ($4::text IS NULL OR p.portefeuillehouder_id = $4)
       ORDER BY rank DESC, v.published_at DESC, v.id DESC
       LIMIT $2 OFFSET $3
     ) m ORDER BY m.rank DESC, m.published_at DESC, m.id DESC`,
      [clean, q.limit + 1, offset, q.portefeuillehouderId ?? null, q.limit],
    );
  });
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => toArchiveHit(r, toPassages(typeof r.headline === 'string' ? r.headline : ''))),
    nextCursor: rows.length > q.limit ? encodeCursor([offset + q.limit]) : null,
  };
}
