/**
 * Who may do what on one PO. The server asks these for every request; the UI may use them to
 * hide buttons, never to grant anything.
 */
import type { Agendapunt, OrganisationConfig, Po, Role, User } from './model';

/** The people of a PO and its items: all that rights depend on (no content). */
export type PoPeople = Pick<Po, 'portefeuillehouderId' | 'concernadviseurId' | 'notulistId' | 'participantIds'> & {
  agendapunten: Pick<Agendapunt, 'id' | 'vertrouwelijk' | 'opdrachtnemerId' | 'adviseurIds'>[];
};

export type PoRole = 'portefeuillehouder' | 'concernadviseur' | 'notulist' | 'opdrachtnemer' | 'adviseur' | 'deelnemer';

/** The user's roles on this PO (empty when the user is not involved). */
export function poRolesOf(user: Pick<User, 'id'>, po: PoPeople, org: Pick<OrganisationConfig, 'portefeuillehouders'>): PoRole[] {
  const roles: PoRole[] = [];
  const ph = org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId);
  if (ph?.userId === user.id) roles.push('portefeuillehouder');
  if (po.concernadviseurId === user.id) roles.push('concernadviseur');
  if (po.notulistId === user.id) roles.push('notulist');
  if (po.agendapunten.some((i) => i.opdrachtnemerId === user.id)) roles.push('opdrachtnemer');
  if (po.agendapunten.some((i) => i.adviseurIds.includes(user.id))) roles.push('adviseur');
  if (po.participantIds.includes(user.id)) roles.push('deelnemer');
  return roles;
}

export interface PoRights {
  /** Read this PO: its agenda and records, confidential items only where `readItem` allows. */
  read: boolean;
  /**
   * Read this item's content. A confidential (vertrouwelijk) item is read only by those entitled:
   * the portefeuillehouder, concernadviseur, notulist, invited participants, and the item's own
   * opdrachtnemer and advisers; not by experts who join for another item.
   */
  readItem: (agendapuntId: string) => boolean;
  editAgenda: boolean;
  /** Edit these items (all when editAgenda). */
  editItem: (agendapuntId: string) => boolean;
  confirmKwaliteitstoets: (agendapuntId: string) => boolean;
  /** Start and end the meeting and move the current item. */
  chair: boolean;
  record: boolean;
  /**
   * Complete the verslag after the meeting (records, bespreking, attendance, afhandeling) and
   * reopen the meeting; during it, record the attendance: the notulist and the concernadviseur.
   */
  amendVerslag: boolean;
  approveVerslag: boolean;
  publish: boolean;
  decideAgendaverzoek: boolean;
}

export function rightsOn(user: User, po: PoPeople, org: Pick<OrganisationConfig, 'portefeuillehouders'>): PoRights {
  const roles = poRolesOf(user, po, org);
  const has = (r: PoRole): boolean => roles.includes(r);
  const owner = has('portefeuillehouder') || has('concernadviseur');
  const opdrachtnemerOf = (id: string): boolean => po.agendapunten.some((i) => i.id === id && i.opdrachtnemerId === user.id);
  const entitledToAll = has('portefeuillehouder') || has('concernadviseur') || has('notulist') || has('deelnemer');
  const readItem = (id: string): boolean => {
    const item = po.agendapunten.find((i) => i.id === id);
    if (!item || roles.length === 0) return false;
    if (!item.vertrouwelijk || entitledToAll) return true;
    return item.opdrachtnemerId === user.id || item.adviseurIds.includes(user.id);
  };
  return {
    read: roles.length > 0,
    readItem,
    editAgenda: owner,
    editItem: (id) => owner || opdrachtnemerOf(id),
    confirmKwaliteitstoets: (id) => opdrachtnemerOf(id),
    chair: owner || has('notulist'),
    record: has('notulist'),
    amendVerslag: has('notulist') || has('concernadviseur'),
    approveVerslag: has('portefeuillehouder'),
    publish: has('notulist') || has('concernadviseur'),
    decideAgendaverzoek: owner,
  };
}

const PROPOSER_ROLES: Role[] = ['opdrachtnemer', 'adviseur', 'concernadviseur', 'portefeuillehouder'];

/** Opdrachtnemers and independent advisers (concerncontroller, CISO, FG, archivaris) may agenderen. */
export const mayProposeItems = (user: Pick<User, 'roles'>): boolean => user.roles.some((r) => PROPOSER_ROLES.includes(r));

/** Who may create a PO: the concernadviseur, or a portefeuillehouder for their own PO. */
export function mayCreatePo(user: User, portefeuillehouderId: string, org: Pick<OrganisationConfig, 'portefeuillehouders'>): boolean {
  if (user.roles.includes('concernadviseur')) return true;
  return org.portefeuillehouders.some((p) => p.id === portefeuillehouderId && p.userId === user.id);
}

/** The collegeplanning and the organisation-wide follow-up register. */
export const mayOverseeAll = (user: Pick<User, 'roles'>): boolean =>
  user.roles.some((r) => r === 'gemeentesecretaris' || r === 'concernadviseur' || r === 'portefeuillehouder');

/**
 * Fields an opdrachtnemer may change on their own item; the rest (title, purpose, opdrachtnemer,
 * vertrouwelijk, time and college date) is the agenda owners'. The server refuses the others; the
 * editor shows them read-only.
 */
export const OPDRACHTNEMER_FIELDS: ReadonlySet<string> = new Set(['toelichting', 'voorgesteldBesluit', 'stukken', 'adviseurIds']);

/** Who can be an ambtelijk opdrachtnemer: not a college member (wethouders and the burgemeester). */
export const canBeOpdrachtnemer = (user: Pick<User, 'roles'>): boolean => !user.roles.includes('portefeuillehouder');
