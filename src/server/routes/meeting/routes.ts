/** The meeting: start, end, current item, records and bespreking. */
import type { FastifyInstance } from 'fastify';
import { addRecord, editRecord, removeRecord, setBespreking, setCurrentItem, startPo } from '../../commands/meeting';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { poViewFor } from '../../read';
import { addRecordBody, besprekingBody, currentBody, currentResponse, editRecordBody, itemParams, recordParams } from '../../../shared/contract/meeting';
import { poParams } from '../../../shared/contract/common';
import { poViewResponse, recordResponse } from '../../../shared/contract/models';

export function registerMeetingRoutes(app: FastifyInstance, deps: Deps): void {
  for (const [path, summary, run] of [['starten', 'Vergadering starten (agenda moet vastgesteld zijn)', startPo]] as const) {
    defineRoute(app, {
      method: 'POST',
      url: `/api/pos/:poId/vergadering/${path}`,
      tag: 'Vergadering',
      summary,
      response: poViewResponse,
      params: poParams,
      handler: async ({ params, actor }) => {
        await run(deps, actor, params.poId);
        return poViewFor(deps, actor, params.poId);
      },
    });
  }

  defineRoute(app, {
    method: 'PUT',
    url: '/api/pos/:poId/vergadering/huidig-agendapunt',
    tag: 'Vergadering',
    summary: 'Het agendapunt dat nu besproken wordt',
    response: currentResponse,
    params: poParams,
    body: currentBody,
    handler: async ({ params, body, actor }) => {
      await setCurrentItem(deps, actor, params.poId, body.agendapuntId);
      return { currentAgendapuntId: body.agendapuntId };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/vastleggingen',
    tag: 'Vergadering',
    response: recordResponse,
    summary: 'Besluitpunt, actiepunt, toezegging of motie vastleggen (idempotent op id)',
    status: 201,
    params: poParams,
    body: addRecordBody,
    handler: async ({ params, body, actor, reply }) => {
      const { id, ...input } = body;
      const { record, created } = await addRecord(deps, actor, params.poId, id, input);
      reply.status(created ? 201 : 200);
      return reply.send(record);
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/pos/:poId/vastleggingen/:recordId',
    tag: 'Vergadering',
    summary: 'Vastlegging wijzigen (per veld: de laatste wint)',
    response: recordResponse,
    params: recordParams,
    body: editRecordBody,
    handler: async ({ params, body, actor }) => editRecord(deps, actor, params.poId, params.recordId, body),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/pos/:poId/vastleggingen/:recordId',
    tag: 'Vergadering',
    summary: 'Vastlegging verwijderen',
    status: 204,
    response: null,
    params: recordParams,
    handler: async ({ params, actor, reply }) => {
      await removeRecord(deps, actor, params.poId, params.recordId);
      return reply.status(204).send();
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/pos/:poId/agendapunten/:itemId/bespreking',
    tag: 'Vergadering',
    summary: 'Bespreking (notities) bij een agendapunt',
    response: poViewResponse,
    params: itemParams,
    body: besprekingBody,
    handler: async ({ params, body, actor }) => {
      await setBespreking(deps, actor, params.poId, params.itemId, body.bespreking);
      return poViewFor(deps, actor, params.poId);
    },
  });
}
