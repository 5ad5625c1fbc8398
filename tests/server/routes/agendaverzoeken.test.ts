/** Agendaverzoeken from the form (issue 14): completeness, the next PO, and a vastgesteld agenda. */
import { startTestServer, type TestServer } from '../helpers/server';
import { ADVISEUR, CA, createPo, expectOk, MEDEWERKER, OPDRACHTNEMER, PH, readyPo, vaststellen, type PoView } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Verzoek = { id: string; poId: string; status: string; agendapuntId: string | null; voorgesteldBesluit: string; stukken: unknown[] };
type Refusal = { error: { id: string; message: string; problems: { path: string }[] } };

describe('the agendaverzoek form', () => {
  test('needs a purpose, and for besluitvorming a voorgesteld besluit', async () => {
    const po = await createPo(s);
    const noPurpose = await s.api<Refusal>('POST', `/api/pos/${po.id}/agendaverzoeken`, { as: OPDRACHTNEMER, body: { title: 'Zonder doel' } });
    expect(noPurpose.status).toBe(400);
    expect(noPurpose.body.error.problems[0]?.path).toBe('body.purpose');
    const noBesluit = await s.api<Refusal>('POST', `/api/pos/${po.id}/agendaverzoeken`, {
      as: OPDRACHTNEMER,
      body: { title: 'Besluit zonder voorstel', purpose: 'besluitvorming' },
    });
    expect(noBesluit.status).toBe(400);
    expect(noBesluit.body.error.problems[0]?.path).toBe('body.voorgesteldBesluit');
    const list = await expectOk(s.api<{ items: Verzoek[] }>('GET', `/api/agendaverzoeken?poId=${po.id}`, { as: CA }));
    expect(list.items).toEqual([]);
  });

  test("an adviser proposes for the portefeuillehouder's next PO without being on it; accepted, the item keeps besluit and stukken", async () => {
    s.setNow(new Date('2026-12-08T08:00:00Z'));
    const later = await createPo(s, { startsAt: '2026-12-21T08:00:00Z' });
    const next = await createPo(s, { startsAt: '2026-12-14T08:00:00Z' });
    const proposed = await s.api<Verzoek>('POST', '/api/portefeuillehouders/bram/agendaverzoeken', {
      as: ADVISEUR,
      body: {
        title: 'Informatiebeveiliging parkeervergunningen',
        purpose: 'besluitvorming',
        voorgesteldBesluit: 'Instemmen met de maatregelen.',
        stukken: [{ title: 'Risicoanalyse', url: 'https://velsen.example/stukken/risico.pdf' }],
        opdrachtnemerId: OPDRACHTNEMER,
      },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.poId).toBe(next.id);
    expect(proposed.body.poId).not.toBe(later.id);
    const accepted = await expectOk(s.api<Verzoek>('POST', `/api/agendaverzoeken/${proposed.body.id}/besluit`, { as: PH, body: { decision: 'geaccepteerd' } }));
    const po = await expectOk(
      s.api<PoView & { agendapunten: { id: string; voorgesteldBesluit: string; stukken: { title: string }[] }[] }>('GET', `/api/pos/${next.id}`, { as: CA }),
    );
    const item = po.agendapunten.find((i) => i.id === accepted.agendapuntId);
    expect(item).toMatchObject({ voorgesteldBesluit: 'Instemmen met de maatregelen.', stukken: [expect.objectContaining({ title: 'Risicoanalyse' })] });
    expect(
      (await s.api('POST', '/api/portefeuillehouders/bram/agendaverzoeken', { as: MEDEWERKER, body: { title: 'x', purpose: 'beeldvorming' } })).status,
    ).toBe(403);
    const unknown = await s.api<Refusal>('POST', '/api/portefeuillehouders/niemand/agendaverzoeken', {
      as: ADVISEUR,
      body: { title: 'x', purpose: 'beeldvorming' },
    });
    expect(unknown.status).toBe(400);
    const none = await s.api<Refusal>('POST', '/api/portefeuillehouders/sander/agendaverzoeken', {
      as: ADVISEUR,
      body: { title: 'x', purpose: 'beeldvorming' },
    });
    expect(none.status).toBe(404);
    expect(none.body.error.message).toMatch(/nog geen gepland PO/);
  });
});

describe('accepting a verzoek when the agenda is already vastgesteld', () => {
  test('is refused with the ways on, nothing changes; accepted onto the next PO of the same portefeuillehouder instead', async () => {
    s.setNow(new Date('2026-12-01T08:00:00Z'));
    const { po } = await readyPo(s, { startsAt: '2026-12-07T08:00:00Z' });
    await vaststellen(s, po.id);
    const proposed = await expectOk(
      s.api<Verzoek>('POST', `/api/pos/${po.id}/agendaverzoeken`, { as: OPDRACHTNEMER, body: { title: 'Laat punt', purpose: 'beeldvorming' } }),
    );
    const refused = await s.api<Refusal>('POST', `/api/agendaverzoeken/${proposed.id}/besluit`, { as: CA, body: { decision: 'geaccepteerd' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.id).toBe('invalid_state');
    expect(refused.body.error.message).toMatch(/al vastgesteld.*Heropen de agenda.*volgend PO/);
    const still = await expectOk(s.api<{ items: Verzoek[] }>('GET', `/api/agendaverzoeken?poId=${po.id}`, { as: CA }));
    expect(still.items.map((v) => [v.id, v.status])).toEqual([[proposed.id, 'ingediend']]);
    const unchanged = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }));
    expect(unchanged.agendapunten.map((i) => i.title)).not.toContain('Laat punt');

    const otherPh = await createPo(s, { portefeuillehouderId: 'sander', startsAt: '2026-12-14T09:00:00Z' });
    const wrongPh = await s.api<Refusal>('POST', `/api/agendaverzoeken/${proposed.id}/besluit`, {
      as: CA,
      body: { decision: 'geaccepteerd', poId: otherPh.id },
    });
    expect(wrongPh.status).toBe(400);
    expect(wrongPh.body.error.problems[0]?.path).toBe('body.poId');

    const next = await createPo(s, { startsAt: '2026-12-14T08:00:00Z' });
    const moved = await s.api<Verzoek>('POST', `/api/agendaverzoeken/${proposed.id}/besluit`, { as: CA, body: { decision: 'geaccepteerd', poId: next.id } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'geaccepteerd', poId: next.id });
    const nextPo = await expectOk(s.api<PoView>('GET', `/api/pos/${next.id}`, { as: CA }));
    expect(nextPo.agendapunten.find((i) => i.id === moved.body.agendapuntId)?.title).toBe('Laat punt');
  });
});
