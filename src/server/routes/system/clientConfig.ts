/**
 * GET /api/client-config: what a front end needs before anyone signs in (public, no secrets):
 * the sign-in mode and, for Entra ID, the app registration the token is asked for.
 */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { clientConfigResponse, type ClientConfig } from '../../../shared/contract/system';

export function registerClientConfigRoute(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/client-config',
    tag: 'Systeem',
    summary: 'Aanmeldgegevens voor de front end (openbaar, zonder geheimen)',
    auth: false,
    response: clientConfigResponse,
    handler: async (): Promise<ClientConfig> => ({
      authMode: deps.config.AUTH_MODE,
      entraClientId: deps.config.ENTRA_CLIENT_ID ?? null,
      appIdUri: deps.config.ENTRA_APP_ID_URI ?? null,
      tenantId: deps.config.ENTRA_TENANT_ID ?? null,
    }),
  });
}
