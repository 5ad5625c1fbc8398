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

/** The wall-clock time in Amsterdam at an instant. */
export function localParts(instant: Date): LocalParts {
  const parts = partsFormatter.formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
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
