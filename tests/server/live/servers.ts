/**
 * Servers for live channel tests. `startInstance` starts one the way `npm start` does (config ->
 * createDeps -> demo data -> app) on given data: a PGlite folder, or a PostgreSQL database shared
 * by several instances or by a server and its restart. `liveTestServer` is the route tests'
 * server, except on PostgreSQL, where it waits for the pool's connections to end before dropping
 * its database (a forced drop of connections still closing fails the test run).
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { startGraphSandbox } from '../../../src/sandbox';
import { buildApp } from '../../../src/server/app';
import { createDeps } from '../../../src/server/bootstrap';
import { loadConfig } from '../../../src/server/config';
import { seedDemoData } from '../../../src/server/demo/seed';
import type { LiveOptions } from '../../../src/server/live/plugin';
import { apiCaller, startTestServer, tokenIssuer, type TestServer } from '../helpers/server';

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
    LOG_LEVEL: 'silent', NODE_ENV: 'test', GRAPH_SANDBOX: 'false',
    PGLITE_DATA_DIR: o.pgliteDir ?? 'memory://', ...(o.databaseUrl ? { DATABASE_URL: o.databaseUrl } : {}),
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
    sandbox,
    deps,
    setNow: (d) => { now = d; },
    token,
    api: apiCaller(url, token),
    async close() {
      await app.close();
      await sandbox.close();
      await deps.db.close();
    },
  };
}

/** A fresh, empty database on TEST_DATABASE_URL's server; `drop` waits for its connections to end. */
export async function freshDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `po_live_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      for (let i = 0; i < 100; i++) {
        const [row] = (await c.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [name])).rows;
        if (Number(row?.n) === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The route tests' server on PGlite; on PostgreSQL an instance on its own database. */
export async function liveTestServer(o: Pick<InstanceOptions, 'live'> = {}): Promise<TestServer> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return o.live ? startInstance(o) : startTestServer();
  const db = await freshDatabase(base);
  const s = await startInstance({ ...o, databaseUrl: db.url });
  return { ...s, close: async () => { await s.close(); await db.drop(); } };
}
