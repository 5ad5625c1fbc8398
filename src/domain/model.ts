/**
 * The PO model: plain data, no I/O. Dates are ISO strings (timestamps in UTC with `Z`,
 * calendar dates as `YYYY-MM-DD` in Europe/Amsterdam).
 */
import type { CollegeberichtTemplate } from './collegebericht';
import type { Categorie } from './tags';
import type { ItemTimings } from './timing';

export const PURPOSES = ['beeldvorming', 'oordeelsvorming', 'besluitvorming'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** One line per purpose, as the agenda editor explains them (seed 000). */
export const PURPOSE_EXPLANATION: Record<Purpose, { nl: string; en: string }> = {
  beeldvorming: {
    nl: 'Wat weten we, klopt het, is het genoeg en hoe komen we aan meer informatie?',
    en: 'What do we know, is it right, is it enough, how do we learn more?',
  },
  oordeelsvorming: {
    nl: 'Wat is ons doel, waar maken we ons zorgen over, aan welke voorwaarden moet een besluit voldoen?',
    en: 'What is our goal, what worries us, what must a decision meet?',
  },
  besluitvorming: {
    nl: 'Wat gaan we doen, wat zetten we in en wie raakt het? Richting een collegebesluit.',
    en: 'What will we do, what do we put in, whom does it affect? Towards a college decision.',
  },
};

export const PO_STATUSES = ['concept', 'vastgesteld', 'gestart', 'afgesloten', 'gepubliceerd'] as const;
export type PoStatus = (typeof PO_STATUSES)[number];

export const ROLES = [
  'portefeuillehouder',
  'concernadviseur',
  'notulist',
  'opdrachtnemer',
  'adviseur',
  'gemeentesecretaris',
  'medewerker',
  /** Configures the organisation (the Beheer screen): college, users and roles, agenda, holidays, channel. */
  'beheerder',
] as const;
/** Organisation-wide roles. Rights on one PO follow from the PO itself (see rights.ts). */
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  /** Function title, e.g. "teamleider Wonen" or "CISO". */
  functie: string;
  /** Microsoft Entra object id, when known: used for @mentions and Planner. */
  entraId: string | null;
}

export interface Portefeuillehouder {
  id: string;
  name: string;
  /** The user account of this college member, if any. */
  userId: string | null;
  titel: 'burgemeester' | 'wethouder';
  /** Portefeuilles grouped by domain, as in the portfolio distribution. */
  portefeuilles: { domein: string; onderwerpen: string[] }[];
  /** Council themes (raadsthema's) this member has regie over. */
  raadsthemas: string[];
}

export interface StukkenDeadline {
  /** ISO weekday of the deadline (1 = Monday ... 7 = Sunday): the last such day before the PO date. */
  weekday: number;
  /** Local time of day (Europe/Amsterdam), `HH:MM`. */
  time: string;
}

export interface OrganisationConfig {
  name: string;
  portefeuillehouders: Portefeuillehouder[];
  /** The standard agenda layout: section names in order. */
  agendaSections: string[];
  /** Alternative agenda templates by name. */
  agendaTemplates: Record<string, string[]>;
  /** Deadline for stukken before a PO (e.g. Wednesday 12:00 before the Monday PO). */
  stukkenDeadline: StukkenDeadline;
  /** Weekday (1-7) and time of the PO. */
  poWeekday: number;
  poTime: string;
  /** Weekday the college meets (2 = Tuesday). */
  collegeWeekday: number;
  /** Whether the portefeuillehouder must approve the verslag before it is published. */
  verslagApprovalRequired: boolean;
  /** Public holidays: the Dutch national ones built in, plus and minus the organisation's own (holidays.ts). */
  holidays?: HolidaySettings;
  /** The Teams channel the verslagen go to, picked in Beheer; wins over the deployment's default. */
  verslagChannel?: { teamId: string; channelId: string; teamName: string; channelName: string } | null;
  /** The Planner plan for actiepunten, picked in Beheer; wins over the deployment's default. */
  plannerPlanId?: string | null;
  /** Entra security groups (object id) or app roles (value) that give a role at sign-in. */
  roleMappings?: RoleMapping[];
  /**
   * Seed 000: "samen stellen zij de agenda vast". True (the default): one of the portefeuillehouder
   * and the concernadviseur proposes, the other agrees. False: either alone vaststelt.
   */
  vaststellingDoorBeiden?: boolean;
  /** The checklist of the kwaliteitstoets (default: seeds 000 and 001, kwaliteitstoets.ts). */
  kwaliteitstoetsCriteria?: ToetsCriterium[];
  /** The municipality's collegebericht template (collegebericht.ts); seed 003's layout when absent. */
  collegebericht?: CollegeberichtTemplate;
}

/** One criterion of the kwaliteitstoets checklist. */
export interface ToetsCriterium {
  /** Stable code (`financiele-gevolgen`): ticks refer to it, so a label can be reworded. */
  id: string;
  label: string;
}

/** The opdrachtnemer's answer on one criterion for one item. */
export interface ToetsAfvinking {
  criteriumId: string;
  voldaan: boolean;
  /** Optional note (where the stukken show it, or why it does not apply). */
  notitie: string;
}

/** Who overruled an open kwaliteitstoets of a besluitvorming item, and why. */
export interface ToetsOverruled {
  by: string;
  byName: string;
  reden: string;
  at: string;
}

export type VaststellerRole = 'portefeuillehouder' | 'concernadviseur';

/** The agenda put forward for vaststelling by one of the two; the other must agree. */
export interface VaststellingVoorstel {
  by: string;
  byName: string;
  role: VaststellerRole;
  at: string;
}

/** The last proposal sent back, with the remark of who sent it back. */
export interface VaststellingTeruggestuurd {
  by: string;
  byName: string;
  opmerking: string;
  at: string;
}

export interface Holiday {
  /** Calendar date `YYYY-MM-DD`. */
  date: string;
  name: string;
}

export interface HolidaySettings {
  /** Whether the Dutch national holidays count (default true). */
  national: boolean;
  /** The organisation's own days off (e.g. a bridge day). */
  extra: Holiday[];
  /** National holidays that do not count here (dates). */
  excluded: string[];
}

export interface RoleMapping {
  kind: 'group' | 'appRole';
  /** The group's object id or the app role's value. */
  value: string;
  role: Role;
}

export interface Stuk {
  id: string;
  title: string;
  url: string;
  /** When the stuk was delivered; null while it is still missing. */
  deliveredAt: string | null;
}

export interface Agendapunt {
  id: string;
  section: string;
  position: number;
  title: string;
  purpose: Purpose | null;
  toelichting: string;
  voorgesteldBesluit: string;
  opdrachtnemerId: string | null;
  /** Professionals / independent advisers joining for this item. */
  adviseurIds: string[];
  stukken: Stuk[];
  kwaliteitstoets: { confirmedBy: string; confirmedAt: string } | null;
  /** The opdrachtnemer's ticks on the organisation's checklist (kwaliteitstoets.ts). */
  toetsCriteria: ToetsAfvinking[];
  /** The portefeuillehouder let this item through without a completed toets. */
  toetsOverruled: ToetsOverruled | null;
  vertrouwelijk: boolean;
  plannedMinutes: number | null;
  beoogdeCollegedatum: string | null;
  /** Intended raad date, for the langetermijnplanning (absent: none). */
  beoogdeRaadsdatum?: string | null;
  /** Tags of seed 002 (tags.ts): portefeuille and raadsthema of the PO's portefeuillehouder, categorie I/II/III. */
  portefeuille?: string | null;
  raadsthema?: string | null;
  categorie?: Categorie | null;
  /** Notes of the discussion, written by the notulist. */
  bespreking: string;
  /** Set when this item is the standing follow-up item. */
  standing: boolean;
  /** An item not discussed at the meeting: how the verslag marks it (set when the meeting ends). */
  afhandeling?: Afhandeling | null;
}

/** What became of an agendapunt that was never discussed (domain/afhandeling.ts). */
export const AFHANDELINGEN = ['niet_besproken', 'aangehouden'] as const;
export type Afhandeling = (typeof AFHANDELINGEN)[number];

/** Someone at the meeting: a user of the organisation, or a guest by name (userId null). */
export interface Attendee {
  userId: string | null;
  name: string;
}

/** Who was there (domain/attendance.ts): aanwezig, afgemeld, and who joined per agendapunt. */
export interface Attendance {
  aanwezig: Attendee[];
  afgemeld: Attendee[];
  /** Agendapunt id -> who joined for that item (aangeschoven). */
  aangeschoven: Record<string, Attendee[]>;
}

export const RECORD_KINDS = ['besluitpunt', 'actiepunt', 'toezegging', 'motie'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const FOLLOW_UP_STATUSES = ['open', 'in_uitvoering', 'afgerond', 'vervallen'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

interface RecordBase {
  /** Client-generated id (UUID): a retried write never creates a second record. */
  id: string;
  agendapuntId: string;
  text: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface Besluitpunt extends RecordBase {
  kind: 'besluitpunt';
  /** College date this besluitpunt heads to (Tuesday of the following week by default). */
  collegeDatum: string | null;
  /** True when recorded on an item that was not on the agenda for besluitvorming. */
  outsidePurpose: boolean;
}

export interface Actiepunt extends RecordBase {
  kind: 'actiepunt';
  ownerId: string | null;
  ownerName: string;
  dueDate: string | null;
  status: FollowUpStatus;
  plannerTaskId: string | null;
}

export interface Toezegging extends RecordBase {
  kind: 'toezegging';
  /** To whom the commitment was made (raad, inwoners, partner). */
  aan: string;
  /** The raad register entry this toezegging follows up (raadsregister), if any. */
  raadsItemId?: string | null;
  ownerId: string | null;
  ownerName: string;
  dueDate: string | null;
  status: FollowUpStatus;
}

export interface Motie extends RecordBase {
  kind: 'motie';
  /** Reference of the council motion, e.g. "M23-041". */
  referentie: string;
  /** How it is handled (afdoening). */
  afdoening: string;
  /** The raad register entry this motie follows up (raadsregister), if any. */
  raadsItemId?: string | null;
  ownerId: string | null;
  ownerName: string;
  dueDate: string | null;
  status: FollowUpStatus;
}

export type PoRecord = Besluitpunt | Actiepunt | Toezegging | Motie;
export type FollowUpRecord = Actiepunt | Toezegging | Motie;

export const isFollowUp = (r: PoRecord): r is FollowUpRecord => r.kind !== 'besluitpunt';

export interface Po {
  id: string;
  portefeuillehouderId: string;
  title: string;
  /** Start of the meeting, UTC ISO timestamp. */
  startsAt: string;
  status: PoStatus;
  concernadviseurId: string | null;
  notulistId: string | null;
  /** Other invited participants (user ids). */
  participantIds: string[];
  /** Attendees as recorded in the verslag (names); filled at the meeting. */
  aanwezigen: string[];
  /** Attendance as the notulist recorded it; null (or absent) while not recorded. */
  attendance?: Attendance | null;
  sections: string[];
  agendapunten: Agendapunt[];
  records: PoRecord[];
  /** The item being discussed now, during the meeting. */
  currentAgendapuntId: string | null;
  /** Time spent per item during the meeting. */
  timings: ItemTimings;
  teamsMeetingChatId: string | null;
  vastgesteldAt: string | null;
  /** Put forward for vaststelling, waiting for the other one's agreement (vaststelling.ts). */
  vaststellingVoorstel: VaststellingVoorstel | null;
  /** The last proposal that was sent back, with its remark; cleared by the next proposal. */
  vaststellingTeruggestuurd: VaststellingTeruggestuurd | null;
  startedAt: string | null;
  endedAt: string | null;
  /** Verslag approval by the portefeuillehouder, where the organisation asks for it. */
  approval: { by: string; at: string } | null;
  /** Published verslag versions: 0 while unpublished. */
  publishedVersion: number;
  /** A correction after publication is being made. */
  correctionOpen: boolean;
  /** Cancelled before the meeting (kept for the record, never started); absent or null when not. */
  geannuleerd?: { at: string; by: string; reason: string } | null;
  createdAt: string;
  updatedAt: string;
}
