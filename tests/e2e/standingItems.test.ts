/**
 * Issue 15's leftovers in Chromium against the real server: the portefeuillehouder's "Mijn PO's"
 * says which agenda waits for his vaststelling and the concernadviseur's says when it was sent
 * back; the PO page shows the raad part of the standing item (overdue marked in words); the
 * collegeplanning takes the college's answer in its row; the announcement's date comes from the
 * server. axe-core clean on each new screen; screenshots in SHOTS (default /tmp/shots-h7).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CA, expectOk, OPDRACHTNEMER, PH, readyPo, record, startedPo } from '../server/helpers/factories';
import type { TestServer } from '../server/helpers/server';
import { axeViolations } from './audit';
import { launchChromium, signIn, startApp } from './helpers';

jest.setTimeout(240_000);
const SHOTS = process.env.SHOTS ?? '/tmp/shots-h7';

let s: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await s?.close();
});

async function tab(name: string, where: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const c = await browser.newContext({ locale: 'nl-NL', colorScheme: scheme, viewport: { width: 1280, height: 800 } });
  contexts.push(c);
  const page = await c.newPage();
  await page.goto(`${s.url}/app/tab${where}`);
  await signIn(page, name);
  return page;
}

const post = (poId: string, p: string, as: string, body?: unknown): Promise<unknown> => expectOk(s.api('POST', `/api/pos/${poId}${p}`, { as, body }));
const raads = (body: Record<string, unknown>): Promise<unknown> =>
  expectOk(
    s.api('POST', '/api/raadsregister', { as: CA, body: { raadsvergadering: '2026-11-12', portefeuillehouderId: 'bram', opdrachtnemerId: null, ...body } }),
  );

test("Mijn PO's: waiting for the portefeuillehouder's vaststelling, then sent back to the concernadviseur; the raad part on the PO page", async () => {
  s.setNow(new Date('2026-12-02T09:00:00Z'));
  const { po, items } = await readyPo(s, { startsAt: '2026-12-07T08:00:00.000Z' });
  for (const item of [items.besluit, items.geheim]) await post(po.id, `/agendapunten/${item}/kwaliteitstoets/overrulen`, PH, { reden: 'Nota volgt.' });
  await post(po.id, '/agenda/voorleggen', CA);
  const { title } = await expectOk(s.api<{ title: string }>('GET', `/api/pos/${po.id}`, { as: CA }));
  await raads({ soort: 'motie', nummer: 'M2026-050', titel: 'Veilige fietsroutes', deadline: '2026-11-25', opdrachtnemerId: OPDRACHTNEMER });
  await raads({ soort: 'toezegging', nummer: 'T2026-051', titel: 'Brief over de pont', deadline: '2026-12-15' });
  await raads({ soort: 'motie', nummer: 'M2026-052', titel: 'Later onderwerp', deadline: '2027-03-01' });

  // The portefeuillehouder's list: the line says, in words, that it waits for him.
  const bram = await tab('Bram Diepstraten', '');
  const line = bram.getByRole('listitem').filter({ has: bram.getByRole('link', { name: title }) });
  await line.getByText('Wacht op jouw vaststelling').waitFor();
  expect(await axeViolations(bram)).toEqual([]);
  await bram.screenshot({ path: path.join(SHOTS, 'mijn-pos-wacht-op-vaststelling.png'), fullPage: true });

  // He sends it back; the concernadviseur's list says so, his own no longer.
  await post(po.id, '/agenda/terugsturen', PH, { opmerking: 'Eerst de nota erbij.' });
  const eva = await tab('Eva de Vries', '', 'dark');
  await eva
    .getByRole('listitem')
    .filter({ has: eva.getByRole('link', { name: title }) })
    .getByText('Agenda teruggestuurd')
    .waitFor();
  expect(await axeViolations(eva)).toEqual([]);
  await bram.reload();
  await bram.getByRole('link', { name: title }).waitFor();
  expect(await line.getByText('Wacht op jouw vaststelling').count()).toBe(0);

  // The PO page: the raad's entries overdue or due within two weeks of the PO, the overdue one marked in words.
  await bram.getByRole('link', { name: title }).click();
  const raad = bram.getByTestId('raads-standing');
  await raad.getByRole('heading', { name: 'Raad: moties en toezeggingen' }).waitFor();
  const entries = raad.getByTestId('raads-standing-item');
  await entries.filter({ hasText: 'T2026-051' }).waitFor();
  expect(await entries.count()).toBe(2);
  const overdue = entries.filter({ hasText: 'M2026-050' });
  await overdue.getByText('Over de deadline').waitFor();
  await overdue.getByText(/^Deadline: \S+ 25 november 2026 · Status: Open · Opdrachtnemer: Tim Jansen$/).waitFor();
  expect(await entries.filter({ hasText: 'T2026-051' }).getByText('Over de deadline').count()).toBe(0);
  expect(await raad.getByText('M2026-052').count()).toBe(0);
  expect(await axeViolations(bram)).toEqual([]);
  await raad.screenshot({ path: path.join(SHOTS, 'po-raad-deel.png') });
});

test('the collegeplanning takes the college step in its row (not for the portefeuillehouder); the announcement date is the server’s', async () => {
  s.setNow(new Date('2026-11-30T10:00:00Z'));
  const text = 'Instemmen met het parkeerplan binnenstad';
  const { po, items } = await startedPo(s, { startsAt: '2026-11-30T08:00:00Z' });
  await expectOk(record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text }));

  s.setNow(new Date('2026-12-01T09:00:00Z'));
  const eva = await tab('Eva de Vries', '#collegeplanning');
  const row = eva.getByTestId('collegeplanning-item').filter({ hasText: text });
  await row.getByText('Nog niet aangekondigd').waitFor();
  await row.getByRole('button', { name: `Markeer als aangekondigd: ${text}` }).click();
  await row.getByText('Aangekondigd', { exact: true }).waitFor();
  const form = row.getByRole('form', { name: `Collegestap voor "${text}"` });
  await form.getByLabel('Volgende stap').selectOption({ label: 'Geagendeerd in college' });
  await form.getByLabel('Datum').fill('2026-12-08');
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await row.getByText(/^Geagendeerd in college op \S+ 8 december 2026$/).waitFor();
  await form.getByLabel('Volgende stap').selectOption({ label: 'Besloten' });
  await form.getByLabel('Korte notitie (optioneel)').fill('Conform voorstel');
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await row.getByText(/^Besloten op \S+ 8 december 2026 — Conform voorstel$/).waitFor();
  expect(await axeViolations(eva)).toEqual([]);
  await eva.screenshot({ path: path.join(SHOTS, 'collegeplanning-stap.png'), fullPage: true });
  const track = await expectOk(s.api<{ items: { id: string; college: { state: string } | null }[] }>('GET', '/api/aankondiging/2026-12-08', { as: CA }));
  expect(track.items.map((i) => i.college?.state)).toContain('besloten');

  // The portefeuillehouder reads the planning without the step form (the server would refuse it too).
  const bram = await tab('Bram Diepstraten', '#collegeplanning');
  const own = bram.getByTestId('collegeplanning-item').filter({ hasText: text });
  await own.getByText('Besloten', { exact: true }).waitFor();
  expect(await own.getByRole('button', { name: /Markeer als aangekondigd|Vastleggen/ }).count()).toBe(0);

  // The announcement opens on the college date the server gives for its own today (15 December on
  // 10 December), whatever the browser's clock says.
  s.setNow(new Date('2026-12-10T09:00:00Z'));
  const gs = await tab('Gerard Mulder', '#aankondiging');
  const date = gs.getByLabel('Collegedatum');
  await date.waitFor();
  await until(async () => (await date.inputValue()) === '2026-12-15');
});

/** Waits until `check` holds (no fixed sleep): the value arrives with the server's answer. */
async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('voorwaarde niet bereikt');
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('the notulist links a toezegging to the raadsregister in the side panel; the record list names the entry', async () => {
  s.setNow(new Date('2026-12-07T08:30:00Z'));
  const entry = (await raads({ soort: 'toezegging', nummer: 'T2026-070', titel: 'Brief over de huisvesting', deadline: '2027-02-01' })) as { id: string };
  const { po } = await startedPo(s, { startsAt: '2026-12-07T08:00:00Z' });
  const c = await browser.newContext({ locale: 'nl-NL', viewport: { width: 320, height: 900 } });
  contexts.push(c);
  const side = await c.newPage();
  await side.goto(`${s.url}/app/meeting?poId=${po.id}`);
  await signIn(side, 'Noor Bakker');
  const form = side.getByRole('form', { name: /^Vastleggen bij agendapunt/ });
  await form.waitFor();
  await form.getByRole('radio', { name: 'Toezegging' }).check();
  await form.locator('textarea').fill('De raad informeren over de huisvesting');
  await form.getByRole('textbox', { name: /^Toegezegd aan/ }).fill('gemeenteraad');
  await form.getByRole('combobox', { name: /^Wie/ }).fill('Tim Jansen');
  const link = form.getByRole('combobox', { name: /Uit het raadsregister/ });
  await link.locator('option', { hasText: 'T2026-070' }).waitFor({ state: 'attached' });
  await link.selectOption({ label: 'T2026-070 — Brief over de huisvesting' });
  expect(await axeViolations(side)).toEqual([]);
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  const recorded = side.getByTestId('record').filter({ hasText: 'De raad informeren over de huisvesting' });
  await recorded.getByText('Raadsregister: T2026-070').waitFor();
  await side.screenshot({ path: path.join(SHOTS, 'zijpaneel-raadskoppeling.png'), fullPage: true });
  const stored = await expectOk(s.api<{ records: { text: string; raadsItemId?: string | null }[] }>('GET', `/api/pos/${po.id}`, { as: CA }));
  expect(stored.records.find((r) => r.text === 'De raad informeren over de huisvesting')?.raadsItemId).toBe(entry.id);
});
