/**
 * The app inside Teams (the host simulator): detection through teams-js, the SSO token as bearer,
 * the Teams locale and theme (and its changes), and the configurable tab's save.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import type { TestServer } from '../server/helpers/server';
import { DEMO, launchChromium, startApp } from './helpers';
import { openInTeams } from './simulator/simulator';

jest.setTimeout(120_000);

let s: TestServer;
let browser: Browser;
let ctx: BrowserContext;

beforeAll(async () => {
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
  ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await s?.close();
});

async function open(o: Omit<Parameters<typeof openInTeams>[1], 'token' | 'user'>, who: keyof typeof DEMO = 'eva') {
  const sim = await openInTeams(ctx, { ...o, token: await s.token(DEMO[who].id), user: DEMO[who] });
  await sim.page.bringToFront();
  await sim.page.waitForFunction(() => document.querySelector('iframe#app') !== null);
  const app = await (await sim.page.$('iframe#app'))?.contentFrame();
  if (!app) throw new Error('geen app-frame');
  return { sim, app };
}

test('the personal tab signs in with the Teams SSO token, without the development sign-in, and follows theme changes', async () => {
  const { sim, app } = await open({ appUrl: `${s.url}/app/tab`, frameContext: 'content' });
  await app.getByText('Aangemeld als Eva de Vries').waitFor();
  expect(await app.getByRole('button', { name: 'Aanmelden' }).count()).toBe(0);
  const calls = (await sim.calls()).map((c) => c.func);
  expect(calls.slice(0, 2)).toEqual(['initialize', 'getContext']);
  expect(calls).toContain('authentication.getAuthToken');
  expect(calls).toContain('appInitialization.success');
  await app.locator('[data-theme="default"]').waitFor();
  await sim.setTheme('dark');
  await app.locator('[data-theme="dark"]').waitFor();
  await sim.setTheme('contrast');
  await app.locator('[data-theme="contrast"]').waitFor();
});

test('with an English Teams locale the app is in English', async () => {
  const { app } = await open({ appUrl: `${s.url}/app/tab`, frameContext: 'content', locale: 'en-us' });
  await app.getByRole('link', { name: 'My POs' }).waitFor();
  expect(await app.evaluate(() => document.documentElement.lang)).toBe('en-GB');
});

test("the channel tab's config page: a portefeuillehouder chosen by keyboard, saved through Teams", async () => {
  const { sim, app } = await open({
    appUrl: `${s.url}/app/config`,
    frameContext: 'settings',
    channel: { id: '19:verslagen@thread.tacv2', name: 'Verslagen', team: 'Bestuur' },
  });
  await app.getByRole('radio', { name: 'Alle portefeuillehouders' }).focus();
  await sim.page.keyboard.press('ArrowDown');
  expect(await app.getByRole('radio', { name: 'Bram Diepstraten (wethouder)' }).isChecked()).toBe(true);
  expect((await sim.state()).valid).toBe(true);
  expect(await app.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
  await sim.save();
  await sim.page.waitForFunction(() => (window as unknown as { __sim: { saved: boolean | null } }).__sim.saved !== null);
  expect(await sim.state()).toEqual({
    valid: true,
    saved: true,
    settings: {
      entityId: 'po-overleg-kanaal-bram',
      contentUrl: `${s.url}/app/channel?ph=bram`,
      websiteUrl: `${s.url}/app/channel?ph=bram`,
      suggestedDisplayName: 'PO Bram Diepstraten',
    },
  });
});

test("the config page in a meeting makes the tab the meeting's PO", async () => {
  const { sim, app } = await open({ appUrl: `${s.url}/app/config`, frameContext: 'settings', meetingChatId: '19:meeting_config@thread.v2' });
  await app.getByText('Dit tabblad toont de PO-agenda bij deze vergadering').waitFor();
  await sim.save();
  await sim.page.waitForFunction(() => (window as unknown as { __sim: { saved: boolean | null } }).__sim.saved !== null);
  expect((await sim.state()).settings).toEqual({ entityId: 'po-overleg-vergadering', contentUrl: `${s.url}/app/meeting`, suggestedDisplayName: 'PO-overleg' });
});
