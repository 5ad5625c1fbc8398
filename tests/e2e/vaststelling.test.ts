/**
 * Issue 15 in Chromium against the real server: a besluitvorming item with an incomplete
 * kwaliteitstoets blocks voorleggen, the banner links to the item; the opdrachtnemer ticks the
 * checklist and confirms; the portefeuillehouder overrules another item; the concernadviseur puts
 * the agenda forward (the warnings listed), and the portefeuillehouder agrees in the tab. axe-core
 * clean on each screen; screenshots in /tmp/shots-h4.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addItem, CA, createPo, expectOk, OPDRACHTNEMER, OPDRACHTNEMER2, PH, type PoView } from '../server/helpers/factories';
import type { TestServer } from '../server/helpers/server';
import { axeViolations } from './audit';
import { launchChromium, signIn, startApp } from './helpers';

jest.setTimeout(180_000);
const SHOTS = '/tmp/shots-h4';

let s: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await s?.close();
});

async function open(name: string, poId: string): Promise<Page> {
  const c = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  contexts.push(c);
  const page = await c.newPage();
  await page.goto(`${s.url}/app/tab?po=${poId}`);
  await signIn(page, name);
  await page.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();
  return page;
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('voorwaarde niet bereikt');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const card = (page: Page, title: string) => page.getByRole('listitem', { name: new RegExp(`^\\d+\\. ${title}$`) });

test('blocked by an open toets, the banner links to the item; ticked by the opdrachtnemer; overruled by the PH; proposed by the CA and agreed by the PH', async () => {
  const po = await createPo(s);
  const stuk = { title: 'Nota parkeerbeleid', url: 'https://intranet.example/nota-parkeren.pdf' };
  const parkeren = await addItem(s, po.id, {
    title: 'Parkeerbeleid centrum',
    purpose: 'besluitvorming',
    voorgesteldBesluit: 'Instemmen met de nota parkeerbeleid.',
    opdrachtnemerId: OPDRACHTNEMER,
    stukken: [stuk],
  });
  const zeeweg = await addItem(s, po.id, {
    title: 'Grondexploitatie Zeeweg',
    purpose: 'besluitvorming',
    voorgesteldBesluit: 'Instemmen met de grondexploitatie.',
    opdrachtnemerId: OPDRACHTNEMER2,
  });
  await addItem(s, po.id, {
    title: 'Stand woningbouw',
    purpose: 'beeldvorming',
    opdrachtnemerId: OPDRACHTNEMER,
    stukken: [{ title: 'Monitor woningbouw', url: 'https://intranet.example/monitor.pdf' }],
  });

  // 1. The concernadviseur puts it forward: refused, the banner names both blocked items and links to them.
  const eva = await open('Eva de Vries', po.id);
  await eva.getByRole('button', { name: 'Voorleggen ter vaststelling' }).click();
  const banner = eva.getByTestId('vaststellen-refused');
  await banner.waitFor();
  const text = (await banner.textContent()) ?? '';
  expect(text).toContain('Parkeerbeleid centrum');
  expect(text).toContain('Grondexploitatie Zeeweg');
  expect(text).toContain('Integrale afweging gemaakt');
  expect(text).not.toContain('Stand woningbouw');
  await eva.screenshot({ path: `${SHOTS}/refused-ca-1280x800.png` });
  await banner.getByRole('link', { name: /Grondexploitatie Zeeweg/ }).click();
  await until(async () => (await eva.evaluate(() => document.activeElement?.id)) === `agendapunt-${zeeweg.id}`);
  expect(await axeViolations(eva)).toEqual([]);

  // 2. The opdrachtnemer sees that the toets waits for him, ticks every criterion (one with a note) and confirms.
  const tim = await open('Tim Jansen', po.id);
  const checklist = card(tim, 'Parkeerbeleid centrum').getByTestId('kwaliteitstoets');
  await checklist.getByText('Wacht op jou: kwaliteitstoets').waitFor();
  expect(await axeViolations(tim)).toEqual([]);
  const criteria = (await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }))).toetsCriteria;
  await checklist.getByRole('textbox', { name: 'Notitie bij "Financiële gevolgen"' }).fill('Zie paragraaf 4 van de nota');
  await checklist.getByRole('textbox', { name: 'Notitie bij "Financiële gevolgen"' }).press('Enter');
  for (const c of criteria) {
    const box = checklist.getByRole('checkbox', { name: c.label });
    await box.click();
    await until(() => box.isChecked());
  }
  await checklist.getByText(`Kwaliteitstoets (${criteria.length}/${criteria.length})`).waitFor();
  await tim.screenshot({ path: `${SHOTS}/checklist-opdrachtnemer-1280x800.png`, fullPage: true });
  await checklist.getByRole('button', { name: 'Kwaliteitstoets bevestigen' }).click();
  await checklist.getByText('Voldaan').waitFor();
  const ticked = (await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }))).agendapunten.find((i) => i.id === parkeren.id) as unknown as {
    toetsCriteria: { criteriumId: string; notitie: string }[];
    kwaliteitstoets: unknown;
  };
  expect(ticked.kwaliteitstoets).not.toBeNull();
  expect(ticked.toetsCriteria.find((c) => c.criteriumId === 'financiele-gevolgen')?.notitie).toBe('Zie paragraaf 4 van de nota');

  // 3. The portefeuillehouder overrules the other besluitvorming item, with a reason.
  const bram = await open('Bram Diepstraten', po.id);
  const zeewegCard = card(bram, 'Grondexploitatie Zeeweg');
  // His own toets waits for nobody: he opens the item's row to overrule it.
  await zeewegCard.getByRole('button', { name: /^Agendapunt \d+: Grondexploitatie Zeeweg$/ }).click();
  await zeewegCard.getByRole('button', { name: 'Toets overrulen' }).click();
  await zeewegCard.getByRole('textbox', { name: 'Reden om de kwaliteitstoets te overrulen' }).fill('Nota volgt maandag; besluit is urgent.');
  await zeewegCard.getByRole('button', { name: 'Overrulen', exact: true }).click();
  await zeewegCard.getByText('Toets overruled door Bram Diepstraten: Nota volgt maandag; besluit is urgent.').waitFor();

  // 4. The concernadviseur puts it forward; the confirmation lists the item still waiting and the overruled one.
  await eva.reload();
  await eva.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();
  await eva.getByRole('button', { name: 'Voorleggen ter vaststelling' }).click();
  const confirm = eva.getByTestId('vaststelling-confirm');
  await confirm.waitFor();
  const asked = (await confirm.textContent()) ?? '';
  expect(asked).toContain('Stand woningbouw');
  expect(asked).toContain('Grondexploitatie Zeeweg');
  await confirm.getByRole('button', { name: 'Voorleggen ter vaststelling' }).click();
  await eva.getByText(/^Ter vaststelling bij Bram Diepstraten sinds /).waitFor();
  await eva.screenshot({ path: `${SHOTS}/proposed-ca-1280x800.png` });

  // 5. The portefeuillehouder sees that it waits for him and agrees in the tab.
  await bram.reload();
  await bram.getByText('Wacht op jouw vaststelling').first().waitFor();
  expect(await axeViolations(bram)).toEqual([]);
  await bram.screenshot({ path: `${SHOTS}/waiting-ph-1280x800.png` });
  await bram.getByRole('button', { name: 'Vaststellen', exact: true }).click();
  await bram.getByTestId('vaststelling-confirm').getByRole('button', { name: 'Vaststellen', exact: true }).click();
  await bram.getByText('De agenda is vastgesteld.', { exact: true }).waitFor();
  await bram.screenshot({ path: `${SHOTS}/vastgesteld-ph-1280x800.png`, fullPage: true });

  const done = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: PH }));
  expect(done.status).toBe('vastgesteld');
  const log = await expectOk(s.api<{ items: { action: string; actorId: string }[] }>('GET', `/api/audit?poId=${po.id}`, { as: CA }));
  expect(
    log.items.filter((e) => ['agenda.voorleggen', 'agenda.vaststellen', 'kwaliteitstoets.overrulen'].includes(e.action)).map((e) => [e.action, e.actorId]),
  ).toEqual(
    expect.arrayContaining([
      ['agenda.voorleggen', CA],
      ['agenda.vaststellen', PH],
      ['kwaliteitstoets.overrulen', PH],
    ]),
  );
});
