/**
 * The API client of every surface (Teams and Outlook): same origin, the host's bearer token, every
 * failure an ApiError with the catalogue id (src/shared/errors.ts) so the UI can show it in the
 * user's language.
 */
import type { FollowUpStatus, OrganisationConfig } from '../../domain/model';
import { ERRORS, type ErrorId, type Problem } from '../../shared/errors';
import type {
  Paged,
  AgendaItemInput,
  Agendaverzoek,
  ChannelInput,
  HolidaysInput,
  NewAgendaItem,
  NewPo,
  NewUser,
  PoPatch,
  SettingsInput,
  VerzoekDecision,
  NewVerzoek,
  ArchiefItem,
  ClientConfig,
  CollegeplanningEntry,
  FollowUpEntry,
  NewRecord,
  OrganisatieView,
  PoSummary,
  PoView,
  PublishResult,
  RecordPatch,
  RecordView,
  UserView,
  VerslagModel,
  VerslagVersionView,
  VerslagVoorbeeld,
  BeheerView,
  CreatedPoView,
  DirectoryHit,
  HolidayLine,
  HolidaySettings,
  Portefeuillehouder,
  Role,
  RoleMapping,
  TeamRef,
} from './types';
import { hasMessage, translate, type Locale } from './i18n';

/** `network`: the server could not be reached (offline, or the request never got an answer). */
export type ApiErrorId = ErrorId | 'network';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: ApiErrorId,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const isErrorId = (id: string): id is ErrorId => Object.prototype.hasOwnProperty.call(ERRORS, id);

/** The text for an error in the user's language: the catalogue text, and in Dutch the server's own detail. */
export function errorText(err: unknown, locale: Locale): string {
  if (err instanceof ApiError) {
    if (err.id === 'network') return translate(locale, 'error.network');
    const base = ERRORS[err.id][locale];
    return locale === 'nl' && err.message && err.message !== base ? err.message : base;
  }
  return err instanceof Error && locale === 'nl' ? err.message : ERRORS.internal[locale];
}

/** The text of one problem: known problem codes are translated, others keep the server's (Dutch) text. */
export function problemText(problem: Problem, locale: Locale): string {
  const key = `error.problem.${problem.code}`;
  return hasMessage(key) && (locale === 'en' || problem.path.startsWith('agendapunt:')) ? translate(locale, key) : problem.message;
}

async function failure(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as { error?: { id?: string; message?: string; problems?: Problem[] } } | null;
  const id = body?.error?.id && isErrorId(body.error.id) ? body.error.id : res.status === 401 ? 'unauthenticated' : 'internal';
  return new ApiError(res.status, id, body?.error?.message ?? ERRORS[id].nl, body?.error?.problems ?? []);
}

const q = (params: Record<string, string | number | boolean | undefined>): string => {
  const entries = Object.entries(params).filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
};
const enc = encodeURIComponent;

/** A fetch whose failures are ApiErrors: `network` when there is no answer, else the server's error. */
async function send(url: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err));
  }
  if (!res.ok) throw await failure(res);
  return res;
}

/** The file name from a Content-Disposition header (RFC 5987 `filename*` first). */
export function fileNameOf(disposition: string | null): string | null {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? null;
}

/** How the server signs users in (no token needed): Entra ID or development. */
export const clientConfig = async (baseUrl = ''): Promise<ClientConfig> => (await send(`${baseUrl}/api/client-config`, {})).json() as Promise<ClientConfig>;

export type TokenSource = () => Promise<string>;

export class Api {
  constructor(
    private readonly token: TokenSource,
    private readonly baseUrl = '',
  ) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${await this.token()}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await send(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return (res.status === 204 ? null : await res.json()) as T;
  }

  /** A file: its bytes and the name the server gives it. */
  async download(path: string): Promise<{ bytes: Uint8Array; fileName: string | null }> {
    const res = await send(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${await this.token()}` } });
    return { bytes: new Uint8Array(await res.arrayBuffer()), fileName: fileNameOf(res.headers.get('content-disposition')) };
  }

  me = (): Promise<UserView> => this.request('GET', '/api/me');
  organisatie = (): Promise<OrganisatieView> => this.request('GET', '/api/organisatie');
  users = async (): Promise<UserView[]> => (await this.request<{ items: UserView[] }>('GET', '/api/gebruikers')).items;

  /** One page of POs, newest first; `nextCursor` fetches the next. */
  posPage = (
    query: {
      scope?: 'mijn' | 'alle';
      portefeuillehouderId?: string;
      teamsMeetingChatId?: string;
      from?: string;
      to?: string;
      limit?: string;
      cursor?: string;
    } = {},
  ): Promise<Paged<PoSummary>> => this.request('GET', `/api/pos${q(query)}`);
  /** The first page of POs (the 50 newest): for the choosers, with a filter that keeps them short. */
  listPos = async (
    query: { scope?: 'mijn' | 'alle'; portefeuillehouderId?: string; teamsMeetingChatId?: string; from?: string; to?: string } = {},
  ): Promise<PoSummary[]> => (await this.posPage(query)).items;
  cancelPo = (poId: string, reason: string): Promise<PoView> => this.request('POST', `/api/pos/${enc(poId)}/annuleren`, { reason });
  getPo = (poId: string): Promise<PoView> => this.request('GET', `/api/pos/${enc(poId)}`);
  createPo = (body: NewPo): Promise<CreatedPoView> => this.request('POST', '/api/pos', body);
  /** A new `startsAt` on a public holiday is moved off it: `datumVerschoven` says so, as at creation. */
  updatePo = (poId: string, body: PoPatch): Promise<CreatedPoView> => this.request('PATCH', `/api/pos/${enc(poId)}`, body);

  addItem = (poId: string, body: NewAgendaItem): Promise<unknown> => this.request('POST', `/api/pos/${enc(poId)}/agendapunten`, body);
  editItem = (poId: string, itemId: string, body: AgendaItemInput): Promise<unknown> =>
    this.request('PATCH', `/api/pos/${enc(poId)}/agendapunten/${enc(itemId)}`, body);
  removeItem = (poId: string, itemId: string): Promise<unknown> => this.request('DELETE', `/api/pos/${enc(poId)}/agendapunten/${enc(itemId)}`);
  reorder = (poId: string, order: { id: string; section: string }[]): Promise<PoView> =>
    this.request('PUT', `/api/pos/${enc(poId)}/agenda/volgorde`, { order });
  confirmKwaliteitstoets = (poId: string, itemId: string): Promise<PoView> =>
    this.request('POST', `/api/pos/${enc(poId)}/agendapunten/${enc(itemId)}/kwaliteitstoets`);
  vaststellen = (poId: string): Promise<PoView> => this.request('POST', `/api/pos/${enc(poId)}/agenda/vaststellen`);
  heropenen = (poId: string): Promise<PoView> => this.request('POST', `/api/pos/${enc(poId)}/agenda/heropenen`);
  /** Vaststellen by both (issue 15): put forward, send back with a remark. */
  voorleggen = (poId: string): Promise<PoView> => this.request('POST', `/api/pos/${enc(poId)}/agenda/voorleggen`);
  terugsturen = (poId: string, opmerking: string): Promise<PoView> => this.request('POST', `/api/pos/${enc(poId)}/agenda/terugsturen`, { opmerking });
  /** The kwaliteitstoets: one criterion ticked with a note (opdrachtnemer); overruled with a reason (portefeuillehouder). */
  tickToets = (poId: string, itemId: string, criteriumId: string, body: { voldaan: boolean; notitie?: string }): Promise<PoView> =>
    this.request('PUT', `/api/pos/${enc(poId)}/agendapunten/${enc(itemId)}/kwaliteitstoets/criteria/${enc(criteriumId)}`, body);
  overruleToets = (poId: string, itemId: string, reden: string): Promise<PoView> =>
    this.request('POST', `/api/pos/${enc(poId)}/agendapunten/${enc(itemId)}/kwaliteitstoets/overrulen`, { reden });

  /** The agenda as HTML for the invite (between the fixed markers), and as a Word document. */
  agendaHtml = async (poId: string): Promise<string> => (await this.request<{ html: string }>('GET', `/api/pos/${enc(poId)}/agenda.html`)).html;
  agendaDocx = (poId: string): Promise<{ bytes: Uint8Array; fileName: string | null }> => this.download(`/api/pos/${enc(poId)}/agenda.docx`);

  startMeeting = (poId: string): Promise<PoView> => this.request('POST', `/api/pos/${enc(poId)}/vergadering/starten`);
  endMeeting = (poId: string): Promise<PoView> => this.request('POST', `/api/pos/${enc(poId)}/vergadering/beeindigen`);
  setCurrent = (poId: string, agendapuntId: string | null): Promise<unknown> =>
    this.request('PUT', `/api/pos/${enc(poId)}/vergadering/huidig-agendapunt`, { agendapuntId });
  addRecord = (poId: string, record: NewRecord): Promise<RecordView> => this.request('POST', `/api/pos/${enc(poId)}/vastleggingen`, record);
  editRecord = (poId: string, recordId: string, patch: RecordPatch): Promise<RecordView> =>
    this.request('PATCH', `/api/pos/${enc(poId)}/vastleggingen/${enc(recordId)}`, patch);
  removeRecord = (poId: string, recordId: string): Promise<unknown> => this.request('DELETE', `/api/pos/${enc(poId)}/vastleggingen/${enc(recordId)}`);

  /** The verslag: participants the working one, others the latest published version (public content). */
  verslag = (poId: string, audience: 'openbaar' | 'deelnemers' = 'deelnemers'): Promise<{ model: VerslagModel; version: number | null }> =>
    this.request('GET', `/api/pos/${enc(poId)}/verslag${q({ audience })}`);
  voorbeeld = (poId: string): Promise<VerslagVoorbeeld> => this.request('GET', `/api/pos/${enc(poId)}/verslag/voorbeeld`);
  approve = (poId: string): Promise<PoView> => this.request('POST', `/api/pos/${enc(poId)}/verslag/goedkeuren`);
  publish = (poId: string): Promise<PublishResult> => this.request('POST', `/api/pos/${enc(poId)}/verslag/publiceren`, {});
  openCorrection = (poId: string): Promise<PoView> => this.request('POST', `/api/pos/${enc(poId)}/verslag/correctie`);
  versions = async (poId: string): Promise<VerslagVersionView[]> =>
    (await this.request<{ items: VerslagVersionView[] }>('GET', `/api/pos/${enc(poId)}/verslag/versies`)).items;

  followUp = (filter: {
    portefeuillehouderId?: string;
    ownerId?: string;
    overdue?: boolean;
    includeClosed?: boolean;
    kind?: string;
    cursor?: string;
  }): Promise<Paged<FollowUpEntry>> => this.request('GET', `/api/opvolging${q(filter)}`);
  /** The standing item's open follow-up from the portefeuillehouder's earlier POs (first page, as the read policy allows). */
  standingFollowUp = async (poId: string): Promise<FollowUpEntry[]> =>
    (await this.request<Paged<FollowUpEntry>>('GET', `/api/pos/${enc(poId)}/opvolging${q({ limit: 50 })}`)).items;
  setBespreking = (poId: string, itemId: string, bespreking: string): Promise<unknown> =>
    this.request('PUT', `/api/pos/${enc(poId)}/agendapunten/${enc(itemId)}/bespreking`, { bespreking });
  setFollowUpStatus = (recordId: string, status: FollowUpStatus): Promise<unknown> => this.request('PUT', `/api/opvolging/${enc(recordId)}/status`, { status });
  verzoeken = async (query: { status?: 'ingediend' | 'geaccepteerd' | 'afgewezen' } = {}): Promise<Agendaverzoek[]> =>
    (await this.request<{ items: Agendaverzoek[] }>('GET', `/api/agendaverzoeken${q(query)}`)).items;
  proposeItem = (poId: string, body: NewVerzoek): Promise<Agendaverzoek> => this.request('POST', `/api/pos/${enc(poId)}/agendaverzoeken`, body);
  /** For the portefeuillehouder's next PO that still takes proposals, whichever it is. */
  proposeForNextPo = (portefeuillehouderId: string, body: NewVerzoek): Promise<Agendaverzoek> =>
    this.request('POST', `/api/portefeuillehouders/${enc(portefeuillehouderId)}/agendaverzoeken`, body);
  decideVerzoek = (verzoekId: string, body: VerzoekDecision): Promise<Agendaverzoek> =>
    this.request('POST', `/api/agendaverzoeken/${enc(verzoekId)}/besluit`, body);
  collegeplanning = (query: { from?: string; cursor?: string } = {}): Promise<Paged<CollegeplanningEntry>> =>
    this.request('GET', `/api/collegeplanning${q(query)}`);
  beheer = (): Promise<BeheerView> => this.request('GET', '/api/beheer/organisatie');
  saveCollege = (portefeuillehouders: Portefeuillehouder[]): Promise<OrganisationConfig> => this.request('PUT', '/api/beheer/college', { portefeuillehouders });
  saveSettings = (body: SettingsInput): Promise<OrganisationConfig> => this.request('PUT', '/api/beheer/instellingen', body);
  saveVaststelling = (body: { vaststellingDoorBeiden?: boolean; kwaliteitstoetsCriteria?: { id: string; label: string }[] }): Promise<OrganisationConfig> =>
    this.request('PUT', '/api/beheer/vaststelling', body);
  holidays = (jaar: number): Promise<{ year: number; settings: HolidaySettings; items: HolidayLine[] }> =>
    this.request('GET', `/api/beheer/feestdagen${q({ jaar })}`);
  saveHolidays = (body: HolidaysInput): Promise<OrganisationConfig> => this.request('PUT', '/api/beheer/feestdagen', body);
  saveChannel = (body: ChannelInput): Promise<OrganisationConfig> => this.request('PUT', '/api/beheer/kanaal', body);
  saveRoleMappings = (roleMappings: RoleMapping[]): Promise<OrganisationConfig> => this.request('PUT', '/api/beheer/rolkoppelingen', { roleMappings });
  searchDirectory = async (zoek: string): Promise<DirectoryHit[]> =>
    (await this.request<{ items: DirectoryHit[] }>('GET', `/api/beheer/directory${q({ zoek })}`)).items;
  addUser = (body: NewUser): Promise<UserView> => this.request('POST', '/api/beheer/gebruikers', body);
  setRoles = (userId: string, roles: Role[]): Promise<UserView> => this.request('PUT', `/api/beheer/gebruikers/${enc(userId)}/rollen`, { roles });
  teams = async (): Promise<TeamRef[]> => (await this.request<{ items: TeamRef[] }>('GET', '/api/beheer/teams')).items;
  plans = async (teamId: string): Promise<TeamRef[]> => (await this.request<{ items: TeamRef[] }>('GET', `/api/beheer/teams/${enc(teamId)}/plannen`)).items;
  channels = async (teamId: string): Promise<TeamRef[]> => (await this.request<{ items: TeamRef[] }>('GET', `/api/beheer/teams/${enc(teamId)}/kanalen`)).items;

  archief = (text?: string, cursor?: string, portefeuillehouderId?: string): Promise<Paged<ArchiefItem>> =>
    this.request('GET', `/api/verslagen${q({ q: text, cursor, portefeuillehouderId })}`);
}

/** The demo users of the development sign-in (no token needed; development mode only). */
export async function devUsers(): Promise<UserView[] | null> {
  const res = await fetch('/api/dev/users').catch(() => null);
  if (!res?.ok) return null;
  return ((await res.json()) as { items: UserView[] }).items;
}
