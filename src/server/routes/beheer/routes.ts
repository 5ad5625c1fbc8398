/** /api/beheer: configuring the organisation and its users (beheerder only; every change audited). */
import type { FastifyInstance } from 'fastify';
import {
  addUser,
  changeOrganisation,
  changeRoles,
  channelsOfTeam,
  holidaysOfYear,
  organisationForBeheer,
  plansOfTeam,
  searchPeople,
  teamsOfBeheerder,
  usersForBeheer,
} from '../../commands/beheer';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import {
  channelBody,
  collegeBody,
  holidaysBody,
  newUserBody,
  roleMappingsBody,
  rolesBody,
  searchQuery,
  settingsBody,
  teamParams,
  userParams,
  vaststellingBody,
  yearQuery,
} from '../../../shared/contract/beheer';
import { listOf, organisationResponse, userResponse } from '../../../shared/contract/models';
import { beheerResponse, directoryResponse, holidaysResponse, teamsResponse } from '../../../shared/contract/beheer';

const TAG = 'Beheer';

export function registerBeheerRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/beheer/organisatie',
    tag: TAG,
    summary: 'De inrichting van de organisatie en de gebruikers (beheerder)',
    response: beheerResponse,
    handler: async ({ actor }) => organisationForBeheer(deps, actor),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/beheer/college',
    tag: TAG,
    summary: "Het college: portefeuillehouders, portefeuilles en raadsthema's",
    response: organisationResponse,
    body: collegeBody,
    handler: async ({ body, actor }) => changeOrganisation(deps, actor, 'beheer.college', body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/beheer/instellingen',
    tag: TAG,
    summary: 'Naam, agendasecties en -sjablonen, dag en tijd van het PO, stukkendeadline',
    response: organisationResponse,
    body: settingsBody,
    handler: async ({ body, actor }) => changeOrganisation(deps, actor, 'beheer.instellingen', body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/beheer/vaststelling',
    tag: TAG,
    summary: 'Vaststellen door beiden (portefeuillehouder en concernadviseur) en de criteria van de kwaliteitstoets',
    response: organisationResponse,
    body: vaststellingBody,
    handler: async ({ body, actor }) => changeOrganisation(deps, actor, 'beheer.vaststelling', body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/beheer/feestdagen',
    tag: TAG,
    summary: 'Feestdagen: de nationale aan of uit, eigen vrije dagen, uitgezonderde dagen',
    response: organisationResponse,
    body: holidaysBody,
    handler: async ({ body, actor }) => changeOrganisation(deps, actor, 'beheer.feestdagen', { holidays: body }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/beheer/feestdagen',
    tag: TAG,
    summary: 'De feestdagen van een jaar: nationaal en eigen, en of ze gelden',
    response: holidaysResponse,
    query: yearQuery,
    handler: async ({ query, actor }) => holidaysOfYear(deps, actor, query.jaar ?? Number(deps.now().toISOString().slice(0, 4))),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/beheer/kanaal',
    tag: TAG,
    summary: 'Het Teams-kanaal voor de verslagen en het Planner-plan',
    response: organisationResponse,
    body: channelBody,
    handler: async ({ body, actor }) => changeOrganisation(deps, actor, 'beheer.kanaal', body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/beheer/rolkoppelingen',
    tag: TAG,
    summary: 'Entra-beveiligingsgroepen en app-rollen die bij aanmelden een rol geven',
    response: organisationResponse,
    body: roleMappingsBody,
    handler: async ({ body, actor }) => changeOrganisation(deps, actor, 'beheer.rolkoppelingen', body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/beheer/gebruikers',
    tag: TAG,
    summary: 'Alle gebruikers met hun rollen',
    response: listOf(userResponse),
    handler: async ({ actor }) => ({ items: await usersForBeheer(deps, actor) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/beheer/gebruikers',
    tag: TAG,
    status: 201,
    summary: 'Een persoon uit de directory toevoegen als gebruiker, met rollen',
    response: userResponse,
    body: newUserBody,
    handler: async ({ body, actor }) => addUser(deps, actor, body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/beheer/gebruikers/:userId/rollen',
    tag: TAG,
    summary: 'De rollen van een gebruiker',
    response: userResponse,
    params: userParams,
    body: rolesBody,
    handler: async ({ params, body, actor }) => changeRoles(deps, actor, params.userId, body.roles),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/beheer/directory',
    tag: TAG,
    summary: 'Personen zoeken in Microsoft Entra (mensenkiezer)',
    response: directoryResponse,
    query: searchQuery,
    handler: async ({ query, actor }) => ({ items: await searchPeople(deps, actor, query.zoek) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/beheer/teams',
    tag: TAG,
    summary: 'De teams waarvan u lid bent (voor het verslagkanaal)',
    response: teamsResponse,
    handler: async ({ actor }) => ({ items: await teamsOfBeheerder(deps, actor) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/beheer/teams/:teamId/kanalen',
    tag: TAG,
    summary: 'De kanalen van een team',
    response: teamsResponse,
    params: teamParams,
    handler: async ({ params, actor }) => ({ items: await channelsOfTeam(deps, actor, params.teamId) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/beheer/teams/:teamId/plannen',
    tag: TAG,
    summary: 'De Planner-plannen van een team (voor de actiepunten)',
    response: teamsResponse,
    params: teamParams,
    handler: async ({ params, actor }) => ({ items: await plansOfTeam(deps, actor, params.teamId) }),
  });
}
