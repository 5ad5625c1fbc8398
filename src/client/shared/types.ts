/**
 * What the front end reads from the API: the server's presenters are the contract. Type-only
 * imports: no server code reaches a bundle.
 */
import type { Agendaverzoek, FollowUpEntry, Holiday, HolidaySettings, OrganisationConfig, Portefeuillehouder, Purpose, Role, RoleMapping, User, VerslagModel } from '../../domain';
import type { DirectoryPerson, TeamRef } from '../../server/graph/directory';
import type { CollegeplanningEntry } from '../../server/read/registers';
import type { presentPo, presentPoLine } from '../../server/present/po';
import type { ArchiefHit } from '../../server/read/verslag';
import type { PublishResult } from '../../server/publish';
import type { PresenceUser } from '../../server/live/protocol';
import type { ClientConfig } from '../../server/routes/system/clientConfig';

export type PoView = ReturnType<typeof presentPo>;
export type PoSummary = ReturnType<typeof presentPoLine>;
/** A page of a list; `nextCursor` (null on the last page) asks for the next. */
export interface Paged<T> { items: T[]; nextCursor: string | null }
export type AgendaItemView = PoView['agendapunten'][number];
export type RecordView = PoView['records'][number];
export type OrganisatieView = OrganisationConfig & {
  purposes: { id: Purpose; label: { nl: string; en: string }; explanation: { nl: string; en: string } }[];
};
export type UserView = User;

/** Beheer (`/api/beheer/...`). */
export interface BeheerView { configured: boolean; config: OrganisationConfig; users: User[] }
export type { Holiday, HolidaySettings, Portefeuillehouder, Role, RoleMapping, TeamRef };
export type DirectoryHit = DirectoryPerson & { userId: string | null };
export interface HolidayLine extends Holiday { national: boolean; counts: boolean }
/** A created PO: its date may have been moved off a public holiday. */
export type CreatedPoView = PoView & { datumVerschoven: { from: string; holiday: string } | null };
export type { Agendaverzoek, ClientConfig, CollegeplanningEntry, FollowUpEntry, PresenceUser, PublishResult, VerslagModel };

/** One published verslag in the archive (`GET /api/verslagen`), with the passages a search matched. */
export type ArchiefItem = ArchiefHit;

/** A published version of one PO's verslag (`GET /api/pos/:poId/verslag/versies`). */
export interface VerslagVersionView {
  id: string;
  poId: string;
  version: number;
  publishedAt: string;
  webUrl: string | null;
  fileUrl: string | null;
  reason: string;
}

/** The verslag exactly as it will be posted to Teams (`GET /api/pos/:poId/verslag/voorbeeld`). */
export interface VerslagVoorbeeld {
  html: string;
  posts: number;
}

/** An agendapunt as the editor sends it (POST and PATCH /api/pos/:poId/agendapunten). */
export interface AgendaItemInput {
  title?: string;
  section?: string;
  purpose?: Purpose | null;
  toelichting?: string;
  voorgesteldBesluit?: string;
  opdrachtnemerId?: string | null;
  stukken?: { id?: string; title: string; url: string }[];
  vertrouwelijk?: boolean;
  plannedMinutes?: number | null;
  beoogdeCollegedatum?: string | null;
}

/** A new record as the notulist sends it (POST /api/pos/:poId/vastleggingen). */
export type NewRecord =
  | { kind: 'besluitpunt'; id: string; agendapuntId: string; text: string; collegeDatum?: string | null; confirmOutsidePurpose?: boolean }
  | { kind: 'actiepunt'; id: string; agendapuntId: string; text: string; ownerId?: string | null; ownerName?: string; dueDate?: string | null }
  | { kind: 'toezegging'; id: string; agendapuntId: string; text: string; aan: string; ownerId?: string | null; ownerName?: string; dueDate?: string | null }
  | { kind: 'motie'; id: string; agendapuntId: string; text: string; referentie: string; afdoening?: string; ownerId?: string | null; ownerName?: string; dueDate?: string | null };

/** A change to a record (PATCH /api/pos/:poId/vastleggingen/:recordId). */
export interface RecordPatch {
  text?: string;
  collegeDatum?: string | null;
  ownerId?: string | null;
  ownerName?: string;
  dueDate?: string | null;
  aan?: string;
  referentie?: string;
  afdoening?: string;
}
