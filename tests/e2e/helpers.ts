/**
 * End-to-end helpers: the front end built (when stale), the real server on PGlite in memory with
 * the local Graph sandbox (tests/server/helpers/server.ts), and Debian's Chromium.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/helpers/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium ontbreekt op ${CHROMIUM} (apt-get install chromium, of zet CHROMIUM_PATH).`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Builds dist/client when it is missing or older than its sources (as `npm start` does). */
export async function buildFrontEnd(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  await promisify(execFile)(process.execPath, [path.join(root, 'webpack.config.js'), '--if-stale'], { cwd: root, timeout: 300_000 });
}

export async function startApp(): Promise<TestServer> {
  await buildFrontEnd();
  return startTestServer();
}

/**
 * Content-Security-Policy violations in any page or frame of `ctx`, as they happen: Chromium logs
 * each one to the console, and the pages' `securitypolicyviolation` events are logged there too
 * (a sandboxed frame runs no script, but its violations reach the console all the same).
 */
export async function watchCsp(ctx: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  ctx.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`${m.location().url}: ${m.text()}`);
  });
  await ctx.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation (event): ${e.violatedDirective} ${e.blockedURI} in ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return seen;
}

/** The development sign-in of a surface opened in a plain browser. */
export async function signIn(page: Page | Frame, name: string): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Demogebruiker' });
  await select.waitFor();
  const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
  await select.selectOption(value ?? '');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

export const DEMO = {
  eva: { id: 'u-eva', name: 'Eva de Vries', upn: 'eva.devries@velsen.example' },
  noor: { id: 'u-noor', name: 'Noor Bakker', upn: 'noor.bakker@velsen.example' },
  bram: { id: 'u-bram', name: 'Bram Diepstraten', upn: 'bram@velsen.example' },
} as const;
