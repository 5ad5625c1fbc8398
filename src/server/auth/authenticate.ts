/** Resolves the bearer token of a request to a user of this organisation. */
import type { FastifyRequest } from 'fastify';
import type { User } from '../../domain';
import { AppError } from '../../shared/errors';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { findUserByEntraId, upsertUser } from '../store/directory';

export function originOf(req: FastifyRequest): Actor['origin'] {
  return { ip: req.ip, userAgent: String(req.headers['user-agent'] ?? '').slice(0, 300), requestId: String(req.id) };
}

export async function authenticate(deps: Deps, req: FastifyRequest): Promise<Actor | null> {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new AppError('unauthenticated', 'De Authorization-header moet "Bearer <token>" zijn.');
  return { user: await userForToken(deps, match[1]), origin: originOf(req), assertion: match[1] };
}

/** The user a bearer token belongs to; shared by the REST API and the live channel (its hello). */
export async function userForToken(deps: Deps, token: string): Promise<User> {
  const claims = await deps.verifier.verify(token);
  const user = await findUserByEntraId(deps.db, claims.oid);
  if (user) return user;
  if (deps.devSigner) throw new AppError('unauthenticated', 'Onbekende gebruiker.');
  // First visit of a colleague from the tenant: known from now on as medewerker.
  const created: User = { id: `entra-${claims.oid}`, name: claims.name || claims.preferredUsername, email: claims.preferredUsername, roles: ['medewerker'], functie: '', entraId: claims.oid };
  await upsertUser(deps.db, created);
  return created;
}
