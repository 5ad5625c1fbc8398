/** Across POs: follow-up register, collegeplanning, late stukken and the archive of verslagen. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FOLLOW_UP_STATUSES } from '../../../domain';
import { setFollowUpStatus } from '../../commands/oversight';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { collegeplanning, followUp, lateStukkenAll, lateStukkenOf, searchArchive, standingItem } from '../../read';
import { boolQuery, calendarDate, poParams, uuid } from '../common';

export function registerOversightRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/opvolging', tag: 'Opvolging', summary: 'Opvolgregister: open actiepunten, toezeggingen en moties',
    query: z.object({
      portefeuillehouderId: z.string().optional(), ownerId: z.string().optional(),
      overdue: boolQuery.optional(), includeClosed: boolQuery.optional(),
    }),
    handler: async ({ query, actor }) => ({
      items: await followUp(deps, actor, { portefeuillehouderId: query.portefeuillehouderId, ownerId: query.ownerId, overdueOnly: query.overdue, includeClosed: query.includeClosed }),
    }),
  });

  defineRoute(app, {
    method: 'PUT', url: '/api/opvolging/:recordId/status', tag: 'Opvolging', summary: 'Status van een actiepunt, toezegging of motie',
    params: z.object({ recordId: uuid }), body: z.object({ status: z.enum(FOLLOW_UP_STATUSES) }).strict(),
    handler: async ({ params, body, actor }) => {
      await setFollowUpStatus(deps, actor, params.recordId, body.status);
      return { id: params.recordId, status: body.status };
    },
  });

  defineRoute(app, {
    method: 'GET', url: '/api/pos/:poId/opvolging', tag: 'Opvolging', summary: 'Vast agendapunt: openstaande punten uit eerdere POs van deze portefeuillehouder',
    params: poParams,
    handler: async ({ params, actor }) => ({ items: await standingItem(deps, actor, params.poId) }),
  });

  defineRoute(app, {
    method: 'GET', url: '/api/collegeplanning', tag: 'Collegeplanning', summary: 'Besluitpunten per collegedatum, uit alle POs',
    query: z.object({ from: calendarDate.optional(), to: calendarDate.optional() }),
    handler: async ({ query, actor }) => ({ items: await collegeplanning(deps, actor, query) }),
  });

  defineRoute(app, {
    method: 'GET', url: '/api/pos/:poId/stukken/te-laat', tag: 'Stukken', summary: 'Stukken die na de aanleverdeadline (nog) ontbreken of binnenkwamen',
    params: poParams,
    handler: async ({ params, actor }) => ({ items: await lateStukkenOf(deps, actor, params.poId) }),
  });

  defineRoute(app, {
    method: 'GET', url: '/api/stukken/te-laat', tag: 'Stukken', summary: 'Te late stukken van komende POs',
    handler: async ({ actor }) => ({ items: await lateStukkenAll(deps, actor) }),
  });

  defineRoute(app, {
    method: 'GET', url: '/api/verslagen', tag: 'Verslag', summary: 'Archief van gepubliceerde verslagen (zonder vertrouwelijke inhoud), met zoeken',
    query: z.object({ q: z.string().max(200).optional() }),
    handler: async ({ query }) => ({ items: await searchArchive(deps, { text: query.q }) }),
  });
}
