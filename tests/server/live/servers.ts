/**
 * Servers for live channel tests. `startInstance` starts one the way `npm start` does (config ->
 * createDeps -> demo data -> app) on given data: a PGlite folder, or a PostgreSQL database shared
 * by several instances or by a server and its restart. `liveTestServer` is the route tests'
 * server, or such an instance when a test shortens the live channel's timings.
 */
import type { AddressInfo } from 'node:net';
import { startGraphSandbox } from '../../../src/sandbox';
import { buildApp } from '../../../src/server/app';
import { createDeps } from '../../../src/server/bootstrap';
import { loadConfig } from '../../../src/server/config';
import { seedDemoData } from '../../../src/server/demo/seed';
import type { LiveOptions } from '../../../src/server/live/plugin';
import { apiCaller, freshDatabase, startTestServer, tokenIssuer, type TestServer } from '../helpers/server';

export interface InstanceOptions {
  databaseUrl?: string;
  pgliteDir?: string;
  /** Development signing key: the same file gives tokens valid across restarts and instances. */
  devKeyFile?: string | null;
  port?: number;
  live?: LiveOptions;
}

export async function startInstance(o: InstanceOptions = {}): Promise<TestServer> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    GRAPH_SANDBOX: 'false',
    PGLITE_DATA_DIR: o.pgliteDir ?? 'memory://',
    ...(o.databaseUrl ? { DATABASE_URL: o.databaseUrl } : {}),
  });
  const sandbox = await startGraphSandbox({ port: 0 });
  const deps = await createDeps(config, { devKeyFile: o.devKeyFile ?? null, sandboxBaseUrl: sandbox.graphBaseUrl });
  await seedDemoData(deps, { examplePo: false });
  const app = await buildApp(deps, { live: o.live });
  await app.listen({ port: o.port ?? 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  let now: Date | null = null;
  deps.now = () => now ?? new Date();
  const token = tokenIssuer(deps);
  return {
    url,
    app,
    sandbox,
    deps,
    setNow: (d) => {
      now = d;
    },
    token,
    api: apiCaller(url, token),
    async close() {
      await app.close();
      await sandbox.close();
      await deps.db.close();
    },
  };
}

/** The route tests' server; with live channel options (shorter timings) an instance started as `npm start` does. */
export async function liveTestServer(o: Pick<InstanceOptions, 'live'> = {}): Promise<TestServer> {
  if (!o.live) return startTestServer();
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return startInstance(o);
  const db = await freshDatabase(base);
  const s = await startInstance({ ...o, databaseUrl: db.url });
  return {
    ...s,
    close: async () => {
      await s.close();
      await db.drop();
    },
  };
}
