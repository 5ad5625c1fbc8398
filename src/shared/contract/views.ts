/**
 * What the API answers, as types: the presenters (src/server/present, src/server/read) return these,
 * the front end reads them. Types only: nothing here runs.
 */
import type {
  AgendaCheck,
  Agendapunt,
  Attendance,
  CollegeState,
  ItemTimings,
  Po,
  PoRecord,
  PoRole,
  PoStatus,
  ToetsCriterium,
  VaststellerRole,
  VaststellingTeruggestuurd,
  VaststellingVoorstel,
} from '../../domain';

/** A page of a list; `nextCursor` (null on the last page) asks for the next. */
export interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

/** What this user may do with the PO (`rights` of a PO view). */
export interface PoRightsView {
  editAgenda: boolean;
  /** Agendapunten this user may edit. */
  editItems: string[];
  /** Agendapunten whose kwaliteitstoets this user may confirm. */
  confirmKwaliteitstoets: string[];
  chair: boolean;
  record: boolean;
  /** Complete the verslag after the meeting, record attendance, reopen the meeting. */
  amendVerslag: boolean;
  approveVerslag: boolean;
  publish: boolean;
  decideAgendaverzoek: boolean;
  /** Put the agenda forward for vaststelling (both must agree). */
  voorleggen: boolean;
  /** Vaststellen now: agree to the other one's proposal, or alone where one suffices. */
  vaststellen: boolean;
  /** Send the other one's proposal back with a remark. */
  terugsturen: boolean;
  /** Overrule an open kwaliteitstoets of a besluitvorming item (the portefeuillehouder). */
  overruleToets: boolean;
}

/** Where the agenda's vaststelling stands (seed 000: "samen stellen zij de agenda vast"). */
export interface VaststellingView {
  /** Both the portefeuillehouder and the concernadviseur must agree for this PO. */
  doorBeiden: boolean;
  voorstel: VaststellingVoorstel | null;
  teruggestuurd: VaststellingTeruggestuurd | null;
  /** Who must agree to the open proposal. */
  wachtOp: { role: VaststellerRole; userId: string | null } | null;
}

/** The PO for one reader (`GET /api/pos/:poId`, the live channel's state): only what they may see. */
export interface PoView extends Pick<
  Po,
  | 'id'
  | 'title'
  | 'status'
  | 'startsAt'
  | 'concernadviseurId'
  | 'notulistId'
  | 'participantIds'
  | 'aanwezigen'
  | 'sections'
  | 'currentAgendapuntId'
  | 'teamsMeetingChatId'
  | 'vastgesteldAt'
  | 'startedAt'
  | 'endedAt'
  | 'approval'
  | 'publishedVersion'
  | 'correctionOpen'
  | 'createdAt'
  | 'updatedAt'
> {
  portefeuillehouder: { id: string; name: string; titel: string };
  /** In agenda order, each with its number (`2.1`). */
  agendapunten: (Agendapunt & { nummer: string })[];
  records: PoRecord[];
  /** The attendance as recorded; null while not recorded. */
  attendance: Attendance | null;
  timings: ItemTimings;
  /** Cancelled before the meeting: when, by whom and why. */
  geannuleerd: { at: string; by: string; reason: string } | null;
  /** The stukken deadline, UTC ISO timestamp. */
  stukkenDeadline: string;
  agendaCheck: AgendaCheck;
  vaststelling: VaststellingView;
  /** The organisation's kwaliteitstoets checklist, in order. */
  toetsCriteria: ToetsCriterium[];
  /** The PO's last change: the live channel resumes after it. */
  seq: number;
  myRoles: PoRole[];
  rights: PoRightsView;
}

/** A line in a list of POs (`GET /api/pos`): no content. */
export interface PoLineView {
  id: string;
  title: string;
  status: PoStatus;
  startsAt: string;
  portefeuillehouder: { id: string; name: string };
  /** Number of agendapunten. */
  agendapunten: number;
  publishedVersion: number;
  myRoles: PoRole[];
  /** Cancelled before the meeting. */
  geannuleerd: boolean;
  /** My items whose kwaliteitstoets waits for me (stukken there, not confirmed), before the meeting. */
  kwaliteitstoetsVoorMij: number;
  /**
   * The agenda lies with me for vaststelling (`wacht_op_jou`), or my proposal was sent back
   * (`teruggestuurd`); null otherwise and once the agenda is vastgesteld.
   */
  vaststelling: 'wacht_op_jou' | 'teruggestuurd' | null;
}

/** Besluitpunten for one collegedatum (`GET /api/collegeplanning`). */
export interface CollegeplanningEntry {
  collegeDatum: string;
  besluitpunten: {
    id: string;
    text: string;
    poId: string;
    poTitle: string;
    portefeuillehouderId: string;
    portefeuillehouder: string;
    agendapuntTitle: string;
    vertrouwelijk: boolean;
    outsidePurpose: boolean;
    /** Where it stands on its way through the college (null: not yet announced). */
    college: { state: CollegeState; date: string; note: string } | null;
  }[];
}

/** One published verslag in the archive (`GET /api/verslagen`), with the passages a search matched. */
export interface ArchiefHit {
  poId: string;
  version: number;
  publishedAt: string;
  titel: string;
  portefeuillehouder: string;
  /** The PO's date, YYYY-MM-DD. */
  datum: string;
  agendapunten: number;
  /** Besluitpunten in the public verslag. */
  besluiten: number;
  /** Passages around the matched words (`hit`: a matched word); empty without a search. */
  passages: { text: string; hit: boolean }[][];
}

/** A published version (`POST /api/pos/:poId/verslag/publiceren`). */
export interface PublishResult {
  versionId: string;
  version: number;
  publishedAt: string;
  webUrl: string | null;
  fileUrl: string | null;
}

/** The status of an attempt to publish. */
export type PublicationStatus = 'bezig' | 'onzeker' | 'mislukt' | 'geplaatst';

export interface UncertainPostView {
  /** The step to name when confirming (`stap`). */
  step: string;
  /** `bericht`: the verslag message (or the whole verslag); `reactie`: reply `part` of `parts`. */
  post: 'bericht' | 'reactie';
  part: number | null;
  parts: number | null;
  /** When it was first sent, to find it in the channel. */
  sentAt: string | null;
  /** The last line of the post, to search for in the channel: `Verslagversie: <id>` (`, deel N van M`). */
  marker: string | null;
  /** The message the reply goes under, when known: where to look. */
  threadUrl: string | null;
  /** Confirming "it is there" needs the message's link: replies still go under it. */
  needsLink: boolean;
}

/** Where the publication of a PO's verslag stands (`GET /api/pos/:poId/verslag/publicatie`). */
export interface PublicationView {
  /** The latest attempt's status; `geen` when the verslag was never offered for publication. */
  status: PublicationStatus | 'geen';
  version: number | null;
  kind: 'verslag' | 'correctie' | null;
  uncertain: UncertainPostView | null;
  /** This user may settle an uncertain post (rights.publish). */
  mayConfirm: boolean;
  /**
   * Where the verslag goes: the channel chosen in Beheer (with its names), the deployment's default
   * (names unknown: null), or null when none is configured.
   */
  channel: { teamName: string | null; channelName: string | null } | null;
}

/** A person in Microsoft Entra (`GET /api/beheer/directory`). */
export interface DirectoryPerson {
  entraId: string;
  name: string;
  email: string;
  functie: string;
}

/** A team, channel or Planner plan to choose from. */
export interface TeamRef {
  id: string;
  name: string;
}
