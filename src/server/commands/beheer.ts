/**
 * Beheer: configuring the organisation (college, agenda and schedule, holidays, verslag channel,
 * role mappings) and its users and roles. Only a beheerder; each change is one transaction with
 * its audit entry (before and after).
 */
import type { Holiday, HolidaySettings, OrganisationConfig, Role, User } from '../../domain';
import { assertValidOrganisation, DEFAULT_HOLIDAYS, holidayOn, holidaysIn, mayAdminister, nationalHolidays, newOrganisation } from '../../domain';
import type { DirectoryPerson, TeamRef } from '../../shared/contract/views';
import { fail } from '../../shared/errors';
import type { Deps } from '../deps';
import { joinedTeams, searchUsers, teamChannels, teamPlans } from '../graph';
import type { Actor } from '../http/route';
import { appendAudit } from '../store/audit';
import type { TxSql } from '../store/db';
import {
  countUsersWithRole,
  findUser,
  findUserByEntraId,
  listUsers,
  loadOrganisation,
  lockOrganisation,
  ORGANISATION_ID,
  portefeuillehoudersWithPos,
  saveOrganisation,
  setUserRoles,
  upsertUser,
} from '../store/directory';
import { requireRight } from './context';

export const requireBeheerder = (actor: Actor): void => requireRight(mayAdminister(actor.user), 'de organisatie te beheren: dat doet de beheerder');

/** The configuration as Beheer shows it: the stored one, or the starting point before the first change. */
export async function organisationForBeheer(deps: Deps, actor: Actor): Promise<{ configured: boolean; config: OrganisationConfig; users: User[] }> {
  requireBeheerder(actor);
  const stored = await loadOrganisation(deps.db);
  return { configured: stored !== null, config: stored ?? newOrganisation(), users: await listUsers(deps.db) };
}

/** The holidays of a year, national and the organisation's own, and whether each counts. */
export async function holidaysOfYear(
  deps: Deps,
  actor: Actor,
  year: number,
): Promise<{ year: number; settings: HolidaySettings; items: (Holiday & { national: boolean; counts: boolean })[] }> {
  requireBeheerder(actor);
  const settings = (await loadOrganisation(deps.db))?.holidays ?? DEFAULT_HOLIDAYS;
  const national = nationalHolidays(year).map((h) => ({ ...h, national: true, counts: holidayOn(h.date, settings) !== null }));
  const own = holidaysIn(year, { ...settings, national: false }).map((h) => ({ ...h, national: false, counts: true }));
  return { year, settings, items: [...national, ...own].sort((a, b) => a.date.localeCompare(b.date)) };
}

/** Every user with their roles. */
export async function usersForBeheer(deps: Deps, actor: Actor): Promise<User[]> {
  requireBeheerder(actor);
  return listUsers(deps.db);
}

/** People in Microsoft Entra (the people picker), each with their user id here when they have one. */
export async function searchPeople(deps: Deps, actor: Actor, text: string): Promise<(DirectoryPerson & { userId: string | null })[]> {
  requireBeheerder(actor);
  const [people, users] = await Promise.all([searchUsers(deps.graph.clientFor(actor), text), listUsers(deps.db)]);
  const byEntra = new Map(users.filter((u): u is User & { entraId: string } => u.entraId !== null).map((u) => [u.entraId, u]));
  return people.map((p) => ({ ...p, userId: byEntra.get(p.entraId)?.id ?? null }));
}

/** The teams the beheerder is in; a team's channels; a team's Planner plans (Graph, as the beheerder). */
export async function teamsOfBeheerder(deps: Deps, actor: Actor): Promise<TeamRef[]> {
  requireBeheerder(actor);
  return joinedTeams(deps.graph.clientFor(actor));
}
export async function channelsOfTeam(deps: Deps, actor: Actor, teamId: string): Promise<TeamRef[]> {
  requireBeheerder(actor);
  return teamChannels(deps.graph.clientFor(actor), teamId);
}
export async function plansOfTeam(deps: Deps, actor: Actor, teamId: string): Promise<TeamRef[]> {
  requireBeheerder(actor);
  return teamPlans(deps.graph.clientFor(actor), teamId);
}

export type OrganisationPart = Partial<Omit<OrganisationConfig, 'purposes'>>;

/**
 * Changes part of the configuration: the organisation row is locked, the part merged, the whole
 * checked (`assertValidOrganisation`), saved and audited as `action` with the part before and after.
 */
export async function changeOrganisation(deps: Deps, actor: Actor, action: string, part: OrganisationPart): Promise<OrganisationConfig> {
  requireBeheerder(actor);
  return deps.db.tx(async (sql) => {
    const before = (await lockOrganisation(sql)) ?? newOrganisation();
    const next: OrganisationConfig = { ...before, ...part };
    const users = await listUsers(sql);
    assertValidOrganisation(next, new Set(users.map((u) => u.id)));
    if (part.portefeuillehouders) await assertKeepsPhsWithPos(sql, next);
    await saveOrganisation(sql, next);
    const keys = Object.keys(part) as (keyof OrganisationConfig)[];
    await audit(sql, actor, action, 'organisatie', ORGANISATION_ID, pick(before, keys), pick(next, keys));
    return next;
  });
}

/** A portefeuillehouder with POs stays in the college: the POs name them. */
async function assertKeepsPhsWithPos(sql: TxSql, next: OrganisationConfig): Promise<void> {
  const kept = new Set(next.portefeuillehouders.map((p) => p.id));
  const missing = (await portefeuillehoudersWithPos(sql)).filter((id) => !kept.has(id));
  if (missing.length > 0) {
    fail('invalid_state', `Portefeuillehouder "${missing[0]}" heeft PO's en kan niet uit het college worden verwijderd.`, [
      { code: 'has_pos', path: 'body.portefeuillehouders', message: `"${missing.join('", "')}" heeft PO's; wijzig de gegevens in plaats van te verwijderen.` },
    ]);
  }
}

export interface NewUserInput {
  entraId: string;
  name: string;
  email: string;
  functie?: string;
  roles: Role[];
}

/** A person picked from the directory becomes a user (or, already known, keeps their id and gets these roles). */
export async function addUser(deps: Deps, actor: Actor, input: NewUserInput): Promise<User> {
  requireBeheerder(actor);
  return deps.db.tx(async (sql) => {
    const known = await findUserByEntraId(sql, input.entraId);
    const user: User = {
      id: known?.id ?? `entra-${input.entraId}`,
      name: input.name,
      email: input.email,
      functie: input.functie ?? known?.functie ?? '',
      roles: normalRoles(input.roles),
      entraId: input.entraId,
    };
    await upsertUser(sql, user);
    await audit(sql, actor, known ? 'beheer.gebruiker.wijzigen' : 'beheer.gebruiker.toevoegen', 'gebruiker', user.id, known ?? undefined, user);
    return user;
  });
}

export async function changeRoles(deps: Deps, actor: Actor, userId: string, roles: Role[]): Promise<User> {
  requireBeheerder(actor);
  return deps.db.tx(async (sql) => {
    const user = (await findUser(sql, userId)) ?? fail('not_found', `Gebruiker ${userId} bestaat niet.`);
    const next = normalRoles(roles);
    if (user.roles.includes('beheerder') && !next.includes('beheerder') && (await countUsersWithRole(sql, 'beheerder')) <= 1) {
      fail('invalid_state', 'Er moet ten minste één beheerder blijven.', [
        { code: 'last_beheerder', path: 'body.roles', message: 'Wijs eerst een andere beheerder aan.' },
      ]);
    }
    await setUserRoles(sql, userId, next);
    await audit(sql, actor, 'beheer.rollen.wijzigen', 'gebruiker', userId, { roles: user.roles }, { roles: next });
    return { ...user, roles: next };
  });
}

/** Unique roles; without any role a person is medewerker, and medewerker alone is no extra role. */
function normalRoles(roles: Role[]): Role[] {
  const unique = [...new Set(roles)];
  const real = unique.filter((r) => r !== 'medewerker');
  return real.length > 0 ? real : ['medewerker'];
}

const pick = (config: OrganisationConfig, keys: (keyof OrganisationConfig)[]): Partial<OrganisationConfig> =>
  Object.fromEntries(keys.map((k) => [k, config[k] ?? null]));

async function audit(sql: TxSql, actor: Actor, action: string, objectType: string, objectId: string, before: unknown, after: unknown): Promise<void> {
  await appendAudit(sql, {
    actor: { id: actor.user.id, name: actor.user.name },
    action,
    objectType,
    objectId,
    poId: null,
    result: 'geslaagd',
    origin: actor.origin,
    before,
    after,
  });
}
