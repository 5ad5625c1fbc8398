/**
 * The directory and the user's teams, for the Beheer screen: people search (`GET /users?$search`,
 * an advanced query that needs `ConsistencyLevel: eventual`), `GET /me/joinedTeams` and
 * `GET /teams/{id}/channels`, and a team's Planner plans (`GET /groups/{id}/planner/plans`: a team is a
 * Microsoft 365 group). Answers are checked for what the app needs, and shaped into its own types.
 */
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { GraphClient } from './client';
import { GraphFailure } from './errors';
import type { DirectoryPerson, TeamRef } from '../../shared/contract/views';

export type { DirectoryPerson, TeamRef };

const personSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  jobTitle: z.string().nullish(),
});
const listOf = <T extends z.ZodType>(item: T) => z.object({ value: z.array(item) });
const namedSchema = z.object({ id: z.string().min(1), displayName: z.string().nullish() });

export const MAX_SEARCH_RESULTS = 25;

/** `$search` terms are quoted: quotes and backslashes in what the user typed are dropped. */
const term = (text: string): string => text.replace(/["\\]/g, ' ').trim();

/** People whose name or mail address contains `text` (Graph's tokenized search), at most 25. */
export async function searchUsers(client: GraphClient, text: string): Promise<DirectoryPerson[]> {
  const q = term(text);
  if (!q) return [];
  const search = encodeURIComponent(`"displayName:${q}" OR "mail:${q}"`);
  const path = `/users?$search=${search}&$select=id,displayName,mail,userPrincipalName,jobTitle&$orderby=displayName&$top=${MAX_SEARCH_RESULTS}&$count=true`;
  const answer = listOf(personSchema).parse(await client.get(path, { ConsistencyLevel: 'eventual' }));
  return answer.value.map((p) => ({
    entraId: p.id,
    name: p.displayName ?? p.userPrincipalName ?? p.id,
    email: p.mail ?? p.userPrincipalName ?? '',
    functie: p.jobTitle ?? '',
  }));
}

/** The teams the signed-in user is a member of. */
export async function joinedTeams(client: GraphClient): Promise<TeamRef[]> {
  const answer = listOf(namedSchema).parse(await client.get('/me/joinedTeams?$select=id,displayName'));
  return answer.value.map((t) => ({ id: t.id, name: t.displayName ?? t.id }));
}

/** A team Graph does not know (404) is the app's not_found, naming the team; other failures stay Graph's. */
async function ofTeam<T>(teamId: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof GraphFailure && err.graph.status === 404) throw new AppError('not_found', `Team ${teamId} bestaat niet of u bent er geen lid van.`);
    throw err;
  }
}

export async function teamChannels(client: GraphClient, teamId: string): Promise<TeamRef[]> {
  const answer = listOf(namedSchema).parse(await ofTeam(teamId, () => client.get(`/teams/${encodeURIComponent(teamId)}/channels?$select=id,displayName`)));
  return answer.value.map((c) => ({ id: c.id, name: c.displayName ?? c.id }));
}

const planSchema = z.object({ id: z.string().min(1), title: z.string().nullish() });

/** The Planner plans of a team (its Microsoft 365 group). */
export async function teamPlans(client: GraphClient, teamId: string): Promise<TeamRef[]> {
  const answer = listOf(planSchema).parse(await ofTeam(teamId, () => client.get(`/groups/${encodeURIComponent(teamId)}/planner/plans?$select=id,title`)));
  return answer.value.map((p) => ({ id: p.id, name: p.title ?? p.id }));
}
