/**
 * Public holidays: the Dutch national holidays (Algemene termijnenwet, plus Eerste Paas- en
 * Pinksterdag), computed per year, and the organisation's own additions and exclusions. A PO that
 * would fall on a holiday moves to the next working day, and the user is told why.
 */
import { addDays, amsterdamDate, amsterdamTime, amsterdamToUtc, isoWeekday, nextPoStart } from './dates';
import type { Holiday, HolidaySettings, OrganisationConfig } from './model';

export const DEFAULT_HOLIDAYS: HolidaySettings = { national: true, extra: [], excluded: [] };

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Dutch national holidays of a year, in date order. Koningsdag moves to the 26th when the 27th is a Sunday. */
export function nationalHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const koningsdag = isoWeekday(`${year}-04-27`) === 7 ? `${year}-04-26` : `${year}-04-27`;
  const days: Holiday[] = [
    { date: `${year}-01-01`, name: 'Nieuwjaarsdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: koningsdag, name: 'Koningsdag' },
    { date: `${year}-05-05`, name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: `${year}-12-25`, name: 'Eerste Kerstdag' },
    { date: `${year}-12-26`, name: 'Tweede Kerstdag' },
  ];
  return days.sort((x, y) => x.date.localeCompare(y.date));
}

/** The holidays that count for the organisation in a year: national ones (unless excluded) and its own. */
export function holidaysIn(year: number, settings: HolidaySettings = DEFAULT_HOLIDAYS): Holiday[] {
  const national = settings.national ? nationalHolidays(year).filter((h) => !settings.excluded.includes(h.date)) : [];
  const extra = settings.extra.filter((h) => h.date.startsWith(`${year}-`));
  return [...national, ...extra].sort((x, y) => x.date.localeCompare(y.date));
}

export function holidayOn(date: string, settings: HolidaySettings = DEFAULT_HOLIDAYS): Holiday | null {
  return holidaysIn(Number(date.slice(0, 4)), settings).find((h) => h.date === date) ?? null;
}

const isWorkingDay = (date: string, settings: HolidaySettings): boolean => isoWeekday(date) <= 5 && !holidayOn(date, settings);

export interface MovedDate {
  date: string;
  /** Set when the date was moved: the original date and the holiday on it. */
  moved: { from: string; holiday: string } | null;
}

/** A meeting date on a holiday moves to the next working day (Monday to Friday, no holiday). */
export function moveOffHoliday(date: string, settings: HolidaySettings = DEFAULT_HOLIDAYS): MovedDate {
  const holiday = holidayOn(date, settings);
  if (!holiday) return { date, moved: null };
  let next = addDays(date, 1);
  for (let i = 0; i < 14 && !isWorkingDay(next, settings); i++) next = addDays(next, 1);
  return { date: next, moved: { from: date, holiday: holiday.name } };
}

export interface PoSlot {
  startsAt: Date;
  moved: MovedDate['moved'];
}

/** The next PO slot of the organisation (its weekday and time), moved off a holiday. */
export function nextPoSlot(now: Date, org: Pick<OrganisationConfig, 'poWeekday' | 'poTime' | 'holidays'>): PoSlot {
  return movePoStart(nextPoStart(now, org.poWeekday, org.poTime), org);
}

/** A chosen PO start moved off a holiday, at the same local time. */
export function movePoStart(start: Date, org: Pick<OrganisationConfig, 'holidays'>): PoSlot {
  const { date, moved } = moveOffHoliday(amsterdamDate(start), org.holidays ?? DEFAULT_HOLIDAYS);
  return { startsAt: moved ? amsterdamToUtc(date, amsterdamTime(start)) : start, moved };
}
