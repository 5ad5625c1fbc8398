/**
 * Issue 15: the agenda vastgesteld by both, and the kwaliteitstoets with criteria. Every state
 * change through the API, with its rights, its audit entry, and the refusals that change nothing.
 */
import { tick } from '../../../src/server/reminders/scheduler';
import { startTestServer, type TestServer } from '../helpers/server';
import { addItem, ADVISEUR, CA, createPo, expectOk, MEDEWERKER, NOTULIST, OPDRACHTNEMER, OPDRACHTNEMER2, PH, readyPo, type PoView } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const BEHEERDER = 'u-bea';
const OTHER_PH = 'u-sander';
type ErrorBody = { error: { id: string; message: string; problems: { code: string; path: string; message: string }[] } };
type Audit = { items: { action: string; actorId: string; before: unknown; after: unknown }[] };

const post = (poId: string, path: string, as: string, body?: unknown): ReturnType<TestServer['api']> =>
  s.api<ErrorBody>('POST', `/api/pos/${poId}${path}`, { as, body });
const get = (poId: string, as = CA): Promise<PoView> => expectOk(s.api<PoView>('GET', `/api/pos/${poId}`, { as }));
const overrule = (poId: string, itemId: string, as = PH, reden = 'Nota komt maandag na.'): ReturnType<TestServer['api']> =>
  post(poId, `/agendapunten/${itemId}/kwaliteitstoets/overrulen`, as, { reden });
const audit = async (poId: string): Promise<Audit['items']> => (await expectOk(s.api<Audit>('GET', `/api/audit?poId=${poId}`, { as: CA }))).items;

/** A ready PO whose two besluitvorming items the portefeuillehouder overruled. */
async function proposable(): Promise<Awaited<ReturnType<typeof readyPo>>> {
  const ready = await readyPo(s);
  await expectOk(overrule(ready.po.id, ready.items.besluit));
  await expectOk(overrule(ready.po.id, ready.items.geheim));
  return ready;
}

describe('vastgesteld by both', () => {
  test('the one who must agree gets one Teams activity-feed notification; a proposal withdrawn before it is sent gets none', async () => {
    const proposals = (): typeof s.sandbox.state.activities => s.sandbox.state.activities.filter((a) => a.activityType === 'agendaTerVaststelling');
    s.sandbox.state.activities.length = 0;
    const { po } = await proposable();
    await expectOk(post(po.id, '/agenda/voorleggen', CA));
    await tick(s.deps);
    await tick(s.deps);
    expect(proposals()).toHaveLength(1);
    expect(proposals()[0]).toMatchObject({ previewText: expect.stringContaining('legt de agenda ter vaststelling aan je voor') as unknown });
    const { title } = await expectOk(s.api<{ title: string }>('GET', `/api/pos/${po.id}`, { as: CA }));
    expect(JSON.stringify(proposals()[0])).toContain(title);
    expect(decodeURIComponent(proposals()[0]!.topic.webUrl ?? '')).toContain(`#po/${po.id}`);

    // Sent back and proposed again, then withdrawn by an agenda change before the next round: nothing more.
    await expectOk(post(po.id, '/agenda/terugsturen', PH, { opmerking: 'Eerst de nota erbij.' }));
    await expectOk(post(po.id, '/agenda/voorleggen', CA));
    await addItem(s, po.id, { title: 'Nagekomen punt', purpose: 'beeldvorming' });
    await tick(s.deps);
    expect(proposals()).toHaveLength(1);
  });

  test('the concernadviseur proposes, the portefeuillehouder sees it waiting and agrees; audited', async () => {
    const { po } = await proposable();
    const proposed = await post(po.id, '/agenda/voorleggen', CA);
    expect(proposed.status).toBe(200);
    const asPh = await get(po.id, PH);
    expect(asPh.vaststelling).toMatchObject({
      doorBeiden: true,
      voorstel: { by: CA, role: 'concernadviseur' },
      wachtOp: { role: 'portefeuillehouder', userId: PH },
    });
    expect(asPh.rights).toMatchObject({ vaststellen: true, terugsturen: true, voorleggen: false });
    expect((await get(po.id, CA)).rights).toMatchObject({ vaststellen: false, terugsturen: false, voorleggen: false });
    const done = await expectOk(s.api<PoView>('POST', `/api/pos/${po.id}/agenda/vaststellen`, { as: PH }));
    expect(done.status).toBe('vastgesteld');
    expect(done.vaststelling.voorstel).toBeNull();
    const log = await audit(po.id);
    expect(log.find((e) => e.action === 'agenda.voorleggen')).toMatchObject({ actorId: CA });
    const vastgesteld = log.find((e) => e.action === 'agenda.vaststellen');
    expect(vastgesteld).toMatchObject({
      actorId: PH,
      after: { status: 'vastgesteld', voorgesteldDoor: { id: CA, role: 'concernadviseur' }, vastgesteldDoor: { id: PH } },
    });
    expect(JSON.stringify(vastgesteld?.after)).toContain('Nota komt maandag na.');
    expect(log.filter((e) => e.action === 'kwaliteitstoets.overrulen').map((e) => e.actorId)).toEqual([PH, PH]);
  });

  test('the portefeuillehouder proposes, the concernadviseur agrees', async () => {
    const { po } = await proposable();
    await expectOk(post(po.id, '/agenda/voorleggen', PH));
    expect((await get(po.id)).vaststelling.wachtOp).toEqual({ role: 'concernadviseur', userId: CA });
    expect(await expectOk(s.api<PoView>('POST', `/api/pos/${po.id}/agenda/vaststellen`, { as: CA }))).toMatchObject({ status: 'vastgesteld' });
  });

  test('neither alone, nor the proposer twice; others are refused and nothing changes', async () => {
    const { po } = await proposable();
    const alone = await post(po.id, '/agenda/vaststellen', CA);
    expect(alone.status).toBe(409);
    expect((alone.body as ErrorBody).error.message).toContain('leg haar eerst voor ter vaststelling');
    for (const who of [NOTULIST, OPDRACHTNEMER, MEDEWERKER, OTHER_PH, ADVISEUR]) {
      expect([403, 409]).toContain((await post(po.id, '/agenda/voorleggen', who)).status);
      expect((await post(po.id, '/agenda/voorleggen', who)).status).not.toBe(200);
    }
    expect((await get(po.id)).vaststelling.voorstel).toBeNull();
    await expectOk(post(po.id, '/agenda/voorleggen', CA));
    expect((await post(po.id, '/agenda/vaststellen', CA)).status).toBe(409);
    expect((await post(po.id, '/agenda/voorleggen', CA)).status).toBe(409);
    for (const who of [NOTULIST, OPDRACHTNEMER, MEDEWERKER, OTHER_PH]) {
      const res = await post(po.id, '/agenda/vaststellen', who);
      expect(res.status).toBe(403);
      expect((await post(po.id, '/agenda/terugsturen', who, { opmerking: 'nee' })).status).toBe(403);
    }
    expect((await get(po.id)).status).toBe('concept');
  });

  test('sent back with a remark: shown, audited, and the proposal is gone', async () => {
    const { po } = await proposable();
    await expectOk(post(po.id, '/agenda/voorleggen', CA));
    const empty = await post(po.id, '/agenda/terugsturen', PH, { opmerking: '   ' });
    expect(empty.status).toBe(400);
    expect((empty.body as ErrorBody).error.problems[0]?.path).toBe('body.opmerking');
    expect((await post(po.id, '/agenda/terugsturen', CA, { opmerking: 'Zelf' })).status).toBe(409);
    await expectOk(post(po.id, '/agenda/terugsturen', PH, { opmerking: 'Eerst de raadsinformatiebrief erbij.' }));
    const after = await get(po.id);
    expect(after.vaststelling).toMatchObject({ voorstel: null, teruggestuurd: { by: PH, opmerking: 'Eerst de raadsinformatiebrief erbij.' } });
    expect((await audit(po.id)).find((e) => e.action === 'agenda.terugsturen')).toMatchObject({ actorId: PH });
    // A new proposal clears the remark.
    await expectOk(post(po.id, '/agenda/voorleggen', CA));
    expect((await get(po.id)).vaststelling.teruggestuurd).toBeNull();
  });

  test('any change of the agenda withdraws the proposal; the other must agree again', async () => {
    const { po, items } = await proposable();
    const changes: [string, () => Promise<unknown>][] = [
      ['edit', () => expectOk(s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, { as: CA, body: { toelichting: 'Nieuw' } }))],
      ['own item', () => expectOk(s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, { as: OPDRACHTNEMER, body: { toelichting: 'Van Tim' } }))],
      ['add', () => addItem(s, po.id, { title: 'Extra', purpose: 'beeldvorming', opdrachtnemerId: OPDRACHTNEMER })],
      [
        'reorder',
        async () => {
          const now = await get(po.id);
          const order = now.agendapunten.map((i) => ({ id: i.id, section: i.section })).reverse();
          return expectOk(s.api('PUT', `/api/pos/${po.id}/agenda/volgorde`, { as: CA, body: { order } }));
        },
      ],
      [
        'remove',
        async () => {
          const extra = (await get(po.id)).agendapunten.find((i) => i.title === 'Extra')!;
          return expectOk(s.api('DELETE', `/api/pos/${po.id}/agendapunten/${extra.id}`, { as: CA }));
        },
      ],
    ];
    for (const [what, change] of changes) {
      await expectOk(post(po.id, '/agenda/voorleggen', CA));
      await change();
      const after = await get(po.id, PH);
      expect([what, after.vaststelling.voorstel]).toEqual([what, null]);
      expect((await post(po.id, '/agenda/vaststellen', PH)).status).toBe(409);
    }
    expect((await audit(po.id)).filter((e) => e.action === 'agenda.voorstel_ingetrokken')).toHaveLength(changes.length);
    // An edit that changes nothing withdraws nothing.
    await expectOk(post(po.id, '/agenda/voorleggen', CA));
    await expectOk(s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, { as: CA, body: { toelichting: 'Van Tim' } }));
    expect((await get(po.id)).vaststelling.voorstel).not.toBeNull();
  });

  test('with vaststellingDoorBeiden off in Beheer the concernadviseur alone suffices', async () => {
    const denied = await s.api<ErrorBody>('PUT', '/api/beheer/vaststelling', { as: CA, body: { vaststellingDoorBeiden: false } });
    expect(denied.status).toBe(403);
    await expectOk(s.api('PUT', '/api/beheer/vaststelling', { as: BEHEERDER, body: { vaststellingDoorBeiden: false } }));
    try {
      const { po } = await proposable();
      expect((await get(po.id)).vaststelling.doorBeiden).toBe(false);
      expect((await post(po.id, '/agenda/voorleggen', CA)).status).toBe(409);
      expect((await post(po.id, '/agenda/vaststellen', NOTULIST)).status).toBe(403);
      expect(await expectOk(post(po.id, '/agenda/vaststellen', CA))).toMatchObject({ status: 'vastgesteld' });
    } finally {
      await expectOk(s.api('PUT', '/api/beheer/vaststelling', { as: BEHEERDER, body: { vaststellingDoorBeiden: true } }));
    }
  });
});

describe('kwaliteitstoets with criteria', () => {
  test('a besluitvorming item without a completed toets blocks, naming the item and the missing criteria', async () => {
    const { po, items } = await readyPo(s);
    await expectOk(overrule(po.id, items.geheim));
    const res = await post(po.id, '/agenda/voorleggen', CA);
    expect(res.status).toBe(409);
    const problems = (res.body as ErrorBody).error.problems;
    expect(problems.map((p) => [p.code, p.path])).toEqual([['kwaliteitstoets_open', `agendapunt:${items.besluit}`]]);
    expect(problems[0]?.message).toContain('Uitvoeringsplan schoolroutes');
    expect(problems[0]?.message).toContain('Integrale afweging gemaakt');
  });

  test('the opdrachtnemer ticks each criterion with a note and confirms; only their own item; stukken reset the confirmation', async () => {
    const { po, items } = await readyPo(s);
    await expectOk(
      s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.besluit}`, {
        as: OPDRACHTNEMER2,
        body: { stukken: [{ title: 'Nota', url: 'https://intranet.example/nota.pdf' }] },
      }),
    );
    const tick = (as: string, id: string, body: unknown): ReturnType<TestServer['api']> =>
      s.api<ErrorBody>('PUT', `/api/pos/${po.id}/agendapunten/${items.besluit}/kwaliteitstoets/criteria/${id}`, { as, body });
    for (const who of [CA, PH, OPDRACHTNEMER, NOTULIST, MEDEWERKER]) expect((await tick(who, 'communicatie', { voldaan: true })).status).toBe(403);
    const unknown = await tick(OPDRACHTNEMER2, 'bestaat-niet', { voldaan: true });
    expect(unknown.status).toBe(400);
    expect((unknown.body as ErrorBody).error.problems[0]?.path).toBe('params.criteriumId');
    expect((await tick(OPDRACHTNEMER2, 'communicatie', { voldaan: 'ja' })).status).toBe(400);
    for (const c of po.toetsCriteria)
      await expectOk(tick(OPDRACHTNEMER2, c.id, { voldaan: true, notitie: c.id === 'financiele-gevolgen' ? 'Zie paragraaf 4' : undefined }));
    const ticked = (await get(po.id)).agendapunten.find((i) => i.id === items.besluit) as unknown as {
      toetsCriteria: { criteriumId: string; notitie: string }[];
    };
    expect(ticked.toetsCriteria.find((c) => c.criteriumId === 'financiele-gevolgen')?.notitie).toBe('Zie paragraaf 4');
    await expectOk(post(po.id, `/agendapunten/${items.besluit}/kwaliteitstoets`, OPDRACHTNEMER2));
    await expectOk(overrule(po.id, items.geheim));
    const check = await get(po.id);
    expect(check.agendaCheck.problems).toEqual([]);
    await expectOk(
      s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.besluit}`, {
        as: OPDRACHTNEMER2,
        body: { stukken: [{ title: 'Nota v2', url: 'https://intranet.example/nota-v2.pdf' }] },
      }),
    );
    expect((await get(po.id)).agendaCheck.problems.map((p) => p.code)).toEqual(['kwaliteitstoets_open']);
    expect((await audit(po.id)).filter((e) => e.action === 'kwaliteitstoets.afvinken')).toHaveLength(po.toetsCriteria.length);
  });

  test('only the portefeuillehouder overrules, with a reason, a besluitvorming item with an open toets', async () => {
    const { po, items } = await readyPo(s);
    for (const who of [CA, NOTULIST, OPDRACHTNEMER2, MEDEWERKER, OTHER_PH]) expect((await overrule(po.id, items.besluit, who)).status).toBe(403);
    const noReason = await post(po.id, `/agendapunten/${items.besluit}/kwaliteitstoets/overrulen`, PH, { reden: '  ' });
    expect(noReason.status).toBe(400);
    expect((noReason.body as ErrorBody).error.problems[0]?.path).toBe('body.reden');
    expect((await overrule(po.id, items.beeld)).status).toBe(409);
    await expectOk(overrule(po.id, items.besluit));
    const item = (await get(po.id)).agendapunten.find((i) => i.id === items.besluit) as unknown as { toetsOverruled: unknown };
    expect(item.toetsOverruled).toMatchObject({ by: PH, byName: 'Bram Diepstraten', reden: 'Nota komt maandag na.' });
  });

  test("the overrule's reason of a confidential item is hidden from those who may not read it", async () => {
    const { po, items } = await readyPo(s);
    await expectOk(overrule(po.id, items.geheim, PH, 'Taxatie Zeeweg nog niet binnen'));
    await expectOk(s.api('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, { as: CA, body: { adviseurIds: [ADVISEUR] } }));
    expect(JSON.stringify(await get(po.id, ADVISEUR))).not.toContain('Taxatie Zeeweg');
    expect(JSON.stringify(await get(po.id, PH))).toContain('Taxatie Zeeweg');
  });

  test('the beheerder configures the checklist; a duplicate is refused naming the field', async () => {
    const denied = await s.api('PUT', '/api/beheer/vaststelling', { as: CA, body: { kwaliteitstoetsCriteria: [] } });
    expect(denied.status).toBe(403);
    const dup = await s.api<ErrorBody>('PUT', '/api/beheer/vaststelling', {
      as: BEHEERDER,
      body: {
        kwaliteitstoetsCriteria: [
          { id: 'a', label: 'Privacy' },
          { id: 'b', label: 'privacy' },
        ],
      },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.problems[0]?.path).toBe('body.kwaliteitstoetsCriteria.1.label');
    const bad = await s.api<ErrorBody>('PUT', '/api/beheer/vaststelling', {
      as: BEHEERDER,
      body: { kwaliteitstoetsCriteria: [{ id: 'Met Spatie', label: 'X' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0]?.path).toBe('body.kwaliteitstoetsCriteria.0.id');
    const before = (await get((await createPo(s)).id)).toetsCriteria;
    try {
      await expectOk(
        s.api('PUT', '/api/beheer/vaststelling', { as: BEHEERDER, body: { kwaliteitstoetsCriteria: [{ id: 'privacy', label: 'Privacytoets (DPIA)' }] } }),
      );
      const po = await createPo(s);
      expect((await get(po.id)).toetsCriteria).toEqual([{ id: 'privacy', label: 'Privacytoets (DPIA)' }]);
      const item = await addItem(s, po.id, { title: 'Camera', purpose: 'besluitvorming', voorgesteldBesluit: 'Ja', opdrachtnemerId: OPDRACHTNEMER });
      const { problems } = (await get(po.id)).agendaCheck;
      expect(problems.find((p) => p.path === `agendapunt:${item.id}`)?.message).toContain('Privacytoets (DPIA)');
      const [entry] = await s.deps.db.query<{ action: string }>("SELECT action FROM audit_log WHERE action = 'beheer.vaststelling'");
      expect(entry?.action).toBe('beheer.vaststelling');
    } finally {
      await expectOk(s.api('PUT', '/api/beheer/vaststelling', { as: BEHEERDER, body: { kwaliteitstoetsCriteria: before } }));
    }
  });
});
