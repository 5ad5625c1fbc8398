/**
 * The system's reads and the development sign-in: health of the database, the users to choose from,
 * a token for a demo user. Routes reach the store only through commands like these.
 */
import { PURPOSE_EXPLANATION, PURPOSE_LABEL, PURPOSES, type OrganisationConfig, type Purpose, type User } from '../../domain';
import { fail } from '../../shared/errors';
import type { Readiness } from '../../shared/contract/system';
import type { DevSigner } from '../auth/tokens';
import type { Deps } from '../deps';
import { findUser, listUsers } from '../store/directory';
import { pendingMigrations } from '../store/migrate';
import { requireOrganisation } from './context';

/** A database that does not answer within this time counts as unreachable. */
export const READY_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`geen antwoord binnen ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The database answers, and has every migration this version knows. */
export async function checkReadiness(deps: Pick<Deps, 'db'>, timeoutMs = READY_TIMEOUT_MS): Promise<Readiness> {
  try {
    const pending = await withTimeout(
      deps.db.query('SELECT 1').then(() => pendingMigrations(deps.db)),
      timeoutMs,
    );
    const migrations = pending.length === 0 ? 'ok' : 'pending';
    return { status: migrations === 'ok' ? 'ok' : 'unavailable', checks: { database: 'ok', migrations } };
  } catch {
    return { status: 'unavailable', checks: { database: 'unreachable', migrations: 'unknown' } };
  }
}

/** The database answers (the older `/api/health`); throws when it does not. */
export async function checkDatabase(deps: Pick<Deps, 'db'>): Promise<void> {
  await deps.db.query('SELECT 1');
}

/** The organisation's users (to choose opdrachtnemers and participants); `demoOnly`: the demo users to sign in as. */
export function listAppUsers(deps: Pick<Deps, 'db'>, opts: { demoOnly?: boolean } = {}): Promise<User[]> {
  return listUsers(deps.db, opts);
}

/** Development sign-in: a token for a demo user (only where `deps.devSigner` exists). */
export async function signInAsDemoUser(deps: Pick<Deps, 'db'>, signer: DevSigner, userId: string): Promise<{ token: string; user: User }> {
  const user = (await findUser(deps.db, userId)) ?? fail('not_found', `Onbekende gebruiker "${userId}".`);
  if (!user.entraId) fail('validation', 'Deze gebruiker heeft geen Entra-id.');
  return { token: await signer.issue({ entraId: user.entraId!, name: user.name, email: user.email }), user };
}

/** The organisation as every user reads it (`GET /api/organisatie`), with the purposes' labels and explanations. */
export async function organisationForUsers(
  deps: Pick<Deps, 'db'>,
  user: Pick<User, 'roles'>,
): Promise<OrganisationConfig & { purposes: { id: Purpose; label: { nl: string; en: string }; explanation: { nl: string; en: string } }[] }> {
  const { roleMappings, ...org } = await requireOrganisation(deps.db);
  // Which Entra groups and app roles give which role is the beheerder's business only.
  const mappings = user.roles.includes('beheerder') && roleMappings ? { roleMappings } : {};
  return { ...org, ...mappings, purposes: PURPOSES.map((p) => ({ id: p, label: PURPOSE_LABEL[p], explanation: PURPOSE_EXPLANATION[p] })) };
}
