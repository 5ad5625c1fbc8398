/** Health (health.ts), the API document, the signed-in user, the organisation, and the development sign-in. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PURPOSE_EXPLANATION, PURPOSES, PURPOSE_LABEL } from '../../../domain';
import { fail } from '../../../shared/errors';
import { requireOrganisation } from '../../commands/context';
import type { Deps } from '../../deps';
import { defineRoute, openApiDocument } from '../../http/route';
import { auditFor } from '../../read';
import { findUser, listUsers } from '../../store/directory';
import { uuid } from '../common';
import { registerHealthRoutes } from './health';

export function registerSystemRoutes(app: FastifyInstance, deps: Deps): void {
  registerHealthRoutes(app, deps);

  defineRoute(app, {
    method: 'GET', url: '/api/openapi.json', tag: 'Systeem', summary: 'Dit OpenAPI-document', auth: false,
    handler: async () => openApiDocument(app, { title: 'PO-overleg API', version: '0.1.0' }),
  });

  defineRoute(app, {
    method: 'GET', url: '/api/me', tag: 'Systeem', summary: 'De aangemelde gebruiker',
    handler: async ({ actor }) => actor.user,
  });

  defineRoute(app, {
    method: 'GET', url: '/api/organisatie', tag: 'Systeem', summary: 'Portefeuillehouders, agendasecties en doelen van bespreking (rolkoppelingen alleen voor de beheerder)',
    handler: async ({ actor }) => {
      const { roleMappings, ...org } = await requireOrganisation(deps.db);
      // Which Entra groups and app roles give which role is the beheerder's business only.
      const mappings = actor.user.roles.includes('beheerder') && roleMappings ? { roleMappings } : {};
      return { ...org, ...mappings, purposes: PURPOSES.map((p) => ({ id: p, label: PURPOSE_LABEL[p], explanation: PURPOSE_EXPLANATION[p] })) };
    },
  });

  defineRoute(app, {
    method: 'GET', url: '/api/gebruikers', tag: 'Systeem', summary: 'Gebruikers (voor het kiezen van opdrachtnemers en deelnemers)',
    handler: async () => ({ items: await listUsers(deps.db) }),
  });

  defineRoute(app, {
    method: 'GET', url: '/api/audit', tag: 'Systeem', summary: 'Auditlog (concernadviseur, gemeentesecretaris)',
    query: z.object({ poId: uuid.optional(), limit: z.coerce.number().int().min(1).max(1000).optional() }),
    handler: async ({ query, actor }) => ({ items: await auditFor(deps, actor, query) }),
  });

  if (!deps.devSigner) return;
  const signer = deps.devSigner;

  defineRoute(app, {
    method: 'GET', url: '/api/dev/users', tag: 'Ontwikkeling', summary: 'Demogebruikers om mee aan te melden (alleen ontwikkelmodus)', auth: false,
    handler: async () => ({ items: await listUsers(deps.db, { demoOnly: true }) }),
  });

  defineRoute(app, {
    method: 'POST', url: '/api/dev/token', tag: 'Ontwikkeling', summary: 'Token voor een demogebruiker (alleen ontwikkelmodus)', auth: false,
    body: z.object({ userId: z.string().min(1) }).strict(),
    handler: async ({ body }) => {
      const user = (await findUser(deps.db, body.userId)) ?? fail('not_found', `Onbekende gebruiker "${body.userId}".`);
      if (!user.entraId) fail('validation', 'Deze gebruiker heeft geen Entra-id.');
      return { token: await signer.issue({ entraId: user.entraId!, name: user.name, email: user.email }), user };
    },
  });
}
