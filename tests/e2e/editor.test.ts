/** The agenda editor in Chromium: reorder by dragging and by keyboard, saved on the server. */
import type { Browser, Page } from 'playwright-core';
import { addItem, createPo, OPDRACHTNEMER } from '../server/helpers/factories';
import type { TestServer } from '../server/helpers/server';
import { launchChromium, signIn, startApp } from './helpers';

jest.setTimeout(120_000);

let s: TestServer;
let browser: Browser;
let page: Page;
let poId: string;

const titles = async (): Promise<string[]> =>
  (await s.api<{ agendapunten: { title: string }[] }>('GET', `/api/pos/${poId}`, { as: 'u-eva' })).body.agendapunten.map((i) => i.title);

const focused = (): Promise<string | null | undefined> => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

async function until(check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('voorwaarde niet bereikt');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
  const po = await createPo(s);
  poId = po.id;
  for (const title of ['Eerste', 'Tweede', 'Derde']) await addItem(s, poId, { title, opdrachtnemerId: OPDRACHTNEMER });
  // Tall enough for both ends of a drag: synthetic mouse moves do not autoscroll.
  page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 2400 } })).newPage();
  await page.goto(`${s.url}/app/tab#po/${poId}`);
  await signIn(page, 'Eva de Vries');
  await page.getByRole('listitem', { name: '3. Derde' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

test('dragging an item by its handle onto another puts it before that one', async () => {
  await page
    .getByRole('listitem', { name: '3. Derde' })
    .locator('[draggable="true"]')
    .dragTo(page.getByRole('listitem', { name: '1. Eerste' }));
  await page.getByRole('listitem', { name: '1. Derde' }).waitFor();
  await until(async () => (await titles()).join() === 'Derde,Eerste,Tweede');
});

test('the move buttons reorder by keyboard and focus stays with the moved item', async () => {
  await page.getByRole('button', { name: 'Agendapunt 1 omlaag' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('listitem', { name: '2. Derde' }).waitFor();
  // Focus follows the moved item once the list has re-rendered.
  await until(async () => (await focused()) === 'Agendapunt 2 omlaag');
  await page.keyboard.press('Enter');
  await page.getByRole('listitem', { name: '3. Derde' }).waitFor();
  await until(async () => (await titles()).join() === 'Eerste,Tweede,Derde');
  // Last of its section, it can still go down into the next section: the button keeps focus.
  await until(async () => (await focused()) === 'Agendapunt 3 omlaag');
});
