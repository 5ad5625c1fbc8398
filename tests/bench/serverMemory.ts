/**
 * Where the server's memory goes as it starts, stage by stage, in this process: the server's
 * modules loaded, the database opened and migrated, the demo data seeded, the app listening, and
 * idle a few seconds later. Each line: RSS (and the peak so far), V8 heap, external memory (which
 * holds PGlite's WebAssembly heap) and ArrayBuffers (PGlite's in-memory data folder). Garbage is
 * collected before each sample.
 *
 *   npx tsx --expose-gc tests/bench/serverMemory.ts               PGlite in memory (as the benchmarks run)
 *   PGLITE_DATA_DIR=/tmp/po-data npx tsx --expose-gc tests/bench/serverMemory.ts    a PGlite folder
 *   DATABASE_URL=postgres://… npx tsx --expose-gc tests/bench/serverMemory.ts       PostgreSQL
 *
 * The live benchmark (tests/bench/live.ts) reports the same figures for servers under load.
 */
import { formatMemory, memorySample } from './memory';

const gc = (globalThis as { gc?: () => void }).gc;
const stage = (label: string): void => {
  gc?.();
  console.log(`${label.padEnd(34)} ${formatMemory(memorySample())}`);
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  if (!gc) console.log('(zonder --expose-gc: geen opruimronde voor elke meting)');
  stage('node and tsx');
  const [{ loadConfig }, { createDeps }, { seedDemoData }, { buildApp }] = await Promise.all([
    import('../../src/server/config'),
    import('../../src/server/bootstrap'),
    import('../../src/server/demo/seed'),
    import('../../src/server/app'),
  ]);
  stage("the server's modules loaded");
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    GRAPH_SANDBOX: 'false',
    AUTH_MODE: 'development',
    NODE_ENV: 'development',
    PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR ?? 'memory://',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  });
  const deps = await createDeps(config, { devKeyFile: null, sandboxBaseUrl: null });
  stage(`database open and migrated (${deps.db.kind})`);
  await seedDemoData(deps);
  stage('demo data seeded');
  const app = await buildApp(deps, { sandboxUrl: null });
  await app.listen({ port: 0, host: '127.0.0.1' });
  stage('app listening');
  await sleep(5000);
  stage('idle 5 s later');

  if (deps.db.kind === 'pglite') {
    const settings = await deps.db.query<{ name: string; setting: string; unit: string | null }>(
      "SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'max_wal_size') ORDER BY name",
    );
    console.log(`PGlite: ${settings.map((s) => `${s.name} ${s.setting}${s.unit ? ` x ${s.unit}` : ''}`).join(', ')}`);
    const [size] = await deps.db.query<{ data: number; wal: number }>(
      'SELECT pg_database_size(current_database())::float8 AS data, (SELECT sum(size) FROM pg_ls_waldir())::float8 AS wal',
    );
    console.log(`data folder: database ${((size?.data ?? 0) / 2 ** 20).toFixed(0)} MB, WAL ${((size?.wal ?? 0) / 2 ** 20).toFixed(0)} MB`);
  }
  await app.close();
  await deps.db.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
