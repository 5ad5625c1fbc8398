/**
 * Reminders that run themselves (issue 15): the owner of an actiepunt, toezegging or motie (a PO
 * record or a raad register entry) is notified a configured number of days before and after its
 * due date; the concernadviseur gets a weekly digest. Which reminders are due on a day, and each
 * one's key, so it is sent once.
 */
import { addDays, isoWeekday } from './dates';

export interface ReminderSettings {
  enabled: boolean;
  /** Days before the due date, e.g. [3]. */
  daysBefore: number[];
  /** Days after the due date while still open, e.g. [1, 7]. */
  daysAfter: number[];
  /** ISO weekday (1 = maandag) of the concernadviseur's weekly digest; null: no digest. */
  digestWeekday: number | null;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { enabled: true, daysBefore: [3], daysAfter: [1, 7], digestWeekday: 1 };
export const MAX_REMINDER_DAYS = 90;
export const MAX_REMINDER_OFFSETS = 5;
/** A reminder missed (the server was down) is still sent this many days late, not later. */
export const REMINDER_GRACE_DAYS = 2;

/** Offsets from the due date: negative before, positive after (0 is on the day itself). */
export function reminderOffsets(s: ReminderSettings): number[] {
  return [...new Set([...s.daysBefore.map((d) => -d), ...s.daysAfter])].sort((a, b) => a - b);
}

/** What the settings say, in Dutch: "3 dagen vooraf, 1 en 7 dagen na de deadline". */
export function describeReminders(s: ReminderSettings): string {
  if (!s.enabled) return 'Geen herinneringen';
  const list = (ns: number[]): string => {
    const sorted = [...ns].sort((a, b) => a - b).map(String);
    const words = sorted.length > 1 ? `${sorted.slice(0, -1).join(', ')} en ${sorted.at(-1)}` : (sorted[0] ?? '');
    return `${words} ${sorted.length === 1 && sorted[0] === '1' ? 'dag' : 'dagen'}`;
  };
  const parts = [s.daysBefore.length ? `${list(s.daysBefore)} vooraf` : '', s.daysAfter.length ? `${list(s.daysAfter)} na de deadline` : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Geen herinneringen';
}

/** Problems with the settings, each naming its field (Beheer shows them). */
export function reminderSettingsProblems(s: ReminderSettings): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const field of ['daysBefore', 'daysAfter'] as const) {
    const days = s[field];
    if (days.length > MAX_REMINDER_OFFSETS) problems.push({ path: `body.${field}`, message: `Ten hoogste ${MAX_REMINDER_OFFSETS} momenten.` });
    if (days.some((d) => !Number.isInteger(d) || d < (field === 'daysAfter' ? 0 : 1) || d > MAX_REMINDER_DAYS))
      problems.push({ path: `body.${field}`, message: `Gebruik hele dagen van ${field === 'daysAfter' ? 0 : 1} tot en met ${MAX_REMINDER_DAYS}.` });
    if (new Set(days).size !== days.length) problems.push({ path: `body.${field}`, message: 'Een dag staat er twee keer in.' });
  }
  if (s.digestWeekday !== null && !(Number.isInteger(s.digestWeekday) && s.digestWeekday >= 1 && s.digestWeekday <= 7))
    problems.push({ path: 'body.digestWeekday', message: 'Kies een dag van de week (1 = maandag tot 7 = zondag).' });
  return problems;
}

/** "1, 7" or "1 en 7" -> [1, 7]; null when something else is in it. */
export function parseDayList(text: string): number[] | null {
  const parts = text
    .split(/\s*(?:,|;|\ben\b)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.some((p) => !/^\d{1,3}$/.test(p))) return null;
  return parts.map(Number);
}

export interface DueReminder {
  offset: number;
  /** The day it is meant for. */
  date: string;
}

/**
 * The reminders of an item due on `dueDate` that should go out on `today`: those meant for today,
 * or missed in the last REMINDER_GRACE_DAYS days. "After" reminders only while the item is open:
 * the caller passes open items only.
 */
export function remindersDue(dueDate: string, today: string, s: ReminderSettings): DueReminder[] {
  if (!s.enabled) return [];
  const earliest = addDays(today, -REMINDER_GRACE_DAYS);
  return reminderOffsets(s)
    .map((offset) => ({ offset, date: addDays(dueDate, offset) }))
    .filter((r) => r.date <= today && r.date >= earliest);
}

/** The unique key of one reminder: per item, per due date, per offset (a new due date gets new reminders). */
export const reminderKey = (source: 'record' | 'raad', id: string, dueDate: string, offset: number): string =>
  `herinnering:${source}:${id}:${dueDate}:${offset}`;

/** The ISO week of a date, e.g. "2026-W49": the digest's key. */
export function isoWeek(date: string): string {
  const weekday = isoWeekday(date);
  const thursday = addDays(date, 4 - weekday);
  const year = Number(thursday.slice(0, 4));
  const jan1 = `${year}-01-01`;
  const dayOfYear = Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / 86_400_000);
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/** Whether the digest of the week of `today` is due: on or after its weekday. */
export const digestDue = (today: string, s: ReminderSettings): boolean => s.enabled && s.digestWeekday !== null && isoWeekday(today) >= s.digestWeekday;
export const digestKey = (userId: string, today: string): string => `overzicht:${userId}:${isoWeek(today)}`;

const LABEL: Record<string, string> = { actiepunt: 'Actiepunt', toezegging: 'Toezegging', motie: 'Motie' };

/** The notification's line, in Dutch. `subject` is left out for a confidential item. */
export function reminderText(kind: 'actiepunt' | 'toezegging' | 'motie', offset: number, subject: string | null): string {
  const when =
    offset < 0
      ? `deadline over ${-offset} ${offset === -1 ? 'dag' : 'dagen'}`
      : offset === 0
        ? 'deadline vandaag'
        : `deadline ${offset} ${offset === 1 ? 'dag' : 'dagen'} verstreken`;
  return `${LABEL[kind]}: ${when}${subject ? `: ${subject}` : ''}`.slice(0, 150);
}

export function digestText(open: number, overdue: number, raadsOpen = 0): string {
  const raad = raadsOpen > 0 ? ` (${raadsOpen} uit het raadsregister)` : '';
  return `Weekoverzicht opvolging: ${open} open${raad}, waarvan ${overdue} over de deadline`;
}
