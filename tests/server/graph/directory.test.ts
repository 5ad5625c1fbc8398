/** People search and the user's teams through the Graph module, against the sandbox over real HTTP. */
import { joinedTeams, searchUsers, teamChannels, teamPlans } from '../../../src/server/graph';
import { SANDBOX_TOKEN, sandboxClient, useSandbox } from './helpers';

const sandbox = useSandbox();

describe('searchUsers: GET /users?$search with ConsistencyLevel: eventual', () => {
  it('finds people by part of their name, shaped as the app needs them', async () => {
    const found = await searchUsers(sandboxClient(sandbox()), 'lotte');
    expect(found.map((p) => p.name)).toEqual(['Lotte de Boer', 'Lotte Jacobs']);
    expect(found[0]).toEqual({
      entraId: expect.stringMatching(/^5a000000-/),
      name: 'Lotte de Boer',
      email: 'lotte.de.boer@gemeente.example',
      functie: 'Wethouder',
    });
    const log = sandbox().state.requests.filter((r) => r.path === '/v1.0/users');
    expect(log).toHaveLength(1);
  });

  it('finds by mail address, and nothing for an empty or unknown term', async () => {
    const client = sandboxClient(sandbox());
    expect((await searchUsers(client, 'hamid.yilmaz@')).map((p) => p.name)).toEqual(['Hamid Yilmaz']);
    expect(await searchUsers(client, 'zzz-niemand')).toEqual([]);
    expect(await searchUsers(client, '  "" ')).toEqual([]);
  });

  it('the sandbox refuses $search without the ConsistencyLevel header, as Graph does', async () => {
    const res = await fetch(`${sandbox().graphBaseUrl}/users?$search=${encodeURIComponent('"displayName:lotte"')}`, {
      headers: { authorization: `Bearer ${SANDBOX_TOKEN}` },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/ConsistencyLevel: eventual/);
  });
});

describe('joinedTeams, teamChannels and teamPlans', () => {
  it('lists the teams of the user and the channels of one team', async () => {
    const client = sandboxClient(sandbox());
    const teams = await joinedTeams(client);
    expect(teams).toContainEqual({ id: 'team-po-overleg', name: 'PO-overleg' });
    expect(await teamChannels(client, 'team-po-overleg')).toEqual([
      { id: 'channel-verslagen', name: 'Verslagen' },
      { id: 'channel-algemeen', name: 'Algemeen' },
    ]);
  });

  it('lists the Planner plans of a team (its Microsoft 365 group)', async () => {
    expect(await teamPlans(sandboxClient(sandbox()), 'team-po-overleg')).toEqual([{ id: 'plan-po-actiepunten', name: 'PO-actiepunten' }]);
  });

  it('an unknown team is a not-found error', async () => {
    await expect(teamChannels(sandboxClient(sandbox()), 'team-bestaat-niet')).rejects.toMatchObject({ id: 'not_found' });
    await expect(teamPlans(sandboxClient(sandbox()), 'team-bestaat-niet')).rejects.toMatchObject({
      id: 'not_found',
      message: expect.stringMatching(/team-bestaat-niet/),
    });
  });
});
