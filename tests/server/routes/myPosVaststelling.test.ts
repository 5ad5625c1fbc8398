/**
 * "Wacht op jouw vaststelling" in Mijn PO's (issue 15): the line of a PO whose agenda was proposed
 * to this user says so; the one whose proposal was sent back sees "teruggestuurd"; nobody else,
 * and nothing once the agenda is vastgesteld. Keyset paging of the list is unchanged.
 */
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, NOTULIST, OPDRACHTNEMER, PH, readyPo } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Line = { id: string; vaststelling: string | null };
type Lines = { items: Line[]; nextCursor: string | null };

const post = (poId: string, path: string, as: string, body?: unknown): Promise<unknown> => expectOk(s.api('POST', `/api/pos/${poId}${path}`, { as, body }));
const lineOf = async (poId: string, as: string): Promise<Line | undefined> =>
  (await expectOk(s.api<Lines>('GET', '/api/pos?limit=100', { as }))).items.find((l) => l.id === poId);

async function proposable(): Promise<string> {
  const { po, items } = await readyPo(s);
  for (const item of [items.besluit, items.geheim]) await post(po.id, `/agendapunten/${item}/kwaliteitstoets/overrulen`, PH, { reden: 'Nota volgt.' });
  return po.id;
}

test('a proposal by the concernadviseur waits for the portefeuillehouder, not for anyone else', async () => {
  const poId = await proposable();
  expect((await lineOf(poId, PH))?.vaststelling).toBeNull();
  await post(poId, '/agenda/voorleggen', CA);
  expect((await lineOf(poId, PH))?.vaststelling).toBe('wacht_op_jou');
  expect((await lineOf(poId, CA))?.vaststelling).toBeNull();
  expect((await lineOf(poId, NOTULIST))?.vaststelling).toBeNull();
  expect((await lineOf(poId, OPDRACHTNEMER))?.vaststelling).toBeNull();
});

test('sent back: the concernadviseur sees teruggestuurd until proposing again', async () => {
  const poId = await proposable();
  await post(poId, '/agenda/voorleggen', CA);
  await post(poId, '/agenda/terugsturen', PH, { opmerking: 'Eerst de nota erbij.' });
  expect((await lineOf(poId, CA))?.vaststelling).toBe('teruggestuurd');
  expect((await lineOf(poId, PH))?.vaststelling).toBeNull();
  await post(poId, '/agenda/voorleggen', CA);
  expect((await lineOf(poId, CA))?.vaststelling).toBeNull();
  expect((await lineOf(poId, PH))?.vaststelling).toBe('wacht_op_jou');
});

test('a proposal by the portefeuillehouder waits for the concernadviseur; nothing once vastgesteld', async () => {
  const poId = await proposable();
  await post(poId, '/agenda/voorleggen', PH);
  expect((await lineOf(poId, CA))?.vaststelling).toBe('wacht_op_jou');
  await post(poId, '/agenda/vaststellen', CA);
  expect((await lineOf(poId, CA))?.vaststelling).toBeNull();
  expect((await lineOf(poId, PH))?.vaststelling).toBeNull();
});

test('keyset pages still hold every PO once, with the mark on the right line', async () => {
  const poId = await proposable();
  await post(poId, '/agenda/voorleggen', CA);
  const seen: Line[] = [];
  let cursor: string | null = null;
  do {
    const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page: Lines = await expectOk(s.api<Lines>('GET', `/api/pos?limit=2${q}`, { as: PH }));
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  expect(new Set(seen.map((l) => l.id)).size).toBe(seen.length);
  expect(seen.filter((l) => l.vaststelling === 'wacht_op_jou').map((l) => l.id)).toContain(poId);
});
