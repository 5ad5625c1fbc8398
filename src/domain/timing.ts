/**
 * Time per agendapunt during the meeting, kept with the PO on the server: every screen (side panel,
 * stage, a late joiner, a reload) shows the same planned-versus-elapsed figures.
 */
export interface ItemTimings {
  /** Milliseconds spent on earlier turns of each item (an item can be discussed twice). */
  spent: Record<string, number>;
  /** The item under discussion now, and since when (UTC ISO timestamp). */
  current: { itemId: string; since: string } | null;
}

export const noTimings = (): ItemTimings => ({ spent: {}, current: null });

/** Item `itemId` becomes current at `at` (null: none, the meeting ended); the turn before is added up. */
export function switchItem(t: ItemTimings, itemId: string | null, at: string): ItemTimings {
  if (t.current?.itemId === itemId) return t;
  const spent = { ...t.spent };
  if (t.current) spent[t.current.itemId] = (spent[t.current.itemId] ?? 0) + Math.max(0, Date.parse(at) - Date.parse(t.current.since));
  return { spent, current: itemId ? { itemId, since: at } : null };
}

/** Milliseconds spent on `itemId` up to `now` (ms since the epoch). */
export function elapsedOn(t: ItemTimings, itemId: string, now: number): number {
  const running = t.current?.itemId === itemId ? Math.max(0, now - Date.parse(t.current.since)) : 0;
  return (t.spent[itemId] ?? 0) + running;
}
