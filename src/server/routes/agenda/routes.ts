/** /api/pos/:poId/agenda...: agendapunten, order, kwaliteitstoets, vaststellen, heropenen. */
import type { FastifyInstance } from 'fastify';
import {
  addAgendapunt,
  confirmKwaliteitstoets,
  editAgendapunt,
  heropenenAgenda,
  reorderAgenda,
  removeAgendapunt,
  terugsturenAgenda,
  vaststellenAgenda,
  voorleggenAgenda,
} from '../../commands/agenda';
import { overruleToets, tickToetsCriterium } from '../../commands/kwaliteitstoets';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { agendaCheckFor, poViewFor } from '../../read';
import { syncAanschuiversQuietly } from '../../publish/aanschuiven';
import {
  addItemBody,
  criteriumBody,
  criteriumParams,
  editItemBody,
  itemParams,
  overruleBody,
  reorderBody,
  terugsturenBody,
} from '../../../shared/contract/agenda';
import { poParams } from '../../../shared/contract/common';
import { agendaCheckResponse, agendapuntResponse, poViewResponse } from '../../../shared/contract/models';

export function registerAgendaRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/agendapunten',
    tag: 'Agenda',
    summary: 'Agendapunt toevoegen',
    status: 201,
    response: agendapuntResponse,
    params: poParams,
    body: addItemBody,
    handler: async ({ params, body, actor, req }) => {
      const item = await addAgendapunt(deps, actor, params.poId, body);
      // Every change of the agenda may move, add or drop an aanschuiver's slot.
      await syncAanschuiversQuietly(deps, actor, params.poId, req.log);
      return item;
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/pos/:poId/agendapunten/:itemId',
    tag: 'Agenda',
    summary: 'Agendapunt wijzigen (doel, opdrachtnemer, stukken, ...)',
    response: agendapuntResponse,
    params: itemParams,
    body: editItemBody,
    handler: async ({ params, body, actor, req }) => {
      const item = await editAgendapunt(deps, actor, params.poId, params.itemId, body);
      await syncAanschuiversQuietly(deps, actor, params.poId, req.log);
      return item;
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/pos/:poId/agendapunten/:itemId',
    tag: 'Agenda',
    summary: 'Agendapunt verwijderen',
    status: 204,
    response: null,
    params: itemParams,
    handler: async ({ params, actor, reply, req }) => {
      await removeAgendapunt(deps, actor, params.poId, params.itemId);
      await syncAanschuiversQuietly(deps, actor, params.poId, req.log);
      return reply.status(204).send();
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/pos/:poId/agenda/volgorde',
    tag: 'Agenda',
    summary: 'Volgorde van de agenda (alle agendapunten, per sectie)',
    response: poViewResponse,
    params: poParams,
    body: reorderBody,
    handler: async ({ params, body, actor, req }) => {
      await reorderAgenda(deps, actor, params.poId, body.order);
      await syncAanschuiversQuietly(deps, actor, params.poId, req.log);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/agendapunten/:itemId/kwaliteitstoets',
    tag: 'Agenda',
    summary: 'Kwaliteitstoets van de stukken bevestigen (opdrachtnemer)',
    response: poViewResponse,
    params: itemParams,
    handler: async ({ params, actor }) => {
      await confirmKwaliteitstoets(deps, actor, params.poId, params.itemId);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/agenda/controle',
    tag: 'Agenda',
    summary: 'Wat staat vaststellen nog in de weg?',
    response: agendaCheckResponse,
    params: poParams,
    handler: async ({ params, actor }) => agendaCheckFor(deps, actor, params.poId),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/agenda/vaststellen',
    tag: 'Agenda',
    summary: 'Agenda vaststellen; geweigerd met alle problemen per agendapunt',
    response: poViewResponse,
    params: poParams,
    handler: async ({ params, actor }) => {
      await vaststellenAgenda(deps, actor, params.poId);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/agenda/heropenen',
    tag: 'Agenda',
    summary: 'Vastgestelde agenda heropenen om te wijzigen',
    response: poViewResponse,
    params: poParams,
    handler: async ({ params, actor }) => {
      await heropenenAgenda(deps, actor, params.poId);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/pos/:poId/agendapunten/:itemId/kwaliteitstoets/criteria/:criteriumId',
    tag: 'Agenda',
    summary: 'Een criterium van de kwaliteitstoets afvinken, met een notitie (opdrachtnemer)',
    response: poViewResponse,
    params: criteriumParams,
    body: criteriumBody,
    handler: async ({ params, body, actor }) => {
      await tickToetsCriterium(deps, actor, params.poId, params.itemId, params.criteriumId, body);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/agendapunten/:itemId/kwaliteitstoets/overrulen',
    tag: 'Agenda',
    summary: 'Een onvoltooide kwaliteitstoets overrulen, met een reden (portefeuillehouder)',
    response: poViewResponse,
    params: itemParams,
    body: overruleBody,
    handler: async ({ params, body, actor }) => {
      await overruleToets(deps, actor, params.poId, params.itemId, body.reden);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/agenda/voorleggen',
    tag: 'Agenda',
    summary: 'Agenda voorleggen ter vaststelling; de ander (portefeuillehouder of concernadviseur) stelt vast',
    response: poViewResponse,
    params: poParams,
    handler: async ({ params, actor }) => {
      // The result names who must agree: the point for the "agenda ter vaststelling" notification.
      await voorleggenAgenda(deps, actor, params.poId);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/agenda/terugsturen',
    tag: 'Agenda',
    summary: 'Voorgelegde agenda terugsturen, met een opmerking',
    response: poViewResponse,
    params: poParams,
    body: terugsturenBody,
    handler: async ({ params, body, actor }) => {
      await terugsturenAgenda(deps, actor, params.poId, body.opmerking);
      return poViewFor(deps, actor, params.poId);
    },
  });
}
