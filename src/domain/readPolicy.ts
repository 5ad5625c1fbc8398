/**
 * The one read policy: what of a PO one user may see. Every read of PO content on the server (the
 * PO itself, registers, collegeplanning, late stukken, verslag, versions, audit log, live changes,
 * Planner) asks `readerOf` and shows only what `visiblePo` leaves; nothing decides on its own.
 *
 * A user reads a PO on one of these grounds:
 * - `betrokken`: involved in it (portefeuillehouder, concernadviseur, notulist, participant,
 *   opdrachtnemer or adviser of an item): the whole PO, a confidential item only when entitled
 *   (`rights.readItem`);
 * - `overzicht`: not involved, but reading it for an organisation-wide overview (collegeplanning
 *   and register for overseers) or through the standing item of a later PO they may read: the
 *   items that are not confidential, and their records;
 * - `eigen`: not involved, but owner of records in it: those records, on items that are not
 *   confidential;
 * - `geen`: nothing.
 */
import { checkAgenda, type AgendaCheck } from './agenda';
import type { Agendapunt, OrganisationConfig, Po, PoRecord, ToetsCriterium, User } from './model';
import { mayOverseeAll, poRolesOf, rightsOn, type PoPeople, type PoRights } from './rights';

export type ReadBasis = 'betrokken' | 'overzicht' | 'eigen' | 'geen';

/** How a read came about, beyond the user's own part in the PO (decided by the server's read layer). */
export type ReadGrant = 'overzicht' | null;

export interface PoReader {
  basis: ReadBasis;
  rights: PoRights;
  /** May read this item's content (title, toelichting, voorgesteld besluit, stukken, bespreking, advisers). */
  readItem: (agendapuntId: string) => boolean;
  /** May read this record (its item readable, and for `eigen` only their own). */
  readRecord(record: Pick<PoRecord, 'agendapuntId'> & { ownerId?: string | null }): boolean;
  /** May read every item of the PO, confidential ones included (the participants' verslag). */
  readsAll: boolean;
  /** Is this an item of the PO as read (false for an item since removed)? */
  known(agendapuntId: string): boolean;
}

/** The title a confidential item shows to those who may not read it. */
export const HIDDEN_ITEM_TITLE = 'Vertrouwelijk agendapunt';

type PoForRead = PoPeople & { records?: Pick<PoRecord, 'agendapuntId'>[] };

/**
 * The reader of `po` for `user`. `grant` is `overzicht` when the read layer reads this PO for an
 * overview (register, collegeplanning, standing item); an overseer reads every PO that way.
 */
export function readerOf(user: User, po: PoForRead, org: Pick<OrganisationConfig, 'portefeuillehouders'>, grant: ReadGrant = null): PoReader {
  const rights = rightsOn(user, po, org);
  const items = new Map(po.agendapunten.map((i) => [i.id, i]));
  let basis: ReadBasis;
  if (rights.read) basis = 'betrokken';
  else if (grant === 'overzicht' || mayOverseeAll(user)) basis = 'overzicht';
  else if (po.records?.some((r) => 'ownerId' in r && r.ownerId === user.id)) basis = 'eigen';
  else basis = 'geen';

  const readItem = (id: string): boolean => {
    const item = items.get(id);
    if (!item) return false;
    switch (basis) {
      case 'betrokken':
        return rights.readItem(id);
      case 'overzicht':
        return !item.vertrouwelijk;
      case 'eigen':
        return !item.vertrouwelijk && (po.records ?? []).some((r) => r.agendapuntId === id && 'ownerId' in r && r.ownerId === user.id);
      case 'geen':
        return false;
    }
  };
  return {
    basis,
    rights,
    readItem,
    readRecord: (r) => readItem(r.agendapuntId) && (basis !== 'eigen' || r.ownerId === user.id),
    readsAll: basis === 'betrokken' && po.agendapunten.every((i) => rights.readItem(i.id)),
    known: (id) => items.has(id),
  };
}

/** An item as someone who may not read it sees it: its place, number, purpose and time, no content. */
export function hiddenItem(item: Agendapunt): Agendapunt {
  return {
    ...item,
    title: HIDDEN_ITEM_TITLE,
    toelichting: '',
    voorgesteldBesluit: '',
    stukken: [],
    bespreking: '',
    adviseurIds: [],
    // The toets's notes and an overrule's reason may speak of the content.
    toetsCriteria: item.toetsCriteria.map((c) => ({ ...c, notitie: '' })),
    toetsOverruled: item.toetsOverruled && { ...item.toetsOverruled, reden: '' },
  };
}

/**
 * The PO as this reader may see it: items they may not read keep their place and number but lose
 * their content; records they may not read are left out.
 */
export function visiblePo<P extends Po>(po: P, reader: Pick<PoReader, 'readItem' | 'readRecord'>): P {
  const hidden = po.agendapunten.some((i) => !reader.readItem(i.id));
  const records = po.records.filter((r) => reader.readRecord(r));
  if (!hidden && records.length === po.records.length) return po;
  return {
    ...po,
    agendapunten: po.agendapunten.map((i) => (reader.readItem(i.id) ? i : hiddenItem(i))),
    records,
    // Who joined for a hidden item is part of its content.
    ...(po.attendance
      ? { attendance: { ...po.attendance, aangeschoven: Object.fromEntries(Object.entries(po.attendance.aangeschoven).filter(([id]) => reader.readItem(id))) } }
      : {}),
  };
}

/** What everyone in the organisation may see (a Planner plan, a channel): nothing confidential. */
export function organisationReader(po: Pick<Po, 'agendapunten'>): Pick<PoReader, 'readItem' | 'readRecord'> {
  const open = new Set(po.agendapunten.filter((i) => !i.vertrouwelijk).map((i) => i.id));
  return { readItem: (id) => open.has(id), readRecord: (r) => open.has(r.agendapuntId) };
}

/**
 * The agenda check as this reader may see it: worked out on the whole agenda (a hidden item's
 * missing purpose still blocks), but an item they may not read is named only by its placeholder.
 */
export function checkAgendaFor(
  po: Pick<Po, 'agendapunten'> & Partial<Pick<Po, 'sections'>>,
  reader: Pick<PoReader, 'readItem'>,
  criteria?: readonly ToetsCriterium[],
): AgendaCheck {
  return checkAgenda({ ...po, agendapunten: po.agendapunten.map((i) => (reader.readItem(i.id) ? i : { ...i, title: HIDDEN_ITEM_TITLE })) }, criteria);
}

/**
 * The meeting transcript's excerpts (what was said per item): only the notulist and the
 * concernadviseur of the PO read them, each item's excerpt only when they may read that item
 * (confidential items follow `rights.readItem`). Null for everyone else.
 */
export function transcriptReader(user: User, po: PoForRead, org: Pick<OrganisationConfig, 'portefeuillehouders'>): Pick<PoReader, 'readItem'> | null {
  const roles = poRolesOf(user, po, org);
  if (!roles.includes('notulist') && !roles.includes('concernadviseur')) return null;
  const reader = readerOf(user, po, org);
  return reader.basis === 'betrokken' ? { readItem: reader.readItem } : null;
}
