/**
 * Screenshots of every surface in the light and the dark theme (and the meeting surfaces inside
 * the Teams simulator), to look at: `npx tsx tests/e2e/screenshots.ts [folder] [--states]` (default
 * /tmp/shots). Then the side panel (320x800) and the stage (1280x720, and 1920x1080) of a 15-item PO
 * in each state (before the meeting, live with 8 records, ended with the recap, published) and its
 * compact agenda editor; `--states` takes only those.
 * Not a test: it starts its own server with the scenario's data.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO, launchChromium, signIn, startApp } from './helpers';
import { meetingStates } from './meetingStates';
import { scenario } from './scenario';
import { openInTeams } from './simulator/simulator';
import { SURFACES } from './surfaces';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = path.resolve(args.find((a) => !a.startsWith('--')) ?? '/tmp/shots');
  mkdirSync(out, { recursive: true });
  const [s, browser] = await Promise.all([startApp(), launchChromium()]);
  try {
    if (args.includes('--states')) {
      await statesShots(s, browser, out);
      process.stdout.write(`Schermafdrukken in ${out}\n`);
      return;
    }
    const data = await scenario(s);
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme: scheme, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
      const first = await ctx.newPage();
      await first.goto(`${s.url}/app/tab`);
      await first.getByRole('button', { name: 'Aanmelden' }).waitFor();
      await first.screenshot({ path: path.join(out, `signin-${scheme}.png`) });
      for (const surface of SURFACES) {
        const page = await ctx.newPage();
        if (surface.viewport) await page.setViewportSize(surface.viewport);
        await page.goto(`${s.url}${surface.path(data)}`);
        await signIn(page, surface.user);
        await page.getByText(surface.ready).first().waitFor();
        await page.waitForTimeout(400);
        await page.screenshot({ path: path.join(out, `${surface.shot}-${scheme}.png`), fullPage: true });
        await page.close();
      }
      await ctx.close();
    }
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    for (const [theme, frameContext, url, user, shot] of [
      ['default', 'sidePanel', `/app/meeting?poId=${data.started}`, DEMO.noor, 'teams-side-panel-light'],
      ['dark', 'sidePanel', `/app/meeting?poId=${data.started}`, DEMO.noor, 'teams-side-panel-dark'],
      ['default', 'meetingStage', `/app/stage?poId=${data.started}`, DEMO.bram, 'teams-stage-light'],
      ['dark', 'meetingStage', `/app/stage?poId=${data.started}`, DEMO.bram, 'teams-stage-dark'],
      ['contrast', 'meetingStage', `/app/stage?poId=${data.started}`, DEMO.bram, 'teams-stage-contrast'],
      ['default', 'settings', '/app/config', DEMO.eva, 'teams-config-light'],
    ] as const) {
      const sim = await openInTeams(ctx, {
        appUrl: `${s.url}${url}`,
        frameContext,
        theme,
        token: await s.token(user.id),
        user,
        ...(frameContext === 'settings' ? { channel: { id: '19:kanaal', name: 'Verslagen', team: 'Bestuur' } } : {}),
      });
      await sim.page.bringToFront();
      await sim.app().locator('[data-theme]').waitFor();
      await sim.page.waitForTimeout(1200);
      await sim.page.screenshot({ path: path.join(out, `${shot}.png`) });
      await sim.page.close();
    }
    await ctx.close();
    await statesShots(s, browser, out);
    process.stdout.write(`Schermafdrukken in ${out}\n`);
  } finally {
    await browser.close();
    await s.close();
  }
}

/** Side panel and stage of the 15-item PO in each state, and its compact editor (light theme). */
async function statesShots(s: Awaited<ReturnType<typeof startApp>>, browser: Awaited<ReturnType<typeof launchChromium>>, out: string): Promise<void> {
  const states = await meetingStates(s);
  const shots: { shot: string; url: string; user: string; viewport: { width: number; height: number }; ready: string | RegExp }[] = [
    {
      shot: 'editor-15-compact-1280x800',
      url: `/app/tab#po/${states.concept}`,
      user: 'Eva de Vries',
      viewport: { width: 1280, height: 800 },
      ready: 'Rondvraag',
    },
  ];
  for (const [state, poId, ready] of [
    ['voor', states.before, 'Omgevingsvisie'],
    ['live', states.live, 'Besluit 6'],
    ['afgesloten', states.ended, /afgesloten/],
    ['gepubliceerd', states.published, /gepubliceerd/i],
  ] as const) {
    shots.push({ shot: `side-panel-${state}-320x800`, url: `/app/meeting?poId=${poId}`, user: 'Noor Bakker', viewport: { width: 320, height: 800 }, ready });
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const)
      shots.push({ shot: `stage-${state}-${width}x${height}`, url: `/app/stage?poId=${poId}`, user: 'Bram Diepstraten', viewport: { width, height }, ready });
  }
  for (const x of shots) {
    const ctx = await browser.newContext({ locale: 'nl-NL', viewport: x.viewport });
    const page = await ctx.newPage();
    await page.goto(`${s.url}${x.url}`);
    await signIn(page, x.user);
    await page.getByText(x.ready).first().waitFor();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: path.join(out, `${x.shot}.png`) });
    await ctx.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
