/**
 * Screenshots of every surface in the light and the dark theme (and the meeting surfaces inside
 * the Teams simulator), to look at: `npx tsx tests/e2e/screenshots.ts [folder]` (default /tmp/shots).
 * Not a test: it starts its own server with the scenario's data.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO, launchChromium, signIn, startApp } from './helpers';
import { scenario } from './scenario';
import { openInTeams } from './simulator/simulator';
import { SURFACES } from './surfaces';

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? '/tmp/shots');
  mkdirSync(out, { recursive: true });
  const [s, browser] = await Promise.all([startApp(), launchChromium()]);
  try {
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
    process.stdout.write(`Schermafdrukken in ${out}\n`);
  } finally {
    await browser.close();
    await s.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
