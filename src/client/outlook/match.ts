/**
 * Which PO an appointment is about: the portefeuillehouder among its attendees (by e-mail address,
 * then by name; the subject as a last hint) and the day it starts (Europe/Amsterdam).
 */
import { amsterdamDate } from '../../domain';
import type { Attendee } from '../host/appointment';
import type { Portefeuillehouder } from '../../domain';
import type { PoSummary, UserView } from '../shared/types';

export interface PhMatch {
  portefeuillehouder: Portefeuillehouder;
  reason: 'email' | 'naam' | 'onderwerp';
}

/** Lower case, without accents, titles or extra spaces: "Wethouder  Bram Kuijpers" -> "bram kuijpers". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(wethouder|burgemeester|dhr|mevr|mw|de heer|mevrouw)\b\.?/g, ' ')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Portefeuillehouders found in the appointment, best evidence first, each once. */
export function matchPortefeuillehouders(
  appointment: { attendees: Attendee[]; subject: string },
  portefeuillehouders: Portefeuillehouder[],
  users: UserView[],
): PhMatch[] {
  const userById = new Map(users.map((u) => [u.id, u]));
  const emails = new Set(appointment.attendees.map((a) => a.email.trim().toLowerCase()).filter(Boolean));
  const names = new Set(appointment.attendees.map((a) => normaliseName(a.name)).filter(Boolean));
  const subject = ` ${normaliseName(appointment.subject)} `;
  const found: PhMatch[] = [];
  const add = (ph: Portefeuillehouder, reason: PhMatch['reason']): void => {
    if (!found.some((f) => f.portefeuillehouder.id === ph.id)) found.push({ portefeuillehouder: ph, reason });
  };
  for (const ph of portefeuillehouders) {
    const user = ph.userId ? userById.get(ph.userId) : undefined;
    if (user && emails.has(user.email.toLowerCase())) add(ph, 'email');
  }
  for (const ph of portefeuillehouders) {
    const user = ph.userId ? userById.get(ph.userId) : undefined;
    if (names.has(normaliseName(ph.name)) || (user && names.has(normaliseName(user.name)))) add(ph, 'naam');
  }
  for (const ph of portefeuillehouders) {
    const name = normaliseName(ph.name);
    if (name && subject.includes(` ${name} `)) add(ph, 'onderwerp');
  }
  return found;
}

/** The appointment's day in Europe/Amsterdam (`YYYY-MM-DD`). */
export const appointmentDay = (start: Date): string => amsterdamDate(start);

/** The POs of this portefeuillehouder on this day, earliest first. */
export function posOnDay(pos: PoSummary[], portefeuillehouderId: string, day: string): PoSummary[] {
  return pos
    .filter((po) => po.portefeuillehouder.id === portefeuillehouderId && amsterdamDate(new Date(po.startsAt)) === day)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
