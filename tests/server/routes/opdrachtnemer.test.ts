/** The opdrachtnemer of an item (issue 14): what he may change on his own item, and who can be one. */
import { startTestServer, type TestServer } from '../helpers/server';
import { ADVISEUR, CA, expectOk, OPDRACHTNEMER, readyPo, type PoView } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Refusal = { error: { id: string; message: string; problems: { path: string }[] } };

test('the opdrachtnemer changes toelichting and stukken of his item, never its purpose, opdrachtnemer or vertrouwelijk', async () => {
  const { po, items } = await readyPo(s);
  const patch = (body: Record<string, unknown>, as = OPDRACHTNEMER): Promise<{ status: number; body: Refusal }> =>
    s.api<Refusal>('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, { as, body });
  for (const body of [{ purpose: 'besluitvorming' }, { opdrachtnemerId: ADVISEUR }, { vertrouwelijk: true }, { title: 'Anders' }]) {
    const refused = await patch(body);
    expect([Object.keys(body)[0], refused.status, refused.body.error.id]).toEqual([Object.keys(body)[0], 403, 'forbidden']);
  }
  await expectOk(patch({ toelichting: 'Aangevuld door de opdrachtnemer.', stukken: [{ title: 'Notitie', url: 'https://velsen.example/notitie.pdf' }] }));
  const after = await expectOk(
    s.api<PoView & { agendapunten: { id: string; purpose: string; vertrouwelijk: boolean; toelichting: string }[] }>('GET', `/api/pos/${po.id}`, { as: CA }),
  );
  expect(after.agendapunten.find((i) => i.id === items.beeld)).toMatchObject({
    purpose: 'beeldvorming',
    vertrouwelijk: false,
    toelichting: 'Aangevuld door de opdrachtnemer.',
  });
  // The agenda owner may change them.
  await expectOk(patch({ vertrouwelijk: true }, CA));
});

test('a college member cannot be the opdrachtnemer of an item or of an agendaverzoek', async () => {
  const { po, items } = await readyPo(s);
  const refused = await s.api<Refusal>('PATCH', `/api/pos/${po.id}/agendapunten/${items.beeld}`, { as: CA, body: { opdrachtnemerId: 'u-sander' } });
  expect(refused.status).toBe(400);
  expect(refused.body.error.problems[0]?.path).toBe('body.opdrachtnemerId');
  expect(refused.body.error.message).toBe('Sander Smeets is lid van het college en kan geen ambtelijk opdrachtnemer zijn.');
  const verzoek = await s.api<Refusal>('POST', `/api/pos/${po.id}/agendaverzoeken`, {
    as: ADVISEUR,
    body: { title: 'Door een wethouder', purpose: 'beeldvorming', opdrachtnemerId: 'u-bram' },
  });
  expect(verzoek.status).toBe(400);
  expect(verzoek.body.error.problems[0]?.path).toBe('body.opdrachtnemerId');
});
