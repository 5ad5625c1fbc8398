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
import { healthResponse as ok, readinessResponse } from '../../../shared/contract/system';
import { checkDatabase, checkReadiness } from '../../commands/system';

export function registerHealthRoutes(app: FastifyInstance, deps: Deps): void {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/health')) route.logLevel = 'warn';
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/health/live',
    tag: 'Systeem',
    summary: 'Leeft het proces (zonder database)',
    auth: false,
    response: ok,
    handler: async () => ({ status: 'ok' as const }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/health/ready',
    tag: 'Systeem',
    summary: 'Klaar voor verkeer: database bereikbaar en bijgewerkt (503 als niet)',
    auth: false,
    response: readinessResponse,
    handler: async ({ reply }) => {
      const result = await checkReadiness(deps);
      if (result.status !== 'ok') reply.status(503).send(result);
      return result;
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/health',
    tag: 'Systeem',
    summary: 'Gezondheid (de database antwoordt); zie ook /api/health/live en /ready',
    auth: false,
    response: ok,
    handler: async () => {
      await checkDatabase(deps);
      return { status: 'ok' as const };
    },
  });
}
