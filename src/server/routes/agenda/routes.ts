/** /api/pos/:poId/agenda...: agendapunten, order, kwaliteitstoets, vaststellen, heropenen. */
import type { FastifyInstance } from 'fastify';
import { checkAgenda } from '../../../domain';
import { fail } from '../../../shared/errors';
import { LIMITS } from '../../../shared/limits';
import { addAgendapunt, confirmKwaliteitstoets, editAgendapunt, heropenenAgenda, reorderAgenda, removeAgendapunt, vaststellenAgenda } from '../../commands/agenda';
import { readPo, requireRight } from '../../commands/context';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { poParams } from '../common';
import { poView } from '../respond';
import { addItemBody, editItemBody, itemParams, reorderBody } from './schema';

export function registerAgendaRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'POST', url: '/api/pos/:poId/agendapunten', tag: 'Agenda', summary: 'Agendapunt toevoegen', status: 201,
    params: poParams, body: addItemBody,
    handler: async ({ params, body, actor }) => {
      const { po } = await readPo(deps, actor, params.poId);
      if (po.agendapunten.length >= LIMITS.agendapuntenPerPo) fail('validation', `Een agenda heeft ten hoogste ${LIMITS.agendapuntenPerPo} agendapunten.`);
      return addAgendapunt(deps, actor, params.poId, body);
    },
  });

  defineRoute(app, {
    method: 'PATCH', url: '/api/pos/:poId/agendapunten/:itemId', tag: 'Agenda', summary: 'Agendapunt wijzigen (doel, opdrachtnemer, stukken, ...)',
    params: itemParams, body: editItemBody,
    handler: async ({ params, body, actor }) => editAgendapunt(deps, actor, params.poId, params.itemId, body),
  });

  defineRoute(app, {
    method: 'DELETE', url: '/api/pos/:poId/agendapunten/:itemId', tag: 'Agenda', summary: 'Agendapunt verwijderen', status: 204,
    params: itemParams,
    handler: async ({ params, actor, reply }) => {
      await removeAgendapunt(deps, actor, params.poId, params.itemId);
      return reply.status(204).send();
    },
  });

  defineRoute(app, {
    method: 'PUT', url: '/api/pos/:poId/agenda/volgorde', tag: 'Agenda', summary: 'Volgorde van de agenda (alle agendapunten, per sectie)',
    params: poParams, body: reorderBody,
    handler: async ({ params, body, actor }) => {
      await reorderAgenda(deps, actor, params.poId, body.order);
      return poView(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'POST', url: '/api/pos/:poId/agendapunten/:itemId/kwaliteitstoets', tag: 'Agenda', summary: 'Kwaliteitstoets van de stukken bevestigen (opdrachtnemer)',
    params: itemParams,
    handler: async ({ params, actor }) => {
      await confirmKwaliteitstoets(deps, actor, params.poId, params.itemId);
      return poView(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'GET', url: '/api/pos/:poId/agenda/controle', tag: 'Agenda', summary: 'Wat staat vaststellen nog in de weg?',
    params: poParams,
    handler: async ({ params, actor }) => {
      const { po, rights } = await readPo(deps, actor, params.poId);
      requireRight(rights.read, 'dit PO te lezen');
      return checkAgenda(po);
    },
  });

  defineRoute(app, {
    method: 'POST', url: '/api/pos/:poId/agenda/vaststellen', tag: 'Agenda', summary: 'Agenda vaststellen; geweigerd met alle problemen per agendapunt',
    params: poParams,
    handler: async ({ params, actor }) => {
      await vaststellenAgenda(deps, actor, params.poId);
      return poView(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'POST', url: '/api/pos/:poId/agenda/heropenen', tag: 'Agenda', summary: 'Vastgestelde agenda heropenen om te wijzigen',
    params: poParams,
    handler: async ({ params, actor }) => {
      await heropenenAgenda(deps, actor, params.poId);
      return poView(deps, actor, params.poId);
    },
  });
}
