/** The verslag: read, approve, publish, correct, versions. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { approveVerslag, openCorrection } from '../../commands/verslag';
import { publishVerslag } from '../../publish';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { poParams, shortText } from '../common';
import { poViewFor, readVerslag, versionsFor } from '../../read';

export function registerVerslagRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/pos/:poId/verslag', tag: 'Verslag',
    summary: 'Het verslagmodel (deelnemers: werkversie; anderen: gepubliceerde versie zonder vertrouwelijke inhoud)',
    params: poParams, query: z.object({ audience: z.enum(['openbaar', 'deelnemers']).default('deelnemers') }),
    handler: async ({ params, query, actor }) => readVerslag(deps, actor, params.poId, query.audience),
  });

  defineRoute(app, {
    method: 'POST', url: '/api/pos/:poId/verslag/goedkeuren', tag: 'Verslag', summary: 'Verslag goedkeuren (portefeuillehouder)',
    params: poParams,
    handler: async ({ params, actor }) => {
      await approveVerslag(deps, actor, params.poId);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'POST', url: '/api/pos/:poId/verslag/publiceren', tag: 'Verslag',
    summary: 'Verslag publiceren in het Teams-kanaal (precies eenmaal) als nieuwe, blijvende versie',
    params: poParams, body: z.object({ reason: shortText.optional() }).strict(),
    handler: async ({ params, body, actor }) => publishVerslag(deps, actor, params.poId, body.reason),
  });

  defineRoute(app, {
    method: 'POST', url: '/api/pos/:poId/verslag/correctie', tag: 'Verslag', summary: 'Correctie op een gepubliceerd verslag starten',
    params: poParams,
    handler: async ({ params, actor }) => {
      await openCorrection(deps, actor, params.poId);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'GET', url: '/api/pos/:poId/verslag/versies', tag: 'Verslag', summary: 'Gepubliceerde versies van het verslag',
    params: poParams,
    handler: async ({ params, actor }) => ({ items: await versionsFor(deps, actor, params.poId) }),
  });
}
