/** Across POs: follow-up register, collegeplanning, late stukken and the archive of verslagen. */
import type { FastifyInstance } from 'fastify';
import { amsterdamToUtc } from '../../../domain';
import { setFollowUpStatus } from '../../commands/followup';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { collegeplanning, followUp, lateStukkenAll, lateStukkenOf, searchArchive, standingItem } from '../../read';
import { poParams } from '../../../shared/contract/common';
import {
  archiveQuery,
  archiveResponse,
  collegeplanningPageResponse,
  collegeplanningQuery,
  followUpQuery,
  followUpRecordParams,
  followUpResponse,
  followUpStatusBody,
  followUpStatusResponse,
  lateStukkenResponse,
  standingItemQuery,
} from '../../../shared/contract/oversight';

export function registerOversightRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/opvolging',
    tag: 'Opvolging',
    summary: 'Opvolgregister: open actiepunten, toezeggingen en moties',
    response: followUpResponse,
    query: followUpQuery,
    handler: async ({ query, actor }) =>
      followUp(deps, actor, {
        portefeuillehouderId: query.portefeuillehouderId,
        ownerId: query.ownerId,
        kind: query.kind,
        overdue: query.overdue,
        status: query.status ?? (query.includeClosed ? 'alle' : undefined),
        from: query.from ? amsterdamToUtc(query.from, '00:00').toISOString() : undefined,
        to: query.to ? amsterdamToUtc(query.to, '23:59').toISOString() : undefined,
        cursor: query.cursor,
        limit: query.limit,
      }),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/opvolging/:recordId/status',
    tag: 'Opvolging',
    summary: 'Status van een actiepunt, toezegging of motie',
    response: followUpStatusResponse,
    params: followUpRecordParams,
    body: followUpStatusBody,
    handler: async ({ params, body, actor }) => {
      await setFollowUpStatus(deps, actor, params.recordId, body.status);
      return { id: params.recordId, status: body.status };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/opvolging',
    tag: 'Opvolging',
    summary: 'Vast agendapunt: openstaande punten uit eerdere POs van deze portefeuillehouder',
    response: followUpResponse,
    params: poParams,
    query: standingItemQuery,
    handler: async ({ params, query, actor }) => standingItem(deps, actor, params.poId, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/collegeplanning',
    tag: 'Collegeplanning',
    summary: 'Besluitpunten per collegedatum, uit alle POs',
    response: collegeplanningPageResponse,
    query: collegeplanningQuery,
    handler: async ({ query, actor }) => collegeplanning(deps, actor, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/stukken/te-laat',
    tag: 'Stukken',
    summary: 'Stukken die na de aanleverdeadline (nog) ontbreken of binnenkwamen',
    response: lateStukkenResponse,
    params: poParams,
    handler: async ({ params, actor }) => ({ items: await lateStukkenOf(deps, actor, params.poId) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/stukken/te-laat',
    tag: 'Stukken',
    summary: 'Te late stukken van komende POs',
    response: lateStukkenResponse,
    handler: async ({ actor }) => ({ items: await lateStukkenAll(deps, actor) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/verslagen',
    tag: 'Verslag',
    summary: 'Archief van gepubliceerde verslagen (zonder vertrouwelijke inhoud), met zoeken',
    response: archiveResponse,
    query: archiveQuery,
    handler: async ({ query }) =>
      searchArchive(deps, { text: query.q, portefeuillehouderId: query.portefeuillehouderId, cursor: query.cursor, limit: query.limit }),
  });
}
