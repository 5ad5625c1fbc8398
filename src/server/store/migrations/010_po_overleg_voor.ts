/**
 * Before the meeting (issue 14): an agendaverzoek carries the voorgesteld besluit and the stukken
 * links of the form; a PO can be cancelled (geannuleerd) with a reason, kept for the record; the
 * invitation of each aanschuiver for the slot of their item (one calendar event each, its id kept
 * so a retry or a move never makes a second one).
 */
export const sql = /* sql */ `
ALTER TABLE agendaverzoeken ADD COLUMN voorgesteld_besluit text NOT NULL DEFAULT '';
ALTER TABLE agendaverzoeken ADD COLUMN stukken jsonb NOT NULL DEFAULT '[]';
ALTER TABLE pos ADD COLUMN cancelled_at timestamptz;
ALTER TABLE pos ADD COLUMN cancelled_by text REFERENCES users(id);
ALTER TABLE pos ADD COLUMN cancel_reason text NOT NULL DEFAULT '';
CREATE TABLE aanschuif_invitations (
  po_id uuid NOT NULL REFERENCES pos(id) ON DELETE CASCADE,
  agendapunt_id uuid NOT NULL,
  user_id text NOT NULL REFERENCES users(id),
  event_id text,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agendapunt_id, user_id)
);
CREATE INDEX aanschuif_invitations_po ON aanschuif_invitations (po_id);
`;
