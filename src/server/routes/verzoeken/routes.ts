/** Agendaverzoeken: propose an item for a PO; the agenda's owners accept or decline it. */
import type { FastifyInstance } from 'fastify';
import { decideVerzoek, proposeForNextPo, proposeItem } from '../../commands/verzoeken';
import { verzoekenFor } from '../../read';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { poParams } from '../../../shared/contract/common';
import { agendaverzoekResponse, decideBody, phParams, proposeBody, verzoekenQuery, verzoekenResponse, verzoekParams } from '../../../shared/contract/verzoeken';

export function registerVerzoekRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/agendaverzoeken',
    tag: 'Agendaverzoeken',
    status: 201,
    response: agendaverzoekResponse,
    summary: 'Agendapunt voorstellen (opdrachtnemer of onafhankelijk adviseur)',
    params: poParams,
    body: proposeBody,
    handler: async ({ params, body, actor }) => proposeItem(deps, actor, params.poId, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/portefeuillehouders/:portefeuillehouderId/agendaverzoeken',
    tag: 'Agendaverzoeken',
    status: 201,
    response: agendaverzoekResponse,
    summary: 'Agendapunt voorstellen voor het volgende PO van een portefeuillehouder',
    params: phParams,
    body: proposeBody,
    handler: async ({ params, body, actor }) => proposeForNextPo(deps, actor, params.portefeuillehouderId, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/agendaverzoeken',
    tag: 'Agendaverzoeken',
    summary: 'Agendaverzoeken: eigen verzoeken en die u mag beoordelen',
    response: verzoekenResponse,
    query: verzoekenQuery,
    handler: async ({ query, actor }) => ({ items: await verzoekenFor(deps, actor, query) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/agendaverzoeken/:verzoekId/besluit',
    tag: 'Agendaverzoeken',
    response: agendaverzoekResponse,
    summary: 'Agendaverzoek accepteren (wordt agendapunt) of afwijzen met reden',
    params: verzoekParams,
    body: decideBody,
    handler: async ({ params, body, actor }) => decideVerzoek(deps, actor, params.verzoekId, body),
  });
}
