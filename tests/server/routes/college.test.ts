/** The college cycle over HTTP: Tuesday's announcement list, each college step and its rights, the terugkoppeling on the next PO. */
import { unzipSync, strFromU8 } from 'fflate';
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, createPo, expectOk, GS, MEDEWERKER, NOTULIST, PH, record, startedPo } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface Item {
  id: string;
  text: string;
  vertrouwelijk: boolean;
  late: boolean;
  changed: boolean;
  college: { state: string; steps: { state: string; date: string; note: string }[] } | null;
}
type List = { collegeDatum: string; firstAnnouncedAt: string | null; items: Item[] };
const list = (as: string, date = '2026-12-08') => s.api<List>('GET', `/api/aankondiging/${date}`, { as });
const step = (as: string, id: string, body: Record<string, unknown>) =>
  s.api<{ state: string; problems?: unknown }>('POST', `/api/besluitpunten/${id}/college`, { as, body });

describe('the college cycle', () => {
  test('Monday besluitpunten form Tuesday’s list; marked, late and changed ones are visible; the answer reaches the next PO', async () => {
    s.setNow(new Date('2026-11-30T10:00:00Z'));
    const { po, items } = await startedPo(s, { startsAt: '2026-11-30T08:00:00Z' });
    const open = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Instemmen met het uitvoeringsplan schoolroutes' });
    const secret = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.geheim, text: 'Bod uitbrengen Zeeweg' });
    const openId = String(open.body.id);
    const secretId = String(secret.body.id);
    expect(open.body.collegeDatum).toBe('2026-12-08');

    // Who opens the list: the gemeentesecretaris and the concernadviseur, not a medewerker.
    expect((await list(MEDEWERKER)).status).toBe(403);
    const forGs = await expectOk(list(GS));
    expect(forGs.items.map((i) => i.id)).toEqual([openId]);
    expect(JSON.stringify(forGs)).not.toContain('Zeeweg');
    const forCa = await expectOk(list(CA));
    expect(forCa.items.map((i) => i.id).sort()).toEqual([openId, secretId].sort());
    expect(forCa.firstAnnouncedAt).toBeNull();

    // Tuesday: announced. Rights: a medewerker is refused; the gemeentesecretaris may not touch the confidential one (not found).
    s.setNow(new Date('2026-12-01T09:00:00Z'));
    expect((await step(MEDEWERKER, openId, { state: 'aangekondigd', date: '2026-12-01' })).status).toBe(403);
    expect((await step(GS, secretId, { state: 'aangekondigd', date: '2026-12-01' })).status).toBe(404);
    expect((await step(GS, openId, { state: 'besloten', date: '2026-12-01' })).status).toBe(400);
    const announced = await step(GS, openId, { state: 'aangekondigd', date: '2026-12-01', note: 'Mondeling gemeld' });
    expect(announced.status).toBe(200);
    expect(announced.body.state).toBe('aangekondigd');
    expect((await step(CA, secretId, { state: 'aangekondigd', date: '2026-12-01' })).status).toBe(200);
    // Twice is refused with a Dutch reason naming the field.
    const twice = await s.api<{ error: { message: string; problems: { path: string; code: string }[] } }>('POST', `/api/besluitpunten/${openId}/college`, {
      as: GS,
      body: { state: 'aangekondigd', date: '2026-12-01' },
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.problems[0]).toMatchObject({ code: 'college_transition', path: 'body.state' });
    expect(twice.body.error.message).toMatch(/alleen naar: geagendeerd in college, teruggenomen/);

    // A besluitpunt recorded after the announcement is late; one changed after it is marked changed.
    s.setNow(new Date('2026-12-01T11:00:00Z'));
    const late = await record(s, po.id, {
      kind: 'besluitpunt',
      agendapuntId: items.besluit,
      text: 'Ook de fietsenstalling meenemen',
      collegeDatum: '2026-12-08',
    });
    await expectOk(
      s.api('PATCH', `/api/pos/${po.id}/vastleggingen/${openId}`, { as: NOTULIST, body: { text: 'Instemmen met het uitvoeringsplan schoolroutes, fase 1' } }),
    );
    const after = await expectOk(list(GS));
    expect(after.firstAnnouncedAt).toBe('2026-12-01T09:00:00.000Z');
    const byId = new Map(after.items.map((i) => [i.id, i]));
    expect(byId.get(String(late.body.id))).toMatchObject({ late: true, changed: false, college: null });
    expect(byId.get(openId)).toMatchObject({ late: false, changed: true });
    expect(byId.get(openId)?.college?.steps[0]).toMatchObject({ state: 'aangekondigd', date: '2026-12-01', note: 'Mondeling gemeld' });

    // The college: on the agenda, then decided.
    s.setNow(new Date('2026-12-08T14:00:00Z'));
    await expectOk(step(CA, openId, { state: 'geagendeerd', date: '2026-12-08' }));
    expect((await step(CA, openId, { state: 'besloten', date: '2026-12-01' })).status).toBe(400);
    await expectOk(step(CA, openId, { state: 'besloten', date: '2026-12-08', note: 'Conform besloten' }));
    expect((await step(CA, openId, { state: 'aangehouden', date: '2026-12-08' })).status).toBe(400);
    await expectOk(step(CA, secretId, { state: 'teruggenomen', date: '2026-12-08', note: 'Onderhandeling loopt' }));

    // The collegeplanning shows the state.
    const planning = await expectOk(
      s.api<{ items: { collegeDatum: string; besluitpunten: { id: string; college: { state: string } | null }[] }[] }>(
        'GET',
        '/api/collegeplanning?from=2026-12-08&to=2026-12-08',
        { as: GS },
      ),
    );
    const states = new Map(planning.items.flatMap((e) => e.besluitpunten).map((b) => [b.id, b.college?.state ?? null]));
    expect(states.get(openId)).toBe('besloten');
    expect(states.get(String(late.body.id))).toBeNull();

    // The next PO of this portefeuillehouder shows the outcome; to whom the confidential one goes is the read policy's.
    const next = await createPo(s, { startsAt: '2026-12-14T08:00:00Z' });
    type Feedback = { since: string | null; items: { id: string; text: string; college: { state: string } }[] };
    const forPh = await expectOk(s.api<Feedback>('GET', `/api/pos/${next.id}/terugkoppeling-college`, { as: PH }));
    expect(forPh.since).toBe('2026-11-30T08:00:00.000Z');
    expect(forPh.items.map((i) => [i.id, i.college.state]).sort()).toEqual(
      [
        [openId, 'besloten'],
        [secretId, 'teruggenomen'],
      ].sort(),
    );
    const forNotulist = await expectOk(s.api<Feedback>('GET', `/api/pos/${next.id}/terugkoppeling-college`, { as: NOTULIST }));
    expect(forNotulist.items.map((i) => i.id)).toContain(openId);
    expect((await s.api('GET', `/api/pos/${next.id}/terugkoppeling-college`, { as: MEDEWERKER })).status).toBe(403);
    // A PO after that one: the answer was given before its previous PO, so it is not repeated.
    const later = await createPo(s, { startsAt: '2026-12-21T08:00:00Z' });
    expect((await expectOk(s.api<Feedback>('GET', `/api/pos/${later.id}/terugkoppeling-college`, { as: PH }))).items).toEqual([]);

    // The audit log has each step.
    const audit = await expectOk(s.api<{ items: { action: string }[] }>('GET', `/api/audit?poId=${po.id}`, { as: CA }));
    expect(audit.items.map((a) => a.action)).toEqual(expect.arrayContaining(['college.aangekondigd', 'college.geagendeerd', 'college.besloten']));
  });

  test('the list as .docx and shared in the channel, without confidential besluitpunten for the channel', async () => {
    s.setNow(new Date('2027-01-04T10:00:00Z'));
    const { po, items } = await startedPo(s, { startsAt: '2027-01-04T08:00:00Z' });
    await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Schoolroutes vaststellen' });
    await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.geheim, text: 'Bod Zeeweg uitbrengen' });
    const docx = await fetch(`${s.url}/api/aankondiging/2027-01-12/docx`, { headers: { authorization: `Bearer ${await s.token(CA)}` } });
    expect(docx.status).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml']!);
    expect(xml).toContain('Aankondiging college dinsdag 12 januari 2027');
    expect(xml).toContain('Schoolroutes vaststellen');
    expect(xml).toContain('Bod Zeeweg uitbrengen');
    expect(xml).toContain('Nog niet aangekondigd');
    const gsDocx = await fetch(`${s.url}/api/aankondiging/2027-01-12/docx`, { headers: { authorization: `Bearer ${await s.token(GS)}` } });
    expect(strFromU8(unzipSync(new Uint8Array(await gsDocx.arrayBuffer()))['word/document.xml']!)).not.toContain('Zeeweg');
    expect((await fetch(`${s.url}/api/aankondiging/2027-01-12/docx`, { headers: { authorization: `Bearer ${await s.token(MEDEWERKER)}` } })).status).toBe(403);

    expect((await s.api('POST', '/api/aankondiging/2027-01-12/delen', { as: MEDEWERKER })).status).toBe(403);
    const shared = await expectOk(s.api<{ messageId: string; shown: number; hidden: number }>('POST', '/api/aankondiging/2027-01-12/delen', { as: CA }));
    expect(shared).toMatchObject({ shown: 1, hidden: 1 });
    const posted = s.sandbox.state.channel('team-po-overleg', 'channel-verslagen').messages.find((m) => m.id === shared.messageId);
    const body = String(posted?.body?.content ?? '');
    expect(body).toContain('Schoolroutes vaststellen');
    expect(body).toContain('1 vertrouwelijk besluitpunt');
    expect(body).not.toContain('Zeeweg');
    expect(body).toContain('/app/tab#aankondiging/2027-01-12');
  });

  test('bad input is a Dutch 400 naming the field', async () => {
    const bad = await s.api<{ error: { problems: { path: string }[] } }>('GET', '/api/aankondiging/2026-13-40', { as: GS });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0]?.path).toBe('params.collegeDatum');
    const badState = await s.api<{ error: { problems: { path: string }[] } }>('POST', '/api/besluitpunten/00000000-0000-4000-8000-000000000000/college', {
      as: GS,
      body: { state: 'goedgekeurd', date: '2026-12-01' },
    });
    expect(badState.status).toBe(400);
    expect(badState.body.error.problems[0]?.path).toBe('body.state');
    expect((await step(GS, '00000000-0000-4000-8000-000000000000', { state: 'aangekondigd', date: '2026-12-01' })).status).toBe(404);
  });

  test('a collegebericht draft from a besluitpunt, in the template Beheer configures', async () => {
    s.setNow(new Date('2027-02-01T10:00:00Z'));
    const { po, items } = await startedPo(s, { startsAt: '2027-02-01T08:00:00Z' });
    const open = String(
      (await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Instemmen met het uitvoeringsplan schoolroutes' })).body.id,
    );
    const secret = String((await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.geheim, text: 'Bod Zeeweg' })).body.id);
    const docx = async (id: string, as: string): Promise<{ status: number; text: string }> => {
      const res = await fetch(`${s.url}/api/besluitpunten/${id}/collegebericht.docx`, { headers: { authorization: `Bearer ${await s.token(as)}` } });
      if (res.status !== 200) return { status: res.status, text: '' };
      const xml = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']!);
      return { status: 200, text: [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|') };
    };
    const seed = await docx(open, CA);
    expect(seed.status).toBe(200);
    // Seed 003's fields, prefilled from the item and the besluitpunt.
    for (const part of [
      'Collegebericht',
      'Datum: ',
      '9 februari 2027',
      'Onderwerp: ',
      'Uitvoeringsplan schoolroutes',
      'Portefeuillehouder: ',
      'wethouder Bram Diepstraten',
    ])
      expect(seed.text).toContain(part);
    for (const part of [
      'Aanleiding',
      'Advies college',
      'Instemmen met het uitvoeringsplan schoolroutes',
      'Vervolg proces',
      'ter besluitvorming in het college van 9 februari 2027',
    ])
      expect(seed.text).toContain(part);
    // Confidential: only for those who may read the item; a medewerker does not learn it exists.
    expect((await docx(secret, GS)).status).toBe(404);
    expect((await docx(secret, CA)).status).toBe(200);
    expect((await docx(open, MEDEWERKER)).status).toBe(404);

    // The beheerder sets the municipality's template: heading, order and labels, closing text.
    const template = {
      heading: 'Collegevoorstel',
      fields: [
        { key: 'onderwerp', label: 'Betreft' },
        { key: 'datum', label: 'Collegedatum' },
        { key: 'advies', label: 'Voorgesteld besluit' },
      ],
      closing: 'Burgemeester en wethouders van Velsen',
    };
    expect((await s.api('PUT', '/api/beheer/collegebericht', { as: CA, body: template })).status).toBe(403);
    const twice = await s.api<{ error: { problems: { path: string }[] } }>('PUT', '/api/beheer/collegebericht', {
      as: 'u-bea',
      body: { ...template, fields: [...template.fields, { key: 'datum', label: 'Nog eens' }] },
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.problems[0]?.path).toBe('body.fields.3.key');
    const empty = await s.api<{ error: { problems: { path: string }[] } }>('PUT', '/api/beheer/collegebericht', {
      as: 'u-bea',
      body: { ...template, heading: ' ' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.problems[0]?.path).toBe('body.heading');
    await expectOk(s.api('PUT', '/api/beheer/collegebericht', { as: 'u-bea', body: template }));
    const own = await docx(open, CA);
    expect(own.text.indexOf('Collegevoorstel')).toBeGreaterThanOrEqual(0);
    expect(own.text.indexOf('Betreft: ')).toBeLessThan(own.text.indexOf('Collegedatum: '));
    expect(own.text).toContain('Voorgesteld besluit');
    expect(own.text).toContain('Burgemeester en wethouders van Velsen');
    expect(own.text).not.toContain('Aanleiding');
    expect(own.text).not.toContain('Portefeuillehouder');
  });
});

describe("today's announcement date", () => {
  test("comes from the server's clock and the organisation's college day; only for those who keep the announcement", async () => {
    s.setNow(new Date('2026-12-01T07:30:00Z'));
    expect(await expectOk(s.api<{ collegeDatum: string; today: string }>('GET', '/api/aankondiging', { as: CA }))).toEqual({
      collegeDatum: '2026-12-08',
      today: '2026-12-01',
    });
    // Late on Sunday in Amsterdam is already Monday there.
    s.setNow(new Date('2026-12-06T23:30:00Z'));
    expect((await expectOk(s.api<{ collegeDatum: string }>('GET', '/api/aankondiging', { as: GS }))).collegeDatum).toBe('2026-12-15');
    expect((await s.api('GET', '/api/aankondiging', { as: MEDEWERKER })).status).toBe(403);
  });
});
