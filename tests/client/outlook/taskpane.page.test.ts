/**
 * The task pane in Chromium, in browser mode, as a new user would use it: sign in as the
 * concernadviseur, let the pane recognise the portefeuillehouder among the attendees, create the
 * PO, be refused while an item has no purpose (reasons at the item), label it, put the agenda in
 * the invite, and do it again without getting a second agenda or attachment.
 * The page is the front end's outlook surface (webpack.config.js, built when stale as `npm start`
 * does), served at /app/outlook by the real app server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../../server/helpers/server';
import { axeViolations } from '../../e2e/audit';
import { launchChromium, startApp } from '../../e2e/helpers';

jest.setTimeout(180_000);

let s: TestServer;
let outDir: string;
let browser: Browser;
let page: Page;
const outside: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'po-outlook-'));
  s = await startApp();
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  // Office.js may open its own telemetry frame outside Office (it fails without a network and is
  // not part of the app); every script, style and API call must come from the app itself.
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith(s.url) || url.startsWith('data:') || url.startsWith('about:')) return;
    if (req.resourceType() === 'document' && new URL(url).hostname.endsWith('.oaspapps.com')) return;
    outside.push(url);
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await s?.close();
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

const body = (): Promise<string> =>
  page
    .getByTestId('invite-body')
    .getAttribute('srcdoc')
    .then((v) => v ?? '');
/** An agendapunt card by its title (the card is named "<nummer>. <title>"). */
const card = (title: string) => page.locator(`[data-testid="agendapunt"][aria-label$=". ${title}"]`);
const count = (text: string, part: string): number => text.split(part).length - 1;

test('a concernadviseur puts a labelled agenda in the invite, once', async () => {
  await page.goto(`${s.url}/app/outlook`);

  // Sign in (development mode): the demo-user picker.
  await page.getByLabel('Demogebruiker').selectOption('u-eva');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByText('Aangemeld als Eva de Vries').waitFor();

  // Outside Outlook the pane works on a trial appointment; the organizer invites the wethouder.
  await page.getByRole('heading', { name: 'Proefafspraak (browsermodus)' }).waitFor();
  await page.getByLabel('Onderwerp').fill('PO wethouder Diepstraten');
  await page.getByLabel(/Genodigden/).fill('bram@velsen.example, tim.jansen@velsen.example');
  await page.getByLabel(/Genodigden/).blur();
  await page.getByText('Portefeuillehouder herkend: Bram Diepstraten (e-mailadres van een genodigde)').waitFor();
  await page.getByText('Er is nog geen PO voor deze portefeuillehouder op deze dag.').waitFor();
  await page.getByRole('button', { name: /^PO aanmaken voor Bram Diepstraten op maandag/ }).click();
  await page.getByText('Gekoppeld aan deze afspraak').waitFor();

  // An item without a purpose: refused, with the reason at the item.
  const addForm = page.getByRole('form', { name: 'Agendapunt toevoegen' });
  await addForm.getByRole('textbox', { name: /^Titel/ }).fill('Evaluatie parkeerbeleid');
  await addForm.getByRole('button', { name: 'Toevoegen' }).click();
  const item = card('Evaluatie parkeerbeleid');
  await item.waitFor();
  await page.getByRole('button', { name: 'Agenda in uitnodiging zetten' }).click();
  await page.getByText(/De agenda kan nog niet in de uitnodiging: eerst 2 punten oplossen/).waitFor();
  await item.getByTestId('item-problems').getByText('Kies het doel van bespreking: beeldvorming, oordeelsvorming of besluitvorming.').waitFor();
  expect(await body()).not.toContain('po-overleg-agenda');

  // Label it and give it an opdrachtnemer: the problems at the item go away.
  await item.getByRole('radio', { name: 'Oordeelsvorming' }).click();
  await item.locator('input[value="oordeelsvorming"]:checked').waitFor();
  await item.getByLabel('Ambtelijk opdrachtnemer').selectOption('u-tim');
  await item.getByTestId('item-problems').waitFor({ state: 'detached' });

  // Into the invite: the agenda in the body, the Word agenda attached.
  await page.getByRole('button', { name: 'Agenda in uitnodiging zetten' }).click();
  await page.getByText(/De agenda staat in de uitnodiging; Agenda PO Bram Diepstraten.*\.docx is bijgevoegd\./).waitFor();
  let html = await body();
  expect(count(html, 'id="po-overleg-agenda"')).toBe(1);
  expect(html).toContain('Evaluatie parkeerbeleid');
  expect(html).toContain('Oordeelsvorming');
  await page.frameLocator('[data-testid="invite-body"]').getByRole('cell', { name: 'Evaluatie parkeerbeleid' }).waitFor();
  await expect(page.getByTestId('invite-attachments').getByRole('listitem').count()).resolves.toBe(1);

  // Again after a change: replaced, not doubled.
  await addForm.getByRole('textbox', { name: /^Titel/ }).fill('Stand van zaken woningbouw');
  await addForm.getByRole('button', { name: 'Toevoegen' }).click();
  const second = card('Stand van zaken woningbouw');
  await second.getByRole('radio', { name: 'Beeldvorming' }).click();
  await second.locator('input[value="beeldvorming"]:checked').waitFor();
  await second.getByLabel('Ambtelijk opdrachtnemer').selectOption('u-tim');
  await second.getByTestId('item-problems').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Agenda in uitnodiging zetten' }).click();
  await page.getByText(/De agenda in de uitnodiging is vervangen/).waitFor();
  html = await body();
  expect(count(html, 'id="po-overleg-agenda"')).toBe(1);
  expect(html).toContain('Stand van zaken woningbouw');
  expect(html).toContain('Hierbij de uitnodiging voor het PO.');
  await expect(page.getByTestId('invite-attachments').getByRole('listitem').count()).resolves.toBe(1);

  await page.screenshot({ path: path.join(outDir, 'taskpane.png'), fullPage: true });
  if (process.env.TASKPANE_SCREENSHOT) fs.copyFileSync(path.join(outDir, 'taskpane.png'), process.env.TASKPANE_SCREENSHOT);

  // Office.js came from the app itself; nothing else was fetched from anywhere else.
  expect(outside).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('the task pane has no serious accessibility violations (axe-core)', async () => {
  expect(await axeViolations(page)).toEqual([]);
});
