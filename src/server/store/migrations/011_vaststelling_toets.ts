/**
 * Issue 15: the agenda vastgesteld by both (the open proposal and the last one sent back, on the
 * PO) and the kwaliteitstoets with criteria (the opdrachtnemer's ticks and the portefeuillehouder's
 * overrule, on the agendapunt). The checklist itself and the setting live in the organisation's config.
 */
export const sql = /* sql */ `
ALTER TABLE pos ADD COLUMN vaststelling_voorstel jsonb;
ALTER TABLE pos ADD COLUMN vaststelling_teruggestuurd jsonb;
ALTER TABLE agendapunten ADD COLUMN toets_criteria jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE agendapunten ADD COLUMN toets_overruled jsonb;
`;
