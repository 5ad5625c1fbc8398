/**
 * Health for load balancers, orchestrators and monitors. No answer names the configuration (store,
 * sign-in mode, versions): anyone may ask.
 * - `GET /api/health/live`: the process answers (no database); restart it when this fails.
 * - `GET /api/health/ready`: the database answers and every migration of this version is applied;
 *   send it traffic only then (503 otherwise, and while the server shuts down).
 * - `GET /api/health`: the older check (the database answers), kept for existing monitors.
 * Probes are frequent: their requests are logged only when something goes wrong.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { healthResponse as ok, readinessResponse, type Readiness } from '../../../shared/contract/system';
import { pendingMigrations } from '../../store/migrate';

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
    const pending = await withTimeout(deps.db.query('SELECT 1').then(() => pendingMigrations(deps.db)), timeoutMs);
    const migrations = pending.length === 0 ? 'ok' : 'pending';
    return { status: migrations === 'ok' ? 'ok' : 'unavailable', checks: { database: 'ok', migrations } };
  } catch {
    return { status: 'unavailable', checks: { database: 'unreachable', migrations: 'unknown' } };
  }
}

export function registerHealthRoutes(app: FastifyInstance, deps: Deps): void {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/health')) route.logLevel = 'warn';
  });

  defineRoute(app, {
    method: 'GET', url: '/api/health/live', tag: 'Systeem', summary: 'Leeft het proces (zonder database)', auth: false,
    response: ok,
    handler: async () => ({ status: 'ok' as const }),
  });

  defineRoute(app, {
    method: 'GET', url: '/api/health/ready', tag: 'Systeem', summary: 'Klaar voor verkeer: database bereikbaar en bijgewerkt (503 als niet)', auth: false,
    response: readinessResponse,
    handler: async ({ reply }) => {
      const result = await checkReadiness(deps);
      if (result.status !== 'ok') reply.status(503).send(result);
      return result;
    },
  });

  defineRoute(app, {
    method: 'GET', url: '/api/health', tag: 'Systeem', summary: 'Gezondheid (de database antwoordt); zie ook /api/health/live en /ready', auth: false,
    response: ok,
    handler: async () => {
      await deps.db.query('SELECT 1');
      return { status: 'ok' as const };
    },
  });
}
