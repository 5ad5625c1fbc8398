/**
 * Before the meeting (issue 14): an agendaverzoek carries the voorgesteld besluit and the stukken
 * links of the form; a PO can be cancelled (geannuleerd) with a reason, kept for the record.
 */
export const sql = /* sql */ `
ALTER TABLE agendaverzoeken ADD COLUMN voorgesteld_besluit text NOT NULL DEFAULT '';
ALTER TABLE agendaverzoeken ADD COLUMN stukken jsonb NOT NULL DEFAULT '[]';
ALTER TABLE pos ADD COLUMN cancelled_at timestamptz;
ALTER TABLE pos ADD COLUMN cancelled_by text REFERENCES users(id);
ALTER TABLE pos ADD COLUMN cancel_reason text NOT NULL DEFAULT '';
`;
