/** Resolves the bearer token of a request to a user of this organisation. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, User } from '../../domain';
import { AppError } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { tooManyRequests } from '../http/security';
import { countUsersWithRole, findUserByEntraId, loadOrganisation, setUserRoles, upsertUser } from '../store/directory';
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
    return { user: await userForToken(deps, token), origin, assertion: token };
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
interface Remembered extends Session { until: number }
const remembered = new WeakMap<Deps, Map<string, Remembered>>();

/** Whether this token is verified and remembered now (no signature check needed). */
export function isRemembered(deps: Deps, token: string): boolean {
  const hit = remembered.get(deps)?.get(token);
  return hit !== undefined && hit.until > Date.now();
}

/** The user a bearer token belongs to; shared by the REST API and the live channel (its hello). */
export async function userForToken(deps: Deps, token: string): Promise<User> {
  return (await sessionForToken(deps, token)).user;
}

export async function sessionForToken(deps: Deps, token: string): Promise<Session> {
  let cache = remembered.get(deps);
  if (!cache) remembered.set(deps, (cache = new Map()));
  const now = Date.now();
  const hit = cache.get(token);
  if (hit && hit.until > now) return hit;
  if (hit) cache.delete(token);
  const claims = await deps.verifier.verify(token);
  const user = await userOf(deps, claims);
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
 * The user of verified claims. Roles at sign-in: the roles stored for the user (assigned in Beheer),
 * plus those the organisation's role mappings give for the token's Entra security groups (`groups`
 * claim) or app roles (`roles` claim); mapped roles are added, never taken away (a role assigned in
 * Beheer stays until Beheer removes it). A colleague of the tenant without any role is a medewerker.
 * First run: while nobody is beheerder, a member of ENTRA_ADMIN_GROUP_ID becomes beheerder and the
 * tab leads them through the setup.
 */
async function userOf(deps: Deps, claims: Awaited<ReturnType<Deps['verifier']['verify']>>): Promise<User> {
  const user = await findUserByEntraId(deps.db, claims.oid);
  const granted = await rolesFromClaims(deps, claims);
  if (user) {
    const added = granted.filter((r) => !user.roles.includes(r));
    if (added.length === 0) return user;
    const roles = [...user.roles.filter((r) => r !== 'medewerker'), ...added];
    await setUserRoles(deps.db, user.id, roles);
    return { ...user, roles };
  }
  if (deps.devSigner) throw new AppError('unauthenticated', 'Onbekende gebruiker.');
  // First visit of a colleague from the tenant: known from now on, as medewerker unless mapped.
  const created: User = { id: `entra-${claims.oid}`, name: claims.name || claims.preferredUsername, email: claims.preferredUsername, roles: granted.length > 0 ? granted : ['medewerker'], functie: '', entraId: claims.oid };
  await upsertUser(deps.db, created);
  return created;
}

async function rolesFromClaims(deps: Deps, claims: Awaited<ReturnType<Deps['verifier']['verify']>>): Promise<Role[]> {
  const groups = claims.groups ?? [];
  const appRoles = claims.appRoles ?? [];
  if (groups.length === 0 && appRoles.length === 0) return [];
  const roles = new Set<Role>();
  const adminGroup = deps.config.ENTRA_ADMIN_GROUP_ID;
  if (adminGroup && groups.includes(adminGroup) && (await countUsersWithRole(deps.db, 'beheerder')) === 0) roles.add('beheerder');
  const mappings = (await loadOrganisation(deps.db))?.roleMappings ?? [];
  for (const m of mappings) {
    if ((m.kind === 'group' && groups.includes(m.value)) || (m.kind === 'appRole' && appRoles.includes(m.value))) roles.add(m.role);
  }
  return [...roles];
}
