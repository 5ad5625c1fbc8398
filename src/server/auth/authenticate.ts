/** Resolves the bearer token of a request to a user of this organisation. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, User } from '../../domain';
import { AppError } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { tooManyRequests } from '../http/security';
import { appendAudit, type Origin } from '../store/audit';
import { countUsersWithRole, loadOrganisation, findSignInUser, setSignInRoles, upsertUser } from '../store/directory';
import type { TokenClaims } from './tokens';
import type { SignInGuard } from './signInGuard';

export function originOf(req: FastifyRequest): Actor['origin'] {
  return { ip: req.ip, userAgent: String(req.headers['user-agent'] ?? '').slice(0, 300), requestId: String(req.id) };
}

/**
 * The actor of an API request: null without a token. A refused token (bad signature, expired,
 * wrong audience or tenant, unknown user) is a 401 and goes to the guard: audited, and counted
 * against the address, which past its limit gets 429 for tokens not already verified.
 */
export async function authenticate(deps: Deps, req: FastifyRequest, reply: FastifyReply, guard: SignInGuard | null = null): Promise<Actor | null> {
  const header = req.headers.authorization;
  if (!header) return null;
  const origin = originOf(req);
  const attempt = { origin, request: `${req.method} ${req.url.split('?')[0] ?? ''}` };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const token = match?.[1] ?? null;
  const wait = guard && !(token && isRemembered(deps, token)) ? guard.retryAfter(origin.ip) : 0;
  if (wait > 0) {
    guard?.limited(attempt);
    throw tooManyRequests(reply, wait, 'Te veel mislukte aanmeldingen vanaf dit adres.');
  }
  try {
    if (!token) throw new AppError('unauthenticated', 'De Authorization-header moet "Bearer <token>" zijn.');
    return { user: await userForToken(deps, token, origin), origin, assertion: token };
  } catch (err) {
    if (guard && err instanceof AppError && err.id === 'unauthenticated') await guard.refused(req, attempt, err.message, token);
    throw err;
  }
}

export interface Session {
  user: User;
  /** When the token expires (ms since the epoch). */
  expiresAt: number;
}

/**
 * A verified token and its user are remembered this long (never past the token's expiry), so the
 * notulist's writes during a meeting cost no signature check and no user lookup each. A change of
 * a user's roles takes effect within this time.
 */
export const SESSION_TTL_MS = 30_000;
const SESSION_MAX = 10_000;
interface Remembered extends Session {
  until: number;
}
const remembered = new WeakMap<Deps, Map<string, Remembered>>();

/** Whether this token is verified and remembered now (no signature check needed). */
export function isRemembered(deps: Deps, token: string): boolean {
  const hit = remembered.get(deps)?.get(token);
  return hit !== undefined && hit.until > Date.now();
}

/** The user a bearer token belongs to; shared by the REST API and the live channel (its hello). */
export async function userForToken(deps: Deps, token: string, origin: Origin = NO_ORIGIN): Promise<User> {
  return (await sessionForToken(deps, token, origin)).user;
}

const NO_ORIGIN: Origin = { ip: '', userAgent: '', requestId: '' };

/** `origin`: where the request came from, for the audit entry of roles changed at sign-in. */
export async function sessionForToken(deps: Deps, token: string, origin: Origin = NO_ORIGIN): Promise<Session> {
  let cache = remembered.get(deps);
  if (!cache) remembered.set(deps, (cache = new Map<string, Remembered>()));
  const now = Date.now();
  const hit = cache.get(token);
  if (hit && hit.until > now) return hit;
  if (hit) cache.delete(token);
  const claims = await deps.verifier.verify(token);
  const user = await userOf(deps, claims, origin);
  const session: Remembered = { user, expiresAt: claims.expiresAt, until: Math.min(now + SESSION_TTL_MS, claims.expiresAt) };
  if (cache.size >= SESSION_MAX) {
    for (const [key, entry] of cache) if (entry.until <= now) cache.delete(key);
    // Still full: forget the oldest.
    while (cache.size >= SESSION_MAX) cache.delete(cache.keys().next().value as string);
  }
  cache.set(token, session);
  return session;
}

/**
 * The user of verified claims. Roles at sign-in: the roles given by hand in Beheer (or at first
 * run) stay; the organisation's role mappings give roles for the token's Entra security groups
 * (`groups` claim) and app roles (`roles` claim), and take them away again at a later sign-in
 * without that group or app role (only roles a mapping gave: `mapped_roles`; a role also given by
 * hand stays). When Entra leaves the groups out (too many: the overage), no role is taken away.
 * Every change is audited. A colleague of the tenant without any role is a medewerker.
 * First run: while nobody is beheerder, a member of ENTRA_ADMIN_GROUP_ID becomes beheerder (by
 * hand, as it were: leaving the group later does not take it away) and the tab leads them through the setup.
 */
async function userOf(deps: Deps, claims: TokenClaims, origin: Origin): Promise<User> {
  const found = await findSignInUser(deps.db, claims.oid);
  if (!found && deps.devSigner) throw new AppError('unauthenticated', 'Onbekende gebruiker.');
  const { firstRun, mapped } = await rolesFromClaims(deps, claims);
  if (found) {
    const known = found.user;
    const lost = claims.groupsComplete === false ? [] : found.mappedRoles.filter((r) => !mapped.includes(r) && known.roles.includes(r));
    // Nothing to add and nothing a mapping gave to take away: the usual sign-in, without a write.
    if (!firstRun && mapped.every((r) => known.roles.includes(r)) && lost.length === 0) return known;
    return deps.db.tx(async (sql) => {
      const locked = await findSignInUser(sql, claims.oid, { forUpdate: true });
      if (!locked) return known;
      const { user, mappedRoles } = locked;
      const removed = claims.groupsComplete === false ? [] : mappedRoles.filter((r) => !mapped.includes(r) && user.roles.includes(r));
      const added = [...(firstRun ? ['beheerder' as const] : []), ...mapped].filter((r, i, all) => !user.roles.includes(r) && all.indexOf(r) === i);
      if (removed.length === 0 && added.length === 0) return user;
      const roles = withMedewerker([...user.roles.filter((r) => !removed.includes(r)), ...added]);
      const nowMapped = [...mappedRoles.filter((r) => !removed.includes(r)), ...added.filter((r) => mapped.includes(r) && !(firstRun && r === 'beheerder'))];
      await setSignInRoles(sql, user.id, roles, [...new Set(nowMapped)]);
      await appendAudit(sql, {
        actor: { id: user.id, name: user.name },
        action: 'aanmelden.rollen',
        objectType: 'gebruiker',
        objectId: user.id,
        poId: null,
        result: 'geslaagd',
        origin,
        before: { roles: user.roles },
        after: { roles, toegevoegd: added, ingetrokken: removed, bron: firstRun ? 'ENTRA_ADMIN_GROUP_ID' : 'rolkoppelingen' },
      });
      return { ...user, roles };
    });
  }
  // First visit of a colleague from the tenant: known from now on, as medewerker unless mapped.
  const granted = [...new Set<Role>([...(firstRun ? ['beheerder' as const] : []), ...mapped])];
  const created: User = {
    id: `entra-${claims.oid}`,
    name: claims.name || claims.preferredUsername,
    email: claims.preferredUsername,
    roles: withMedewerker(granted),
    functie: '',
    entraId: claims.oid,
  };
  await deps.db.tx(async (sql) => {
    await upsertUser(sql, created, { mappedRoles: mapped.filter((r) => !(firstRun && r === 'beheerder')) });
    if (granted.length > 0) {
      await appendAudit(sql, {
        actor: { id: created.id, name: created.name },
        action: 'aanmelden.rollen',
        objectType: 'gebruiker',
        objectId: created.id,
        poId: null,
        result: 'geslaagd',
        origin,
        before: { roles: [] },
        after: { roles: created.roles, toegevoegd: granted, ingetrokken: [], bron: firstRun ? 'ENTRA_ADMIN_GROUP_ID' : 'rolkoppelingen' },
      });
    }
  });
  return created;
}

/** Without any other role a person is medewerker; medewerker next to another role is no extra role. */
const withMedewerker = (roles: Role[]): Role[] => {
  const others = roles.filter((r) => r !== 'medewerker');
  return others.length > 0 ? [...new Set(others)] : ['medewerker'];
};

/** The roles the token's groups and app roles give through the mappings, and whether this sign-in is the first run's beheerder. */
async function rolesFromClaims(deps: Deps, claims: TokenClaims): Promise<{ firstRun: boolean; mapped: Role[] }> {
  const groups = claims.groups ?? [];
  const appRoles = claims.appRoles ?? [];
  if (groups.length === 0 && appRoles.length === 0) return { firstRun: false, mapped: [] };
  const adminGroup = deps.config.ENTRA_ADMIN_GROUP_ID;
  const firstRun = Boolean(adminGroup && groups.includes(adminGroup) && (await countUsersWithRole(deps.db, 'beheerder')) === 0);
  const mappings = (await loadOrganisation(deps.db))?.roleMappings ?? [];
  const mapped = new Set<Role>();
  for (const m of mappings) {
    if ((m.kind === 'group' && groups.includes(m.value)) || (m.kind === 'appRole' && appRoles.includes(m.value))) mapped.add(m.role);
  }
  return { firstRun, mapped: [...mapped] };
}
