/**
 * A PO record that follows up the raadsregister (issue 15): the link is checked when a record is
 * edited too (the entry exists and is of the record's kind; null unlinks), and the verslag names
 * the entry by its nummer, only where the item itself is shown.
 */
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, MEDEWERKER, NOTULIST, OPDRACHTNEMER, record, startedPo } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Raads = { id: string; nummer: string };
type VerslagItem = { nummer: string; vertrouwelijk: boolean; toezeggingen?: { id: string; raadsNummer?: string | null }[] };
type Verslag = { model: { items: VerslagItem[]; toezeggingen: { id: string; raadsNummer?: string | null }[] } };

const entry = (soort: string, nummer: string): Promise<Raads> =>
  expectOk(
    s.api<Raads>('POST', '/api/raadsregister', {
      as: CA,
      body: {
        soort,
        nummer,
        raadsvergadering: '2026-11-12',
        titel: `Onderwerp ${nummer}`,
        portefeuillehouderId: 'bram',
        opdrachtnemerId: null,
        deadline: '2027-01-31',
      },
    }),
  );

test('editing checks the link, null unlinks, and the verslag names the nummer', async () => {
  const toezegging = await entry('toezegging', 'T2026-090');
  const motie = await entry('motie', 'M2026-091');
  const { po, items } = await startedPo(s, { startsAt: '2026-12-07T08:00:00Z' });
  const made = await record(s, po.id, { kind: 'toezegging', agendapuntId: items.besluit, text: 'Raad informeren', aan: 'raad', ownerId: OPDRACHTNEMER });
  expect(made.status).toBe(201);
  const id = String(made.body.id);
  const patch = (body: Record<string, unknown>) =>
    s.api<{ raadsItemId?: string | null }>('PATCH', `/api/pos/${po.id}/vastleggingen/${id}`, { as: NOTULIST, body });

  expect((await patch({ raadsItemId: motie.id })).status).toBe(400);
  expect((await patch({ raadsItemId: crypto.randomUUID() })).status).toBe(400);
  expect((await expectOk(patch({ raadsItemId: toezegging.id }))).raadsItemId).toBe(toezegging.id);

  const verslag = await expectOk(s.api<Verslag>('GET', `/api/pos/${po.id}/verslag`, { as: CA }));
  expect(verslag.model.toezeggingen.find((t) => t.id === id)?.raadsNummer).toBe('T2026-090');

  expect((await expectOk(patch({ raadsItemId: null }))).raadsItemId ?? null).toBeNull();
  const after = await expectOk(s.api<Verslag>('GET', `/api/pos/${po.id}/verslag`, { as: CA }));
  expect(after.model.toezeggingen.find((t) => t.id === id)?.raadsNummer).toBeNull();
  // Only the notulist links records.
  expect((await s.api('PATCH', `/api/pos/${po.id}/vastleggingen/${id}`, { as: MEDEWERKER, body: { raadsItemId: toezegging.id } })).status).toBe(403);
});

test("a linked motie whose referentie an edit empties takes the griffie's nummer again; an unlinked one is refused", async () => {
  const motie = await entry('motie', 'M2026-092');
  const { po, items } = await startedPo(s, { startsAt: '2026-12-08T08:00:00Z' });
  const made = await record(s, po.id, { kind: 'motie', agendapuntId: items.besluit, text: 'Motie over groen', raadsItemId: motie.id });
  expect(made.status).toBe(201);
  expect(made.body.referentie).toBe('M2026-092');
  const patch = (id: string, body: Record<string, unknown>) =>
    s.api<{ referentie?: string; raadsItemId?: string | null }>('PATCH', `/api/pos/${po.id}/vastleggingen/${id}`, { as: NOTULIST, body });

  expect((await expectOk(patch(String(made.body.id), { referentie: 'M-eigen' }))).referentie).toBe('M-eigen');
  expect((await expectOk(patch(String(made.body.id), { referentie: '  ' }))).referentie).toBe('M2026-092');

  const loose = await record(s, po.id, { kind: 'motie', agendapuntId: items.besluit, text: 'Motie zonder koppeling', referentie: 'M-los' });
  expect(loose.status).toBe(201);
  expect((await patch(String(loose.body.id), { referentie: '' })).status).toBe(400);
  // Linking it with an empty referentie takes the nummer of the entry it is linked to.
  const linked = await expectOk(patch(String(loose.body.id), { raadsItemId: motie.id, referentie: '' }));
  expect(linked).toMatchObject({ raadsItemId: motie.id, referentie: 'M2026-092' });
});

test('hostile links on edit are refused with a 400, never a 5xx', async () => {
  const { po, items } = await startedPo(s, { startsAt: '2026-12-09T08:00:00Z' });
  const made = await record(s, po.id, { kind: 'motie', agendapuntId: items.besluit, text: 'Motie', referentie: 'M-1' });
  const id = String(made.body.id);
  for (const body of [
    { raadsItemId: 'geen-uuid', referentie: '' },
    { raadsItemId: '\u0000', referentie: '' },
    { raadsItemId: 42, referentie: '' },
    { raadsItemId: crypto.randomUUID(), referentie: '' },
    { referentie: 7 },
  ]) {
    const res = await s.api('PATCH', `/api/pos/${po.id}/vastleggingen/${id}`, { as: NOTULIST, body });
    expect([res.status, body]).toEqual([400, body]);
  }
});
