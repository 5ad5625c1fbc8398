/** Organisation configuration and users. */
import type { OrganisationConfig, Role, User } from '../../domain';
import type { Sql } from './db';

interface UserRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  functie: string;
  entra_id: string | null;
  demo: boolean;
  mapped_roles: Role[];
}
const toUser = (r: UserRow): User => ({ id: r.id, name: r.name, email: r.email, roles: r.roles, functie: r.functie, entraId: r.entra_id });

export const ORGANISATION_ID = 'default';

export async function loadOrganisation(sql: Sql): Promise<OrganisationConfig | null> {
  const [row] = await sql.query<{ config: OrganisationConfig }>('SELECT config FROM organisation WHERE id = $1', [ORGANISATION_ID]);
  return row?.config ?? null;
}

export async function saveOrganisation(sql: Sql, config: OrganisationConfig): Promise<void> {
  await sql.query(
    `INSERT INTO organisation (id, config) VALUES ($1, $2)
     ON CONFLICT (id) DO UPDATE SET config = EXCLUDED.config, updated_at = now()`,
    [ORGANISATION_ID, JSON.stringify(config)],
  );
}

export async function listUsers(sql: Sql, opts: { demoOnly?: boolean } = {}): Promise<User[]> {
  const rows = await sql.query<UserRow>(`SELECT * FROM users ${opts.demoOnly ? 'WHERE demo' : ''} ORDER BY name`);
  return rows.map(toUser);
}

export async function findUser(sql: Sql, id: string): Promise<User | null> {
  const [row] = await sql.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
  return row ? toUser(row) : null;
}

export async function findUserByEntraId(sql: Sql, entraId: string): Promise<User | null> {
  const [row] = await sql.query<UserRow>('SELECT * FROM users WHERE entra_id = $1', [entraId]);
  return row ? toUser(row) : null;
}

/**
 * A user stored as given. `mappedRoles`: those of the roles that an Entra mapping gave (sign-in);
 * otherwise a known user keeps as mapped only the mapped roles it still has.
 */
export async function upsertUser(sql: Sql, user: User, opts: { demo?: boolean; mappedRoles?: Role[] } = {}): Promise<void> {
  await sql.query(
    `INSERT INTO users (id, name, email, roles, functie, entra_id, demo, mapped_roles) VALUES ($1,$2,$3,$4,$5,$6,$7,coalesce($8::text[], '{}'))
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, roles = EXCLUDED.roles,
       functie = EXCLUDED.functie, entra_id = EXCLUDED.entra_id,
       mapped_roles = coalesce($8::text[], ARRAY(SELECT unnest(users.mapped_roles) INTERSECT SELECT unnest(EXCLUDED.roles)))`,
    [user.id, user.name, user.email, user.roles, user.functie, user.entraId, opts.demo ?? false, opts.mappedRoles ?? null],
  );
}

/** A user signing in (locked for a change of roles) with the roles an Entra mapping gave them (the rest were given by hand or at first run). */
export async function findSignInUser(sql: Sql, entraId: string, opts: { forUpdate?: boolean } = {}): Promise<{ user: User; mappedRoles: Role[] } | null> {
  const [row] = await sql.query<UserRow>(`SELECT * FROM users WHERE entra_id = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`, [entraId]);
  return row ? { user: toUser(row), mappedRoles: row.mapped_roles } : null;
}

/** The roles after a sign-in: all of them, and which of them a mapping gave. */
export async function setSignInRoles(sql: Sql, id: string, roles: Role[], mappedRoles: Role[]): Promise<void> {
  await sql.query('UPDATE users SET roles = $2, mapped_roles = $3 WHERE id = $1', [id, roles, mappedRoles]);
}

export async function countUsers(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return row?.n ?? 0;
}

/** The organisation's configuration, locked for a change by the Beheer screen (null before the first). */
export async function lockOrganisation(sql: Sql): Promise<OrganisationConfig | null> {
  const [row] = await sql.query<{ config: OrganisationConfig }>('SELECT config FROM organisation WHERE id = $1 FOR UPDATE', [ORGANISATION_ID]);
  return row?.config ?? null;
}

/** Roles set by hand (Beheer): a mapped role kept stays mapped; one taken away is no longer mapped. */
export async function setUserRoles(sql: Sql, id: string, roles: Role[]): Promise<void> {
  await sql.query('UPDATE users SET roles = $2, mapped_roles = ARRAY(SELECT unnest(mapped_roles) INTERSECT SELECT unnest($2::text[])) WHERE id = $1', [
    id,
    roles,
  ]);
}

export async function countUsersWithRole(sql: Sql, role: Role): Promise<number> {
  const [row] = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE $1 = ANY(roles)', [role]);
  return row?.n ?? 0;
}

/** Portefeuillehouders (ids) that have POs: they cannot be removed from the college. */
export async function portefeuillehoudersWithPos(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ id: string }>('SELECT DISTINCT portefeuillehouder_id AS id FROM pos');
  return rows.map((r) => r.id);
}
