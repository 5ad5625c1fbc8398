/**
 * Issue 11, case 6: the invite. Sent any number of times, whatever Graph answers, the event has
 * one agenda block, inside its <body>, and one agenda attachment; its errors speak of the invite.
 */
import { AGENDA_START_MARKER } from '../../../src/server/render';
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, startedPo } from '../helpers/factories';
import { count, type ErrorBody } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});
afterEach(() => s.sandbox.clearFaults());

type Sent = { eventId: string; attachmentId: string };
const send = (poId: string) => s.api<Sent & ErrorBody>('POST', `/api/pos/${poId}/agenda/uitnodiging`, { as: CA, body: {} });

/** A PO linked to a Teams meeting whose Outlook event body is a whole HTML document, as Outlook keeps it. */
async function linkedPo(): Promise<{ poId: string; eventId: string }> {
  const { po } = await startedPo(s);
  const chatId = `19:meeting_${po.id}@thread.v2`;
  await expectOk(s.api('PATCH', `/api/pos/${po.id}`, { as: CA, body: { teamsMeetingChatId: chatId } }));
  const eventId = s.sandbox.state.chat(chatId).onlineMeetingInfo?.calendarEventId ?? '';
  const event = s.sandbox.state.events.get(eventId);
  s.sandbox.state.events.set(eventId, {
    ...event,
    body: {
      contentType: 'html',
      content:
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p>Beste collega\'s,</p><div>Deelnemen aan Microsoft Teams-vergadering</div></body></html>',
    },
  });
  return { poId: po.id, eventId };
}

const attachments = (eventId: string) => s.sandbox.state.eventAttachments.get(eventId) ?? [];
const bodyOf = (eventId: string) => s.sandbox.state.events.get(eventId)?.body?.content ?? '';

test('sent three times: one agenda block inside <body>, and the .docx replaced, so one attachment', async () => {
  const { poId, eventId } = await linkedPo();
  const sent: Sent[] = [];
  for (let i = 0; i < 3; i++) sent.push(await expectOk(send(poId)));
  const body = bodyOf(eventId);
  expect(body.split(AGENDA_START_MARKER).length - 1).toBe(1);
  expect(body.indexOf(AGENDA_START_MARKER)).toBeGreaterThan(body.indexOf('<body>'));
  expect(body.indexOf('PO-overleg agenda end')).toBeLessThan(body.indexOf('</body>'));
  expect(body.endsWith('</body></html>')).toBe(true);
  expect(body).toContain('Deelnemen aan Microsoft Teams-vergadering');
  expect(attachments(eventId).map((a) => a.id)).toEqual([sent[2]?.attachmentId]);
  expect(attachments(eventId)[0]?.name).toMatch(/^Agenda .*\.docx$/);
  expect(count(s, 'DELETE', '/attachments/' + encodeURIComponent(sent[0]?.attachmentId ?? ''))).toBe(1);
});

test("an attachment added by hand earlier under the agenda's name is replaced too; other attachments stay", async () => {
  const { poId, eventId } = await linkedPo();
  const first = await expectOk(send(poId));
  const name = attachments(eventId)[0]?.name ?? '';
  s.sandbox.state.eventAttachments.set(eventId, [
    ...attachments(eventId),
    { id: 'hand-1', name, contentType: 'application/octet-stream', contentBytes: 'UEs=' },
    { id: 'notitie', name: 'Notitie wethouder.pdf', contentType: 'application/pdf', contentBytes: 'JVBE' },
  ]);
  const second = await expectOk(send(poId));
  expect(
    attachments(eventId)
      .map((a) => a.id)
      .sort(),
  ).toEqual([second.attachmentId, 'notitie'].sort());
  expect(second.attachmentId).not.toBe(first.attachmentId);
});

test('an attachment whose answer was lost is found by its name: still one', async () => {
  const { poId, eventId } = await linkedPo();
  s.sandbox.inject({ dropAfterSuccess: 'destroy', pathIncludes: '/attachments', method: 'POST' });
  const sent = await expectOk(send(poId));
  expect(attachments(eventId).map((a) => a.id)).toEqual([sent.attachmentId]);
});

test('when the attachments cannot be read after a lost answer, nothing is added: invite_uncertain, then resolved', async () => {
  const { poId, eventId } = await linkedPo();
  const posts = count(s, 'POST', '/attachments');
  s.sandbox.inject({ dropAfterSuccess: '504', pathIncludes: '/attachments', method: 'POST' });
  s.sandbox.inject({ status: 403, pathIncludes: '/attachments', method: 'GET', times: 1_000 });
  const first = await send(poId);
  expect(first.status).toBe(502);
  expect(first.body.error.id).toBe('invite_uncertain');
  expect(first.body.error.message).toContain('controleer de bijlagen van de uitnodiging');
  const second = await send(poId);
  expect(second.body.error.id).toBe('invite_uncertain');
  expect(count(s, 'POST', '/attachments') - posts).toBe(1);
  expect(attachments(eventId)).toHaveLength(1);
  const landed = attachments(eventId)[0]?.id ?? '';

  s.sandbox.clearFaults();
  const done = await expectOk(send(poId));
  expect(attachments(eventId).map((a) => a.id)).toEqual([done.attachmentId]);
  // The first run is closed once its uncertain attachment is settled; the second added nothing;
  // the third removed the one that had landed and added its own.
  const runs = await s.deps.db.query<{ status: string; steps: string }>(
    `SELECT r.status, string_agg(s.step || '=' || s.status, ',' ORDER BY s.position) AS steps
     FROM graph_runs r JOIN graph_steps s ON s.run_id = r.id WHERE r.po_id = $1 GROUP BY r.id, r.status`,
    [poId],
  );
  expect(runs.map((r) => `${r.status}: ${r.steps}`).sort()).toEqual(
    ['klaar: inhoud=klaar,bijlage=vervallen', 'mislukt: inhoud=klaar', `klaar: inhoud=klaar,weg:${landed}=klaar,bijlage=klaar`].sort(),
  );
});

test('an invite error says the invite failed, in Dutch, not that Teams could not receive the verslag', async () => {
  const { poId } = await linkedPo();
  s.sandbox.inject({ status: 503, retryAfterSeconds: 0, pathIncludes: '/me/events/', method: 'PATCH', times: 10 });
  const res = await send(poId);
  expect(res.status).toBe(502);
  expect(res.body.error.id).toBe('invite_failed');
  expect(res.body.error.message).toMatch(/^Outlook kon de agenda nu niet in de uitnodiging zetten/);
  expect(res.body.error.message).not.toContain('verslag');
  s.sandbox.clearFaults();
  s.sandbox.inject({ status: 403, pathIncludes: '/chats/' });
  const consent = await send(poId);
  expect(consent.body.error).toMatchObject({ id: 'consent_required' });
  expect(consent.body.error.message).toContain('agenda in Outlook');
});
