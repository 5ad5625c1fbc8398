/**
 * A municipality in the middle of its week, made through the API: a concept agenda with open
 * problems and a pending agendaverzoek, a meeting in progress with every kind of record, a closed
 * meeting linked to a Teams meeting chat, and a published verslag with overdue follow-up.
 */
import { addItem, CA, createPo, expectOk, NOTULIST, OPDRACHTNEMER, OPDRACHTNEMER2, readyPo, record, vaststellen } from '../server/helpers/factories';
import type { TestServer } from '../server/helpers/server';

export interface Scenario {
  concept: string;
  started: string;
  closed: string;
  published: string;
  chatId: string;
}

export const SCENARIO_CHAT_ID = '19:meeting_c2NlbmFyaW8@thread.v2';

async function records(s: TestServer, poId: string, itemIds: { oordeel: string; besluit: string }): Promise<void> {
  await record(s, poId, {
    kind: 'besluitpunt',
    agendapuntId: itemIds.besluit,
    text: 'Instemmen met het uitvoeringsplan schoolroutes; naar het college.',
    collegeDatum: '2026-12-08',
  });
  await record(s, poId, {
    kind: 'actiepunt',
    agendapuntId: itemIds.oordeel,
    text: 'Varianten voor de binnenstad uitwerken',
    ownerId: OPDRACHTNEMER2,
    ownerName: 'Fatima El Amrani',
    dueDate: '2026-11-20',
  });
  await record(s, poId, {
    kind: 'toezegging',
    agendapuntId: itemIds.oordeel,
    text: 'De raad voor de zomer informeren over de uitgangspunten',
    aan: 'gemeenteraad',
    ownerName: 'Bram Diepstraten',
    dueDate: '2027-06-30',
  });
  await record(s, poId, {
    kind: 'motie',
    agendapuntId: itemIds.besluit,
    text: 'Veilige oversteekplaatsen bij alle basisscholen',
    referentie: 'M26-014',
    afdoening: 'Meenemen in het uitvoeringsplan',
    ownerName: 'Fatima El Amrani',
    dueDate: '2026-12-31',
  });
}

async function toMeeting(s: TestServer, poId: string): Promise<void> {
  await vaststellen(s, poId);
  await expectOk(s.api('POST', `/api/pos/${poId}/vergadering/starten`, { as: NOTULIST }));
}

export async function scenario(s: TestServer): Promise<Scenario> {
  const published = await readyPo(s, { startsAt: '2026-11-16T08:00:00.000Z' });
  await toMeeting(s, published.po.id);
  await records(s, published.po.id, published.items);
  await expectOk(s.api('POST', `/api/pos/${published.po.id}/vergadering/beeindigen`, { as: NOTULIST }));
  await expectOk(s.api('POST', `/api/pos/${published.po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));

  const closed = await readyPo(s, { portefeuillehouderId: 'sander', startsAt: '2026-11-23T08:00:00.000Z' });
  await toMeeting(s, closed.po.id);
  await records(s, closed.po.id, closed.items);
  await expectOk(s.api('POST', `/api/pos/${closed.po.id}/vergadering/beeindigen`, { as: NOTULIST }));
  await expectOk(s.api('PATCH', `/api/pos/${closed.po.id}`, { as: CA, body: { teamsMeetingChatId: SCENARIO_CHAT_ID } }));

  const started = await readyPo(s, { portefeuillehouderId: 'jeroen', participantIds: ['u-bram'] });
  await toMeeting(s, started.po.id);
  await records(s, started.po.id, started.items);
  await expectOk(s.api('PUT', `/api/pos/${started.po.id}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: started.items.oordeel } }));

  const concept = await createPo(s, { startsAt: '2026-12-07T08:00:00.000Z' });
  await addItem(s, concept.id, {
    title: 'Woningbouwprogramma 2027',
    purpose: 'besluitvorming',
    opdrachtnemerId: OPDRACHTNEMER,
    plannedMinutes: 30,
    stukken: [{ title: 'Raadsvoorstel woningbouwprogramma', url: 'https://intranet.velsen.example/stukken/woningbouw.pdf' }],
  });
  await addItem(s, concept.id, { title: 'Evaluatie participatiebeleid', opdrachtnemerId: OPDRACHTNEMER2, plannedMinutes: 20, section: concept.sections[1] });
  await addItem(s, concept.id, {
    title: 'Informatiebeveiliging: stand van zaken',
    purpose: 'beeldvorming',
    opdrachtnemerId: 'u-carla',
    plannedMinutes: 10,
    vertrouwelijk: true,
    section: concept.sections[2],
  });
  await expectOk(
    s.api('POST', `/api/pos/${concept.id}/agendaverzoeken`, {
      as: OPDRACHTNEMER,
      body: { title: 'Huisvesting statushouders', purpose: 'oordeelsvorming', toelichting: 'Opties voor tijdelijke huisvesting in 2027.' },
    }),
  );

  return { concept: concept.id, started: started.po.id, closed: closed.po.id, published: published.po.id, chatId: SCENARIO_CHAT_ID };
}
