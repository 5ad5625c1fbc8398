/**
 * The live meeting screens as a room uses them (issue 14), in Chromium against the real server:
 * the stage with 15 items and 8 records on the current one at 1280x720 and 1920x1080 (the newest
 * record and the current item within the screen, the agenda condensed), the standing item's open
 * follow-up, the side panel at 320x800 by keyboard (a visible confirmation, no merged records,
 * Alt+4 on the Motienummer, focus kept on edit and delete), and after the meeting the side panel
 * for completing the verslag and the stage's recap, redacted per viewer. axe-core clean in each
 * state; screenshots in $SHOTS (default /tmp/h1-shots) to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { addItem, ADVISEUR, CA, createPo, expectOk, NOTULIST, OPDRACHTNEMER, OPDRACHTNEMER2, readyPo, record, vaststellen } from '../server/helpers/factories';
import type { TestServer } from '../server/helpers/server';
import { axeViolations } from './audit';
import { launchChromium, signIn, startApp } from './helpers';
import { sampleRecord, SAMPLE_TITLES } from './meetingStates';

jest.setTimeout(240_000);

const SHOTS = path.resolve(process.env.SHOTS ?? '/tmp/h1-shots');
const TITLES = [...SAMPLE_TITLES, 'Dingen van de dag'];
const CURRENT = 7; // index in TITLES: item 8 on the agenda, for oordeelsvorming (the standing item is 11, first of the last section)

let s: TestServer;
let browser: Browser;
let poId = '';
let current = '';
let standing = '';
let geheim = '';
let clock: ReturnType<typeof setInterval>;

/** Earlier PO of the same portefeuillehouder with open (one overdue) follow-up: the new PO gets a standing item. */
async function earlierPo(): Promise<void> {
  const earlier = await readyPo(s, { startsAt: '2026-11-16T08:00:00.000Z' });
  await vaststellen(s, earlier.po.id);
  await expectOk(s.api('POST', `/api/pos/${earlier.po.id}/vergadering/starten`, { as: NOTULIST }));
  const ap = earlier.items.beeld;
  await expectOk(
    record(s, earlier.po.id, {
      kind: 'actiepunt',
      agendapuntId: ap,
      text: 'Woningbouwcijfers per wijk aanleveren',
      ownerId: OPDRACHTNEMER,
      dueDate: '2026-11-20',
    }),
  );
  await expectOk(
    record(s, earlier.po.id, { kind: 'actiepunt', agendapuntId: ap, text: 'Overleg met corporaties plannen', ownerId: OPDRACHTNEMER2, dueDate: '2027-01-15' }),
  );
  await expectOk(
    record(s, earlier.po.id, {
      kind: 'toezegging',
      agendapuntId: ap,
      text: 'Raad informeren over de voortgang',
      aan: 'gemeenteraad',
      ownerName: 'Bram Diepstraten',
    }),
  );
  await expectOk(s.api('POST', `/api/pos/${earlier.po.id}/vergadering/beeindigen`, { as: NOTULIST }));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
  // The test server's clock stands still unless set: here it runs, so records have their own times.
  clock = setInterval(() => s.setNow(new Date()), 5);
  await earlierPo();
  const po = await createPo(s, { startsAt: '2026-12-07T08:00:00.000Z' });
  poId = po.id;
  standing = (po.agendapunten as { id: string; standing?: boolean }[]).find((i) => i.standing)?.id ?? '';
  expect(standing).not.toBe('');
  const purposes = ['beeldvorming', 'oordeelsvorming', 'besluitvorming'] as const;
  const ids: string[] = [];
  for (const [n, title] of TITLES.entries()) {
    const item = await addItem(s, poId, {
      title,
      purpose: purposes[n % 3],
      ...(purposes[n % 3] === 'besluitvorming' ? { voorgesteldBesluit: 'Instemmen met het voorstel.' } : {}),
      opdrachtnemerId: n % 2 ? OPDRACHTNEMER : OPDRACHTNEMER2,
      plannedMinutes: 10,
      vertrouwelijk: title === 'Grondaankoop Zeeweg',
      // An expert who joins for the first item only: not entitled to the confidential one.
      adviseurIds: n === 0 ? [ADVISEUR] : [],
      section: po.sections[Math.min(2, Math.floor(n / 5))],
    });
    ids.push(item.id);
  }
  current = ids[CURRENT] ?? '';
  geheim = ids[TITLES.indexOf('Grondaankoop Zeeweg')] ?? '';
  await vaststellen(s, poId);
  await expectOk(s.api('POST', `/api/pos/${poId}/vergadering/starten`, { as: NOTULIST }));
  await expectOk(s.api('PUT', `/api/pos/${poId}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: geheim } }));
  await expectOk(
    record(s, poId, { kind: 'besluitpunt', agendapuntId: geheim, text: 'Bod uitbrengen van 2,1 miljoen op de kavel', confirmOutsidePurpose: true }),
  );
  await expectOk(s.api('PUT', `/api/pos/${poId}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: current } }));
  for (let n = 1; n <= 8; n++) await expectOk(record(s, poId, { ...sampleRecord(n), agendapuntId: current }));
});

afterAll(async () => {
  clearInterval(clock);
  await browser?.close();
  await s?.close();
});

async function open(
  url: string,
  user: string,
  viewport: { width: number; height: number },
  ready: string,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const ctx = await browser.newContext({ viewport, locale: 'nl-NL', colorScheme });
  const page = await ctx.newPage();
  await page.goto(`${s.url}${url}`);
  await signIn(page, user);
  await page.getByText(ready).first().waitFor();
  return page;
}

type Box = { x: number; y: number; width: number; height: number };
async function boxOf(l: Locator): Promise<Box> {
  const b = await l.boundingBox();
  if (!b) throw new Error('niet zichtbaar');
  return b;
}
/** `inner` lies entirely inside `outer` (a pixel of rounding allowed). */
const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;
const screenOf = (page: Page): Box => ({ x: 0, y: 0, ...(page.viewportSize() ?? { width: 0, height: 0 }) });

async function expectNewestInView(page: Page, text: string): Promise<void> {
  const list = page.getByTestId('stage-records');
  const newest = list.getByTestId('record').filter({ hasText: text });
  try {
    await newest.getByText(text).waitFor({ timeout: 10_000 });
  } catch (err) {
    await page.screenshot({ path: path.join(SHOTS, 'failed-newest.png') });
    throw err;
  }
  // Smooth scrolling settles.
  await page.waitForTimeout(700);
  const box = await boxOf(newest);
  expect(inside(box, screenOf(page))).toBe(true);
  expect(inside(box, await boxOf(list))).toBe(true);
  expect(inside(await boxOf(page.getByTestId('current-item')), screenOf(page))).toBe(true);
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('voorwaarde niet bereikt');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * The words of the stage's titles (agenda, current item, PO) that the browser broke over two lines
 * (one word's pieces on different lines): a hyphenated break counts too, so where the browser has
 * Dutch hyphenation this is stricter than the rule. And the words cut with an ellipsis whose full
 * title is not in a title attribute.
 */
async function brokenTitleWords(page: Page): Promise<{ broken: string[]; hidden: string[] }> {
  return page.evaluate(() => {
    const roots = [...document.querySelectorAll('main h1, main ol li, [data-testid="current-item"] h2, [data-testid="stage-recap"] p')];
    const broken: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index ?? 0);
          range.setEnd(node, (m.index ?? 0) + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    const hidden = [...document.querySelectorAll<HTMLElement>('[data-word]')]
      .filter((w) => w.scrollWidth > w.clientWidth + 1 && !(w.closest('[title]')?.getAttribute('title') ?? '').includes(w.textContent ?? ''))
      .map((w) => w.textContent ?? '');
    return { broken, hidden };
  });
}

test('the stage at 1280x720 and 1920x1080: 15 items and 8 records, the newest record and the current item in view, the agenda condensed', async () => {
  const page = await open(`/app/stage?poId=${poId}`, 'Bram Diepstraten', { width: 1280, height: 720 }, 'Nu aan de orde');
  await expectNewestInView(page, 'Actie 8:');
  // The agenda is condensed around the current item: nothing cut off below the screen.
  const agenda = page.getByRole('list', { name: 'Agenda' });
  expect(await page.getByTestId('agenda-earlier').textContent()).toMatch(/^… \d+ eerdere punten$/);
  expect(await page.getByTestId('agenda-later').textContent()).toMatch(/^… nog \d+ punten?$/);
  expect(inside(await boxOf(agenda), screenOf(page))).toBe(true);
  expect(await agenda.locator('[aria-current="step"]').textContent()).toContain('Mobiliteitsvisie 2040');
  // Titles wrap between words, never mid-word.
  const h = page.getByTestId('current-item').getByRole('heading');
  expect(await brokenTitleWords(page)).toEqual({ broken: [], hidden: [] });
  // Readable from across the room: the current item's title at least 32 px on a 720 px screen.
  expect(parseFloat(await h.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(32);
  await expectAxeClean(page);
  await page.screenshot({ path: path.join(SHOTS, 'stage-1280x720.png') });

  // A ninth record arrives: the stage follows it.
  await expectOk(
    record(s, poId, {
      kind: 'besluitpunt',
      agendapuntId: current,
      text: 'Besluit 9: de raad informeren met een raadsinformatiebrief.',
      confirmOutsidePurpose: true,
    }),
  );
  await expectNewestInView(page, 'Besluit 9:');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectNewestInView(page, 'Besluit 9:');
  expect(await brokenTitleWords(page)).toEqual({ broken: [], hidden: [] });
  expect(parseFloat(await h.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(48);
  await expectAxeClean(page);
  await page.screenshot({ path: path.join(SHOTS, 'stage-1920x1080.png') });
  await page.context().close();
});

test('before an item is current the stage shows the agenda from the top: no title broken mid-word at 1280x720 and 1920x1080', async () => {
  await expectOk(s.api('PUT', `/api/pos/${poId}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: null } }));
  try {
    const page = await open(`/app/stage?poId=${poId}`, 'Bram Diepstraten', { width: 1280, height: 720 }, 'Woningbouwprogramma');
    const agenda = page.getByRole('list', { name: 'Agenda' });
    expect(await agenda.textContent()).toContain('Arbeidsmarktregioafspraken');
    expect(await brokenTitleWords(page)).toEqual({ broken: [], hidden: [] });
    await page.screenshot({ path: path.join(SHOTS, 'stage-agenda-top-1280x720.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    expect(await brokenTitleWords(page)).toEqual({ broken: [], hidden: [] });
    await expectAxeClean(page);
    await page.context().close();
  } finally {
    await expectOk(s.api('PUT', `/api/pos/${poId}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: current } }));
  }
});

test('the standing item on the stage lists the open follow-up with who and when, overdue marked', async () => {
  await expectOk(s.api('PUT', `/api/pos/${poId}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: standing } }));
  const page = await open(`/app/stage?poId=${poId}`, 'Bram Diepstraten', { width: 1280, height: 720 }, 'Nu aan de orde');
  const list = page.getByTestId('open-followup');
  await list.getByText('Woningbouwcijfers per wijk aanleveren').waitFor();
  expect(await list.getByRole('heading').textContent()).toContain('3 openstaande punten');
  const overdue = list.getByTestId('followup-entry').filter({ hasText: 'Woningbouwcijfers' });
  expect(await overdue.textContent()).toContain('te laat');
  expect(await overdue.textContent()).toContain('Wie: Tim Jansen');
  expect(await list.getByTestId('followup-entry').filter({ hasText: 'Overleg met corporaties' }).textContent()).not.toContain('te laat');
  await expectAxeClean(page);
  await page.screenshot({ path: path.join(SHOTS, 'stage-standing-1280x720.png') });
  await page.context().close();
  await expectOk(s.api('PUT', `/api/pos/${poId}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: current } }));
});

test('the side panel at 320x800 by keyboard: a visible confirmation, no merged records, Alt+4 on the Motienummer, focus kept on edit and delete', async () => {
  const page = await open(`/app/meeting?poId=${poId}`, 'Noor Bakker', { width: 320, height: 800 }, 'Vastleggen bij agendapunt');
  const form = page.getByRole('form', { name: /Vastleggen bij agendapunt/ });
  const text = form.locator('textarea').first();
  await text.focus();
  await page.keyboard.type('Richting: variant B voor de stationsomgeving');
  await page.keyboard.press('Control+Enter');
  // Item 8 is for oordeelsvorming: the question appears near the form, within the screen.
  const warning = page.getByTestId('confirm-outside-purpose');
  await warning.waitFor();
  expect(inside(await boxOf(warning), screenOf(page))).toBe(true);
  await page.screenshot({ path: path.join(SHOTS, 'sidepanel-320-outside-purpose.png') });
  // The notulist switches to an actiepunt while the question is open and types on.
  await page.keyboard.press('Alt+2');
  await warning.waitFor({ state: 'detached' });
  expect(await text.inputValue()).toBe('');
  await page.keyboard.type('Parkeerbalans actualiseren');
  await page.getByText('Nog niet vastgelegd, blijft bewaard: Besluitpunt (Alt+1).').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Tim Jansen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('18122026');
  await page.keyboard.press('Control+Enter');
  const done = page.getByTestId('recorded');
  await done.waitFor();
  expect(await done.textContent()).toContain('Actiepunt vastgelegd.');
  expect(await done.textContent()).toContain('Parkeerbalans actualiseren');
  expect(inside(await boxOf(done), screenOf(page))).toBe(true);
  // The newest records right under the form, within the screen; focus stays in the form.
  const newest = page.getByTestId('recent-records').getByTestId('recent-record').first();
  await newest.filter({ hasText: 'Parkeerbalans actualiseren' }).waitFor();
  expect(inside(await boxOf(newest), screenOf(page))).toBe(true);
  expect(await page.getByTestId('recent-records').getByTestId('recent-record').count()).toBe(3);
  // Each kind's label whole, not squeezed by the text beside it.
  expect(
    await page
      .getByTestId('recent-records')
      .locator('.fui-Badge')
      .evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent)),
  ).toEqual([]);
  expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.screenshot({ path: path.join(SHOTS, 'sidepanel-320-confirmation.png') });
  // Stored as one actiepunt with only its own text; the besluitpunt is still a draft under Alt+1.
  const stored = await s.api<{ records: { kind: string; text: string; dueDate?: string | null }[] }>('GET', `/api/pos/${poId}`, { as: CA });
  const made = stored.body.records.filter((r) => r.text.includes('Parkeerbalans'));
  expect(made).toEqual([
    expect.objectContaining({
      kind: 'actiepunt',
      text: 'Parkeerbalans actualiseren',
      ownerId: OPDRACHTNEMER,
      dueDate: expect.stringMatching(/^2026-12-\d\d$/),
    }),
  ]);
  expect(stored.body.records.some((r) => r.text.includes('variant B'))).toBe(false);
  await text.focus();
  await page.keyboard.press('Alt+1');
  expect(await text.inputValue()).toBe('Richting: variant B voor de stationsomgeving');

  // Alt+4: the required Motienummer first.
  await page.keyboard.press('Alt+4');
  const nummer = page.getByRole('textbox', { name: /Motienummer/ });
  await until(() => nummer.evaluate((el) => el === document.activeElement));
  await expectAxeClean(page);

  // Wijzigen puts focus in the editor; cancelling brings it back to the record.
  const records = page.getByTestId('records');
  const first = records.getByTestId('record').first();
  await first.getByRole('button', { name: /wijzigen/ }).click();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'record');
  // Removing: focus goes to the next record, never to <body>.
  const count = await records.getByTestId('record').count();
  await records
    .getByTestId('record')
    .first()
    .getByRole('button', { name: /verwijderen/ })
    .click();
  await records.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="records"] [data-testid="record"]').length === n - 1, count);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('record');
  await page.screenshot({ path: path.join(SHOTS, 'sidepanel-320-recording.png') });
  await page.context().close();
  const dark = await open(`/app/meeting?poId=${poId}`, 'Noor Bakker', { width: 320, height: 800 }, 'Vastleggen bij agendapunt', 'dark');
  await dark.getByTestId('recent-records').waitFor();
  await expectAxeClean(dark);
  await dark.context().close();
});

test('after the meeting: the side panel completes the verslag; the stage shows the recap, confidential records only to those entitled', async () => {
  await expectOk(s.api('POST', `/api/pos/${poId}/vergadering/beeindigen`, { as: NOTULIST }));
  const page = await open(
    `/app/meeting?poId=${poId}`,
    'Noor Bakker',
    { width: 320, height: 800 },
    'De vergadering is afgesloten; je kunt het verslag nog aanvullen',
  );
  const choose = page.getByRole('combobox', { name: 'Kies het agendapunt om aan te vullen' });
  await choose.selectOption({ label: `8. ${TITLES[CURRENT]}` });
  await page.getByRole('form', { name: 'Vastleggen bij agendapunt 8' }).waitFor();
  expect(
    await page
      .getByTestId('records')
      .getByRole('button', { name: /wijzigen/ })
      .count(),
  ).toBeGreaterThan(0);
  // Adding a record after the meeting.
  const text = page.getByRole('textbox', { name: 'Wat is besloten of welke richting is afgesproken?' });
  await text.fill('Aanvulling na de vergadering');
  await text.press('Control+Enter');
  await page.getByTestId('confirm-outside-purpose').waitFor();
  await page.getByRole('button', { name: 'Toch vastleggen' }).click();
  await page.getByTestId('recorded').waitFor();
  // The bespreking of the item.
  await page.getByRole('textbox', { name: 'Bespreking' }).fill('Brede steun voor variant B.');
  await page.getByRole('button', { name: 'Bespreking opslaan' }).click();
  await page.getByText('Bespreking opgeslagen.').waitFor();
  const po = await s.api<{ agendapunten: { id: string; bespreking: string }[]; records: { text: string }[] }>('GET', `/api/pos/${poId}`, { as: CA });
  expect(po.body.agendapunten.find((i) => i.id === current)?.bespreking).toBe('Brede steun voor variant B.');
  expect(po.body.records.some((r) => r.text === 'Aanvulling na de vergadering')).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectAxeClean(page);
  await page.screenshot({ path: path.join(SHOTS, 'sidepanel-320-afgesloten.png') });
  await page.context().close();

  const chair = await open(`/app/stage?poId=${poId}`, 'Bram Diepstraten', { width: 1280, height: 720 }, 'Besluiten en acties van dit PO');
  const recap = chair.getByTestId('stage-recap');
  await recap.getByText('Aanvulling na de vergadering').waitFor();
  expect(await recap.getByText('Bod uitbrengen van 2,1 miljoen op de kavel').count()).toBe(1);
  expect(await recap.textContent()).toContain('Wie: Tim Jansen');
  // The whole width: besluitpunten left, actiepunten right; both columns within the screen, each
  // starting with its first record in view (the rest scrolls within the column).
  const besluiten = await boxOf(chair.getByRole('region', { name: /^Besluitpunten \(\d+\)$/ }));
  const acties = await boxOf(chair.getByRole('region', { name: /^Actiepunten \(\d+\)$/ }));
  expect(besluiten.x + besluiten.width).toBeLessThanOrEqual(acties.x);
  expect(besluiten.x).toBeLessThan(100);
  expect(acties.x + acties.width).toBeGreaterThan(1180);
  expect(inside(besluiten, screenOf(chair))).toBe(true);
  expect(inside(acties, screenOf(chair))).toBe(true);
  for (const column of [besluiten, acties]) expect(column.height).toBeGreaterThan(400);
  expect(await brokenTitleWords(chair)).toEqual({ broken: [], hidden: [] });
  await expectAxeClean(chair);
  await chair.screenshot({ path: path.join(SHOTS, 'stage-recap-1280x720.png') });
  await chair.context().close();
  const dark = await open(`/app/stage?poId=${poId}`, 'Bram Diepstraten', { width: 1280, height: 720 }, 'Besluiten en acties van dit PO', 'dark');
  await dark.getByTestId('stage-recap').getByText('Aanvulling na de vergadering').waitFor();
  await expectAxeClean(dark);
  await dark.screenshot({ path: path.join(SHOTS, 'stage-recap-1280x720-dark.png') });
  await dark.context().close();

  // An expert for another item, not entitled to the confidential one: the live state leaves it out, so does the recap.
  const mila = await open(`/app/stage?poId=${poId}`, 'Carla', { width: 1280, height: 720 }, 'Besluiten en acties van dit PO');
  await mila.getByTestId('stage-recap').getByText('Aanvulling na de vergadering').waitFor();
  expect(await mila.getByText('Bod uitbrengen').count()).toBe(0);
  expect(await mila.getByText('Grondaankoop Zeeweg').count()).toBe(0);
  await mila.context().close();
});

test('once published the side panel says "Verslag gepubliceerd" with the link to the verslag in the Teams channel', async () => {
  await expectOk(s.api('POST', `/api/pos/${poId}/verslag/publiceren`, { as: NOTULIST, body: {} }));
  const versions = await expectOk(s.api<{ items: { webUrl: string | null }[] }>('GET', `/api/pos/${poId}/verslag/versies`, { as: NOTULIST }));
  const webUrl = versions.items.at(-1)?.webUrl ?? '';
  expect(webUrl).not.toBe('');
  const page = await open(`/app/meeting?poId=${poId}`, 'Noor Bakker', { width: 320, height: 800 }, 'Verslag gepubliceerd.');
  const banner = page.getByTestId('published');
  const link = banner.getByRole('link', { name: 'Verslag in Teams' });
  await link.waitFor();
  expect(await link.getAttribute('href')).toBe(webUrl);
  expect(inside(await boxOf(banner), screenOf(page))).toBe(true);
  expect(await page.getByText('De vergadering is afgesloten').count()).toBe(0);
  await expectAxeClean(page);
  await page.screenshot({ path: path.join(SHOTS, 'sidepanel-320-gepubliceerd.png') });
  await page.context().close();
  const dark = await open(`/app/meeting?poId=${poId}`, 'Noor Bakker', { width: 320, height: 800 }, 'Verslag gepubliceerd.', 'dark');
  await dark.getByTestId('published').getByRole('link', { name: 'Verslag in Teams' }).waitFor();
  await expectAxeClean(dark);
  await dark.context().close();
});
