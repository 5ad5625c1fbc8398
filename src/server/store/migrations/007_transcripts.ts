/**
 * The meeting transcript per agendapunt (issue 17): the notulist's moved boundaries between item
 * turns, and, only when TRANSCRIPT_RETENTION_DAYS > 0, the fetched transcript until publication
 * plus that many days (store/transcripts.ts#purgeTranscripts removes it).
 */
export const sql = /* sql */ `
CREATE TABLE transcript_boundaries (
  po_id uuid NOT NULL REFERENCES pos(id) ON DELETE CASCADE,
  turn_index integer NOT NULL CHECK (turn_index >= 1),
  original_at timestamptz NOT NULL,
  moved_to timestamptz NOT NULL,
  moved_by text NOT NULL REFERENCES users(id),
  moved_at timestamptz NOT NULL,
  PRIMARY KEY (po_id, turn_index)
);
CREATE TABLE transcripts (
  po_id uuid PRIMARY KEY REFERENCES pos(id) ON DELETE CASCADE,
  meeting_id text NOT NULL,
  transcript_ids text[] NOT NULL,
  start_at timestamptz NOT NULL,
  cues jsonb NOT NULL,
  fetched_at timestamptz NOT NULL
);
`;
