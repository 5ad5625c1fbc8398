/**
 * What the front end reads from and sends to the API, in the screens' own names: every type comes
 * from the contract (src/shared/contract), which the server answers with. Type-only imports.
 */
import type {
  Agendaverzoek,
  FollowUpEntry,
  Holiday,
  HolidaySettings,
  OrganisationConfig,
  Portefeuillehouder,
  Purpose,
  Role,
  RoleMapping,
  User,
  VerslagModel,
} from '../../domain';
import type { ArchiefHit, CollegeplanningEntry, DirectoryPerson, PoLineView, PoView, PublishResult, TeamRef } from '../../shared/contract/views';
import type { z } from 'zod';
import type { addItemBody, editItemBody } from '../../shared/contract/agenda';
import type { PresenceUser } from '../../shared/contract/live';
import type { channelBody, holidaysBody, newUserBody, settingsBody } from '../../shared/contract/beheer';
import type { addRecordBody, editRecordBody } from '../../shared/contract/meeting';
import type { createPoBody, updatePoBody } from '../../shared/contract/pos';
import type { decideBody, proposeBody } from '../../shared/contract/verzoeken';
import type { ClientConfig } from '../../shared/contract/system';

export type { Paged, PoView } from '../../shared/contract/views';
export type PoSummary = PoLineView;
export type AgendaItemView = PoView['agendapunten'][number];
export type RecordView = PoView['records'][number];
export type OrganisatieView = OrganisationConfig & {
  purposes: { id: Purpose; label: { nl: string; en: string }; explanation: { nl: string; en: string } }[];
};
export type UserView = User;

/** Beheer (`/api/beheer/...`). */
export interface BeheerView {
  configured: boolean;
  config: OrganisationConfig;
  users: User[];
}
export type { Holiday, HolidaySettings, Portefeuillehouder, Role, RoleMapping, TeamRef };
export type DirectoryHit = DirectoryPerson & { userId: string | null };
export interface HolidayLine extends Holiday {
  national: boolean;
  counts: boolean;
}
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

/** An agendapunt as the editor sends it (PATCH /api/pos/:poId/agendapunten/:itemId; POST adds `title`). */
export type AgendaItemInput = z.input<typeof editItemBody>;
/** A new agendapunt (POST /api/pos/:poId/agendapunten). */
export type NewAgendaItem = z.input<typeof addItemBody>;

/** A new record as the notulist sends it (POST /api/pos/:poId/vastleggingen). */
export type NewRecord = z.input<typeof addRecordBody>;

/** A change to a record (PATCH /api/pos/:poId/vastleggingen/:recordId). */
export type RecordPatch = z.input<typeof editRecordBody>;

/** A new PO (POST /api/pos) and a change to one (PATCH /api/pos/:poId). */
export type NewPo = z.input<typeof createPoBody>;
export type PoPatch = z.input<typeof updatePoBody>;
/** Accepting or declining an agendaverzoek (POST /api/agendaverzoeken/:verzoekId/besluit). */
export type VerzoekDecision = z.input<typeof decideBody>;
/** Proposing an item (POST /api/pos/:poId/agendaverzoeken, /api/portefeuillehouders/:id/agendaverzoeken). */
export type NewVerzoek = z.input<typeof proposeBody>;
/** Beheer's writes (PUT /api/beheer/instellingen, /feestdagen, /kanaal; POST /api/beheer/gebruikers). */
export type SettingsInput = z.input<typeof settingsBody>;
export type HolidaysInput = z.input<typeof holidaysBody>;
export type ChannelInput = z.input<typeof channelBody>;
export type NewUser = z.input<typeof newUserBody>;
