/**
 * No Docker engine runs in CI, so the Dockerfile may only do what CI's production smoke (.ci/run)
 * does and proves: the same build script, the same files in the runtime image, the same install
 * and start scripts, the same health check. These tests keep the two in step.
 */
import { PROD_FILES } from './e2e/prodServer';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

/** The Dockerfile's instructions per stage (comments and continuation lines folded). */
function stages(dockerfile: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const from = /^FROM\s+\S+\s+AS\s+(\S+)$/i.exec(line);
    if (from) {
      current = [];
      result.set(from[1]!, current);
    } else current.push(line);
  }
  return result;
}

const dockerfile = stages(read('Dockerfile'));
const build = dockerfile.get('build') ?? [];
const runtime = dockerfile.get('runtime') ?? [];
const ci = read('.ci/run');
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

/** What a COPY puts into the image, as paths in the project (`--from=build /app/dist ./dist` is dist). */
function copiedPaths(instructions: string[]): string[] {
  return instructions
    .filter((i) => i.startsWith('COPY '))
    .flatMap((i) => {
      const words = i.split(/\s+/).slice(1);
      const fromBuild = words[0]?.startsWith('--from=');
      const sources = words.filter((w) => !w.startsWith('--')).slice(0, -1);
      return fromBuild ? sources.map((s) => s.replace(/^\/app\//, '')) : sources;
    })
    .sort();
}

describe('the Dockerfile does what CI proves', () => {
  test('the build stage installs everything and runs `npm run build`, as CI does', () => {
    expect(build).toEqual(expect.arrayContaining(['RUN npm ci --no-audit --no-fund', 'RUN npm run build']));
    expect(ci).toMatch(/^npm run build$/m);
  });

  test('the runtime image holds exactly the files CI copies to its clean folder', () => {
    const list = /^PROD_FILES=\(([^)]*)\)$/m.exec(ci)?.[1]?.trim().split(/\s+/).sort();
    expect(list).toBeDefined();
    expect(copiedPaths(runtime)).toEqual(list);
    // The production end-to-end test, run locally, builds its folder from the same list.
    expect([...PROD_FILES].sort()).toEqual(list);
  });

  test('production dependencies only, and the same start script', () => {
    expect(runtime).toContain('RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force');
    expect(ci).toContain('npm ci --omit=dev');
    expect(runtime).toContain('CMD ["npm", "run", "start:prod"]');
    expect(ci).toContain('npm run start:prod');
    // exec: npm passes SIGTERM straight to the server (no shell in between), in the image and in CI.
    expect(packageJson.scripts['start:prod']).toBe('NODE_ENV=production exec node --expose-gc scripts/start.js');
  });

  test('it runs as an unprivileged user, with a health check CI uses too', () => {
    expect(runtime).toContain('USER node');
    expect(runtime.find((i) => i.startsWith('HEALTHCHECK '))).toMatch(/CMD \["node", "scripts\/healthcheck\.js", "live"\]$/);
    expect(ci).toContain('node scripts/healthcheck.js ready');
  });
});
