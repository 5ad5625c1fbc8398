/** Aanschuivers (issue 14): an invitation per expert for the slot of their item, moved and cancelled in the sandbox. */
import type { Event } from '@microsoft/microsoft-graph-types';
import { startTestServer, type TestServer } from '../helpers/server';
import { ADVISEUR, addItem, CA, createPo, expectOk, NOTULIST, OPDRACHTNEMER, OPDRACHTNEMER2, vaststellen, type PoView } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const invitationsOf = (email: string): Event[] =>
  [...s.sandbox.state.events.values()].filter((e) => e.attendees?.some((a) => a.emailAddress?.address === email));
const slot = (e: Event): [string, string, boolean] => [e.start?.dateTime ?? '', e.end?.dateTime ?? '', e.isCancelled === true];

test("an expert's invitation follows the planned slot of the item: created, moved on reorder and minutes, cancelled when removed", async () => {
  s.setNow(new Date('2027-06-01T08:00:00Z'));
  const po = await createPo(s, { startsAt: '2027-06-07T07:00:00Z' });
  const a = await addItem(s, po.id, { title: 'Opening', purpose: 'beeldvorming', plannedMinutes: 10, opdrachtnemerId: OPDRACHTNEMER });
  const b = await addItem(s, po.id, { title: 'Informatiebeveiliging', purpose: 'beeldvorming', plannedMinutes: 15, adviseurIds: [ADVISEUR] });
  const carla = 'carla.smit@velsen.example';
  let mine = invitationsOf(carla);
  expect(mine.map(slot)).toEqual([['2027-06-07T07:10:00.000', '2027-06-07T07:25:00.000', false]]);
  expect(mine[0]?.subject).toBe('Aanschuiven bij het PO van Bram Diepstraten: Informatiebeveiliging');
  expect(mine[0]?.body?.content).toContain('maandag 7 juni 2027, 09:10–09:25');
  const eventId = mine[0]?.id;

  // Moved to the front: the same event, patched.
  const view = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }));
  const order = [b.id, a.id].map((id) => ({ id, section: view.agendapunten.find((i) => i.id === id)!.section }));
  await expectOk(s.api('PUT', `/api/pos/${po.id}/agenda/volgorde`, { as: CA, body: { order } }));
  mine = invitationsOf(carla);
  expect(mine.map((e) => e.id)).toEqual([eventId]);
  expect(mine.map(slot)).toEqual([['2027-06-07T07:00:00.000', '2027-06-07T07:15:00.000', false]]);

  // Longer: the end moves; the same change again makes no second event.
  await expectOk(s.api('PATCH', `/api/pos/${po.id}/agendapunten/${b.id}`, { as: CA, body: { plannedMinutes: 20 } }));
  await expectOk(s.api('PATCH', `/api/pos/${po.id}/agendapunten/${b.id}`, { as: CA, body: { plannedMinutes: 20 } }));
  expect(invitationsOf(carla).map(slot)).toEqual([['2027-06-07T07:00:00.000', '2027-06-07T07:20:00.000', false]]);

  // A second expert on the other item; the PO moves an hour: both slots move with it.
  await expectOk(s.api('PATCH', `/api/pos/${po.id}/agendapunten/${a.id}`, { as: CA, body: { adviseurIds: [OPDRACHTNEMER2] } }));
  await expectOk(s.api('PATCH', `/api/pos/${po.id}`, { as: CA, body: { startsAt: '2027-06-07T08:00:00Z' } }));
  expect(invitationsOf('fatima.elamrani@velsen.example').map(slot)).toEqual([['2027-06-07T08:20:00.000', '2027-06-07T08:30:00.000', false]]);
  expect(invitationsOf(carla).map(slot)).toEqual([['2027-06-07T08:00:00.000', '2027-06-07T08:20:00.000', false]]);

  // Removed as expert: the invitation is cancelled (kept by Outlook as cancelled).
  await expectOk(s.api('PATCH', `/api/pos/${po.id}/agendapunten/${b.id}`, { as: CA, body: { adviseurIds: [] } }));
  expect(invitationsOf(carla).map(slot)).toEqual([['2027-06-07T08:00:00.000', '2027-06-07T08:20:00.000', true]]);
  const requests = s.sandbox.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/me/events'));
  expect(requests).toHaveLength(2);
});

test('a cancelled PO: reason required, invitations cancelled, shown as geannuleerd, never started, audited', async () => {
  const po = await createPo(s, { startsAt: '2027-06-14T07:00:00Z' });
  await addItem(s, po.id, { title: 'Datalek', purpose: 'beeldvorming', plannedMinutes: 10, adviseurIds: [ADVISEUR], opdrachtnemerId: OPDRACHTNEMER });
  const noReason = await s.api<{ error: { problems: { path: string }[] } }>('POST', `/api/pos/${po.id}/annuleren`, { as: CA, body: { reason: ' ' } });
  expect(noReason.status).toBe(400);
  expect((await s.api('POST', `/api/pos/${po.id}/annuleren`, { as: OPDRACHTNEMER, body: { reason: 'Ziek' } })).status).toBe(403);
  const cancelled = await expectOk(
    s.api<{ geannuleerd: { reason: string; by: string } | null }>('POST', `/api/pos/${po.id}/annuleren`, {
      as: CA,
      body: { reason: 'Wethouder op werkbezoek' },
    }),
  );
  expect(cancelled.geannuleerd).toMatchObject({ reason: 'Wethouder op werkbezoek', by: CA });
  const titled = [...s.sandbox.state.events.values()].filter((e) => e.subject?.endsWith(': Datalek'));
  expect(titled.map((e) => e.isCancelled)).toEqual([true]);
  const lines = await expectOk(s.api<{ items: { id: string; geannuleerd: boolean }[] }>('GET', '/api/pos?from=2027-06-14&to=2027-06-14', { as: CA }));
  expect(lines.items.find((l) => l.id === po.id)?.geannuleerd).toBe(true);
  expect((await s.api('POST', `/api/pos/${po.id}/annuleren`, { as: CA, body: { reason: 'Nog eens' } })).status).toBe(409);
  await vaststellen(s, po.id);
  const start = await s.api<{ error: { message: string } }>('POST', `/api/pos/${po.id}/vergadering/starten`, { as: NOTULIST });
  expect(start.status).toBe(409);
  expect(start.body.error.message).toBe('Dit PO is geannuleerd en kan niet starten.');
  const audit = await expectOk(s.api<{ items: { action: string }[] }>('GET', `/api/audit?poId=${po.id}`, { as: CA }));
  expect(audit.items.map((a) => a.action)).toContain('po.annuleren');
});
