/** Owners find their own records in the register (read layer: `eigen`), also of POs they were not in. */
export const sql = /* sql */ `
CREATE INDEX records_owner ON records (owner_id) WHERE deleted_at IS NULL;
`;
