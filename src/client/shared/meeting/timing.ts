/**
 * Planned versus elapsed time per agendapunt. The server keeps when each item became current and
 * the time spent on earlier turns (`po.timings`, domain/timing.ts), so the side panel, the stage, a
 * late joiner and a reloaded page all show the same figures; this module only adds the ticking clock.
 */
import { useEffect, useState } from 'react';
import { elapsedOn, noTimings, type ItemTimings } from '../../../domain/timing';
import type { PoView } from '../types';

export type Timings = ItemTimings;
export const emptyTimings = noTimings;

export function elapsedMs(t: Timings, itemId: string, now: number): number {
  return elapsedOn(t, itemId, now);
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

/** The PO's timings (as the server keeps them) and a clock ticking every second. */
export function useTimings(po: Pick<PoView, 'timings'> | null): { timings: Timings; now: number } {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return { timings: po?.timings ?? emptyTimings(), now };
}
