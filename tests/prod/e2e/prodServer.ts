/**
 * The production server of the end-to-end test: the build (`npm run build`) in a folder of its own
 * with exactly the files the Dockerfile copies, started as the Dockerfile starts it
 * (`npm run start:prod`) with nothing but the environment given, and stopped with SIGTERM.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** What the Dockerfile's runtime stage copies (tests/prod/dockerfile.test.ts keeps .ci/run equal to it). */
export const PROD_FILES = ['package.json', 'package-lock.json', 'scripts/start.js', 'scripts/healthcheck.js', 'appPackage/assets', 'dist'];

/**
 * A built folder: PROD_DIR when given (CI: built, copied and `npm ci --omit=dev` already), else
 * built here and copied to `into`, with this checkout's node_modules linked in (a local run).
 */
export function preparedBuild(into: string): string {
  if (process.env.PROD_DIR) return path.resolve(process.env.PROD_DIR);
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const dir = path.join(into, 'prod');
  for (const f of PROD_FILES) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

export interface ProdServer {
  url: string;
  log(): string;
  /** SIGTERM, as `docker stop`; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export async function startProdServer(dir: string, env: Record<string, string>): Promise<ProdServer> {
  let log = '';
  const child: ChildProcess = spawn('npm', ['run', 'start:prod'], {
    cwd: dir,
    // Nothing inherited but PATH and HOME: the configuration is what the test gives.
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (log += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${env.PORT}`;
  const until = Date.now() + 60_000;
  for (;;) {
    const state = await Promise.race([
      exited.then(() => 'exited' as const),
      fetch(`${url}/api/health/ready`).then(
        (r) => (r.ok ? 'ready' : 'waiting'),
        () => 'waiting' as const,
      ),
    ]);
    if (state === 'ready') break;
    if (state === 'exited') throw new Error(`De productieserver stopte bij het starten. Log:\n${log}`);
    if (Date.now() > until) {
      child.kill('SIGTERM');
      throw new Error(`De productieserver werd niet gereed binnen 60 s (/api/health/ready). Log:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    log: () => log,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
