/**
 * The compact agenda editor in Chromium (issue 14): a 15-item agenda at 1280x800 as rows that expand
 * one at a time, walked by keyboard only (focus never dropped to <body>), axe clean; an aanschuiver
 * chosen for item 3 whose invitation in the Graph sandbox moves with the reorder and the planned
 * minutes; the open follow-up of earlier POs under the standing item, in the editor and after
 * vaststellen, when the read-only agenda keeps its sections.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import type { Browser, Page } from 'playwright-core';
import { addItem, CA, createPo, expectOk, NOTULIST, OPDRACHTNEMER, OPDRACHTNEMER2, record, vaststellen, type PoView } from '../server/helpers/factories';
import type { TestServer } from '../server/helpers/server';
import { axeViolations } from './audit';
import { launchChromium, signIn, startApp } from './helpers';

jest.setTimeout(180_000);

let s: TestServer;
let browser: Browser;

async function until(check: () => Promise<boolean> | boolean, what = 'voorwaarde'): Promise<void> {
  const end = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what} niet bereikt`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openTab(poId: string, name = 'Eva de Vries'): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${s.url}/app/tab#po/${poId}`);
  await signIn(page, name);
  await page.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();
  return page;
}

const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el === document.body || !el ? 'BODY' : (el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName);
  });

/** Presses Tab until the focused element has this accessible label (at most 80 times). */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await focused(page)) === label) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab bereikt "${label}" niet`);
}

beforeAll(async () => {
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

test('a 15-item agenda is compact rows at 1280x800, and a keyboard-only path edits, moves and deletes with focus kept', async () => {
  const po = await createPo(s, { startsAt: '2027-02-01T08:00:00.000Z' });
  for (let n = 1; n <= 15; n++) {
    await addItem(s, po.id, {
      title: `Agendapunt nummer ${n}`,
      purpose: (['beeldvorming', 'oordeelsvorming', 'besluitvorming'] as const)[n % 3],
      voorgesteldBesluit: 'Instemmen.',
      opdrachtnemerId: n % 2 ? OPDRACHTNEMER : OPDRACHTNEMER2,
      plannedMinutes: 5,
      section: po.sections[n % po.sections.length],
    });
  }
  const firstTitle = (await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }))).agendapunten[0]?.title ?? '';
  const page = await openTab(po.id);
  await page.getByRole('button', { name: /^Agendapunt 15: / }).waitFor();
  expect(await page.getByRole('radiogroup').count()).toBe(0);
  const height = await page.evaluate(() => {
    const items = [...document.querySelectorAll('[data-testid="agendapunt"]')];
    const first = items[0]?.getBoundingClientRect();
    const last = items.at(-1)?.getBoundingClientRect();
    return { agenda: Math.round((last?.bottom ?? 0) - (first?.top ?? 0)), page: document.documentElement.scrollHeight };
  });
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/agenda-15-compact-1280x800.png`, fullPage: true });
  process.stdout.write(`15 agendapunten op 1280x800: eerste tot laatste ${height.agenda} px, pagina ${height.page} px\n`);
  // At ~500 px an item this was over 7 000 px; as rows (3 section headings and add forms between them) under 1 300 px.
  expect(height.agenda).toBeLessThan(1300);
  expect(await axeViolations(page)).toEqual([]);

  // Keyboard only: open item 1 with Enter, rename it, close it again; focus stays on its button.
  const first = page.getByRole('button', { name: `Agendapunt 1: ${firstTitle}` });
  await first.waitFor();
  await page.getByRole('heading', { name: 'Agenda', exact: true }).click();
  await tabTo(page, `Agendapunt 1: ${firstTitle}`);
  await page.keyboard.press('Enter');
  expect(await first.getAttribute('aria-expanded')).toBe('true');
  await page.getByRole('radiogroup', { name: 'Doel van bespreking van agendapunt 1' }).waitFor();
  expect(await page.getByRole('radiogroup').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Tab');
  // Item 1 cannot move up: the next stop is its down button.
  expect(await focused(page)).toBe('Agendapunt 1 omlaag');
  await tabTo(page, 'Titel van agendapunt 1');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Opening en mededelingen');
  await page.keyboard.press('Enter');
  await until(async () => (await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }))).agendapunten[0]?.title === 'Opening en mededelingen');
  const opened = page.getByRole('button', { name: 'Agendapunt 1: Opening en mededelingen' });
  await opened.focus();
  await page.keyboard.press('Enter');
  expect(await opened.getAttribute('aria-expanded')).toBe('false');
  expect(await focused(page)).toBe('Agendapunt 1: Opening en mededelingen');

  // Down by keyboard: focus stays with the moved item's button.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Agendapunt 2: Opening en mededelingen' }).waitFor();
  expect(await focused(page)).toBe('Agendapunt 2 omlaag');

  // Delete by keyboard: confirm, and focus goes to the next item's row, never to <body>.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Agendapunt 2 verwijderen');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Verwijderen');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Agendapunt 2: Opening en mededelingen' }).waitFor({ state: 'detached' });
  // Focus is on the next item's row (renumbered once the server answered), never on <body>.
  await until(async () => /^Agendapunt 2: /.test(await focused(page)), 'focus op het volgende agendapunt');
  await until(async () => (await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }))).agendapunten.length === 14);
  await page.context().close();
});

test('an aanschuiver chosen for item 3 gets an invitation for its slot, moved in the sandbox when the agenda is reordered and the minutes change', async () => {
  s.setNow(new Date('2027-03-01T08:00:00Z'));
  try {
    const po = await createPo(s, { startsAt: '2027-03-08T08:00:00.000Z' });
    for (const title of ['Opening', 'Woningbouw', 'Informatiebeveiliging'])
      await addItem(s, po.id, { title, purpose: 'beeldvorming', opdrachtnemerId: OPDRACHTNEMER, plannedMinutes: 10 });
    const page = await openTab(po.id);
    const carla = (): Event[] =>
      [...s.sandbox.state.events.values()].filter((e) => e.attendees?.some((a) => a.emailAddress?.address === 'carla.smit@velsen.example'));
    const slotOf = (): string =>
      carla()
        .map((e) => `${e.start?.dateTime}–${e.end?.dateTime}${e.isCancelled ? ' (geannuleerd)' : ''}`)
        .join(', ');

    await page.getByRole('button', { name: 'Agendapunt 3: Informatiebeveiliging' }).click();
    const card = page.getByRole('listitem', { name: '3. Informatiebeveiliging' });
    await card.getByRole('combobox', { name: /Aanschuivers/ }).click();
    // A multiselect combobox: its options are menuitemcheckboxes.
    await page.getByRole('menuitemcheckbox', { name: /^Carla Smit/ }).click();
    // The list closes after a choice: the rows below are not covered.
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await until(() => slotOf() === '2027-03-08T08:20:00.000–2027-03-08T08:30:00.000', 'uitnodiging 09:20–09:30');
    await card.getByText('Aanschuiven 09:20–09:30').waitFor();
    const eventId = carla()[0]?.id;
    expect(await card.getByRole('combobox', { name: /Aanschuivers/ }).inputValue()).toBe('Carla Smit');

    // Reordered: item 3 up to place 2, the same event moves to 09:10–09:20.
    await page.getByRole('button', { name: 'Agendapunt 3 omhoog' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('listitem', { name: '2. Informatiebeveiliging' }).waitFor();
    await until(() => slotOf() === '2027-03-08T08:10:00.000–2027-03-08T08:20:00.000', 'verplaatst naar 09:10–09:20');

    // Item 1 takes 30 minutes: the slot moves to 09:30–09:40, still the same event.
    await page.getByRole('button', { name: 'Agendapunt 1: Opening' }).focus();
    await page.keyboard.press('Enter');
    const minutes = page.getByRole('listitem', { name: '1. Opening' }).getByRole('spinbutton', { name: 'Geplande tijd (minuten)' });
    await minutes.fill('30');
    await minutes.press('Enter');
    await until(() => slotOf() === '2027-03-08T08:30:00.000–2027-03-08T08:40:00.000', 'verplaatst naar 09:30–09:40');
    expect(carla().map((e) => e.id)).toEqual([eventId]);
    expect(carla()[0]?.subject).toBe('Aanschuiven bij het PO van Bram Diepstraten: Informatiebeveiliging');

    // By keyboard: Alt+ArrowDown opens the list, Enter chooses, the list closes, focus stays in the box.
    await page.getByRole('button', { name: 'Agendapunt 3: Woningbouw' }).focus();
    await page.keyboard.press('Enter');
    const picker = page.getByRole('listitem', { name: '3. Woningbouw' }).getByRole('combobox', { name: /Aanschuivers/ });
    await picker.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await until(async () => (await picker.inputValue()) !== '', 'een aanschuiver gekozen');
    expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  } finally {
    s.setNow(new Date());
  }
});

test('the open follow-up of earlier POs shows under the standing item in the editor, and after vaststellen the agenda keeps its sections', async () => {
  // An earlier PO of Sander with an open actiepunt.
  const earlier = await createPo(s, { portefeuillehouderId: 'sander', startsAt: '2027-04-05T08:00:00.000Z' });
  const item = await addItem(s, earlier.id, { title: 'Sportaccommodaties', purpose: 'beeldvorming', opdrachtnemerId: OPDRACHTNEMER });
  await vaststellen(s, earlier.id);
  await expectOk(s.api('POST', `/api/pos/${earlier.id}/vergadering/starten`, { as: NOTULIST }));
  await expectOk(
    record(s, earlier.id, {
      kind: 'actiepunt',
      agendapuntId: item.id,
      text: 'Onderhoudsplan sporthal De Zeeweg opstellen',
      ownerId: OPDRACHTNEMER2,
      ownerName: 'Fatima El Amrani',
      dueDate: '2027-05-01',
    }),
  );
  await expectOk(s.api('POST', `/api/pos/${earlier.id}/vergadering/beeindigen`, { as: NOTULIST }));

  const po = await createPo(s, { portefeuillehouderId: 'sander', startsAt: '2027-04-12T08:00:00.000Z' });
  expect(po.agendapunten.filter((i) => (i as { standing?: boolean }).standing)).toHaveLength(1);
  await addItem(s, po.id, { title: 'Zwembad Velsen-Noord', purpose: 'oordeelsvorming', opdrachtnemerId: OPDRACHTNEMER, section: po.sections[0] });
  await addItem(s, po.id, { title: 'Subsidieregeling sport', purpose: 'beeldvorming', opdrachtnemerId: OPDRACHTNEMER2, section: po.sections[1] });

  const page = await openTab(po.id);
  const followUp = page.getByTestId('open-followup');
  await followUp.getByText('Onderhoudsplan sporthal De Zeeweg opstellen').waitFor();
  expect(await followUp.textContent()).toContain('Fatima El Amrani');
  expect(await axeViolations(page)).toEqual([]);

  await vaststellen(s, po.id);
  await page.reload();
  const agenda = page.getByTestId('agenda-readonly');
  await agenda.waitFor();
  const sections = await agenda
    .locator(':scope > section')
    .evaluateAll((els) =>
      els.map(
        (el) =>
          `${el.querySelector('h3')?.textContent}: ${[...el.querySelectorAll('li[data-testid="agendapunt"]')].map((li) => li.getAttribute('aria-label')).join(' | ')}`,
      ),
    );
  const view = await expectOk(s.api<PoView & { sections: string[] }>('GET', `/api/pos/${po.id}`, { as: CA }));
  const standing = view.agendapunten.find((i) => (i as { standing?: boolean }).standing);
  expect(sections).toEqual([
    `${view.sections[0]}: 1. Zwembad Velsen-Noord`,
    `${view.sections[1]}: 2. Subsidieregeling sport`,
    `${view.sections.at(-1)}: 3. ${standing?.title}`,
  ]);
  await agenda.getByTestId('open-followup').getByText('Onderhoudsplan sporthal De Zeeweg opstellen').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});
