/** Tags per agendapunt (seed 002) and the langetermijnplanning over HTTP: validation, filters, paging, export, confidentiality. */
import { startTestServer, type TestServer } from '../helpers/server';
import { addItem, CA, createPo, expectOk, GS, MEDEWERKER, OPDRACHTNEMER, PH } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Plan = {
  items: { title: string; maand: string; categorie: string | null; raadsthema: string | null; portefeuillehouder: string; beoogdeRaadsdatum: string | null }[];
  nextCursor: string | null;
};

test('tags come from the portefeuillehouder’s distribution; the planning lists, filters, pages and exports them by month', async () => {
  const po = await createPo(s, { startsAt: '2027-03-01T08:00:00Z' });
  const tagged = await addItem(s, po.id, {
    title: 'Mobiliteitsvisie 2040',
    opdrachtnemerId: OPDRACHTNEMER,
    portefeuille: 'Mobiliteit en bereikbaarheid (incl. verkeersveiligheid)',
    raadsthema: 'Mobiliteit',
    categorie: 'I',
    beoogdeCollegedatum: '2027-04-13',
    beoogdeRaadsdatum: '2027-05-20',
  });
  expect(tagged).toMatchObject({ categorie: 'I', raadsthema: 'Mobiliteit', beoogdeRaadsdatum: '2027-05-20' });
  await addItem(s, po.id, { title: 'Sportnota', opdrachtnemerId: OPDRACHTNEMER, raadsthema: 'Sport', categorie: 'II', beoogdeRaadsdatum: '2027-06-10' });
  await addItem(s, po.id, {
    title: 'Geheime grondpositie',
    opdrachtnemerId: OPDRACHTNEMER,
    categorie: 'I',
    beoogdeCollegedatum: '2027-04-06',
    vertrouwelijk: true,
  });
  await addItem(s, po.id, { title: 'Zonder datum', opdrachtnemerId: OPDRACHTNEMER, categorie: 'III' });

  // Another portefeuillehouder's raadsthema, or an unknown categorie: a Dutch 400 naming the field.
  const wrong = await s.api<{ error: { message: string; problems: { path: string }[] } }>('POST', `/api/pos/${po.id}/agendapunten`, {
    as: CA,
    body: { title: 'X', raadsthema: 'Wonen & woningbouw' },
  });
  expect(wrong.status).toBe(400);
  expect(wrong.body.error.problems[0]?.path).toBe('body.raadsthema');
  expect(wrong.body.error.message).toBe('"Wonen & woningbouw" is geen raadsthema van Bram Diepstraten.');
  const cat = await s.api<{ error: { problems: { path: string }[] } }>('PATCH', `/api/pos/${po.id}/agendapunten/${tagged.id}`, {
    as: CA,
    body: { categorie: 'IV' },
  });
  expect(cat.status).toBe(400);
  expect(cat.body.error.problems[0]?.path).toBe('body.categorie');
  await expectOk(s.api('PATCH', `/api/pos/${po.id}/agendapunten/${tagged.id}`, { as: CA, body: { categorie: 'II' } }));

  // Overseers see the planning; the confidential item only those entitled; a medewerker none.
  const forGs = await expectOk(s.api<Plan>('GET', '/api/langetermijnplanning?from=2027-01-01', { as: GS }));
  expect(forGs.items.map((i) => [i.maand, i.title])).toEqual([
    ['2027-04', 'Mobiliteitsvisie 2040'],
    ['2027-06', 'Sportnota'],
  ]);
  const forCa = await expectOk(s.api<Plan>('GET', '/api/langetermijnplanning?from=2027-01-01', { as: CA }));
  expect(forCa.items.map((i) => i.title)).toEqual(['Geheime grondpositie', 'Mobiliteitsvisie 2040', 'Sportnota']);
  expect((await s.api('GET', '/api/langetermijnplanning', { as: MEDEWERKER })).status).toBe(403);

  // Filters and paging.
  const cat2 = await expectOk(s.api<Plan>('GET', '/api/langetermijnplanning?categorie=II&from=2027-01-01', { as: PH }));
  expect(cat2.items.map((i) => i.title)).toEqual(['Mobiliteitsvisie 2040', 'Sportnota']);
  expect((await expectOk(s.api<Plan>('GET', '/api/langetermijnplanning?raadsthema=Sport', { as: PH }))).items.map((i) => i.title)).toEqual(['Sportnota']);
  expect((await expectOk(s.api<Plan>('GET', '/api/langetermijnplanning?from=2027-05-01&to=2027-12-31', { as: PH }))).items.map((i) => i.title)).toEqual([
    'Sportnota',
  ]);
  const first = await expectOk(s.api<Plan>('GET', '/api/langetermijnplanning?from=2027-01-01&limit=1', { as: CA }));
  const second = await expectOk(s.api<Plan>('GET', `/api/langetermijnplanning?from=2027-01-01&limit=1&cursor=${first.nextCursor ?? ''}`, { as: CA }));
  expect([first.items[0]?.title, second.items[0]?.title]).toEqual(['Geheime grondpositie', 'Mobiliteitsvisie 2040']);
  expect((await s.api('GET', '/api/langetermijnplanning?cursor=kapot', { as: CA })).status).toBe(400);

  // The CSV export, with the same filters and the same policy.
  const res = await fetch(`${s.url}/api/langetermijnplanning.csv?from=2027-01-01`, { headers: { authorization: `Bearer ${await s.token(GS)}` } });
  expect(res.headers.get('content-type')).toContain('text/csv');
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel opens it as UTF-8
  const csv = new TextDecoder().decode(bytes);
  expect(csv.split('\r\n')[0]).toBe(
    '"Maand";"Portefeuillehouder";"Agendapunt";"Categorie";"Raadsthema";"Portefeuille";"Beoogde collegedatum";"Beoogde raadsdatum";"PO"',
  );
  expect(csv).toContain(
    '"2027-04";"Bram Diepstraten";"Mobiliteitsvisie 2040";"II";"Mobiliteit";"Mobiliteit en bereikbaarheid (incl. verkeersveiligheid)";"2027-04-13";"2027-05-20"',
  );
  expect(csv).not.toContain('Geheime grondpositie');
});
