/** Beheer: the organisation's configuration as the API accepts it (zod; messages in Dutch, naming the field). */
import { z } from 'zod';
import { ROLES } from '../../domain';
import { calendarDate, shortText, userId } from './common';
import { holidayResponse, holidaySettingsResponse, listOf, organisationResponse, userResponse } from './models';
import type { DirectoryPerson, TeamRef } from './views';

const name = z.string().trim().min(1, 'mag niet leeg zijn').max(200, 'ten hoogste 200 tekens');
const code = z
  .string()
  .trim()
  .min(1, 'mag niet leeg zijn')
  .max(50, 'ten hoogste 50 tekens')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'alleen kleine letters, cijfers en streepjes');
const weekday = z
  .number({ message: 'moet een weekdag zijn (1 = maandag ... 7 = zondag)' })
  .int()
  .min(1, 'moet 1 (maandag) tot en met 7 (zondag) zijn')
  .max(7, 'moet 1 (maandag) tot en met 7 (zondag) zijn');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'moet een tijd zijn als UU:MM');
const sections = z.array(name).min(1, 'geef ten minste één sectie').max(20, 'ten hoogste 20 secties');
export const role = z.enum(ROLES, { message: `moet een van deze rollen zijn: ${ROLES.join(', ')}` });

export const portefeuillehouder = z
  .object({
    id: code,
    name,
    userId: userId.nullable(),
    titel: z.enum(['burgemeester', 'wethouder'], { message: 'moet burgemeester of wethouder zijn' }),
    portefeuilles: z.array(z.object({ domein: name, onderwerpen: z.array(name).max(50) }).strict()).max(30),
    raadsthemas: z.array(name).max(50),
  })
  .strict();

export const collegeBody = z
  .object({
    portefeuillehouders: z.array(portefeuillehouder).max(20, 'ten hoogste 20 collegeleden'),
  })
  .strict();

export const settingsBody = z
  .object({
    name: name.optional(),
    agendaSections: sections.optional(),
    agendaTemplates: z.record(code, sections).optional(),
    poWeekday: weekday.optional(),
    poTime: time.optional(),
    stukkenDeadline: z.object({ weekday, time }).strict().optional(),
    collegeWeekday: weekday.optional(),
    verslagApprovalRequired: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'geef ten minste één veld om te wijzigen');

/** Vaststelling and kwaliteitstoets: both must agree (default), and the checklist of the toets. */
export const vaststellingBody = z
  .object({
    vaststellingDoorBeiden: z.boolean().optional(),
    kwaliteitstoetsCriteria: z
      .array(z.object({ id: code, label: name }).strict())
      .max(30, 'ten hoogste 30 criteria')
      .optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'geef ten minste één veld om te wijzigen');

export const holidaysBody = z
  .object({
    national: z.boolean(),
    extra: z.array(z.object({ date: calendarDate, name }).strict()).max(100),
    excluded: z.array(calendarDate).max(100),
  })
  .strict();

export const channelBody = z
  .object({
    verslagChannel: z
      .object({ teamId: shortText.min(1), channelId: shortText.min(1), teamName: name, channelName: name })
      .strict()
      .nullable()
      .optional(),
    plannerPlanId: shortText.min(1).nullable().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'geef ten minste één veld om te wijzigen');

export const roleMappingsBody = z
  .object({
    roleMappings: z
      .array(z.object({ kind: z.enum(['group', 'appRole'], { message: 'moet group of appRole zijn' }), value: shortText.min(1), role }).strict())
      .max(100),
  })
  .strict();

export const newUserBody = z
  .object({
    entraId: z.string().trim().min(1).max(100),
    name,
    email: z.string().max(320),
    functie: shortText.optional(),
    roles: z.array(role).max(ROLES.length),
  })
  .strict();

export const rolesBody = z.object({ roles: z.array(role).max(ROLES.length) }).strict();
export const userParams = z.object({ userId });
export const teamParams = z.object({ teamId: z.string().min(1).max(200) });
export const searchQuery = z.object({ zoek: z.string().trim().min(2, 'typ ten minste 2 tekens').max(100, 'ten hoogste 100 tekens') });
export const yearQuery = z.object({ jaar: z.coerce.number().int().min(1900).max(2100).optional() });

/** `GET /api/beheer/organisatie`: configured yet (first run), the configuration, the users. */
export const beheerResponse = z.object({ configured: z.boolean(), config: organisationResponse, users: z.array(userResponse) });
/** `GET /api/beheer/feestdagen`: the year's holidays, national and own, and whether each counts. */
export const holidaysResponse = z.object({
  year: z.number().int(),
  settings: holidaySettingsResponse,
  items: z.array(holidayResponse.extend({ national: z.boolean(), counts: z.boolean() })),
});
/** A person from the directory, with the app's user id when they are a user already. */
/** A person from the tenant's directory, and a team, as the people and channel pickers get them. */
export const directoryPersonResponse = z.object({
  entraId: z.string(),
  name: z.string(),
  email: z.string(),
  functie: z.string(),
}) satisfies z.ZodType<DirectoryPerson>;
export const teamRefResponse = z.object({ id: z.string(), name: z.string() }) satisfies z.ZodType<TeamRef>;

export const directoryResponse = listOf(directoryPersonResponse.extend({ userId: z.string().nullable() }));
export const teamsResponse = listOf(teamRefResponse);
