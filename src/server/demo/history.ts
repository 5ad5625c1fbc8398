/**
 * The demo's last week: Bram Diepstraten's PO of the week before the example PO, prepared, held and
 * published, so that a first `npm start` shows every screen at work: the verslag in the archive and
 * on the sandbox's channel page, its actiepunten and toezegging in Opvolging (one past its deadline),
 * a besluitpunt on its way to the college, and the open follow-up under "Voortgang" in the example
 * PO made after it. Made through the commands, as the people of that week would, on that week's clock.
 */
import { randomUUID } from 'node:crypto';
import { addDays, amsterdamDate, criteriaOf, nextPoSlot, type OrganisationConfig } from '../../domain';
import { addAgendapunt, confirmKwaliteitstoets } from '../commands/agenda';
import { tickToetsCriterium } from '../commands/kwaliteitstoets';
import { setAttendance } from '../commands/attendance';
import { addRecord, endPo, setBespreking, setCurrentItem, startPo } from '../commands/meeting';
import { createPo } from '../commands/pos';
import { vaststellenAgenda, voorleggenAgenda } from '../commands/vaststelling';
import { approveVerslag } from '../commands/verslag';
import type { Deps } from '../deps';
import type { Actor } from '../http/route';
import { publishVerslag } from '../publish';
import { findUser } from '../store/directory';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Seeds last week's PO, held at `heldAt` (in the past). Returns its id. The clock of `deps` is left
 * alone: the commands run on a copy whose clock is set step by step.
 */
export async function seedLastWeek(deps: Deps, org: OrganisationConfig, heldAt: Date): Promise<string> {
  let clock = heldAt.getTime();
  const then: Deps = { ...deps, now: () => new Date(clock) };
  /** Sets the clock to `ms` after (or before) the meeting's start. */
  const at = (ms: number): void => {
    clock = heldAt.getTime() + ms;
  };
  const [eva, bram, noor, tim, fatima, gerard] = await Promise.all(
    ['u-eva', 'u-bram', 'u-noor', 'u-tim', 'u-fatima', 'u-gerard'].map((id) => demoActor(deps, id)),
  );

  // Wednesday before: Eva makes the PO and its agenda.
  at(-5 * DAY);
  const po = await createPo(then, eva!, { portefeuillehouderId: 'bram', startsAt: heldAt.toISOString(), notulistId: 'u-noor', participantIds: ['u-gerard'] });
  const [koers, uitvoering] = po.sections;
  const schoolroutes = await addAgendapunt(then, eva!, po.id, {
    section: uitvoering,
    title: 'Schoolroutes: subsidieaanvraag verkeersveiligheid',
    purpose: 'besluitvorming',
    opdrachtnemerId: 'u-fatima',
    plannedMinutes: 20,
    toelichting: 'De provincie subsidieert de helft van de maatregelen rond drie basisscholen als de aanvraag vóór 1 januari binnen is.',
    voorgesteldBesluit: 'Instemmen met de subsidieaanvraag en het collegevoorstel agenderen.',
    stukken: [{ title: 'Collegevoorstel subsidieaanvraag schoolroutes', url: 'https://intranet.velsen.example/stukken/schoolroutes-subsidie.pdf' }],
  });
  const parkeren = await addAgendapunt(then, eva!, po.id, {
    section: koers,
    title: 'Parkeerbeleid binnenstad: evaluatie na een jaar',
    purpose: 'oordeelsvorming',
    opdrachtnemerId: 'u-tim',
    plannedMinutes: 30,
    toelichting: 'Hoe kijkt de portefeuillehouder naar de uitkomsten, en wat gaat naar de raad?',
    stukken: [{ title: 'Evaluatie parkeerbeleid 2026', url: 'https://intranet.velsen.example/stukken/evaluatie-parkeren.pdf' }],
  });
  const grond = await addAgendapunt(then, eva!, po.id, {
    section: uitvoering,
    title: 'Grondaankoop Kanaalzone',
    purpose: 'besluitvorming',
    opdrachtnemerId: 'u-tim',
    plannedMinutes: 15,
    voorgesteldBesluit: 'Instemmen met het bod op de percelen aan de Kanaaldijk.',
    vertrouwelijk: true,
    stukken: [{ title: 'Taxatierapport percelen Kanaaldijk', url: 'https://intranet.velsen.example/stukken/taxatie-kanaaldijk.pdf' }],
  });

  // Thursday: the opdrachtnemers do the kwaliteitstoets of their items.
  at(-4 * DAY);
  for (const [item, who] of [
    [schoolroutes, fatima],
    [parkeren, tim],
    [grond, tim],
  ] as const) {
    for (const c of criteriaOf(org)) await tickToetsCriterium(then, who!, po.id, item.id, c.id, { voldaan: true });
    await confirmKwaliteitstoets(then, who!, po.id, item.id);
  }

  // Friday: Eva puts the agenda forward, Bram agrees.
  at(-3 * DAY);
  await voorleggenAgenda(then, eva!, po.id);
  at(-3 * DAY + 2 * HOUR);
  await vaststellenAgenda(then, bram!, po.id);

  // Monday: Noor records the meeting.
  at(0);
  await startPo(then, noor!, po.id);
  const record = async (minutes: number, input: Parameters<typeof addRecord>[4]): Promise<void> => {
    at(minutes * 60_000);
    await addRecord(then, noor!, po.id, randomUUID(), input);
  };
  at(2 * 60_000);
  await setCurrentItem(then, noor!, po.id, schoolroutes.id);
  await setBespreking(then, noor!, po.id, schoolroutes.id, 'De portefeuillehouder steunt de aanvraag; de school aan de Zeeweg krijgt voorrang.');
  await record(14, {
    kind: 'besluitpunt',
    agendapuntId: schoolroutes.id,
    text: 'Ingestemd met de subsidieaanvraag verkeersveiligheid schoolroutes; het voorstel gaat naar het college.',
  });
  await record(16, {
    kind: 'actiepunt',
    agendapuntId: schoolroutes.id,
    text: 'Subsidieaanvraag indienen bij de provincie',
    ownerId: 'u-fatima',
    dueDate: addDays(amsterdamDate(heldAt), 14),
  });
  at(22 * 60_000);
  await setCurrentItem(then, noor!, po.id, parkeren.id);
  await record(38, {
    kind: 'actiepunt',
    agendapuntId: parkeren.id,
    text: 'Cijfers bezetting parkeergarages aanvullen in de evaluatie',
    ownerId: 'u-tim',
    dueDate: addDays(amsterdamDate(heldAt), 1), // The day after: past its deadline now (lastWeekAt).
  });
  await record(44, {
    kind: 'toezegging',
    agendapuntId: parkeren.id,
    text: 'De raad krijgt vóór de begrotingsbehandeling een raadsinformatiebrief over de evaluatie',
    aan: 'gemeenteraad',
    ownerId: 'u-tim',
    dueDate: addDays(amsterdamDate(heldAt), 35),
  });
  at(52 * 60_000);
  await setCurrentItem(then, noor!, po.id, grond.id);
  await record(60, { kind: 'besluitpunt', agendapuntId: grond.id, text: 'Ingestemd met het bod op de percelen aan de Kanaaldijk.' });
  at(75 * 60_000);
  await endPo(then, noor!, po.id);
  const who = (user: Actor): { userId: string; name: string } => ({ userId: user.user.id, name: user.user.name });
  await setAttendance(then, noor!, po.id, {
    aanwezig: [who(bram!), who(eva!), who(noor!), who(gerard!)],
    afgemeld: [],
    aangeschoven: { [schoolroutes.id]: [who(fatima!)], [parkeren.id]: [who(tim!)], [grond.id]: [who(tim!)] },
  });

  // Tuesday: Bram approves the verslag and Noor publishes it (to the sandbox's channel).
  at(DAY + 2 * HOUR);
  await approveVerslag(then, bram!, po.id);
  at(DAY + 3 * HOUR);
  await publishVerslag(then, noor!, po.id);
  return po.id;
}

/** A demo user acting in the demo data, as a request would carry them. */
export async function demoActor(deps: Pick<Deps, 'db'>, id: string): Promise<Actor> {
  const user = await findUser(deps.db, id);
  if (!user) throw new Error(`demogebruiker ${id} ontbreekt`);
  return { user, origin: { ip: '127.0.0.1', userAgent: 'demo-data', requestId: 'seed' }, assertion: '' };
}

/**
 * When last week's PO was held: the PO slot a week before the example PO's (the organisation's
 * weekday and time, on Amsterdam's clock, off holidays), and over by two days (else a week earlier).
 */
export function lastWeekAt(now: Date, org: Pick<OrganisationConfig, 'poWeekday' | 'poTime' | 'holidays'>): Date {
  for (let weeks = 1; ; weeks++) {
    const held = nextPoSlot(new Date(now.getTime() - weeks * 7 * DAY), org).startsAt;
    if (held.getTime() + 2 * DAY <= now.getTime()) return held;
  }
}
