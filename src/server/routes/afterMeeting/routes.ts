/** After (and during) the meeting: ending it with the afhandeling of items not discussed, reopening, attendance, aangehouden items. */
import type { FastifyInstance } from 'fastify';
import { takeOverAangehouden } from '../../commands/aangehouden';
import { setAttendance } from '../../commands/attendance';
import { endPo, reopenPo } from '../../commands/meeting';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { aangehoudenFor, attendanceFor, poViewFor } from '../../read';
import { poParams } from '../../../shared/contract/common';
import { poViewResponse } from '../../../shared/contract/models';
import { aangehoudenParams, aangehoudenResponse, attendanceBody, attendanceViewResponse, endBody } from '../../../shared/contract/afterMeeting';

/** `presentIds`: who is connected to the PO's live channel now (live/hub.ts). */
export function registerAfterMeetingRoutes(app: FastifyInstance, deps: Deps, presentIds: (poId: string) => string[]): void {
  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/vergadering/beeindigen',
    tag: 'Vergadering',
    summary: 'Vergadering beëindigen; per niet besproken agendapunt: niet besproken (standaard) of aangehouden',
    response: poViewResponse,
    params: poParams,
    body: endBody,
    handler: async ({ params, body, actor }) => {
      await endPo(deps, actor, params.poId, body.afhandeling ?? {});
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/vergadering/heropenen',
    tag: 'Vergadering',
    summary: 'Afgesloten vergadering heropenen (notulist, concernadviseur; niet meer na publicatie)',
    response: poViewResponse,
    params: poParams,
    handler: async ({ params, actor }) => {
      await reopenPo(deps, actor, params.poId);
      return poViewFor(deps, actor, params.poId);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/aanwezigheid',
    tag: 'Vergadering',
    summary: 'Aanwezigheid zoals vastgelegd, en een voorstel uit de genodigden en wie nu verbonden is',
    response: attendanceViewResponse,
    params: poParams,
    handler: async ({ params, actor }) => attendanceFor(deps, actor, params.poId, presentIds(params.poId)),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/pos/:poId/aanwezigheid',
    tag: 'Vergadering',
    summary: 'Aanwezigheid vastleggen: aanwezig, afgemeld, aangeschoven per agendapunt (tot publicatie)',
    response: attendanceViewResponse,
    params: poParams,
    body: attendanceBody,
    handler: async ({ params, body, actor }) => {
      await setAttendance(deps, actor, params.poId, body);
      return attendanceFor(deps, actor, params.poId, presentIds(params.poId));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/aangehouden',
    tag: 'Agenda',
    summary: 'Agendapunten die een eerder PO van deze portefeuillehouder aanhield, voor deze conceptagenda',
    response: aangehoudenResponse,
    params: poParams,
    handler: async ({ params, actor }) => ({ items: await aangehoudenFor(deps, actor, params.poId) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/aangehouden/:itemId',
    tag: 'Agenda',
    summary: 'Een aangehouden agendapunt op deze agenda zetten (eenmaal)',
    response: poViewResponse,
    status: 201,
    params: aangehoudenParams,
    handler: async ({ params, actor, reply }) => {
      await takeOverAangehouden(deps, actor, params.poId, params.itemId);
      return reply.status(201).send(await poViewFor(deps, actor, params.poId));
    },
  });
}
