import { SANDBOX_CHANNEL_ID, SANDBOX_TEAM_ID } from '../../../src/server/graphPort';
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, MEDEWERKER, NOTULIST, OPDRACHTNEMER2, record, startedPo } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});
afterEach(() => s.sandbox.clearFaults());

type ErrorBody = { error: { id: string; message: string } };
const channel = () => s.sandbox.state.channel(SANDBOX_TEAM_ID, SANDBOX_CHANNEL_ID);
const messagesFor = (poId: string) => channel().messages.filter((m) => (m.body?.content ?? '').includes(poId));
const posts = () => s.sandbox.state.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));

async function closedPo(): Promise<Awaited<ReturnType<typeof startedPo>>> {
  const ready = await startedPo(s);
  const { po, items } = ready;
  await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Ingestemd met het uitvoeringsplan <script>alert(1)</script>.' });
  await record(s, po.id, {
    kind: 'actiepunt',
    agendapuntId: items.besluit,
    text: 'Raadsinformatiebrief opstellen',
    ownerId: OPDRACHTNEMER2,
    dueDate: '2026-12-15',
  });
  await record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.geheim, text: 'Taxatie Zeeweg actualiseren', ownerName: 'Tim' });
  await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: NOTULIST }));
  return ready;
}

describe('publishing the verslag to the Teams channel', () => {
  test('posts exactly one message with the verslag, the .docx link and a mention, without confidential content', async () => {
    const { po } = await closedPo();
    const before = posts().length;
    const preview = await expectOk(s.api<{ html: string; posts: number }>('GET', `/api/pos/${po.id}/verslag/voorbeeld`, { as: NOTULIST }));
    expect(preview.posts).toBe(1);
    const res = await expectOk(
      s.api<{ version: number; webUrl: string; fileUrl: string; versionId: string }>('POST', `/api/pos/${po.id}/verslag/publiceren`, {
        as: NOTULIST,
        body: {},
      }),
    );
    expect(res.version).toBe(1);
    expect(posts().length - before).toBe(1);
    const [message] = messagesFor(po.id);
    const html = message?.body?.content ?? '';
    expect(html).toContain('Uitvoeringsplan schoolroutes');
    expect(html).toContain(`Verslagversie: ${res.versionId}`);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('Zeeweg');
    expect(html).toContain('Verslag als Word-document');
    expect(message?.mentions?.[0]?.mentioned?.user?.id).toBe('00000000-0000-4000-8000-000000000014');
    expect(res.webUrl).toBe(message?.webUrl);
    expect([...s.sandbox.state.files.values()].some((f) => f.item.webUrl === res.fileUrl)).toBe(true);
    const read = await expectOk(s.api<{ version: number }>('GET', `/api/pos/${po.id}/verslag`, { as: MEDEWERKER }));
    expect(read.version).toBe(1);
  });

  test('publishing twice (a double click) posts one message', async () => {
    const { po } = await closedPo();
    const [a, b] = await Promise.all([
      s.api<ErrorBody>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }),
      s.api<ErrorBody>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(messagesFor(po.id)).toHaveLength(1);
    const again = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} });
    expect(again.status).toBe(409);
    expect(messagesFor(po.id)).toHaveLength(1);
  });

  test('is retried after 429 with Retry-After', async () => {
    const { po } = await closedPo();
    s.sandbox.inject({ status: 429, retryAfterSeconds: 1, times: 1, pathIncludes: '/messages', method: 'POST' });
    const started = Date.now();
    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(messagesFor(po.id)).toHaveLength(1);
  });

  test('503 beyond the retry bound leaves the verslag unpublished, nothing posted, and a clear error', async () => {
    const { po } = await closedPo();
    s.sandbox.inject({ status: 503, retryAfterSeconds: 0, times: 20, pathIncludes: '/messages', method: 'POST' });
    const res = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} });
    expect(res.status).toBe(502);
    expect(res.body.error.id).toBe('graph_failed');
    expect(messagesFor(po.id)).toHaveLength(0);
    const after = await expectOk(s.api<{ status: string; publishedVersion: number }>('GET', `/api/pos/${po.id}`, { as: CA }));
    expect(after).toMatchObject({ status: 'afgesloten', publishedVersion: 0 });
    s.sandbox.clearFaults();
    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
    expect(messagesFor(po.id)).toHaveLength(1);
  });

  test('after an uncertain outcome (the post landed, the answer was lost) it looks, finds it and posts nothing again', async () => {
    const { po } = await closedPo();
    const before = posts().length;
    s.sandbox.inject({ dropAfterSuccess: '504', times: 1, pathIncludes: '/messages', method: 'POST' });
    const res = await expectOk(s.api<{ version: number; webUrl: string }>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
    expect(res.version).toBe(1);
    expect(messagesFor(po.id)).toHaveLength(1);
    expect(posts().length - before).toBe(1);
    expect(res.webUrl).toBe(messagesFor(po.id)[0]?.webUrl);
  });

  test('missing consent is reported as "toestemming nodig", not a crash', async () => {
    const { po } = await closedPo();
    s.sandbox.inject({ status: 403, times: 5, method: 'POST' });
    s.sandbox.inject({ status: 403, times: 5, method: 'PUT' });
    const res = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} });
    expect(res.status).toBe(403);
    expect(res.body.error.id).toBe('consent_required');
  });

  test('a correction posts a reply "Gecorrigeerd verslag" with the changes; the versions are kept', async () => {
    const { po, items } = await closedPo();
    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/correctie`, { as: NOTULIST }));
    await record(s, po.id, { kind: 'toezegging', agendapuntId: items.besluit, text: 'Raad voor 1 maart informeren', aan: 'gemeenteraad', ownerName: 'Bram' });
    const v2 = await expectOk(
      s.api<{ version: number }>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: { reason: 'Toezegging ontbrak' } }),
    );
    expect(v2.version).toBe(2);
    const [root] = messagesFor(po.id);
    expect(messagesFor(po.id)).toHaveLength(1);
    const replies = channel().replies.get(root!.id!) ?? [];
    const last = replies.at(-1)?.body?.content ?? '';
    expect(last).toContain('Gecorrigeerd verslag (versie 2)');
    expect(last).toContain('Raad voor 1 maart informeren');
    expect(last).toContain('Toezegging ontbrak');
  });

  test('only the notulist or concernadviseur publishes', async () => {
    const { po } = await closedPo();
    expect((await s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: MEDEWERKER, body: {} })).status).toBe(403);
    expect(messagesFor(po.id)).toHaveLength(0);
  });
});

describe('the calendar invite and Planner', () => {
  test("the agenda goes into the meeting's event once, replacing an earlier agenda, with the .docx attached", async () => {
    const { po } = await startedPo(s);
    await expectOk(s.api('PATCH', `/api/pos/${po.id}`, { as: CA, body: { teamsMeetingChatId: `19:meeting_${po.id}@thread.v2` } }));
    const first = await expectOk(s.api<{ eventId: string }>('POST', `/api/pos/${po.id}/agenda/uitnodiging`, { as: CA, body: {} }));
    await expectOk(s.api('POST', `/api/pos/${po.id}/agenda/uitnodiging`, { as: CA, body: {} }));
    const body = s.sandbox.state.events.get(first.eventId)?.body?.content ?? '';
    expect(body.split('PO-overleg agenda start').length - 1).toBe(1);
    expect(body).toContain('Besluitvorming');
    expect(body).not.toContain('Zeeweg');
    expect(s.sandbox.state.eventAttachments.get(first.eventId)).toHaveLength(1);
  });

  test('an agenda with an unlabelled item cannot be sent', async () => {
    const { po, items } = await startedPo(s);
    await s.deps.db.query('UPDATE agendapunten SET purpose = NULL WHERE id = $1', [items.beeld]);
    const res = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/agenda/uitnodiging`, { as: CA, body: { eventId: 'evt-1' } });
    expect(res.status).toBe(409);
    expect(res.body.error.id).toBe('agenda_not_ready');
  });

  test('actiepunten become Planner tasks once; those of a confidential item never', async () => {
    const { po } = await closedPo();
    const first = await expectOk(s.api<{ created: number; skipped: number }>('POST', `/api/pos/${po.id}/planner`, { as: NOTULIST }));
    expect(first).toEqual({ created: 1, skipped: 0, vertrouwelijk: 1 });
    const second = await expectOk(s.api<{ created: number; skipped: number }>('POST', `/api/pos/${po.id}/planner`, { as: NOTULIST }));
    expect(second).toEqual({ created: 0, skipped: 1, vertrouwelijk: 1 });
    expect(JSON.stringify([...s.sandbox.state.plannerTasks.values()])).not.toContain('Zeeweg');
    const tasks = [...s.sandbox.state.plannerTasks.values()].filter((t) => t.title?.startsWith('Raadsinformatiebrief opstellen [PO-overleg '));
    expect(tasks).toHaveLength(1);
    expect(Object.keys(tasks[0]?.assignments ?? {})).toEqual(['00000000-0000-4000-8000-000000000014']);
  });
});
