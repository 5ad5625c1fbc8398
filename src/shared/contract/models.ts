/**
 * What the API answers, as zod schemas: the response side of the contract, for the OpenAPI document
 * (`/api/openapi.json`). Each schema that mirrors a domain or view type says so with
 * `satisfies z.ZodType<T>`, so a field it describes cannot differ from what the server sends.
 * They describe; the server does not run answers through them.
 */
import { z } from 'zod';
import { collegeberichtTemplateSchema } from './college';
import {
  AFHANDELINGEN,
  CATEGORIES,
  COLLEGE_STATES,
  FOLLOW_UP_STATUSES,
  PO_STATUSES,
  PURPOSES,
  RECORD_KINDS,
  ROLES,
  type Actiepunt,
  type AgendaCheck,
  type Agendapunt,
  type Attendance,
  type Besluitpunt,
  type FollowUpEntry,
  type Holiday,
  type HolidaySettings,
  type ItemTimings,
  type LateStuk,
  type Motie,
  type OrganisationConfig,
  type PoRecord,
  type PoRole,
  type Toezegging,
  type User,
  type VerslagModel,
} from '../../domain';
import type { Problem } from '../errors';
import type { ArchiefHit, CollegeplanningEntry, PoLineView, PoRightsView, PoView, PublicationView, PublishResult, VaststellingView } from './views';

const instant = z.string().meta({ format: 'date-time' });
const day = z.string().meta({ format: 'date' });
const id = z.string();
const status = z.enum(FOLLOW_UP_STATUSES);
const purpose = z.enum(PURPOSES).nullable();
const PO_ROLES = ['portefeuillehouder', 'concernadviseur', 'notulist', 'deelnemer', 'opdrachtnemer', 'adviseur'] as const satisfies readonly PoRole[];

/** A page of a list. */
export const paged = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
/** A list that is not paged. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const problemResponse = z.object({ code: z.string(), path: z.string(), message: z.string() }) satisfies z.ZodType<Problem>;

export const userResponse = z.object({
  id,
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  functie: z.string(),
  entraId: z.string().nullable(),
}) satisfies z.ZodType<User>;

export const holidayResponse = z.object({ date: day, name: z.string() }) satisfies z.ZodType<Holiday>;
export const holidaySettingsResponse = z.object({
  national: z.boolean(),
  extra: z.array(holidayResponse),
  excluded: z.array(day),
}) satisfies z.ZodType<HolidaySettings>;

export const organisationResponse = z.object({
  name: z.string(),
  portefeuillehouders: z.array(
    z.object({
      id,
      name: z.string(),
      userId: z.string().nullable(),
      titel: z.enum(['burgemeester', 'wethouder']),
      portefeuilles: z.array(z.object({ domein: z.string(), onderwerpen: z.array(z.string()) })),
      raadsthemas: z.array(z.string()),
    }),
  ),
  agendaSections: z.array(z.string()),
  agendaTemplates: z.record(z.string(), z.array(z.string())),
  stukkenDeadline: z.object({ weekday: z.number().int(), time: z.string() }),
  poWeekday: z.number().int(),
  poTime: z.string(),
  collegeWeekday: z.number().int(),
  verslagApprovalRequired: z.boolean(),
  holidays: holidaySettingsResponse.optional(),
  verslagChannel: z.object({ teamId: z.string(), channelId: z.string(), teamName: z.string(), channelName: z.string() }).nullable().optional(),
  plannerPlanId: z.string().nullable().optional(),
  roleMappings: z.array(z.object({ kind: z.enum(['group', 'appRole']), value: z.string(), role: z.enum(ROLES) })).optional(),
  vaststellingDoorBeiden: z.boolean().optional(),
  kwaliteitstoetsCriteria: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
  collegebericht: collegeberichtTemplateSchema.optional(),
}) satisfies z.ZodType<OrganisationConfig>;

export const agendapuntResponse = z.object({
  id,
  section: z.string(),
  position: z.number().int(),
  title: z.string(),
  purpose,
  toelichting: z.string(),
  voorgesteldBesluit: z.string(),
  opdrachtnemerId: z.string().nullable(),
  adviseurIds: z.array(z.string()),
  stukken: z.array(z.object({ id, title: z.string(), url: z.string(), deliveredAt: instant.nullable() })),
  kwaliteitstoets: z.object({ confirmedBy: z.string(), confirmedAt: instant }).nullable(),
  toetsCriteria: z.array(z.object({ criteriumId: z.string(), voldaan: z.boolean(), notitie: z.string() })),
  toetsOverruled: z.object({ by: z.string(), byName: z.string(), reden: z.string(), at: instant }).nullable(),
  vertrouwelijk: z.boolean(),
  plannedMinutes: z.number().int().nullable(),
  beoogdeCollegedatum: day.nullable(),
  beoogdeRaadsdatum: day.nullable().optional(),
  portefeuille: z.string().nullable().optional(),
  raadsthema: z.string().nullable().optional(),
  categorie: z.enum(CATEGORIES).nullable().optional(),
  bespreking: z.string(),
  /** The standing item (opvolging from earlier POs). */
  standing: z.boolean(),
  /** Not discussed at the meeting: niet besproken or aangehouden (null: discussed, or not yet ended). */
  afhandeling: z.enum(AFHANDELINGEN).nullable().optional(),
}) satisfies z.ZodType<Agendapunt>;

export const attendeeResponse = z.object({ userId: z.string().nullable(), name: z.string() });
export const attendanceResponse = z.object({
  aanwezig: z.array(attendeeResponse),
  afgemeld: z.array(attendeeResponse),
  aangeschoven: z.record(z.string(), z.array(attendeeResponse)),
}) satisfies z.ZodType<Attendance>;

const recordBase = { id, agendapuntId: id, text: z.string(), createdBy: z.string(), createdAt: instant, updatedAt: instant };
const followUpFields = { ownerId: z.string().nullable(), ownerName: z.string(), dueDate: day.nullable(), status };
export const besluitpuntResponse = z.object({
  kind: z.literal('besluitpunt'),
  ...recordBase,
  collegeDatum: day.nullable(),
  outsidePurpose: z.boolean(),
}) satisfies z.ZodType<Besluitpunt>;
export const actiepuntResponse = z.object({
  kind: z.literal('actiepunt'),
  ...recordBase,
  ...followUpFields,
  plannerTaskId: z.string().nullable(),
}) satisfies z.ZodType<Actiepunt>;
export const toezeggingResponse = z.object({
  kind: z.literal('toezegging'),
  ...recordBase,
  ...followUpFields,
  aan: z.string(),
  raadsItemId: z.string().nullable().optional(),
}) satisfies z.ZodType<Toezegging>;
export const motieResponse = z.object({
  kind: z.literal('motie'),
  ...recordBase,
  ...followUpFields,
  referentie: z.string(),
  raadsItemId: z.string().nullable().optional(),
  afdoening: z.string(),
}) satisfies z.ZodType<Motie>;
const followUpRecordResponse = z.discriminatedUnion('kind', [actiepuntResponse, toezeggingResponse, motieResponse]);
export const recordResponse = z.discriminatedUnion('kind', [
  besluitpuntResponse,
  actiepuntResponse,
  toezeggingResponse,
  motieResponse,
]) satisfies z.ZodType<PoRecord>;
void RECORD_KINDS;

export const timingsResponse = z.object({
  /** Milliseconds spent on earlier turns, per agendapunt. */
  spent: z.record(z.string(), z.number()),
  current: z.object({ itemId: z.string(), since: instant }).nullable(),
}) satisfies z.ZodType<ItemTimings>;

export const agendaCheckResponse = z.object({
  problems: z.array(problemResponse),
  waitingForKwaliteitstoets: z.array(z.object({ agendapuntId: z.string(), title: z.string(), missing: z.array(z.string()).optional() })),
}) satisfies z.ZodType<AgendaCheck>;

const rightsResponse = z.object({
  editAgenda: z.boolean(),
  editItems: z.array(z.string()),
  confirmKwaliteitstoets: z.array(z.string()),
  chair: z.boolean(),
  record: z.boolean(),
  amendVerslag: z.boolean(),
  approveVerslag: z.boolean(),
  publish: z.boolean(),
  decideAgendaverzoek: z.boolean(),
  voorleggen: z.boolean(),
  vaststellen: z.boolean(),
  terugsturen: z.boolean(),
  overruleToets: z.boolean(),
}) satisfies z.ZodType<PoRightsView>;

const vaststellerRole = z.enum(['portefeuillehouder', 'concernadviseur']);
export const vaststellingResponse = z.object({
  doorBeiden: z.boolean(),
  voorstel: z.object({ by: z.string(), byName: z.string(), role: vaststellerRole, at: instant }).nullable(),
  teruggestuurd: z.object({ by: z.string(), byName: z.string(), opmerking: z.string(), at: instant }).nullable(),
  wachtOp: z.object({ role: vaststellerRole, userId: z.string().nullable() }).nullable(),
}) satisfies z.ZodType<VaststellingView>;
export const toetsCriteriumResponse = z.object({ id: z.string(), label: z.string() });

export const poViewResponse = z.object({
  id,
  title: z.string(),
  status: z.enum(PO_STATUSES),
  startsAt: instant,
  portefeuillehouder: z.object({ id, name: z.string(), titel: z.string() }),
  concernadviseurId: z.string().nullable(),
  notulistId: z.string().nullable(),
  participantIds: z.array(z.string()),
  aanwezigen: z.array(z.string()),
  attendance: attendanceResponse.nullable(),
  sections: z.array(z.string()),
  agendapunten: z.array(agendapuntResponse.extend({ nummer: z.string() })),
  records: z.array(recordResponse),
  currentAgendapuntId: z.string().nullable(),
  timings: timingsResponse,
  teamsMeetingChatId: z.string().nullable(),
  vastgesteldAt: instant.nullable(),
  startedAt: instant.nullable(),
  endedAt: instant.nullable(),
  approval: z.object({ by: z.string(), at: instant }).nullable(),
  publishedVersion: z.number().int(),
  correctionOpen: z.boolean(),
  geannuleerd: z.object({ at: instant, by: z.string(), reason: z.string() }).nullable(),
  stukkenDeadline: instant,
  agendaCheck: agendaCheckResponse,
  vaststelling: vaststellingResponse,
  toetsCriteria: z.array(toetsCriteriumResponse),
  seq: z.number().int(),
  myRoles: z.array(z.enum(PO_ROLES)),
  rights: rightsResponse,
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<PoView>;

/** A created PO: its date may have been moved off a public holiday. */
export const createdPoResponse = poViewResponse.extend({ datumVerschoven: z.object({ from: instant, holiday: z.string() }).nullable() });

export const poLineResponse = z.object({
  id,
  title: z.string(),
  status: z.enum(PO_STATUSES),
  startsAt: instant,
  portefeuillehouder: z.object({ id, name: z.string() }),
  agendapunten: z.number().int(),
  publishedVersion: z.number().int(),
  myRoles: z.array(z.enum(PO_ROLES)),
  geannuleerd: z.boolean(),
  kwaliteitstoetsVoorMij: z.number().int(),
  vaststelling: z.enum(['wacht_op_jou', 'teruggestuurd']).nullable(),
}) satisfies z.ZodType<PoLineView>;

export const followUpEntryResponse = z.object({
  record: followUpRecordResponse,
  poId: id,
  poTitle: z.string(),
  poStartsAt: instant,
  portefeuillehouderId: z.string(),
  agendapuntTitle: z.string(),
  vertrouwelijk: z.boolean(),
  overdue: z.boolean(),
}) satisfies z.ZodType<FollowUpEntry>;

export const collegeplanningResponse = z.object({
  collegeDatum: day,
  besluitpunten: z.array(
    z.object({
      id,
      text: z.string(),
      poId: id,
      poTitle: z.string(),
      portefeuillehouderId: z.string(),
      portefeuillehouder: z.string(),
      agendapuntTitle: z.string(),
      vertrouwelijk: z.boolean(),
      outsidePurpose: z.boolean(),
      college: z.object({ state: z.enum(COLLEGE_STATES), date: day, note: z.string() }).nullable(),
    }),
  ),
}) satisfies z.ZodType<CollegeplanningEntry>;

export const lateStukResponse = z.object({
  poId: id,
  agendapuntId: id,
  agendapuntTitle: z.string(),
  opdrachtnemerId: z.string().nullable(),
  stukId: id,
  title: z.string(),
  deadline: instant,
  deliveredAt: instant.nullable(),
  reason: z.enum(['ontbreekt', 'te_laat']),
}) satisfies z.ZodType<LateStuk>;

export const archiefHitResponse = z.object({
  poId: id,
  version: z.number().int(),
  publishedAt: instant,
  titel: z.string(),
  portefeuillehouder: z.string(),
  datum: day,
  agendapunten: z.number().int(),
  besluiten: z.number().int(),
  passages: z.array(z.array(z.object({ text: z.string(), hit: z.boolean() }))),
}) satisfies z.ZodType<ArchiefHit>;

const verslagFollowUp = { id, agendapuntNummer: z.string(), text: z.string(), wie: z.string(), wanneer: day.nullable(), status };
const verslagActiepunt = z.object({ ...verslagFollowUp, wieEntraId: z.string().nullable() });
const raadsNummer = z.string().nullable().optional();
const verslagToezegging = z.object({ ...verslagFollowUp, aan: z.string(), raadsNummer });
const verslagMotie = z.object({ ...verslagFollowUp, referentie: z.string(), afdoening: z.string(), raadsNummer });
export const verslagModelResponse = z.object({
  poId: id,
  organisatie: z.string(),
  titel: z.string(),
  portefeuillehouder: z.object({ naam: z.string(), titel: z.string() }),
  datum: z.string(),
  tijd: z.string(),
  aanwezigen: z.array(z.string()),
  afgemeld: z.array(z.string()).optional(),
  notulist: z.string(),
  audience: z.enum(['openbaar', 'deelnemers']),
  items: z.array(
    z.union([
      z.object({ nummer: z.string(), vertrouwelijk: z.literal(true) }),
      z.object({
        nummer: z.string(),
        vertrouwelijk: z.literal(false),
        geheim: z.boolean(),
        sectie: z.string(),
        titel: z.string(),
        doel: purpose,
        doelLabel: z.string(),
        opdrachtnemer: z.string(),
        voorgesteldBesluit: z.string(),
        bespreking: z.string(),
        besluitpunten: z.array(z.object({ id, text: z.string(), collegeDatum: day.nullable(), buitenDoel: z.boolean() })),
        actiepunten: z.array(verslagActiepunt),
        toezeggingen: z.array(verslagToezegging),
        moties: z.array(verslagMotie),
        afhandeling: z.enum(AFHANDELINGEN).nullable().optional(),
        aangeschoven: z.array(z.string()).optional(),
        kwaliteitstoets: z.string().nullable().optional(),
      }),
    ]),
  ),
  actiepunten: z.array(verslagActiepunt),
  toezeggingen: z.array(verslagToezegging),
  moties: z.array(verslagMotie),
}) satisfies z.ZodType<VerslagModel>;

export const publishResultResponse = z.object({
  versionId: id,
  version: z.number().int(),
  publishedAt: instant,
  webUrl: z.string().nullable(),
  fileUrl: z.string().nullable(),
}) satisfies z.ZodType<PublishResult>;

export const publicationViewResponse = z.object({
  status: z.enum(['bezig', 'onzeker', 'mislukt', 'geplaatst', 'geen']),
  version: z.number().int().nullable(),
  kind: z.enum(['verslag', 'correctie']).nullable(),
  uncertain: z
    .object({
      step: z.string(),
      post: z.enum(['bericht', 'reactie']),
      part: z.number().int().nullable(),
      parts: z.number().int().nullable(),
      sentAt: instant.nullable(),
      marker: z.string().nullable(),
      threadUrl: z.string().nullable(),
      needsLink: z.boolean(),
    })
    .nullable(),
  mayConfirm: z.boolean(),
  channel: z.object({ teamName: z.string().nullable(), channelName: z.string().nullable() }).nullable(),
}) satisfies z.ZodType<PublicationView>;
