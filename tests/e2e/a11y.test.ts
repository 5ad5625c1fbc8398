/**
 * Accessibility of every surface, in the light and the dark theme: no serious or critical axe-core
 * violation, lang="nl…", every control reachable with Tab and showing where focus is.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestServer } from '../server/helpers/server';
import { axeViolations, keyboardWalk } from './audit';
import { DEMO, launchChromium, signIn, startApp, watchCsp } from './helpers';
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
  let csp: string[];
  beforeAll(async () => {
    ctx = await browser.newContext({ colorScheme: scheme, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    csp = await watchCsp(ctx);
  });
  afterAll(async () => {
    await ctx.close();
  });

  test.each(SURFACES.map((x) => [x.name, x] as const))(
    '%s: no serious or critical axe violation, Dutch, styled under the CSP without violations',
    async (_name, surface) => {
      // What the previous surface's page reported between its check and its close (Office.js's
      // late telemetry frame in the task pane) is not this surface's.
      csp.splice(0);
      const page = await open(ctx, surface);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl-NL');
      expect(await page.locator(`[data-theme="${scheme === 'dark' ? 'dark' : 'default'}"]`).count()).toBe(1);
      // Fluent UI's styles are in (the policy lets in Griffel's empty <style> elements, filled through the CSSOM).
      expect(await page.evaluate(() => [...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0))).toBeGreaterThan(100);
      const root = await page.locator('[data-theme]').evaluate((el) => ({
        token: getComputedStyle(el).getPropertyValue('--colorNeutralBackground1').trim(),
        background: getComputedStyle(el).backgroundColor,
      }));
      expect(root.token).not.toBe('');
      expect(root.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(await axeViolations(page)).toEqual([]);
      expect(csp.splice(0).filter((line) => !surface.blockedByPolicy?.test(line))).toEqual([]);
      await page.close();
    },
  );

  test("the verslag preview (a sandboxed frame under the page's policy) is styled", async () => {
    const page = await open(
      ctx,
      SURFACES.find((x) => x.name.startsWith('meeting details'))!,
    );
    const body = page.frameLocator('[data-testid="verslag-preview"]').locator('body');
    await body.getByText('Instemmen met het uitvoeringsplan schoolroutes').first().waitFor();
    expect(await body.evaluate((b) => getComputedStyle(b).paddingLeft)).toBe('20px');
    expect(csp.splice(0)).toEqual([]);
    await page.close();
  });
});

test('in Teams (simulated), dark and high-contrast themes: side panel and stage pass axe, with no CSP violation', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const csp = await watchCsp(ctx);
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
  expect(csp).toEqual([]);
  await ctx.close();
});

describe('by keyboard', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await ctx.close();
  });

  test.each(SURFACES.map((x) => [x.name, x] as const))('%s: every control is reached with Tab and shows focus', async (_name, surface) => {
    const page = await open(ctx, surface);
    const report = await keyboardWalk(page, page);
    expect(report).toEqual({ unreached: [], invisibleFocus: [] });
    await page.close();
  });
});
