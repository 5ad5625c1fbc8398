/**
 * `GET /users?$search=...` (needs `ConsistencyLevel: eventual`), `GET /me/joinedTeams`,
 * `GET /teams/{id}/channels` and `GET /groups/{id}/planner/plans`.
 */
import type { FastifyInstance } from 'fastify';
import { SANDBOX_PEOPLE, SANDBOX_TEAMS, searchPeople } from '../directory';
import { badRequest, notFound } from '../errors';
import type { SandboxState } from '../state';

export function directoryRoutes(app: FastifyInstance, state: SandboxState): void {
  app.get<{ Querystring: { $search?: string; $top?: string } }>('/v1.0/users', async (request) => {
    const search = request.query.$search;
    let people = SANDBOX_PEOPLE;
    if (search !== undefined) {
      if (String(request.headers.consistencylevel ?? '').toLowerCase() !== 'eventual') {
        throw badRequest("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
      }
      people = searchPeople(search);
    }
    const top = Math.min(Number(request.query.$top ?? 100) || 100, 999);
    const value = [...people].sort((a, b) => a.displayName.localeCompare(b.displayName)).slice(0, top);
    return { '@odata.context': `${state.baseUrl}/v1.0/$metadata#users`, '@odata.count': people.length, value };
  });

  app.get('/v1.0/me/joinedTeams', async () => ({
    '@odata.context': `${state.baseUrl}/v1.0/$metadata#teams`,
    value: SANDBOX_TEAMS.map((t) => ({ id: t.id, displayName: t.displayName })),
  }));

  app.get<{ Params: { teamId: string } }>('/v1.0/teams/:teamId/channels', async (request) => {
    const team = SANDBOX_TEAMS.find((t) => t.id === request.params.teamId);
    if (!team) throw notFound(`No team found with Group Id ${request.params.teamId}`);
    return { '@odata.context': `${state.baseUrl}/v1.0/$metadata#teams('${team.id}')/channels`, value: team.channels };
  });

  app.get<{ Params: { groupId: string } }>('/v1.0/groups/:groupId/planner/plans', async (request) => {
    const team = SANDBOX_TEAMS.find((t) => t.id === request.params.groupId);
    if (!team)
      throw notFound(
        `Resource '${request.params.groupId}' does not exist or one of its queried reference-property objects are not present.`,
        'Request_ResourceNotFound',
      );
    return { '@odata.context': `${state.baseUrl}/v1.0/$metadata#planner/plans`, value: team.plans.map((p) => ({ ...p, owner: team.id })) };
  });
}
