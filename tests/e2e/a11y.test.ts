/**
 * Accessibility of every surface, in the light and the dark theme: no serious or critical axe-core
 * violation, lang="nl…", every control reachable with Tab and showing where focus is.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestServer } from '../server/helpers/server';
import { axeViolations, keyboardWalk } from './audit';
import { DEMO, launchChromium, signIn, startApp } from './helpers';
import { scenario, type Scenario } from './scenario';
import { SURFACES, type Surface } from './surfaces';
import { openInTeams } from './simulator/simulator';

jest.setTimeout(300_000);

let s: TestServer;
let browser: Browser;
let data: Scenario;

beforeAll(async () => {
  [s, browser] = await Promise.all([startApp(), launchChromium()]);
  data = await scenario(s);
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

async function open(ctx: BrowserContext, surface: Surface): Promise<Page> {
  const page = await ctx.newPage();
  if (surface.viewport) await page.setViewportSize(surface.viewport);
  await page.goto(`${s.url}${surface.path(data)}`);
  await signIn(page, surface.user);
  await page.getByText(surface.ready).first().waitFor();
  return page;
}

describe.each(['light', 'dark'] as const)('in the %s theme', (scheme) => {
  let ctx: BrowserContext;
  beforeAll(async () => { ctx = await browser.newContext({ colorScheme: scheme, locale: 'nl-NL', viewport: { width: 1280, height: 900 } }); });
  afterAll(async () => { await ctx.close(); });

  test.each(SURFACES.map((x) => [x.name, x] as const))('%s: no serious or critical axe violation, Dutch', async (_name, surface) => {
    const page = await open(ctx, surface);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl-NL');
    expect(await page.locator(`[data-theme="${scheme === 'dark' ? 'dark' : 'default'}"]`).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

test('in Teams (simulated), dark and high-contrast themes: side panel and stage pass axe', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  for (const [theme, frameContext, url, user] of [
    ['dark', 'sidePanel', `/app/meeting?poId=${data.started}`, DEMO.noor],
    ['contrast', 'meetingStage', `/app/stage?poId=${data.started}`, DEMO.bram],
  ] as const) {
    const sim = await openInTeams(ctx, { appUrl: `${s.url}${url}`, frameContext, theme, token: await s.token(user.id), user });
    await sim.page.bringToFront();
    const frame = sim.app();
    await frame.getByText('Nu aan de orde').first().waitFor();
    expect(await frame.locator(`[data-theme="${theme}"]`).count()).toBe(1);
    expect(await axeViolations(frame)).toEqual([]);
  }
  await ctx.close();
});

describe('by keyboard', () => {
  let ctx: BrowserContext;
  beforeAll(async () => { ctx = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } }); });
  afterAll(async () => { await ctx.close(); });

  test.each(SURFACES.map((x) => [x.name, x] as const))('%s: every control is reached with Tab and shows focus', async (_name, surface) => {
    const page = await open(ctx, surface);
    const report = await keyboardWalk(page, page);
    expect(report).toEqual({ unreached: [], invisibleFocus: [] });
    await page.close();
  });
});
