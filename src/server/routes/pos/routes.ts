/** /api/pos: create, list, read, change and remove POs. */
import type { FastifyInstance } from 'fastify';
import { mayOverseeAll } from '../../../domain';
import { cancelPo, createPo, removePo, updatePoFields } from '../../commands/pos';
import { syncAanschuiversQuietly } from '../../publish/aanschuiven';
import { requireRight } from '../../commands/context';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { poSummariesFor, poViewFor } from '../../read';
import { amsterdamToUtc } from '../../../domain';
import { cancelPoBody, createPoBody, listPosQuery, poLinesResponse, updatePoBody } from '../../../shared/contract/pos';
import { pageQuery, poParams } from '../../../shared/contract/common';
import { createdPoResponse, poViewResponse } from '../../../shared/contract/models';

export function registerPoRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/pos',
    tag: 'PO',
    summary: "PO's: mijn PO's, of alle (concernadviseur, portefeuillehouder, gemeentesecretaris)",
    response: poLinesResponse,
    query: listPosQuery.extend(pageQuery),
    handler: async ({ query, actor }) => {
      const all = query.scope === 'alle';
      if (all) requireRight(mayOverseeAll(actor.user), "alle PO's te zien");
      return poSummariesFor(
        deps,
        actor,
        {
          portefeuillehouderId: query.portefeuillehouderId,
          from: query.from ? amsterdamToUtc(query.from, '00:00').toISOString() : undefined,
          to: query.to ? amsterdamToUtc(query.to, '23:59').toISOString() : undefined,
          statuses: query.status ? [query.status] : undefined,
          teamsMeetingChatId: query.teamsMeetingChatId,
          cursor: query.cursor,
          limit: query.limit,
        },
        all,
      );
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos',
    tag: 'PO',
    summary: 'Een PO aanmaken (standaard: volgende maandag 09:00)',
    status: 201,
    response: createdPoResponse,
    body: createPoBody,
    handler: async ({ body, actor }) => {
      const po = await createPo(deps, actor, body);
      // `datumVerschoven`: the date fell on a public holiday and was moved (from, holiday); else null.
      return { ...(await poViewFor(deps, actor, po.id)), datumVerschoven: po.moved };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId',
    tag: 'PO',
    summary: 'Een PO met agenda en vastleggingen (deelnemers)',
    response: poViewResponse,
    params: poParams,
    handler: async ({ params, actor }) => poViewFor(deps, actor, params.poId, { mustRead: true }),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/pos/:poId',
    tag: 'PO',
    summary: 'Gegevens van een PO wijzigen',
    response: poViewResponse,
    params: poParams,
    body: updatePoBody,
    handler: async ({ params, body, actor, req }) => {
      const { moved } = await updatePoFields(deps, actor, params.poId, body);
      // A new start moves every aanschuiver's slot.
      if (body.startsAt) await syncAanschuiversQuietly(deps, actor, params.poId, req.log);
      // `datumVerschoven` as at creation: a new date on a public holiday was moved (from, holiday).
      return { ...(await poViewFor(deps, actor, params.poId)), datumVerschoven: moved };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/annuleren',
    tag: 'PO',
    summary: 'Een PO annuleren (voor de vergadering, met reden); de uitnodigingen van aanschuivers worden afgezegd',
    response: poViewResponse,
    params: poParams,
    body: cancelPoBody,
    handler: async ({ params, body, actor, req }) => {
      await cancelPo(deps, actor, params.poId, body.reason);
      await syncAanschuiversQuietly(deps, actor, params.poId, req.log);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/pos/:poId',
    tag: 'PO',
    summary: 'Een PO in concept verwijderen',
    status: 204,
    response: null,
    params: poParams,
    handler: async ({ params, actor, reply }) => {
      await removePo(deps, actor, params.poId);
      return reply.status(204).send();
    },
  });
}
