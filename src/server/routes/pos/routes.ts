/** /api/pos: create, list, read, change and remove POs. */
import type { FastifyInstance } from 'fastify';
import { mayOverseeAll, rightsOn } from '../../../domain';
import { createPo, removePo, updatePoFields } from '../../commands/pos';
import { readPo, requireOrganisation, requireRight } from '../../commands/context';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { presentPo, presentPoSummary } from '../../present/po';
import { listPos } from '../../store/pos';
import { poView } from '../respond';
import { amsterdamToUtc } from '../../../domain';
import { poParams } from '../common';
import { createPoBody, listPosQuery, updatePoBody } from './schema';

export function registerPoRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET', url: '/api/pos', tag: 'PO', summary: "PO's: mijn PO's, of alle (concernadviseur, portefeuillehouder, gemeentesecretaris)",
    query: listPosQuery,
    handler: async ({ query, actor }) => {
      const org = await requireOrganisation(deps.db);
      const all = query.scope === 'alle';
      if (all) requireRight(mayOverseeAll(actor.user), "alle PO's te zien");
      const pos = await listPos(deps.db, {
        portefeuillehouderId: query.portefeuillehouderId,
        from: query.from ? amsterdamToUtc(query.from, '00:00').toISOString() : undefined,
        to: query.to ? amsterdamToUtc(query.to, '23:59').toISOString() : undefined,
        statuses: query.status ? [query.status] : undefined,
        teamsMeetingChatId: query.teamsMeetingChatId,
        involvedUserId: all ? null : actor.user.id,
      });
      return { items: pos.filter((po) => all || rightsOn(actor.user, po, org).read).map((po) => presentPoSummary(po, actor.user, org)) };
    },
  });

  defineRoute(app, {
    method: 'POST', url: '/api/pos', tag: 'PO', summary: 'Een PO aanmaken (standaard: volgende maandag 09:00)', status: 201,
    body: createPoBody,
    handler: async ({ body, actor }) => {
      const po = await createPo(deps, actor, body);
      return presentPo(po, actor.user, await requireOrganisation(deps.db));
    },
  });

  defineRoute(app, {
    method: 'GET', url: '/api/pos/:poId', tag: 'PO', summary: 'Een PO met agenda en vastleggingen (deelnemers)',
    params: poParams,
    handler: async ({ params, actor }) => {
      const { po, org, rights } = await readPo(deps, actor, params.poId);
      requireRight(rights.read, 'dit PO te lezen');
      return presentPo(po, actor.user, org);
    },
  });

  defineRoute(app, {
    method: 'PATCH', url: '/api/pos/:poId', tag: 'PO', summary: 'Gegevens van een PO wijzigen',
    params: poParams, body: updatePoBody,
    handler: async ({ params, body, actor }) => {
      await updatePoFields(deps, actor, params.poId, body);
      return poView(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'DELETE', url: '/api/pos/:poId', tag: 'PO', summary: 'Een PO in concept verwijderen', status: 204,
    params: poParams,
    handler: async ({ params, actor, reply }) => {
      await removePo(deps, actor, params.poId);
      return reply.status(204).send();
    },
  });
}
