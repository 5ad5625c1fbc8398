/**
 * Roles a user holds because an Entra group or app-role mapping gave them at sign-in (issue 12):
 * taken away again when a later sign-in no longer carries the group or app role. Roles given by
 * hand in Beheer are not in this list and stay.
 */
export const sql = /* sql */ `
ALTER TABLE users ADD COLUMN mapped_roles text[] NOT NULL DEFAULT '{}';
`;
