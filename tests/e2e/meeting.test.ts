/**
 * A PO from agenda to published verslag, as people do it, in Chromium against the real server:
 * the concernadviseur prepares the agenda in the personal tab (browser, development sign-in), links
 * the PO to the Teams meeting in the meeting details tab, the notulist records in the side panel
 * while the portefeuillehouder watches the stage (both inside the Teams host simulator, in separate
 * browser contexts), writes made offline arrive once, and the verslag is published to the channel
 * of the Graph sandbox.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { TestServer } from '../server/helpers/server';
import { DEMO, launchChromium, signIn, startApp } from './helpers';
import { openInTeams, type Simulator } from './simulator/simulator';

jest.setTimeout(180_000);

const CHAT_ID = '19:meeting_ZTI1NjQ1@thread.v2';
const SECTION_1 = 'Categorie I – Politieke koersbepaling';
const SECTION_2 = 'Categorie II – Uitvoering';

let s: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let poId = '';

async function context(): Promise<BrowserContext> {
  const c = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
  contexts.push(c);
  return c;
}

async function teams(
  userId: keyof typeof DEMO,
  o: Omit<Parameters<typeof openInTeams>[1], 'token' | 'user'>,
  ctx?: BrowserContext,
): Promise<{ sim: Simulator; ctx: BrowserContext; app: Frame }> {
  const c = ctx ?? (await context());
  const sim = await openInTeams(c, { ...o, token: await s.token(DEMO[userId].id), user: DEMO[userId] });
  await sim.page.waitForFunction(() => document.querySelector('iframe#app') !== null);
  // Only the page in front gets animation frames in headless Chromium: Playwright's checks need them.
  await sim.page.bringToFront();
  const frame = await (await sim.page.$('iframe#app'))?.contentFrame();
  if (!frame) throw new Error('geen app-frame');
  return { sim, ctx: c, app: frame };
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('voorwaarde niet bereikt');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const itemCard = (page: Page | Frame, nummer: string, title: string) => page.getByRole('listitem', { name: `${nummer}. ${title}` });

beforeAll(async () => {
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await s?.close();
});

test('the concernadviseur creates a PO, cannot put it forward with an unlabelled item, sees why at that item, labels it and puts it forward; the PH agrees', async () => {
  const page = await (await context()).newPage();
  await page.goto(`${s.url}/app/tab`);
  await signIn(page, 'Eva de Vries');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl-NL');

  await page.getByRole('button', { name: 'Nieuw PO' }).click();
  const ph = page.getByRole('combobox', { name: 'Portefeuillehouder' });
  await ph.selectOption({ label: 'Bram Diepstraten (wethouder)' });
  await page.getByRole('button', { name: 'Aanmaken' }).click();
  await page.waitForURL(/#po\//);
  poId = decodeURIComponent(page.url().split('#po/')[1] ?? '');

  await page.getByRole('textbox', { name: `Nieuw agendapunt in ${SECTION_1}` }).fill('Mobiliteitsvisie 2040');
  await page.keyboard.press('Enter');
  const first = itemCard(page, '1', 'Mobiliteitsvisie 2040');
  await first.getByRole('radio', { name: 'Oordeelsvorming' }).check();
  await first.getByRole('combobox', { name: /Ambtelijk opdrachtnemer/ }).selectOption({ label: 'Fatima El Amrani (Opgavemanager Mobiliteit)' });

  await page.getByRole('textbox', { name: `Nieuw agendapunt in ${SECTION_2}` }).fill('Schoolroutes');
  await page.getByRole('textbox', { name: `Nieuw agendapunt in ${SECTION_2}` }).press('Enter');
  const second = itemCard(page, '2', 'Schoolroutes');
  await second.getByRole('combobox', { name: /Ambtelijk opdrachtnemer/ }).selectOption({ label: 'Tim Jansen (Teamleider Wonen)' });
  await page.getByText('Nog 1 punt voordat de agenda kan worden vastgesteld').waitFor();

  await page.getByRole('button', { name: 'Voorleggen ter vaststelling' }).click();
  await page.getByTestId('vaststellen-refused').waitFor();
  const problems = second.getByTestId('item-problems');
  await problems.waitFor();
  expect(await problems.textContent()).toContain('Kies het doel van bespreking');
  expect(await first.getByTestId('item-problems').count()).toBe(0);

  await second.getByRole('radio', { name: 'Beeldvorming' }).check();
  await page.getByText('De agenda is compleet en kan worden vastgesteld.').waitFor();
  // Seed 000: the concernadviseur puts the agenda forward, the portefeuillehouder agrees (vaststelling.test.ts shows his side).
  await page.getByRole('button', { name: 'Voorleggen ter vaststelling' }).click();
  await page.getByText(/^Ter vaststelling bij Bram Diepstraten sinds /).waitFor();
  const agreed = await s.api<{ status: string }>('POST', `/api/pos/${poId}/agenda/vaststellen`, { as: 'u-bram' });
  expect(agreed.body.status).toBe('vastgesteld');
  await page.reload();
  await page.getByText('Agenda vastgesteld', { exact: true }).first().waitFor();
});

test('in the meeting details tab the concernadviseur links the PO to the Teams meeting', async () => {
  const { app } = await teams('eva', { appUrl: `${s.url}/app/meeting`, frameContext: 'content', meetingChatId: CHAT_ID });
  await app.getByRole('heading', { name: 'PO koppelen aan deze vergadering' }).waitFor();
  // By keyboard, as the radio group is reached with Tab: focus it and select with Space.
  await app.getByRole('radio', { name: /PO Bram Diepstraten/ }).focus();
  await app.page().keyboard.press('Space');
  expect(await app.getByRole('radio', { name: /PO Bram Diepstraten/ }).isChecked()).toBe(true);
  await app.getByRole('button', { name: 'Koppelen' }).click();
  await itemCard(app, '1', 'Mobiliteitsvisie 2040').waitFor();
  const po = await s.api<{ teamsMeetingChatId: string }>('GET', `/api/pos/${poId}`, { as: 'u-eva' });
  expect(po.body.teamsMeetingChatId).toBe(CHAT_ID);
});

test('the notulist records in the side panel; the stage shows it live; writes made offline arrive once; the meeting ends', async () => {
  const panel = await teams('noor', { appUrl: `${s.url}/app/meeting`, frameContext: 'sidePanel', meetingChatId: CHAT_ID });
  const side = panel.app;
  await side.getByRole('button', { name: 'Vergadering starten' }).click();
  await side.getByRole('button', { name: 'Deel op scherm' }).click();
  const share = (await panel.sim.calls()).find((c) => c.func === 'meeting.shareAppContentToStage');
  const stageUrl = String(share?.args[0] ?? '');
  expect(stageUrl).toBe(`${s.url}/app/stage?poId=${poId}`);

  const { sim: stageSim, app: stage } = await teams('bram', { appUrl: stageUrl, frameContext: 'meetingStage', meetingChatId: CHAT_ID });
  // Starting made the first item current; the chair moves on and back, the stage follows.
  await stage.getByTestId('current-item').getByText('Mobiliteitsvisie 2040').waitFor();
  await panel.sim.page.bringToFront();
  await side.getByRole('button', { name: 'Volgend agendapunt' }).click();
  await stage.getByTestId('current-item').getByText('Schoolroutes').waitFor();
  expect(await stage.getByTestId('current-purpose').textContent()).toBe('Beeldvorming');
  await side.getByRole('button', { name: 'Vorig agendapunt' }).click();
  await stage.getByTestId('current-item').getByText('Mobiliteitsvisie 2040').waitFor();
  expect(await stage.getByTestId('current-purpose').textContent()).toBe('Oordeelsvorming');

  // A besluitpunt on an item for oordeelsvorming: the server asks for confirmation first.
  const text = side.getByRole('textbox', { name: 'Wat is besloten of welke richting is afgesproken?' });
  const seqOf = async (): Promise<number> => (await s.api<{ seq: number }>('GET', `/api/pos/${poId}`, { as: 'u-eva' })).body.seq;
  const seqBefore = await seqOf();
  await text.fill('Uitgangspunten akkoord, uitwerken met de raad');
  await text.press('Control+Enter');
  await side.getByTestId('confirm-outside-purpose').waitFor();
  // The server answered with a question and wrote nothing: the PO has no new change for the stage.
  expect(await seqOf()).toBe(seqBefore);
  expect(await stage.getByText('Uitgangspunten akkoord, uitwerken met de raad').count()).toBe(0);
  await side.getByRole('button', { name: 'Toch vastleggen' }).click();
  await stage.getByText('Uitgangspunten akkoord, uitwerken met de raad').waitFor();
  await stage.getByText('buiten doel van bespreking').waitFor();

  // Offline: two actiepunten stay in the outbox, then arrive once.
  await panel.ctx.setOffline(true);
  for (const [what, who] of [
    ['Notitie uitgangspunten opstellen', 'Fatima El Amrani'],
    ['Raadsinformatiebrief voorbereiden', 'Tim Jansen'],
  ] as const) {
    await side.getByRole('form', { name: 'Vastleggen bij agendapunt 1' }).locator('textarea').focus();
    await side.page().keyboard.press('Alt+2');
    await side.getByRole('textbox', { name: 'Wat moet er gebeuren?' }).fill(what);
    await side.getByRole('combobox', { name: /^Wie/ }).fill(who);
    await side.getByLabel(/Wanneer/).fill('2026-12-18');
    await side.getByRole('button', { name: 'Vastleggen' }).click();
    await until(async () => (await side.getByRole('textbox', { name: 'Wat moet er gebeuren?' }).inputValue()) === '');
  }
  await side.getByText('2 wijzigingen nog niet verzonden').waitFor();
  expect(await stage.locator('[data-kind="actiepunt"]').count()).toBe(0);
  await panel.ctx.setOffline(false);
  await side.getByText('2 wijzigingen nog niet verzonden').waitFor({ state: 'detached', timeout: 30_000 });
  await stage.getByText('Raadsinformatiebrief voorbereiden').waitFor();
  expect(await stage.locator('[data-kind="actiepunt"]').count()).toBe(2);
  expect(await side.locator('[data-kind="actiepunt"]').count()).toBe(2);
  const records = await s.api<{ records: { kind: string }[] }>('GET', `/api/pos/${poId}`, { as: 'u-eva' });
  expect(records.body.records.filter((r) => r.kind === 'actiepunt')).toHaveLength(2);

  // The stage follows a theme change of Teams.
  await stageSim.setTheme('dark');
  await stage.locator('[data-theme="dark"]').waitFor();

  await side.getByRole('button', { name: 'Vergadering beëindigen' }).click();
  // The confirmation (issue 14): every item was discussed here.
  await side.getByRole('dialog').getByText('Alle agendapunten zijn besproken.').waitFor();
  await side.getByRole('dialog').getByRole('button', { name: 'Beëindigen' }).click();
  await stage.getByText('De vergadering is afgesloten.').waitFor();
});

test('after the meeting the notulist reviews the verslag as it will be posted, publishes it, and the channel shows it', async () => {
  const { app } = await teams('noor', { appUrl: `${s.url}/app/meeting`, frameContext: 'content', meetingChatId: CHAT_ID });
  const preview = app.frameLocator('[data-testid="verslag-preview"]');
  await preview.getByText('Uitgangspunten akkoord, uitwerken met de raad').waitFor();
  expect(await app.getByTestId('verslag-preview').getAttribute('sandbox')).not.toContain('allow-scripts');
  await app.getByRole('button', { name: 'Verslag publiceren in Teams' }).click();
  // Publishing is permanent: the confirmation names where it goes.
  await app
    .getByTestId('publish-where')
    .getByText(/Dit kan niet ongedaan worden gemaakt/)
    .waitFor();
  await app.getByRole('dialog').getByRole('button', { name: 'Publiceren' }).click();
  const published = app.getByTestId('verslag-published');
  await published.getByText('Het verslag is gepubliceerd (versie 1).').waitFor();
  const href = await published.getByRole('link', { name: 'Bekijk het verslag in Teams' }).getAttribute('href');
  expect(href).toBeTruthy();

  const channel = await (await context()).newPage();
  await channel.goto(`${s.sandbox.url}/channel/team-po-overleg/channel-verslagen`);
  await channel.getByText('Uitgangspunten akkoord, uitwerken met de raad').first().waitFor();
  expect(await channel.getByText('Notitie uitgangspunten opstellen').count()).toBeGreaterThan(0);
});
