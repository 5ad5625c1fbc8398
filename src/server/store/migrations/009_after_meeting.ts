/**
 * After the meeting (issue 14): the attendance of a PO, how an agendapunt that was not discussed
 * is marked (niet besproken, aangehouden), and where an aangehouden item was taken over to.
 */
export const sql = /* sql */ `
ALTER TABLE pos ADD COLUMN attendance jsonb;
ALTER TABLE agendapunten ADD COLUMN afhandeling text CHECK (afhandeling IN ('niet_besproken', 'aangehouden'));
ALTER TABLE agendapunten ADD COLUMN overgenomen_naar uuid REFERENCES agendapunten(id) ON DELETE SET NULL;
CREATE INDEX agendapunten_aangehouden ON agendapunten (po_id) WHERE afhandeling = 'aangehouden' AND overgenomen_naar IS NULL;
`;
