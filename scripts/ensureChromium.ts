/**
 * `pretest`: the end-to-end tests need Chromium (`/usr/bin/chromium`, or `CHROMIUM_PATH`). When it
 * is missing, Debian's `chromium` is installed with apt when this runs as root (as on a fresh CI
 * machine); otherwise the one command to run is printed and `npm test` stops here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

export type ChromiumPlan = { kind: 'present' } | { kind: 'install' } | { kind: 'refuse'; message: string };

/** What to do, given where Chromium should be and what this machine allows. */
export function chromiumPlan(o: { chromiumPath: string | undefined; exists: (p: string) => boolean; isRoot: boolean; hasApt: boolean }): ChromiumPlan {
  const target = o.chromiumPath ?? DEFAULT_CHROMIUM;
  if (o.exists(target)) return { kind: 'present' };
  if (o.chromiumPath !== undefined) {
    return {
      kind: 'refuse',
      message: `CHROMIUM_PATH wijst naar ${o.chromiumPath}, maar daar staat geen Chromium. Verbeter het pad, of laat CHROMIUM_PATH weg voor ${DEFAULT_CHROMIUM}.`,
    };
  }
  if (o.isRoot && o.hasApt) return { kind: 'install' };
  const how = o.hasApt ? `Installeer het (eenmalig) met:\n\n  ${INSTALL_COMMAND}\n` : 'Installeer Chromium met de pakketbeheerder van dit systeem.\n';
  return {
    kind: 'refuse',
    message: `Chromium ontbreekt (${DEFAULT_CHROMIUM}); de end-to-end-tests van npm test hebben het nodig.\n${how}\nOf wijs met CHROMIUM_PATH=/pad/naar/chromium een andere Chromium aan.`,
  };
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} mislukte (${result.status ?? result.signal}):\n${result.stderr.toString().trim()}`);
  }
}

function main(): void {
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  const plan = chromiumPlan({ chromiumPath: process.env.CHROMIUM_PATH, exists: existsSync, isRoot: process.getuid?.() === 0, hasApt });
  if (plan.kind === 'present') return;
  if (plan.kind === 'refuse') {
    process.stderr.write(`\n${plan.message}\n\n`);
    process.exit(1);
  }
  process.stderr.write('Chromium ontbreekt: Debian-pakket chromium wordt geïnstalleerd (apt-get, eenmalig)…\n');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
  if (!existsSync(DEFAULT_CHROMIUM)) throw new Error(`apt-get installeerde chromium, maar ${DEFAULT_CHROMIUM} ontbreekt nog.`);
  process.stderr.write(`Chromium geïnstalleerd: ${DEFAULT_CHROMIUM}\n`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
