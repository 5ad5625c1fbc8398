/** Publication attempts to Teams, recorded before anything is posted (exactly-once publishing). */
export const sql = /* sql */ `
CREATE TABLE publications (
  id uuid PRIMARY KEY,
  po_id uuid NOT NULL REFERENCES pos(id),
  version integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('verslag','correctie')),
  status text NOT NULL CHECK (status IN ('bezig','onzeker','mislukt','geplaatst')),
  model jsonb NOT NULL,
  public_model jsonb NOT NULL,
  reason text NOT NULL DEFAULT '',
  message_id text,
  web_url text,
  replies_posted integer NOT NULL DEFAULT 0,
  file_url text,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  publisher_id text NOT NULL REFERENCES users(id),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX publications_po ON publications (po_id, started_at);
CREATE UNIQUE INDEX publications_one_open ON publications (po_id) WHERE status IN ('bezig','onzeker');

ALTER TABLE verslag_versions ADD COLUMN message_id text;
ALTER TABLE verslag_versions ADD COLUMN web_url text;
ALTER TABLE verslag_versions ADD COLUMN file_url text;

-- A failed call to Microsoft Graph is logged too.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_result_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_result_check CHECK (result IN ('geslaagd','geweigerd','mislukt'));
`;
