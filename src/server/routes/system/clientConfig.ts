/**
 * GET /api/client-config: what a front end needs before anyone signs in (public, no secrets):
 * the sign-in mode and, for Entra ID, the app registration the token is asked for.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';

export const clientConfigResponse = z.object({
  authMode: z.enum(['development', 'entra']),
  entraClientId: z.string().nullable(),
  appIdUri: z.string().nullable(),
  tenantId: z.string().nullable(),
});
export type ClientConfig = z.infer<typeof clientConfigResponse>;

export function registerClientConfigRoute(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/client-config', tag: 'Systeem', summary: 'Aanmeldgegevens voor de front end (openbaar, zonder geheimen)', auth: false,
    response: clientConfigResponse,
    handler: async (): Promise<ClientConfig> => ({
      authMode: deps.config.AUTH_MODE,
      entraClientId: deps.config.ENTRA_CLIENT_ID ?? null,
      appIdUri: deps.config.ENTRA_APP_ID_URI ?? null,
      tenantId: deps.config.ENTRA_TENANT_ID ?? null,
    }),
  });
}
