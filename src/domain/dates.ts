/**
 * Calendar rules in Europe/Amsterdam: the PO on Monday, stukken before a deadline, the college on
 * the Tuesday of the following week. Pure functions; `now` is always passed in.
 */
import { amsterdamDate, amsterdamTime, amsterdamToUtc, localParts, TIME_ZONE } from '../shared/amsterdam';

export { amsterdamDate, amsterdamTime, amsterdamToUtc, localParts, TIME_ZONE };

export function isValidDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The next PO slot after `now`: the first `weekday` at `time` (Amsterdam) strictly later than now.
 * Default: the next Monday, 09:00.
 */
export function nextPoStart(now: Date, weekday = 1, time = '09:00'): Date {
  const today = amsterdamDate(now);
  for (let i = 0; i <= 7; i++) {
    const date = addDays(today, i);
    if (isoWeekday(date) !== weekday) continue;
    const start = amsterdamToUtc(date, time);
    if (start.getTime() > now.getTime()) return start;
  }
  return amsterdamToUtc(addDays(today, 7), time);
}

/**
 * The default college date for a besluitpunt of a PO on `poDate`: the college weekday (Tuesday)
 * of the following ISO week. A Monday PO's besluitpunt is announced on Tuesday and goes to the
 * college of the Tuesday after.
 */
export function defaultCollegeDate(poDate: string, collegeWeekday = 2): string {
  const mondayNextWeek = addDays(poDate, 8 - isoWeekday(poDate));
  return addDays(mondayNextWeek, collegeWeekday - 1);
}

/** The stukken deadline for a PO: the last `weekday` strictly before the PO date, at `time`. */
export function stukkenDeadline(poStart: Date, weekday: number, time: string): Date {
  const poDate = amsterdamDate(poStart);
  for (let i = 1; i <= 7; i++) {
    const date = addDays(poDate, -i);
    if (isoWeekday(date) === weekday) return amsterdamToUtc(date, time);
  }
  /* istanbul ignore next: every weekday occurs within seven days */
  throw new Error('unreachable');
}
