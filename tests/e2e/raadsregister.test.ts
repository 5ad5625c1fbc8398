/**
 * The raad's register in Chromium (issue 15): the concernadviseur imports the griffie's CSV (a bad
 * file first: every bad row named, nothing written), a motie already past its deadline shows as
 * overdue, the reminder scheduler runs and its opdrachtnemer gets a Teams activity-feed
 * notification in the Graph sandbox. axe-core on the screen; screenshots to look at in
 * SCREENSHOT_DIR (default /tmp/shots).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { tick } from '../../src/server/reminders/scheduler';
import type { TestServer } from '../server/helpers/server';
import { axeViolations } from './audit';
import { launchChromium, signIn, startApp } from './helpers';

jest.setTimeout(300_000);

let s: TestServer;
let browser: Browser;
const shots = process.env.SCREENSHOT_DIR ?? '/tmp/shots';

beforeAll(async () => {
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

async function open(name: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const ctx = await browser.newContext({ locale: 'nl-NL', colorScheme: scheme, viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(`${s.url}/app/tab#raadsregister`);
  await signIn(page, name);
  await page.getByText('Moties en toezeggingen van de raad').waitFor();
  return page;
}

const HEADER = 'soort;nummer;raadsvergadering;titel;indieners;portefeuillehouder;opdrachtnemer;deadline;status';

test('a motie imported from the griffie’s CSV is overdue and its opdrachtnemer gets a notification', async () => {
  s.setNow(new Date('2026-12-02T08:00:00Z'));
  const page = await open('Eva de Vries');
  const upload = page.getByLabel('CSV-bestand');

  // A bad file: both problems named, and the import button is not offered.
  const bad = [
    HEADER,
    'motie;M2026-031;12-11-2026;Veilige schoolroutes;CDA;Bram Diepstraten;Tim Jansen;01-12-2026;open',
    'motie;M2026-032;31-11-2026;;;Jan;;;',
  ].join('\n');
  await upload.setInputFiles({ name: 'griffie.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByText('Regel 3, raadsvergadering').waitFor();
  await page.getByText('Regel 3, titel').waitFor();
  await page.getByText('Regel 3, portefeuillehouder').waitFor();
  expect(await page.getByRole('button', { name: /regels? inlezen/ }).count()).toBe(0);
  await page.screenshot({ path: path.join(shots, 'raadsregister-import-fouten.png'), fullPage: true });

  // The corrected file (with a BOM, as Excel saves it): preview, then import.
  const good = `\uFEFF${[
    HEADER,
    'motie;M2026-031;12-11-2026;Veilige schoolroutes;CDA;Bram Diepstraten;Tim Jansen;01-12-2026;open',
    'toezegging;T2026-007;12-11-2026;Raadsinformatiebrief over de pont;;Sander Smeets;fatima.elamrani@velsen.example;15-01-2027;open',
  ].join('\r\n')}`;
  await upload.setInputFiles({ name: 'griffie.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await page.getByText('Alle 2 regels zijn in orde.').waitFor();
  await page.getByRole('button', { name: '2 regels inlezen' }).click();
  await page.getByText('Ingelezen: 2 nieuw, 0 bijgewerkt.').waitFor();

  const table = page.getByRole('table', { name: 'Raadsregister' });
  const row = table.getByRole('row').filter({ hasText: 'M2026-031' });
  await row.getByText('Over de deadline').waitFor();
  await table.getByRole('row').filter({ hasText: 'T2026-007' }).waitFor();
  expect(await table.getByRole('row').filter({ hasText: 'T2026-007' }).getByText('Over de deadline').count()).toBe(0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(shots, 'raadsregister-light.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  // The scheduler's round: a reminder one day after the deadline goes to Tim Jansen's activity feed.
  s.sandbox.state.activities.length = 0;
  const result = await tick(s.deps);
  expect(result.sent).toBeGreaterThanOrEqual(1);
  const feed = await (await fetch(`${s.sandbox.url}/_sandbox/activity`)).json();
  const forTim = (feed as { notifications: { recipient: string; previewText: string; activityType: string }[] }).notifications.filter((n) =>
    n.previewText.includes('M2026-031'),
  );
  expect(forTim).toEqual([
    expect.objectContaining({
      recipient: '00000000-0000-4000-8000-000000000013',
      activityType: 'herinnering',
      previewText: 'Motie: deadline 1 dag verstreken: M2026-031 Veilige schoolroutes',
    }),
  ]);
  // And it is on the sandbox's page.
  const sandboxPage = await page.context().newPage();
  await sandboxPage.goto(`${s.sandbox.url}/activiteit`);
  await sandboxPage.getByRole('cell', { name: 'Motie: deadline 1 dag verstreken: M2026-031 Veilige schoolroutes' }).waitFor();
  await sandboxPage.screenshot({ path: path.join(shots, 'sandbox-activiteit.png'), fullPage: true });
  expect(await axeViolations(sandboxPage)).toEqual([]);

  // A second round sends nothing again.
  await tick(s.deps);
  const again = (await (await fetch(`${s.sandbox.url}/_sandbox/activity`)).json()) as { notifications: { previewText: string }[] };
  expect(again.notifications.filter((n) => n.previewText.includes('M2026-031'))).toHaveLength(1);

  // The discussions of the entry open from its number.
  await row.getByRole('button', { name: 'Besprekingen van M2026-031' }).click();
  await page.getByText('Nog niet besproken in een PO.').waitFor();
});

test('a medewerker reads the register without the tools to change it; dark theme is clean too', async () => {
  const page = await open('Mila Visser', 'dark');
  await page.getByRole('table', { name: 'Raadsregister' }).getByText('M2026-031').waitFor();
  expect(await page.getByRole('heading', { name: 'Motie of toezegging toevoegen' }).count()).toBe(0);
  expect(await page.getByRole('combobox', { name: 'Status van M2026-031' }).count()).toBe(0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(shots, 'raadsregister-dark.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
});
