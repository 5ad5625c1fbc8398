/**
 * Experts who join for one item (aanschuivers, `adviseurIds`): the planned time slot of each item,
 * from the PO's start and the planned minutes of the items before it in agenda order, and the
 * invitations that should exist for them (one per aanschuiver and item).
 */
import { orderedItems } from './agenda';
import type { Agendapunt, Po } from './model';

/** An item without planned minutes is planned at this many. */
export const DEFAULT_ITEM_MINUTES = 10;

export interface Slot {
  start: string;
  end: string;
}

/** Every item's planned slot, by item id, in agenda order. */
export function itemSlots(po: Pick<Po, 'startsAt' | 'sections'> & { agendapunten: Agendapunt[] }): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  let at = new Date(po.startsAt).getTime();
  for (const item of orderedItems(po.agendapunten, po.sections)) {
    const end = at + (item.plannedMinutes ?? DEFAULT_ITEM_MINUTES) * 60_000;
    slots.set(item.id, { start: new Date(at).toISOString(), end: new Date(end).toISOString() });
    at = end;
  }
  return slots;
}

export interface WantedInvitation extends Slot {
  agendapuntId: string;
  userId: string;
  title: string;
}

/** The invitations that should exist: one per aanschuiver per item, at the item's slot. */
export function wantedInvitations(po: Pick<Po, 'startsAt' | 'sections'> & { agendapunten: Agendapunt[] }): WantedInvitation[] {
  const slots = itemSlots(po);
  return orderedItems(po.agendapunten, po.sections).flatMap((item) => {
    const slot = slots.get(item.id);
    return slot ? [...new Set(item.adviseurIds)].map((userId) => ({ agendapuntId: item.id, userId, title: item.title, ...slot })) : [];
  });
}

export interface StoredInvitation extends Slot {
  agendapuntId: string;
  userId: string;
  eventId: string | null;
}

/** What to do to go from the stored invitations to the wanted ones. */
export function planInvitations(
  wanted: WantedInvitation[],
  stored: StoredInvitation[],
): { create: WantedInvitation[]; move: (WantedInvitation & { eventId: string })[]; cancel: StoredInvitation[] } {
  const key = (i: { agendapuntId: string; userId: string }): string => `${i.agendapuntId}|${i.userId}`;
  const storedBy = new Map(stored.map((s) => [key(s), s]));
  const wantedKeys = new Set(wanted.map(key));
  const create: WantedInvitation[] = [];
  const move: (WantedInvitation & { eventId: string })[] = [];
  for (const w of wanted) {
    const s = storedBy.get(key(w));
    if (!s || !s.eventId) create.push(w);
    else if (s.start !== w.start || s.end !== w.end) move.push({ ...w, eventId: s.eventId });
  }
  return { create, move, cancel: stored.filter((s) => !wantedKeys.has(key(s))) };
}
