/** Time per agendapunt during the meeting, kept with the PO (domain/timing.ts). */
export const sql = /* sql */ `
ALTER TABLE pos ADD COLUMN timings jsonb NOT NULL DEFAULT '{"spent":{},"current":null}';
`;
