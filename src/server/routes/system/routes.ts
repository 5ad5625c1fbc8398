/** Health (health.ts), the API document, the signed-in user, the organisation, and the development sign-in. */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps';
import { defineRoute, openApiDocument } from '../../http/route';
import { auditFor } from '../../read';
import { listAppUsers, organisationForUsers, signInAsDemoUser } from '../../commands/system';
import {
  auditQuery,
  auditResponse,
  devTokenBody,
  devTokenResponse,
  openApiResponse,
  organisatieResponse,
  usersResponse,
} from '../../../shared/contract/system';
import { registerHealthRoutes } from './health';
import { userResponse } from '../../../shared/contract/models';

export function registerSystemRoutes(app: FastifyInstance, deps: Deps): void {
  registerHealthRoutes(app, deps);

  defineRoute(app, {
    method: 'GET',
    url: '/api/openapi.json',
    tag: 'Systeem',
    summary: 'Dit OpenAPI-document',
    auth: false,
    response: openApiResponse,
    handler: async () => openApiDocument(app, { title: 'PO-overleg API', version: '0.1.0' }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/me',
    tag: 'Systeem',
    summary: 'De aangemelde gebruiker',
    response: userResponse,
    handler: async ({ actor }) => actor.user,
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/organisatie',
    tag: 'Systeem',
    summary: 'Portefeuillehouders, agendasecties en doelen van bespreking (rolkoppelingen alleen voor de beheerder)',
    response: organisatieResponse,
    handler: async ({ actor }) => organisationForUsers(deps, actor.user),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/gebruikers',
    tag: 'Systeem',
    summary: 'Gebruikers (voor het kiezen van opdrachtnemers en deelnemers)',
    response: usersResponse,
    handler: async () => ({ items: await listAppUsers(deps) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/audit',
    tag: 'Systeem',
    summary: 'Auditlog (concernadviseur, gemeentesecretaris)',
    response: auditResponse,
    query: auditQuery,
    handler: async ({ query, actor }) => ({ items: await auditFor(deps, actor, query) }),
  });

  if (!deps.devSigner) return;
  const signer = deps.devSigner;

  defineRoute(app, {
    method: 'GET',
    url: '/api/dev/users',
    tag: 'Ontwikkeling',
    summary: 'Demogebruikers om mee aan te melden (alleen ontwikkelmodus)',
    auth: false,
    response: usersResponse,
    handler: async () => ({ items: await listAppUsers(deps, { demoOnly: true }) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/dev/token',
    tag: 'Ontwikkeling',
    summary: 'Token voor een demogebruiker (alleen ontwikkelmodus)',
    auth: false,
    response: devTokenResponse,
    body: devTokenBody,
    handler: async ({ body }) => signInAsDemoUser(deps, signer, body.userId),
  });
}
