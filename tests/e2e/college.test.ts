/**
 * The college cycle in Chromium against the real server: a besluitpunt recorded in a Monday PO is on
 * Tuesday's list, the gemeentesecretaris marks it aangekondigd, then enters the college's answer
 * (geagendeerd, besloten), and the next PO of that portefeuillehouder shows the outcome; a
 * collegebericht .docx is downloaded and its text checked. axe-core on each screen; screenshots in
 * SHOTS (default /tmp/shots-college) to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { addItem, createPo, expectOk, OPDRACHTNEMER, record, startedPo } from '../server/helpers/factories';
import type { TestServer } from '../server/helpers/server';
import { axeViolations } from './audit';
import { launchChromium, signIn, startApp } from './helpers';

jest.setTimeout(180_000);

const SHOTS = process.env.SHOTS ?? '/tmp/shots-college';
const TEXT = 'Instemmen met het uitvoeringsplan schoolroutes';
let s: TestServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

async function tab(name: string, hash: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-NL', viewport, acceptDownloads: true })).newPage();
  await page.goto(`${s.url}/app/tab${hash}`);
  await signIn(page, name);
  return page;
}

test('Monday’s besluitpunt: on Tuesday’s list, aangekondigd, besloten, and the outcome on the next PO', async () => {
  // Monday: the PO, its besluitpunt heads for the college of the Tuesday after (8 December).
  s.setNow(new Date('2026-11-30T10:00:00Z'));
  const { po, items } = await startedPo(s, { startsAt: '2026-11-30T08:00:00Z' });
  const recorded = await expectOk(record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: TEXT }));
  expect(recorded.collegeDatum).toBe('2026-12-08');
  const next = await createPo(s, { startsAt: '2026-12-07T08:00:00Z' });

  // Tuesday: the gemeentesecretaris opens the list through the tab's navigation.
  s.setNow(new Date('2026-12-01T09:00:00Z'));
  const page = await tab('Gerard Mulder', '');
  await page.getByRole('link', { name: 'Aankondiging college' }).click();
  await page.getByLabel('Collegedatum').fill('2026-12-08');
  const card = page.getByTestId('aankondiging-item').filter({ hasText: TEXT });
  await card.waitFor();
  await card.getByText('Nog niet aangekondigd').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, 'aankondiging-voor.png'), fullPage: true });

  await card.getByRole('button', { name: `Markeer als aangekondigd: ${TEXT}` }).click();
  await card.getByText('Aangekondigd', { exact: true }).first().waitFor();
  await page.getByText(/Eerst aangekondigd:/).waitFor();

  // The college: on its agenda, then decided, with a note.
  const form = card.getByRole('form', { name: `Collegestap voor "${TEXT}"` });
  await form.getByLabel('Volgende stap').selectOption({ label: 'Geagendeerd in college' });
  await form.getByLabel('Datum').fill('2026-12-08');
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await card.getByText('Geagendeerd in college', { exact: true }).first().waitFor();
  await form.getByLabel('Volgende stap').selectOption({ label: 'Besloten' });
  await form.getByLabel('Korte notitie (optioneel)').fill('Conform advies besloten');
  await form.getByRole('button', { name: 'Vastleggen' }).click();
  await card.getByText('Besloten', { exact: true }).first().waitFor();
  await card.getByText(/Conform advies besloten/).waitFor();
  // Final: no further step is offered.
  expect(await card.getByRole('button', { name: 'Vastleggen' }).count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, 'aankondiging-besloten.png'), fullPage: true });

  // On the server: the track, audited.
  const list = await expectOk(s.api<{ items: { id: string; college: { state: string } | null }[] }>('GET', '/api/aankondiging/2026-12-08', { as: 'u-gerard' }));
  expect(list.items.find((i) => i.id === recorded.id)?.college?.state).toBe('besloten');

  // The collegeplanning shows the state.
  await page.getByRole('link', { name: 'Collegeplanning' }).click();
  await page.getByLabel('Collegedata vanaf').fill('2026-12-01');
  await page.getByRole('listitem').filter({ hasText: TEXT }).getByText('Besloten', { exact: true }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, 'collegeplanning.png'), fullPage: true });

  // The next PO of this portefeuillehouder: the outcome as a standing item.
  const ph = await tab('Eva de Vries', `#po/${next.id}`);
  const feedback = ph.getByTestId('terugkoppeling-college');
  await feedback.getByText(TEXT).waitFor();
  await feedback.getByText('Besloten', { exact: true }).first().waitFor();
  expect(await axeViolations(ph)).toEqual([]);
  await ph.screenshot({ path: path.join(SHOTS, 'po-terugkoppeling.png'), fullPage: true });
  await ph.context().close();

  // A collegebericht draft from the besluitpunt: downloaded, its text checked.
  await page.getByRole('link', { name: 'Aankondiging college' }).click();
  await page.getByLabel('Collegedatum').fill('2026-12-08');
  const again = page.getByTestId('aankondiging-item').filter({ hasText: TEXT });
  const [download] = await Promise.all([page.waitForEvent('download'), again.getByRole('button', { name: `Collegebericht (.docx): ${TEXT}` }).click()]);
  expect(download.suggestedFilename()).toBe('Collegebericht Uitvoeringsplan schoolroutes.docx');
  const file = readFileSync(await download.path());
  const xml = strFromU8(unzipSync(new Uint8Array(file))['word/document.xml']!);
  const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  for (const part of [
    'Collegebericht',
    'Datum: 8 december 2026',
    'Onderwerp: Uitvoeringsplan schoolroutes',
    'Portefeuillehouder: wethouder Bram Diepstraten',
    'Aanleiding',
    'Advies college',
    TEXT,
    'Vervolg proces',
  ])
    expect(text).toContain(part);
  await page.context().close();
});

test('a medewerker has no announcement list; the side panel size of the list stays usable', async () => {
  const medewerker = await tab('Mila Visser', '#aankondiging/2026-12-08');
  await medewerker.getByText('De aankondiging is er voor de gemeentesecretaris en de concernadviseurs.').waitFor();
  expect(await medewerker.getByRole('link', { name: 'Aankondiging college' }).count()).toBe(0);
  await medewerker.context().close();
  const narrow = await tab('Gerard Mulder', '#aankondiging/2026-12-08', { width: 320, height: 800 });
  await narrow.getByTestId('aankondiging-item').first().waitFor();
  expect(await axeViolations(narrow)).toEqual([]);
  await narrow.screenshot({ path: path.join(SHOTS, 'aankondiging-320.png'), fullPage: true });
  await narrow.context().close();
});

test('tags on an agendapunt and the langetermijnplanning per month', async () => {
  const po = await createPo(s, { startsAt: '2027-03-01T08:00:00Z' });
  await addItem(s, po.id, {
    title: 'Mobiliteitsvisie 2040',
    opdrachtnemerId: OPDRACHTNEMER,
    raadsthema: 'Mobiliteit',
    categorie: 'I',
    beoogdeCollegedatum: '2027-04-13',
    beoogdeRaadsdatum: '2027-05-20',
  });
  const page = await tab('Eva de Vries', `#po/${po.id}`);
  await page.getByRole('listitem', { name: /Mobiliteitsvisie 2040/ }).waitFor();
  // The editor's rows open one at a time: the tags are in the opened item.
  await page.getByRole('button', { name: 'Agendapunt 1: Mobiliteitsvisie 2040' }).click();
  const categorie = page.getByLabel('Categorie (raad in positie)').first();
  await categorie.waitFor();
  expect(await categorie.inputValue()).toBe('I');
  await page.getByLabel('Raadsthema').first().selectOption('Sport');
  await page.getByLabel('Categorie (raad in positie)').first().selectOption('II');
  const stored = async (): Promise<string> => {
    const item = (await s.api<{ agendapunten: { categorie?: string; raadsthema?: string }[] }>('GET', `/api/pos/${po.id}`, { as: 'u-eva' })).body
      .agendapunten[0];
    return `${item?.categorie ?? ''}/${item?.raadsthema ?? ''}`;
  };
  for (let i = 0; i < 50 && (await stored()) !== 'II/Sport'; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await stored()).toBe('II/Sport');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, 'agendapunt-tags.png'), fullPage: true });

  await page.getByRole('link', { name: 'Langetermijnplanning' }).click();
  await page.getByLabel('Vanaf').fill('2027-01-01');
  await page.getByRole('cell', { name: 'april 2027', exact: true }).waitFor();
  await page.getByRole('row').filter({ hasText: 'Mobiliteitsvisie 2040' }).getByText('Sport').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, 'langetermijnplanning.png'), fullPage: true });
  await page.context().close();
});
