/** Dates and durations as people in the municipality read them: Europe/Amsterdam, nl-NL first. */
import { amsterdamDate, TIME_ZONE as TZ } from '../../shared/amsterdam';
import { languageTag, type Locale } from './i18n';

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTag(locale), {
    timeZone: TZ,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatDayTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTag(locale), {
    timeZone: TZ,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** A calendar date `YYYY-MM-DD` (no time zone shift). */
export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(languageTag(locale), { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Today in Europe/Amsterdam as `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
  return amsterdamDate(now);
}

/** `m:ss` or `h:mm:ss` for a duration in milliseconds. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A date and time as the value of `<input type="datetime-local">` (local to the browser). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
