/**
 * Planned versus elapsed time per agendapunt. The PO JSON does not (yet) say when each item became
 * current, so every client keeps the moments it saw the current item change (persisted per PO in
 * localStorage, so a reload keeps them); a client that joins late counts the current item from the
 * meeting's start when it is the first item, else from when it joined.
 */
import { useEffect, useState } from 'react';
import { localStore } from '../storage';
import type { PoView } from '../types';

export interface Timings {
  /** Milliseconds spent on earlier turns of each item. */
  spent: Record<string, number>;
  current: { itemId: string; since: number } | null;
}

export const emptyTimings = (): Timings => ({ spent: {}, current: null });

/** The item `itemId` became current at `at` (ms); null: no item is current. */
export function switchTo(t: Timings, itemId: string | null, at: number): Timings {
  if (t.current?.itemId === itemId) return t;
  const spent = { ...t.spent };
  if (t.current) spent[t.current.itemId] = (spent[t.current.itemId] ?? 0) + Math.max(0, at - t.current.since);
  return { spent, current: itemId ? { itemId, since: at } : null };
}

export function elapsedMs(t: Timings, itemId: string, now: number): number {
  const running = t.current?.itemId === itemId ? Math.max(0, now - t.current.since) : 0;
  return (t.spent[itemId] ?? 0) + running;
}

export interface ItemTime {
  plannedMs: number | null;
  elapsedMs: number;
  overrunMs: number;
}

export function itemTime(t: Timings, itemId: string, plannedMinutes: number | null, now: number): ItemTime {
  const elapsed = elapsedMs(t, itemId, now);
  const planned = plannedMinutes === null ? null : plannedMinutes * 60_000;
  return { plannedMs: planned, elapsedMs: elapsed, overrunMs: planned === null ? 0 : Math.max(0, elapsed - planned) };
}

const key = (poId: string): string => `po-overleg.timing.${poId}`;

function load(poId: string): Timings | null {
  try {
    const value = JSON.parse(localStore().getItem(key(poId)) ?? 'null') as Timings | null;
    return value && typeof value.spent === 'object' ? value : null;
  } catch {
    return null;
  }
}

/** The timings of this PO, following its current item, and a clock ticking every second. */
export function useTimings(po: Pick<PoView, 'id' | 'currentAgendapuntId' | 'startedAt' | 'agendapunten' | 'status'> | null): { timings: Timings; now: number } {
  const [timings, setTimings] = useState<Timings>(emptyTimings);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!po) return;
    setTimings((prev) => {
      let t = prev.current || Object.keys(prev.spent).length ? prev : load(po.id) ?? prev;
      const current = po.status === 'gestart' ? po.currentAgendapuntId : null;
      if (t.current?.itemId !== current) {
        const first = po.agendapunten[0]?.id;
        const joinedLate = !t.current && Object.keys(t.spent).length === 0;
        const at = joinedLate && current === first && po.startedAt ? new Date(po.startedAt).getTime() : Date.now();
        t = switchTo(t, current, at);
      }
      localStore().setItem(key(po.id), JSON.stringify(t));
      return t;
    });
  }, [po?.id, po?.currentAgendapuntId, po?.status]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return { timings, now };
}
