/**
 * Issue 11, case 7: the links in a published verslag open the PO. The Teams deep link opens the
 * personal tab on the PO (its sub-entity, in the host simulator); the browser link `/app/tab?po=`
 * opens the same PO in a plain browser.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import type { TestServer } from '../server/helpers/server';
import { closedPo, messagesFor, publish } from '../server/publish/helpers';
import { expectOk } from '../server/helpers/factories';
import { DEMO, launchChromium, signIn, startApp } from './helpers';
import { openInTeams } from './simulator/simulator';

jest.setTimeout(180_000);

let s: TestServer;
let browser: Browser;
let ctx: BrowserContext;
let po: { id: string; title: string };
let links: { teams: URL; browser: URL };

beforeAll(async () => {
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
  ctx = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
  const ready = await closedPo(s);
  const view = await expectOk(s.api<{ title: string }>('GET', `/api/pos/${ready.po.id}`, { as: DEMO.eva.id }));
  if (!view.title) throw new Error('PO zonder titel');
  po = { id: ready.po.id, title: view.title };
  await expectOk(publish(s, po.id));
  const html = messagesFor(s, po.id)[0]?.body?.content ?? '';
  const hrefs = [...html.matchAll(/<a href="([^"]+)">/g)].map((m) => new URL((m[1] ?? '').replace(/&amp;/g, '&')));
  const teams = hrefs.find((u) => u.host === 'teams.microsoft.com');
  const plain = hrefs.find((u) => u.pathname === '/app/tab');
  if (!teams || !plain) throw new Error(`links ontbreken in het verslag: ${hrefs.join(', ')}`);
  links = { teams, browser: plain };
});
afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await s?.close();
});

test('no link in the verslag points to /po/{id}', () => {
  const html = messagesFor(s, po.id)[0]?.body?.content ?? '';
  expect(html).not.toMatch(/\/po\/[0-9a-f-]{36}/);
});

test('the browser link opens the personal tab on the PO', async () => {
  const page = await ctx.newPage();
  await page.goto(`${s.url}${links.browser.pathname}${links.browser.search}`);
  await signIn(page, DEMO.eva.name);
  await page.getByRole('heading', { level: 1, name: po.title }).waitFor();
});

test('the Teams deep link opens the personal tab on the PO, as its sub-entity', async () => {
  expect(links.teams.pathname).toMatch(/^\/l\/entity\/[0-9a-f-]{36}\/po-overleg$/);
  const { subEntityId } = JSON.parse(links.teams.searchParams.get('context') ?? '{}') as { subEntityId?: string };
  expect(subEntityId).toBe(po.id);
  const sim = await openInTeams(ctx, { appUrl: `${s.url}/app/tab`, frameContext: 'content', token: await s.token(DEMO.eva.id), user: DEMO.eva, subEntityId });
  await sim.page.waitForFunction(() => document.querySelector('iframe#app') !== null);
  const app = await (await sim.page.$('iframe#app'))?.contentFrame();
  if (!app) throw new Error('geen app-frame');
  await app.getByRole('heading', { level: 1, name: po.title }).waitFor();
});
