/**
 * Attendance of a PO: who was aanwezig, who had afgemeld, and who joined (aangeschoven) per
 * agendapunt. Suggested from the invitees and who is connected; recorded by the notulist.
 */
import { fail } from '../shared/errors';
import { LIMITS } from '../shared/limits';
import type { Attendance, Attendee, OrganisationConfig, Po, User } from './model';

type PoInvitees = Pick<Po, 'portefeuillehouderId' | 'concernadviseurId' | 'notulistId' | 'participantIds' | 'agendapunten'>;

/** Invited for the whole PO: the portefeuillehouder, concernadviseur, notulist and participants. */
export function poInvitees(po: PoInvitees, org: Pick<OrganisationConfig, 'portefeuillehouders'>): string[] {
  const ph = org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId)?.userId ?? null;
  return unique([ph, po.concernadviseurId, po.notulistId, ...po.participantIds]);
}

const unique = (ids: (string | null)[]): string[] => [...new Set(ids.filter((id): id is string => Boolean(id)))];

/**
 * A first attendance: the PO's invitees and whoever is connected now aanwezig; per agendapunt its
 * opdrachtnemer and advisers aangeschoven (unless they are there for the whole PO).
 */
export function suggestAttendance(
  po: PoInvitees,
  org: Pick<OrganisationConfig, 'portefeuillehouders'>,
  users: Pick<User, 'id' | 'name'>[],
  presentIds: string[],
): Attendance {
  const byId = new Map(users.map((u) => [u.id, u]));
  const person = (id: string): Attendee | null => {
    const u = byId.get(id);
    return u ? { userId: u.id, name: u.name } : null;
  };
  // Someone connected who is invited only for an item is aangeschoven for it, not aanwezig throughout.
  const itemPeople = new Set(po.agendapunten.flatMap((i) => [i.opdrachtnemerId, ...i.adviseurIds]));
  const whole = unique([...poInvitees(po, org), ...presentIds.filter((id) => !itemPeople.has(id))]);
  const aanwezig = whole.map(person).filter((a): a is Attendee => a !== null);
  const aangeschoven: Record<string, Attendee[]> = {};
  for (const item of po.agendapunten) {
    const joined = unique([item.opdrachtnemerId, ...item.adviseurIds])
      .filter((id) => !whole.includes(id))
      .map(person)
      .filter((a): a is Attendee => a !== null);
    if (joined.length > 0) aangeschoven[item.id] = joined;
  }
  return { aanwezig, afgemeld: [], aangeschoven };
}

const key = (a: Attendee): string => (a.userId ? `u:${a.userId}` : `g:${a.name.toLocaleLowerCase('nl')}`);

/**
 * The attendance as stored: users by id with their current name, guests by name (trimmed, not
 * empty), no one twice in a list, nobody both aanwezig and afgemeld, aangeschoven only for items on
 * the agenda. Refused naming the field otherwise.
 */
export function checkAttendance(input: Attendance, users: Pick<User, 'id' | 'name'>[], itemIds: string[]): Attendance {
  const byId = new Map(users.map((u) => [u.id, u]));
  const list = (people: Attendee[], path: string): Attendee[] => {
    if (people.length > LIMITS.attendeesPerList)
      fail('validation', `Ten hoogste ${LIMITS.attendeesPerList} personen per lijst.`, [
        { code: 'too_big', path, message: `Ten hoogste ${LIMITS.attendeesPerList} personen.` },
      ]);
    const seen = new Set<string>();
    const out: Attendee[] = [];
    people.forEach((p, i) => {
      let a: Attendee;
      if (p.userId) {
        const u =
          byId.get(p.userId) ??
          fail('validation', `Onbekende gebruiker "${p.userId}".`, [
            { code: 'unknown_user', path: `${path}.${i}.userId`, message: 'Kies een bestaande gebruiker of vul een naam in.' },
          ]);
        a = { userId: u.id, name: u.name };
      } else {
        const name = p.name.trim();
        if (!name)
          fail('validation', 'Een gast heeft een naam nodig.', [{ code: 'required', path: `${path}.${i}.name`, message: 'Vul de naam van de gast in.' }]);
        if (name.length > LIMITS.attendeeNameChars)
          fail('validation', `Een naam heeft ten hoogste ${LIMITS.attendeeNameChars} tekens.`, [
            { code: 'too_big', path: `${path}.${i}.name`, message: `Ten hoogste ${LIMITS.attendeeNameChars} tekens.` },
          ]);
        a = { userId: null, name };
      }
      if (!seen.has(key(a))) out.push(a);
      seen.add(key(a));
    });
    return out;
  };
  const aanwezig = list(input.aanwezig, 'body.aanwezig');
  const afgemeld = list(input.afgemeld, 'body.afgemeld');
  const both = afgemeld.find((a) => aanwezig.some((b) => key(a) === key(b)));
  if (both)
    fail('validation', `${both.name} staat zowel bij aanwezig als bij afgemeld.`, [
      { code: 'conflict', path: 'body.afgemeld', message: `${both.name} is aanwezig.` },
    ]);
  const aangeschoven: Record<string, Attendee[]> = {};
  for (const [itemId, people] of Object.entries(input.aangeschoven)) {
    if (!itemIds.includes(itemId))
      fail('validation', `Agendapunt ${itemId} staat niet op deze agenda.`, [
        { code: 'unknown', path: `body.aangeschoven.${itemId}`, message: 'Onbekend agendapunt.' },
      ]);
    const joined = list(people, `body.aangeschoven.${itemId}`);
    if (joined.length > 0) aangeschoven[itemId] = joined;
  }
  return { aanwezig, afgemeld, aangeschoven };
}

/** Names as the verslag shows them: a user's current name, else the name stored. */
export function attendeeNames(people: Attendee[], users: Pick<User, 'id' | 'name'>[]): string[] {
  return people.map((p) => (p.userId ? (users.find((u) => u.id === p.userId)?.name ?? p.name) : p.name));
}
