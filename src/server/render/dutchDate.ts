/** Dates as a Dutch reader expects them: "maandag 7 december 2026", "09:00", in Europe/Amsterdam. */
import { isValidDate } from '../../domain/dates';
import { TIME_ZONE } from '../../shared/amsterdam';

const longDate = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const mediumDate = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const time = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * A calendar date (`YYYY-MM-DD`) as an instant that falls on that date in Amsterdam: noon UTC is
 * 13:00 or 14:00 there, always the same day.
 */
function calendarInstant(date: string): Date | null {
  return isValidDate(date) ? new Date(`${date}T12:00:00Z`) : null;
}

/**
 * Formatting with Intl is slow next to the rest of rendering, and a verslag repeats a handful of
 * dates hundreds of times: calendar dates are formatted once per process (bounded).
 */
function memoised(format: (date: string) => string): (date: string) => string {
  const cache = new Map<string, string>();
  return (date) => {
    let text = cache.get(date);
    if (text === undefined) {
      text = format(date);
      if (cache.size >= 5_000) cache.clear();
      cache.set(date, text);
    }
    return text;
  };
}

/** "maandag 7 december 2026". An unreadable date is returned as it was given. */
export const dutchDate = memoised((date) => {
  const instant = calendarInstant(date);
  return instant ? longDate.format(instant) : date;
});

/** "7 december 2026", for tables and deadlines. */
export const dutchShortDate = memoised((date) => {
  const instant = calendarInstant(date);
  return instant ? mediumDate.format(instant) : date;
});

/** A deadline that may be missing: "18 december 2026" or "geen datum". */
export function dutchDeadline(date: string | null): string {
  return date ? dutchShortDate(date) : 'geen datum';
}

/** "maandag 7 december 2026 om 09:00" for an instant (ISO timestamp). */
export function dutchDateTime(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  return `${longDate.format(d)} om ${time.format(d)}`;
}

/** "09:00" for an instant (ISO timestamp). */
export function dutchTime(instant: string): string {
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? instant : time.format(d);
}
