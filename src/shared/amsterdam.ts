/**
 * Europe/Amsterdam, the one time zone of the app, for server and client alike: wall-clock parts of
 * an instant, its calendar date and time there, the instant of a local date and time (across DST),
 * and the zone for Intl formatting (server render, sandbox, screens).
 */
export const TIME_ZONE = 'Europe/Amsterdam';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in Amsterdam at an instant, as Intl formats it (slow: tens of microseconds). */
function formattedParts(instant: Date): LocalParts {
  const parts = partsFormatter.formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

const HOUR = 3_600_000;
/** Amsterdam's offset from UTC (ms) per UTC hour, for hours without a change of offset inside them. */
const offsets = new Map<number, number>();

/** Amsterdam's offset from UTC at `ms`, from Intl's wall-clock time (whole seconds, as Intl gives them). */
function offsetAt(ms: number): number {
  const p = formattedParts(new Date(ms));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The wall-clock time in Amsterdam at an instant. Within one UTC hour the zone's offset is the same
 * (DST changes at 01:00 UTC), so it is looked up once per hour and added; an hour with a change
 * inside it, or an invalid date, is formatted by Intl directly.
 */
export function localParts(instant: Date): LocalParts {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) return formattedParts(instant);
  const hour = Math.floor(ms / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const start = offsetAt(hour * HOUR);
    if (start !== offsetAt(hour * HOUR + HOUR - 1000)) return formattedParts(instant);
    if (offsets.size >= 1024) offsets.clear();
    offsets.set(hour, (offset = start));
  }
  const t = new Date(ms + offset);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
  };
}

/** The instant at which Amsterdam's clock shows this local date and time. */
export function amsterdamToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  // Correct by the zone's offset at the guess, then once more across a DST change.
  let instant = guess;
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(instant));
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    instant += guess - shown;
  }
  return new Date(instant);
}

/** Amsterdam calendar date (`YYYY-MM-DD`) of an instant. */
export function amsterdamDate(instant: Date): string {
  const p = localParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Amsterdam wall-clock time (`HH:MM`) of an instant. */
export function amsterdamTime(instant: Date): string {
  const p = localParts(instant);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
