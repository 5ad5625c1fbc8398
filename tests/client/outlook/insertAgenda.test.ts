/// <reference types="office-js" />
/**
 * Putting the agenda in the invite: the task pane logic against a real server (agenda.html and
 * agenda.docx) and an Outlook organizer form mocked with office-addin-mock.
 */
import { blocksInvite } from '../../../src/domain';
import { officeAppointmentHost } from '../../../src/client/host/office';
import { agendaProblems, insertAgendaIntoInvite, linkedPoId, PO_ID_PROPERTY } from '../../../src/client/outlook/insertAgenda';
import { Api } from '../../../src/client/shared/api';
import type { PoView } from '../../../src/client/shared/types';
import { AGENDA_START_MARKER } from '../../../src/server/render/agendaHtml';
import { addItem, CA, createPo, OPDRACHTNEMER, readyPo } from '../../server/helpers/factories';
import { startTestServer, type TestServer } from '../../server/helpers/server';
import { fakeOutlook } from './fakeOutlook';

let s: TestServer;
let api: Api;
beforeAll(async () => {
  s = await startTestServer();
  api = new Api(() => s.token(CA), s.url);
});
afterAll(async () => {
  await s.close();
});

const TEAMS_LINK = '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ2YzVh%40thread.v2/0?context=%7b%7d">Deelnemen aan de vergadering</a>';
const count = (s: string, part: string): number => s.split(part).length - 1;

describe('agenda in the invite', () => {
  test('refused while an item has no purpose: the reasons name the item, the invite is untouched', async () => {
    const po = await createPo(s);
    const item = await addItem(s, po.id, { title: 'Evaluatie subsidiebeleid', opdrachtnemerId: OPDRACHTNEMER });
    const { office, state } = fakeOutlook();
    const before = state.body;
    const result = await insertAgendaIntoInvite(officeAppointmentHost(office), api, await api.getPo(po.id));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ code: 'purpose_missing', path: `agendapunt:${item.id}` })]);
    expect(state.body).toBe(before);
    expect(state.attachments).toEqual([]);
    expect(state.savedProperties).toEqual({});
  });

  test('the client-side check refuses an item unlabelled since the server last looked', async () => {
    const { po } = await readyPo(s);
    const view = await api.getPo(po.id);
    const edited: PoView = { ...view, agendapunten: view.agendapunten.map((i, n) => (n === 0 ? { ...i, purpose: null } : i)) };
    expect(view.agendaCheck.problems.filter(blocksInvite)).toEqual([]);
    expect(agendaProblems(edited).map((p) => [p.code, p.path])).toEqual([['purpose_missing', `agendapunt:${view.agendapunten[0]!.id}`]]);
  });

  test('a complete agenda goes into the body, the Word agenda is attached, the appointment is linked', async () => {
    const po = await api.getPo((await readyPo(s)).po.id);
    const { office, state } = fakeOutlook();
    const host = officeAppointmentHost(office);
    const result = await insertAgendaIntoInvite(host, api, po);
    expect(result).toMatchObject({ ok: true, replacedBlocks: 0, replacedAttachments: 0, attachmentName: `Agenda ${po.title}.docx` });
    expect(state.body).toContain("<p>Beste collega's,</p>");
    expect(state.body).toContain(`<div id="po-overleg-agenda" data-po-overleg="agenda" data-po-id="${po.id}">${AGENDA_START_MARKER}`);
    expect(state.body).toContain('Uitvoeringsplan schoolroutes');
    expect(state.attachments).toHaveLength(1);
    expect(state.attachments[0]!.name).toBe(`Agenda ${po.title}.docx`);
    expect(Buffer.from(state.attachments[0]!.base64, 'base64').subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(state.savedProperties).toEqual({ [PO_ID_PROPERTY]: po.id });
    // Reopening the invite: the task pane finds the same PO.
    expect(await linkedPoId(officeAppointmentHost(fakeOutlook({ savedProperties: state.savedProperties }).office))).toBe(po.id);
  });

  test('doing it again replaces the agenda block and the attachment instead of adding a second', async () => {
    const po = await api.getPo((await readyPo(s)).po.id);
    const { office, state } = fakeOutlook({ attachments: [{ id: 'own', name: 'Notitie.pdf', base64: 'JVBERi0=' }] });
    const host = officeAppointmentHost(office);
    await insertAgendaIntoInvite(host, api, await api.getPo(po.id));
    const firstId = state.attachments.find((a) => a.name.startsWith('Agenda'))!.id;
    state.body = state.body.replace('</body>', '<p>Tot maandag!</p></body>');
    await addItem(s, po.id, { title: 'Voortgang omgevingsvisie', purpose: 'beeldvorming', opdrachtnemerId: OPDRACHTNEMER });
    const again = await insertAgendaIntoInvite(host, api, await api.getPo(po.id));
    expect(again).toMatchObject({ ok: true, replacedBlocks: 1, replacedAttachments: 1 });
    expect(count(state.body, AGENDA_START_MARKER)).toBe(1);
    expect(count(state.body, 'id="po-overleg-agenda"')).toBe(1);
    expect(state.body).toContain('Voortgang omgevingsvisie');
    expect(state.body).toContain('<p>Tot maandag!</p>');
    expect(state.attachments.map((a) => a.name).sort()).toEqual([`Agenda ${po.title}.docx`, 'Notitie.pdf']);
    expect(state.attachments.find((a) => a.name.startsWith('Agenda'))!.id).not.toBe(firstId);
  });

  test('an invite with a Teams meeting links that meeting to the PO, so its side panel finds the PO', async () => {
    const { po } = await readyPo(s);
    const { office } = fakeOutlook({ body: `<html><body><p>Hallo</p>${TEAMS_LINK}</body></html>` });
    const result = await insertAgendaIntoInvite(officeAppointmentHost(office), api, await api.getPo(po.id));
    expect(result).toMatchObject({ ok: true, teamsChatLinked: true });
    const found = await s.api<{ items: { id: string }[] }>('GET', `/api/pos?teamsMeetingChatId=${encodeURIComponent('19:meeting_ZmQ2YzVh@thread.v2')}`, {
      as: CA,
    });
    expect(found.body.items.map((p) => p.id)).toEqual([po.id]);
  });

  test('a failing Outlook call stops the insert before the attachment is touched', async () => {
    const { po } = await readyPo(s);
    const { office, state } = fakeOutlook();
    state.failNext = 'body.setAsync';
    await expect(insertAgendaIntoInvite(officeAppointmentHost(office), api, await api.getPo(po.id))).rejects.toThrow('body.setAsync mislukt');
    expect(state.attachments).toEqual([]);
    expect(state.savedProperties).toEqual({});
  });
});
