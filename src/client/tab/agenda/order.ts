/**
 * Reordering the agenda in the editor: moving an item up or down (across section boundaries)
 * and dropping it elsewhere. Pure functions over the complete order the API takes
 * (`PUT /api/pos/:poId/agenda/volgorde`: every item once, with its section).
 */
import type { AgendaItemView, PoView } from '../../shared/types';

export interface OrderEntry {
  id: string;
  section: string;
}

/** The order as shown: by section order, then position (the server already sends it so). */
export function orderOf(po: Pick<PoView, 'agendapunten' | 'sections'>): OrderEntry[] {
  return po.sections.flatMap((section) => po.agendapunten.filter((i) => i.section === section).map((i) => ({ id: i.id, section })));
}

/**
 * One step up or down. At the top of a section an item moves to the end of the previous
 * section; at the bottom, to the start of the next. Null when it cannot move further.
 */
export function moveStep(order: OrderEntry[], sections: string[], id: string, direction: 'up' | 'down'): OrderEntry[] | null {
  const index = order.findIndex((e) => e.id === id);
  const entry = order[index];
  if (!entry) return null;
  const s = sections.indexOf(entry.section);
  const neighbour = order[direction === 'up' ? index - 1 : index + 1];
  const next = order.filter((e) => e.id !== id);
  if (neighbour && neighbour.section === entry.section) {
    const at = next.findIndex((e) => e.id === neighbour.id);
    next.splice(direction === 'up' ? at : at + 1, 0, entry);
    return next;
  }
  const section = sections[direction === 'up' ? s - 1 : s + 1];
  if (section === undefined) return null;
  const moved = { id, section };
  if (direction === 'up') {
    const lastOfSection = next.map((e) => e.section).lastIndexOf(section);
    const at = lastOfSection === -1 ? insertionPointForEmpty(next, sections, section) : lastOfSection + 1;
    next.splice(at, 0, moved);
  } else {
    const firstOfSection = next.findIndex((e) => e.section === section);
    next.splice(firstOfSection === -1 ? insertionPointForEmpty(next, sections, section) : firstOfSection, 0, moved);
  }
  return next;
}

/** Where an item goes in an empty section: after every item of the sections before it. */
function insertionPointForEmpty(order: OrderEntry[], sections: string[], section: string): number {
  const before = new Set(sections.slice(0, sections.indexOf(section)));
  let at = 0;
  order.forEach((e, i) => {
    if (before.has(e.section)) at = i + 1;
  });
  return at;
}

/** Dropped before another item, or at the end of a section. */
export function moveTo(order: OrderEntry[], sections: string[], id: string, target: { beforeId: string } | { section: string }): OrderEntry[] {
  if ('beforeId' in target && target.beforeId === id) return order;
  const next = order.filter((e) => e.id !== id);
  if ('beforeId' in target) {
    const at = next.findIndex((e) => e.id === target.beforeId);
    const section = next[at]?.section;
    if (at === -1 || section === undefined) return order;
    next.splice(at, 0, { id, section });
    return next;
  }
  const last = next.map((e) => e.section).lastIndexOf(target.section);
  next.splice(last === -1 ? insertionPointForEmpty(next, sections, target.section) : last + 1, 0, { id, section: target.section });
  return next;
}

/** The PO with its items in the new order, renumbered: what the editor shows while the server confirms. */
export function applyOrder<P extends Pick<PoView, 'agendapunten' | 'sections'>>(po: P, order: OrderEntry[]): P {
  const byId = new Map(po.agendapunten.map((i) => [i.id, i]));
  const positions = new Map<string, number>();
  const items: AgendaItemView[] = [];
  order.forEach((entry, index) => {
    const item = byId.get(entry.id);
    if (!item) return;
    const position = positions.get(entry.section) ?? 0;
    positions.set(entry.section, position + 1);
    items.push({ ...item, section: entry.section, position, nummer: String(index + 1) });
  });
  return { ...po, agendapunten: items };
}
