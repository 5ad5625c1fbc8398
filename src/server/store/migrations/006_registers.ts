/**
 * Lists that stay fast over ten years (issue 13): an index per list in the order it pages, the
 * people columns the read policy narrows by, and a Dutch full-text index over the public text of
 * published verslagen (search_text holds nothing confidential: store/verslagen.ts). GIN indexes
 * without a pending list: PGlite has no autovacuum to merge one, and lookups would slow with it.
 */
export const sql = /* sql */ `
CREATE INDEX records_register ON records ((coalesce(due_date, 'infinity'::date)), created_at, id)
  WHERE deleted_at IS NULL AND kind <> 'besluitpunt';
-- The register's default view (open and in uitvoering): a small index walked in its own order.
CREATE INDEX records_register_open ON records ((coalesce(due_date, 'infinity'::date)), created_at, id)
  WHERE deleted_at IS NULL AND kind <> 'besluitpunt' AND status IN ('open', 'in_uitvoering');
DROP INDEX IF EXISTS records_college;
CREATE INDEX records_college ON records (college_datum, created_at, id)
  WHERE kind = 'besluitpunt' AND deleted_at IS NULL AND college_datum IS NOT NULL;
CREATE INDEX records_item ON records (agendapunt_id);
CREATE INDEX pos_starts ON pos (starts_at DESC, id DESC);
CREATE INDEX pos_concernadviseur ON pos (concernadviseur_id);
CREATE INDEX pos_notulist ON pos (notulist_id);
CREATE INDEX pos_participants ON pos USING gin (participant_ids) WITH (fastupdate = off);
CREATE INDEX agendapunten_opdrachtnemer ON agendapunten (opdrachtnemer_id);
CREATE INDEX agendapunten_adviseurs ON agendapunten USING gin (adviseur_ids) WITH (fastupdate = off);
ALTER TABLE verslag_versions ADD COLUMN search_vector tsvector
  GENERATED ALWAYS AS (to_tsvector('dutch', search_text)) STORED;
CREATE INDEX verslag_versions_search ON verslag_versions USING gin (search_vector) WITH (fastupdate = off);
CREATE INDEX verslag_versions_published ON verslag_versions (published_at DESC, id DESC);
`;
