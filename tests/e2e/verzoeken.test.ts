/** Issue 14 in Chromium: an agendaverzoek from the form, accepted by the concernadviseur; an expert's slot in the editor. */
import type { Browser } from 'playwright-core';
import { addItem, ADVISEUR, createPo } from '../server/helpers/factories';
import type { TestServer } from '../server/helpers/server';
import { launchChromium, signIn, startApp } from './helpers';

jest.setTimeout(180_000);

let s: TestServer;
let browser: Browser;
const SHOTS = process.env.SCREENSHOT_DIR;

beforeAll(async () => {
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

test("the CISO proposes an item for Bram's next PO from the form; the concernadviseur accepts it onto the agenda", async () => {
  s.setNow(new Date('2026-12-02T08:00:00Z'));
  const po = await createPo(s, { startsAt: '2026-12-07T08:00:00Z' });
  const ciso = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } })).newPage();
  await ciso.goto(`${s.url}/app/tab#verzoeken`);
  await signIn(ciso, 'Carla Smit');
  const form = ciso.getByRole('form', { name: 'Agendapunt voorstellen' });
  await form.getByRole('combobox', { name: /Voor welk PO/ }).selectOption({ label: 'Volgende PO van Bram Diepstraten' });
  await form.getByRole('textbox', { name: /Titel van het agendapunt/ }).fill('Informatiebeveiliging parkeervergunningen');
  // Submitting without a purpose names it.
  await form.getByRole('button', { name: 'Voorstel indienen' }).click();
  await form.getByText('Kies het doel van bespreking.').waitFor();
  await form.getByRole('radio', { name: 'Besluitvorming' }).check();
  await form.getByRole('textbox', { name: /Voorgesteld besluit/ }).fill('Instemmen met de maatregelen.');
  await form.getByRole('button', { name: 'Voorstel indienen' }).click();
  await ciso.getByText(/Ingediend voor het volgende PO van Bram Diepstraten/).waitFor();
  if (SHOTS) await ciso.screenshot({ path: `${SHOTS}/verzoek-form-1280x800.png` });

  const eva = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } })).newPage();
  await eva.goto(`${s.url}/app/tab#verzoeken`);
  await signIn(eva, 'Eva de Vries');
  await eva.getByText('Informatiebeveiliging parkeervergunningen').waitFor();
  await eva.getByRole('button', { name: 'Accepteren', exact: true }).click();
  await eva.getByText('Eerder beoordeeld').waitFor();
  const view = await s.api<{ agendapunten: { title: string; adviseurIds: string[] }[] }>('GET', `/api/pos/${po.id}`, { as: 'u-eva' });
  expect(view.body.agendapunten.find((i) => i.title === 'Informatiebeveiliging parkeervergunningen')?.adviseurIds).toEqual([ADVISEUR]);
});

test("the editor shows an expert's slot, and the sandbox holds the invitation for it", async () => {
  const po = await createPo(s, { startsAt: '2026-12-14T08:00:00Z' });
  await addItem(s, po.id, { title: 'Opening', purpose: 'beeldvorming', plannedMinutes: 10 });
  await addItem(s, po.id, { title: 'Datalek', purpose: 'beeldvorming', plannedMinutes: 15, adviseurIds: [ADVISEUR] });
  const page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${s.url}/app/tab#po/${po.id}`);
  await signIn(page, 'Eva de Vries');
  // The compact editor shows each item as a row; the slot is in the opened item.
  await page.getByRole('button', { name: 'Agendapunt 2: Datalek' }).click();
  await page.getByText('Aanschuiven 09:10–09:25').waitFor();
  const events = [...s.sandbox.state.events.values()].filter((e) => e.subject?.endsWith(': Datalek'));
  expect(events.map((e) => [e.start?.dateTime, e.end?.dateTime])).toEqual([['2026-12-14T08:10:00.000', '2026-12-14T08:25:00.000']]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/editor-aanschuiven-1280x800.png` });
});
