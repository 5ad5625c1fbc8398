/** Which portefeuillehouder and which PO an appointment is about. */
import { appointmentDay, matchPortefeuillehouders, normaliseName, posOnDay } from '../../../src/client/outlook/match';
import type { Portefeuillehouder } from '../../../src/domain';
import type { PoSummary, UserView } from '../../../src/client/shared/types';
import { DEMO_PORTEFEUILLEHOUDERS } from '../../../src/server/demo/organisation';
import { DEMO_USERS } from '../../../src/server/demo/users';

const phs: Portefeuillehouder[] = DEMO_PORTEFEUILLEHOUDERS;
const users: UserView[] = DEMO_USERS;
const ids = (m: ReturnType<typeof matchPortefeuillehouders>): string[] => m.map((x) => `${x.portefeuillehouder.id}:${x.reason}`);

describe('the portefeuillehouder of an appointment', () => {
  test("by an attendee's e-mail address, whatever its case", () => {
    const m = matchPortefeuillehouders(
      {
        subject: 'Overleg',
        attendees: [
          { name: 'x', email: 'Eva.deVries@velsen.example' },
          { name: '', email: 'BRAM@velsen.example' },
        ],
      },
      phs,
      users,
    );
    expect(ids(m)).toEqual(['bram:email']);
  });

  test('by name when the address is unknown (external address, title and accents ignored)', () => {
    const m = matchPortefeuillehouders({ subject: '', attendees: [{ name: 'Wethouder Sander Sméets', email: 'sander@prive.example' }] }, phs, users);
    expect(ids(m)).toEqual(['sander:naam']);
  });

  test('by the subject as a last hint; attendees come first', () => {
    const m = matchPortefeuillehouders({ subject: 'PO Frank Dales', attendees: [{ name: '', email: 'bram@velsen.example' }] }, phs, users);
    expect(ids(m)).toEqual(['bram:email', 'frank:onderwerp']);
  });

  test('no portefeuillehouder among the attendees: no match', () => {
    expect(matchPortefeuillehouders({ subject: 'Teamoverleg', attendees: [{ name: 'Tim Jansen', email: 'tim.jansen@velsen.example' }] }, phs, users)).toEqual(
      [],
    );
  });

  test('names are compared without case, accents, titles and punctuation', () => {
    expect(normaliseName('  Burgemeester  Frank   Dalés. ')).toBe('frank dales');
  });
});

describe('the PO of that day', () => {
  const summary = (id: string, ph: string, startsAt: string): PoSummary => ({
    id,
    title: id,
    status: 'concept',
    startsAt,
    portefeuillehouder: { id: ph, name: ph },
    agendapunten: 0,
    publishedVersion: 0,
    geannuleerd: false,
    kwaliteitstoetsVoorMij: 0,
    vaststelling: null,
    myRoles: [],
  });

  test('the day is the Amsterdam day of the start, also just after midnight', () => {
    expect(appointmentDay(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
  });

  test("only this portefeuillehouder's POs on this day, earliest first", () => {
    const pos = [
      summary('b', 'bram', '2026-12-07T13:00:00Z'),
      summary('a', 'bram', '2026-12-07T08:00:00Z'),
      summary('c', 'sander', '2026-12-07T08:00:00Z'),
      summary('d', 'bram', '2026-12-14T08:00:00Z'),
    ];
    expect(posOnDay(pos, 'bram', '2026-12-07').map((p) => p.id)).toEqual(['a', 'b']);
  });
});
