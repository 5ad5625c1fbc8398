/** The verslag: read, approve, publish, correct, versions. */
import type { FastifyInstance } from 'fastify';
import { approveVerslag, openCorrection } from '../../commands/verslag';
import { publishVerslag } from '../../publish';
import { settleUncertainPost } from '../../publish/confirm';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { poParams } from '../../../shared/contract/common';
import { publishBody, settleBody, versionsResponse, verslagQuery, verslagResponse } from '../../../shared/contract/verslag';
import { poViewFor, publicationFor, readVerslag, versionsFor } from '../../read';
import { poViewResponse, publicationViewResponse, publishResultResponse } from '../../../shared/contract/models';

export function registerVerslagRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/verslag',
    tag: 'Verslag',
    response: verslagResponse,
    summary: 'Het verslagmodel (deelnemers: werkversie; anderen: gepubliceerde versie zonder vertrouwelijke inhoud)',
    params: poParams,
    query: verslagQuery,
    handler: async ({ params, query, actor }) => readVerslag(deps, actor, params.poId, query.audience),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/verslag/goedkeuren',
    tag: 'Verslag',
    summary: 'Verslag goedkeuren (portefeuillehouder)',
    response: poViewResponse,
    params: poParams,
    handler: async ({ params, actor }) => {
      await approveVerslag(deps, actor, params.poId);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/verslag/publiceren',
    tag: 'Verslag',
    response: publishResultResponse,
    summary: 'Verslag publiceren in het Teams-kanaal (precies eenmaal) als nieuwe, blijvende versie',
    params: poParams,
    body: publishBody,
    handler: async ({ params, body, actor }) => publishVerslag(deps, actor, params.poId, body.reason),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/verslag/publicatie',
    tag: 'Verslag',
    response: publicationViewResponse,
    summary: 'Stand van de publicatie in Teams: of een bericht onzeker is (antwoord verloren, kanaal niet leesbaar)',
    params: poParams,
    handler: async ({ params, actor }) => publicationFor(deps, actor, params.poId),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/verslag/publicatie/bevestigen',
    tag: 'Verslag',
    response: publicationViewResponse,
    summary: 'Na controle van het kanaal zeggen of het onzekere bericht in Teams staat (geplaatst) of opnieuw moet (niet geplaatst)',
    params: poParams,
    body: settleBody,
    handler: async ({ params, body, actor }) => {
      await settleUncertainPost(deps, actor, params.poId, body);
      return publicationFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/verslag/correctie',
    tag: 'Verslag',
    summary: 'Correctie op een gepubliceerd verslag starten',
    response: poViewResponse,
    params: poParams,
    handler: async ({ params, actor }) => {
      await openCorrection(deps, actor, params.poId);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/verslag/versies',
    tag: 'Verslag',
    summary: 'Gepubliceerde versies van het verslag',
    response: versionsResponse,
    params: poParams,
    handler: async ({ params, actor }) => ({ items: await versionsFor(deps, actor, params.poId) }),
  });
}
