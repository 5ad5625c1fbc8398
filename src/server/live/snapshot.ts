/**
 * What a live channel knows of its PO between database reads: enough to decide, per change, who may
 * read it (rights, the item a record belongs to) and whether a change needs a fresh state instead.
 */
import type { Agendapunt, OrganisationConfig } from '../../domain';
import { hiddenItem } from '../../domain';
import { fail } from '../../shared/errors';
import type { PoChange } from '../store/changes';
import type { Database } from '../store/db';
import { loadOrganisation } from '../store/directory';
import { loadPo, type LoadedPo } from '../store/pos';
import type { LiveChange, RedactedChange } from '../../shared/contract/live';

export interface Snapshot {
  /** The PO as read at `loadedSeq`; light changes (see `absorb`) are folded in since. */
  po: LoadedPo;
  org: OrganisationConfig;
  loadedSeq: number;
  /** Record id -> agendapunt id, removed records included, to place a `record.removed`. */
  recordItems: Map<string, string>;
}

/** Reads the PO and the organisation in one consistent (repeatable read) transaction. */
export async function loadSnapshot(db: Database, poId: string): Promise<Snapshot | null> {
  return db.tx(async (sql) => {
    await sql.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const po = await loadPo(sql, poId);
    if (!po) return null;
    const org = (await loadOrganisation(sql)) ?? fail('not_configured', 'De organisatie is nog niet ingericht.');
    return { po, org, loadedSeq: po.seq, recordItems: new Map(po.records.map((r) => [r.id, r.agendapuntId])) };
  });
}

/** Whom a change is about: an agendapunt (readers of that item only), nobody in particular, or unknown. */
export type About = { itemId: string } | 'everyone' | 'unknown';

/**
 * How a change reaches clients: as itself (redacted per reader by `about`), or as a fresh state
 * for everyone, after changes that may alter rights, numbering or the agenda check.
 */
export type Delivery = { kind: 'state' } | { kind: 'change'; about: About };

/** Item fields that change neither rights, numbering nor the agenda check. */
const LIGHT_ITEM_FIELDS = new Set<string>(['bespreking', 'toelichting', 'plannedMinutes', 'beoogdeCollegedatum']);
/** PO fields that change neither rights nor deadlines. */
const LIGHT_PO_FIELDS = new Set<string>(['title', 'aanwezigen', 'teamsMeetingChatId']);

const STATE: Delivery = { kind: 'state' };

export function classify(c: PoChange, snap: Snapshot): Delivery {
  const change = asLive(c);
  switch (change.type) {
    case 'record.added':
    case 'record.updated':
      return snap.po.agendapunten.some((i) => i.id === change.payload.agendapuntId)
        ? { kind: 'change', about: { itemId: change.payload.agendapuntId } }
        : STATE;
    case 'record.removed': {
      const itemId = snap.recordItems.get(change.payload.id);
      return { kind: 'change', about: itemId ? { itemId } : 'unknown' };
    }
    case 'po.current':
    case 'verslag.approved':
      return { kind: 'change', about: 'everyone' };
    case 'po.updated':
      return Object.keys(change.payload).every((k) => LIGHT_PO_FIELDS.has(k)) ? { kind: 'change', about: 'everyone' } : STATE;
    case 'agendapunt.updated': {
      // Compared with the snapshot's item. A snapshot read after this change shows the item as it
      // is now, not as it was before; that is only conclusive once the agenda is fixed.
      const known = snap.po.agendapunten.find((i) => i.id === change.payload.id);
      if (!known || !onlyLightFieldsDiffer(known, change.payload)) return STATE;
      if (c.seq <= snap.loadedSeq && !agendaFixed(snap)) return STATE;
      return { kind: 'change', about: { itemId: known.id } };
    }
    default:
      // Status, agenda structure, publication, and any type this code does not know yet.
      return STATE;
  }
}

/**
 * From the start of the meeting on, the agenda cannot be edited and the kwaliteitstoets is done
 * (domain/lifecycle.ts: assertAgendaEditable; commands/agenda.ts): an item changes only in its
 * bespreking. Status changes always bring a fresh state, so a snapshot's status held throughout.
 */
const agendaFixed = (snap: Snapshot): boolean => snap.po.status !== 'concept' && snap.po.status !== 'vastgesteld';

function onlyLightFieldsDiffer(before: Agendapunt, after: Agendapunt): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Agendapunt>;
  for (const key of keys) {
    if (!LIGHT_ITEM_FIELDS.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key])) return false;
  }
  return true;
}

/** Folds a change sent as itself into the snapshot, so later changes are judged against it. */
export function absorb(snap: Snapshot, c: PoChange): void {
  const change = asLive(c);
  if (change.type === 'record.added' || change.type === 'record.updated') {
    snap.recordItems.set(change.payload.id, change.payload.agendapuntId);
  } else if (change.type === 'agendapunt.updated') {
    snap.po = { ...snap.po, agendapunten: snap.po.agendapunten.map((i) => (i.id === change.payload.id ? change.payload : i)) };
  } else if (change.type === 'po.updated' || change.type === 'po.current') {
    snap.po = { ...snap.po, ...change.payload };
  }
}

/** The change as sent on the wire (without the PO id and seq, which travel in the message). */
export function asLive(c: PoChange): LiveChange {
  return { type: c.type, payload: c.payload, at: c.at, actorId: c.actorId } as LiveChange;
}

/**
 * The change for a reader who may not read its item: an update of a confidential item shows it as
 * the state shows it (place and number kept, content removed); anything else is a placeholder.
 */
export function hiddenVersion(c: PoChange): LiveChange | RedactedChange {
  const change = asLive(c);
  if (change.type !== 'agendapunt.updated') return { type: 'redacted' };
  return { ...change, payload: hiddenItem(change.payload) };
}
