import { startTestServer, type TestServer } from '../helpers/server';
import {
  addItem,
  ADVISEUR,
  CA,
  createPo,
  expectOk,
  MEDEWERKER,
  NOTULIST,
  OPDRACHTNEMER,
  OPDRACHTNEMER2,
  PH,
  readyPo,
  vaststellen,
  type PoView,
} from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type ErrorBody = { error: { id: string; message: string; problems: { code: string; path: string; message: string }[] } };

describe('vaststellen', () => {
  test('is refused with every problem, each at its item, and changes nothing', async () => {
    const po = await createPo(s);
    const unlabelled = await addItem(s, po.id, { title: 'Zonder doel', opdrachtnemerId: OPDRACHTNEMER });
    const noBesluit = await addItem(s, po.id, { title: 'Besluit zonder voorstel', purpose: 'besluitvorming', opdrachtnemerId: OPDRACHTNEMER });
    const noOwner = await addItem(s, po.id, { title: 'Zonder opdrachtnemer', purpose: 'beeldvorming' });
    const res = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/agenda/voorleggen`, { as: CA });
    expect(res.status).toBe(409);
    expect(res.body.error.id).toBe('agenda_not_ready');
    expect(res.body.error.problems.map((p) => [p.code, p.path])).toEqual([
      ['purpose_missing', `agendapunt:${unlabelled.id}`],
      ['voorgesteld_besluit_missing', `agendapunt:${noBesluit.id}`],
      ['kwaliteitstoets_open', `agendapunt:${noBesluit.id}`],
      ['opdrachtnemer_missing', `agendapunt:${noOwner.id}`],
    ]);
    expect(res.body.error.problems[0]?.message).toContain('Zonder doel');
    const after = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }));
    expect(after.status).toBe('concept');
  });

  test('succeeds once every item is labelled, and lists items waiting for the kwaliteitstoets', async () => {
    const { po, items } = await readyPo(s);
    await expectOk(
      s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, {
        as: OPDRACHTNEMER,
        body: { stukken: [{ title: 'Voortgangsrapportage', url: 'https://intranet.example/rapport.pdf' }] },
      }),
    );
    const done = await vaststellen(s, po.id);
    expect(done.status).toBe('vastgesteld');
    expect(done.agendaCheck.waitingForKwaliteitstoets).toEqual([
      { agendapuntId: items.beeld, title: 'Stand van zaken woningbouw', missing: expect.arrayContaining(['Financiële gevolgen']) },
    ]);
  });

  test('locks the agenda until it is reopened', async () => {
    const { po, items } = await readyPo(s);
    await vaststellen(s, po.id);
    const locked = await s.api<ErrorBody>('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, { as: CA, body: { purpose: null } });
    expect(locked.status).toBe(409);
    await expectOk(s.api('POST', `/api/pos/${po.id}/agenda/heropenen`, { as: PH }));
    expect((await s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, { as: CA, body: { purpose: null } })).status).toBe(200);
  });
});

describe('agendapunten', () => {
  test('are added, labelled, reordered across sections and removed', async () => {
    const po = await createPo(s);
    const a = await addItem(s, po.id, { title: 'A', purpose: 'beeldvorming' });
    const b = await addItem(s, po.id, { title: 'B', purpose: 'oordeelsvorming' });
    const [sec1, sec2] = po.sections;
    const labelled = await expectOk(
      s.api<{ purpose: string }>('PATCH', `/api/pos/${po.id}/agendapunten/${a.id}`, {
        as: CA,
        body: { purpose: 'besluitvorming', voorgesteldBesluit: 'Akkoord' },
      }),
    );
    expect(labelled.purpose).toBe('besluitvorming');
    const reordered = await expectOk(
      s.api<PoView>('PUT', `/api/pos/${po.id}/agenda/volgorde`, {
        as: CA,
        body: {
          order: [
            { id: b.id, section: sec1 },
            { id: a.id, section: sec2 },
          ],
        },
      }),
    );
    expect(reordered.agendapunten.map((i) => [i.title, i.nummer, i.section])).toEqual([
      ['B', '1', sec1],
      ['A', '2', sec2],
    ]);
    const incomplete = await s.api<ErrorBody>('PUT', `/api/pos/${po.id}/agenda/volgorde`, { as: CA, body: { order: [{ id: b.id, section: sec1 }] } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.problems[0]?.code).toBe('item_missing');
    expect((await s.api('DELETE', `/api/pos/${po.id}/agendapunten/${a.id}`, { as: CA })).status).toBe(204);
    const left = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }));
    expect(left.agendapunten.map((i) => i.title)).toEqual(['B']);
  });

  test('refuses an unknown purpose and names the field', async () => {
    const po = await createPo(s);
    const res = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/agendapunten`, { as: CA, body: { title: 'X', purpose: 'besluit' } });
    expect(res.status).toBe(400);
    expect(res.body.error.problems[0]?.path).toBe('body.purpose');
  });

  test('the opdrachtnemer edits only their own item, and not its purpose', async () => {
    const { po, items } = await readyPo(s);
    expect((await s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, { as: OPDRACHTNEMER, body: { toelichting: 'Bijgewerkt' } })).status).toBe(
      200,
    );
    expect((await s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.oordeel}`, { as: OPDRACHTNEMER, body: { toelichting: 'Niet van mij' } })).status).toBe(
      403,
    );
    expect((await s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, { as: OPDRACHTNEMER, body: { purpose: 'besluitvorming' } })).status).toBe(
      403,
    );
    expect((await s.api('POST', `/api/pos/${po.id}/agendapunten`, { as: OPDRACHTNEMER, body: { title: 'Eigen punt' } })).status).toBe(403);
    expect((await s.api('POST', `/api/pos/${po.id}/agendapunten`, { as: NOTULIST, body: { title: 'Notulist' } })).status).toBe(403);
  });

  test("the kwaliteitstoets is confirmed by the item's opdrachtnemer only, and reset when stukken change", async () => {
    const { po, items } = await readyPo(s);
    await expectOk(
      s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.oordeel}`, {
        as: CA,
        body: { stukken: [{ title: 'Notitie', url: 'https://intranet.example/notitie.pdf' }] },
      }),
    );
    expect((await s.api('POST', `/api/pos/${po.id}/agendapunten/${items.oordeel}/kwaliteitstoets`, { as: CA })).status).toBe(403);
    expect((await s.api('POST', `/api/pos/${po.id}/agendapunten/${items.oordeel}/kwaliteitstoets`, { as: OPDRACHTNEMER })).status).toBe(403);
    const unticked = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/agendapunten/${items.oordeel}/kwaliteitstoets`, { as: OPDRACHTNEMER2 });
    expect(unticked.status).toBe(400);
    expect(unticked.body.error.message).toContain('Vink eerst alle criteria');
    for (const c of po.toetsCriteria)
      await expectOk(
        s.api('PUT', `/api/pos/${po.id}/agendapunten/${items.oordeel}/kwaliteitstoets/criteria/${c.id}`, { as: OPDRACHTNEMER2, body: { voldaan: true } }),
      );
    const confirmed = await expectOk(s.api<PoView>('POST', `/api/pos/${po.id}/agendapunten/${items.oordeel}/kwaliteitstoets`, { as: OPDRACHTNEMER2 }));
    expect(confirmed.agendapunten.find((i) => i.id === items.oordeel)?.kwaliteitstoets).toMatchObject({ confirmedBy: OPDRACHTNEMER2 });
    const changed = await expectOk(
      s.api<{ kwaliteitstoets: unknown }>('PATCH', `/api/pos/${po.id}/agendapunten/${items.oordeel}`, {
        as: OPDRACHTNEMER2,
        body: { stukken: [{ title: 'Notitie v2', url: 'https://intranet.example/notitie-v2.pdf' }] },
      }),
    );
    expect(changed.kwaliteitstoets).toBeNull();
  });

  test("a confidential item's content is hidden from an expert who joins for another item", async () => {
    const { po, items } = await readyPo(s);
    await expectOk(s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, { as: CA, body: { adviseurIds: [ADVISEUR] } }));
    const seen = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: ADVISEUR }));
    expect(JSON.stringify(seen)).not.toContain('Zeeweg');
    expect(seen.agendapunten.find((i) => i.id === items.geheim)?.title).toBe('Vertrouwelijk agendapunt');
    const owner = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: OPDRACHTNEMER }));
    expect(JSON.stringify(owner)).toContain('Zeeweg');
    expect((await s.api('GET', `/api/pos/${po.id}`, { as: MEDEWERKER })).status).toBe(403);
  });
});

describe('late stukken', () => {
  test('are those delivered after, or still missing at, the Wednesday 12:00 deadline', async () => {
    s.setNow(new Date('2026-11-23T10:00:00Z'));
    const po = await createPo(s, { startsAt: '2026-11-30T08:00:00Z' });
    const item = await addItem(s, po.id, {
      title: 'Met stukken',
      purpose: 'beeldvorming',
      opdrachtnemerId: OPDRACHTNEMER,
      stukken: [
        { title: 'Op tijd', url: 'https://intranet.example/1.pdf', deliveredAt: '2026-11-24T09:00:00Z' },
        { title: 'Te laat', url: 'https://intranet.example/2.pdf', deliveredAt: '2026-11-25T12:30:00Z' },
        { title: 'Ontbreekt', url: 'https://intranet.example/3.pdf', deliveredAt: null },
      ],
    });
    const before = await expectOk(s.api<{ items: { title: string; reason: string }[] }>('GET', `/api/pos/${po.id}/stukken/te-laat`, { as: CA }));
    expect(before.items.map((l) => [l.title, l.reason])).toEqual([['Te laat', 'te_laat']]);
    s.setNow(new Date('2026-11-25T11:01:00Z')); // 12:01 in Amsterdam
    const after = await expectOk(
      s.api<{ items: { title: string; reason: string; deadline: string }[] }>('GET', `/api/pos/${po.id}/stukken/te-laat`, { as: CA }),
    );
    expect(after.items.map((l) => [l.title, l.reason])).toEqual([
      ['Te laat', 'te_laat'],
      ['Ontbreekt', 'ontbreekt'],
    ]);
    expect(after.items[0]?.deadline).toBe('2026-11-25T11:00:00.000Z');
    const all = await expectOk(s.api<{ items: { agendapuntId: string }[] }>('GET', '/api/stukken/te-laat', { as: CA }));
    expect(all.items.filter((l) => l.agendapuntId === item.id)).toHaveLength(2);
    s.setNow(new Date());
  });
});
