/** The raad's register (moties, toezeggingen), its CSV import, the raad part of a PO's standing item, and the reminder settings. */
import type { FastifyInstance } from 'fastify';
import { changeRaadsItem, createRaadsItem, importRaadsCsv } from '../../commands/raadsregister';
import { changeReminderSettings, reminderSettingsFor } from '../../commands/reminders';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { presentRaadsItems, raadsItemDetail, raadsregister, raadsStanding } from '../../read/raadsregister';
import { poParams } from '../../../shared/contract/common';
import {
  raadsImportBody,
  raadsImportResponse,
  raadsItemBody,
  raadsItemDetailResponse,
  raadsItemPatch,
  raadsItemResponse,
  raadsPageResponse,
  raadsParams,
  raadsQuery,
  raadsStandingResponse,
  reminderSettingsBody,
  reminderSettingsResponse,
} from '../../../shared/contract/raadsregister';

export function registerRaadsregisterRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/raadsregister',
    tag: 'Raadsregister',
    summary: 'Moties en toezeggingen van de raad, vroegste deadline eerst',
    response: raadsPageResponse,
    query: raadsQuery,
    handler: async ({ query, actor }) => raadsregister(deps, actor, query),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/raadsregister',
    tag: 'Raadsregister',
    status: 201,
    summary: 'Motie of toezegging toevoegen (concernadviseur)',
    response: raadsItemResponse,
    body: raadsItemBody,
    handler: async ({ body, actor }) => (await presentRaadsItems(deps, [await createRaadsItem(deps, actor, body)]))[0],
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/raadsregister/import',
    tag: 'Raadsregister',
    summary: 'Lijst van de griffie inlezen (CSV): voorbeeld of alles-of-niets',
    response: raadsImportResponse,
    body: raadsImportBody,
    handler: async ({ body, actor }) => importRaadsCsv(deps, actor, body.csv, body.preview ?? false),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/raadsregister/:raadsItemId',
    tag: 'Raadsregister',
    summary: 'Motie of toezegging met de PO-besprekingen die ernaar verwijzen',
    response: raadsItemDetailResponse,
    params: raadsParams,
    handler: async ({ params, actor }) => raadsItemDetail(deps, actor, params.raadsItemId),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/raadsregister/:raadsItemId',
    tag: 'Raadsregister',
    summary: 'Motie of toezegging wijzigen, ook de status (concernadviseur)',
    response: raadsItemResponse,
    params: raadsParams,
    body: raadsItemPatch,
    handler: async ({ params, body, actor }) => (await presentRaadsItems(deps, [await changeRaadsItem(deps, actor, params.raadsItemId, body)]))[0],
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/raadsregister',
    tag: 'Raadsregister',
    summary: 'Vast agendapunt: moties en toezeggingen van deze portefeuillehouder over de deadline of binnen twee weken',
    response: raadsStandingResponse,
    params: poParams,
    handler: async ({ params, actor }) => raadsStanding(deps, actor, params.poId),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/beheer/herinneringen',
    tag: 'Beheer',
    summary: 'Herinneringen en weekoverzicht: wanneer ze verstuurd worden',
    response: reminderSettingsResponse,
    handler: async ({ actor }) => reminderSettingsFor(deps, actor),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/beheer/herinneringen',
    tag: 'Beheer',
    summary: 'Herinneringen en weekoverzicht instellen',
    response: reminderSettingsResponse,
    body: reminderSettingsBody,
    handler: async ({ body, actor }) => changeReminderSettings(deps, actor, body),
  });
}
