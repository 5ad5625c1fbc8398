/**
 * A 15-item PO in each state the meeting surfaces show, made through the API for the screenshots:
 * a concept (the compact editor), vastgesteld (before the meeting), live with 8 records on the
 * current item, ended (the recap) and published. Each on its own date, for the same portefeuillehouder.
 */
import { addItem, CA, createPo, expectOk, NOTULIST, OPDRACHTNEMER, OPDRACHTNEMER2, record, vaststellen } from '../server/helpers/factories';
import type { TestServer } from '../server/helpers/server';

export interface MeetingStates {
  concept: string;
  before: string;
  live: string;
  ended: string;
  published: string;
  /** The current item's title in the live PO. */
  currentTitle: string;
}

/** Thirteen agendapunten of a full PO, long and short titles (the live screens' e2e test uses them too). */
export const SAMPLE_TITLES = [
  'Omgevingsvisie: uitvoeringsprogramma duurzaamheidsmaatregelen',
  'Woningbouwprogramma 2027',
  'Evaluatie participatiebeleid',
  'Arbeidsmarktregioafspraken werkgelegenheidsbevordering',
  'Schoolroutes en verkeersveiligheid',
  'Jeugdzorg: kostenontwikkeling',
  'Grondaankoop Zeeweg',
  'Mobiliteitsvisie 2040: parkeernormen binnenstad en herinrichting stationsomgeving',
  'Sportaccommodaties',
  'Cultuurnota',
  'Subsidieverordening',
  'Afvalinzameling',
  'Begrotingswijziging',
];
const TITLES = [...SAMPLE_TITLES, 'Regionale samenwerking IJmond', 'Rondvraag'];
const CURRENT = 7;
const PURPOSES = ['beeldvorming', 'oordeelsvorming', 'besluitvorming'] as const;

async function fifteen(s: TestServer, startsAt: string): Promise<{ poId: string; ids: string[] }> {
  const po = await createPo(s, { portefeuillehouderId: 'jeroen', startsAt, participantIds: ['u-bram'] });
  const ids: string[] = [];
  for (const [n, title] of TITLES.entries()) {
    const purpose = PURPOSES[n % 3];
    const item = await addItem(s, po.id, {
      title,
      purpose,
      ...(purpose === 'besluitvorming' ? { voorgesteldBesluit: 'Instemmen met het voorstel.' } : {}),
      opdrachtnemerId: n % 2 ? OPDRACHTNEMER : OPDRACHTNEMER2,
      plannedMinutes: n === CURRENT ? 20 : 5,
      vertrouwelijk: title === 'Grondaankoop Zeeweg',
      section: po.sections[Math.min(2, Math.floor(n / 5))],
    });
    ids.push(item.id);
  }
  return { poId: po.id, ids };
}

/**
 * The n-th of the sample records on the current item: every third a besluitpunt, the others
 * actiepunten with long texts (as the screens must show them).
 */
export function sampleRecord(n: number): Record<string, unknown> {
  return n % 3 === 0
    ? {
        kind: 'besluitpunt',
        text: `Besluit ${n}: instemmen met de parkeernormen voor de binnenstad, met de kanttekeningen uit de bespreking.`,
        // The item is for oordeelsvorming: a besluitpunt there is confirmed as outside its purpose.
        confirmOutsidePurpose: true,
      }
    : {
        kind: 'actiepunt',
        text: `Actie ${n}: uitwerking van de herinrichting van de stationsomgeving voorleggen.`,
        ownerId: n % 2 ? OPDRACHTNEMER : OPDRACHTNEMER2,
        dueDate: '2027-02-19',
      };
}

async function eightRecords(s: TestServer, poId: string, itemId: string): Promise<void> {
  // The test server's clock stands still unless set: a minute between records gives them their order.
  const start = Date.now() - 20 * 60_000;
  await expectOk(s.api('PUT', `/api/pos/${poId}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: itemId } }));
  for (let n = 1; n <= 8; n++) {
    s.setNow(new Date(start + n * 60_000));
    await expectOk(record(s, poId, { ...sampleRecord(n), agendapuntId: itemId }));
  }
  s.setNow(new Date());
}

async function started(s: TestServer, startsAt: string): Promise<{ poId: string; ids: string[] }> {
  const po = await fifteen(s, startsAt);
  await vaststellen(s, po.poId);
  await expectOk(s.api('POST', `/api/pos/${po.poId}/vergadering/starten`, { as: NOTULIST }));
  await eightRecords(s, po.poId, po.ids[CURRENT] ?? '');
  return po;
}

export async function meetingStates(s: TestServer): Promise<MeetingStates> {
  const published = await started(s, '2027-01-11T08:00:00.000Z');
  await expectOk(s.api('POST', `/api/pos/${published.poId}/vergadering/beeindigen`, { as: NOTULIST }));
  await expectOk(s.api('POST', `/api/pos/${published.poId}/verslag/publiceren`, { as: NOTULIST, body: {} }));
  const ended = await started(s, '2027-01-18T08:00:00.000Z');
  await expectOk(s.api('POST', `/api/pos/${ended.poId}/vergadering/beeindigen`, { as: NOTULIST }));
  const live = await started(s, '2027-01-25T08:00:00.000Z');
  const before = await fifteen(s, '2027-02-01T08:00:00.000Z');
  await vaststellen(s, before.poId);
  const concept = await fifteen(s, '2027-02-08T08:00:00.000Z');
  await expectOk(s.api('GET', `/api/pos/${concept.poId}`, { as: CA }));
  return { concept: concept.poId, before: before.poId, live: live.poId, ended: ended.poId, published: published.poId, currentTitle: TITLES[CURRENT] ?? '' };
}
