/**
 * A real server on a real database for route tests: embedded PGlite in memory, or, when
 * TEST_DATABASE_URL is set (CI), a fresh database on that PostgreSQL server.
 */
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { buildApp } from '../../../src/server/app';
import { createDeps } from '../../../src/server/bootstrap';
import { loadConfig, type Config } from '../../../src/server/config';
import { seedDemoData } from '../../../src/server/demo/seed';
import type { Deps } from '../../../src/server/deps';
import { findUser } from '../../../src/server/store/directory';
import { startGraphSandbox, type GraphSandbox } from '../../../src/sandbox';

export interface TestServer {
  url: string;
  /** The server itself (e.g. its registered routes). */
  app: FastifyInstance;
  /** The local Graph sandbox this server publishes to. */
  sandbox: GraphSandbox;
  deps: Deps;
  /** Sets the clock the server uses. */
  setNow(date: Date): void;
  token(userId: string): Promise<string>;
  api<T = unknown>(
    method: string,
    path: string,
    opts?: { as?: string | null; body?: unknown; headers?: Record<string, string>; raw?: string },
  ): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/**
 * A fresh, empty database on TEST_DATABASE_URL's server, for one test file or one instance.
 * `drop` waits (briefly) for its connections to end, e.g. a LISTEN connection still closing.
 */
export async function freshDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `po_test_${randomBytes(6).toString('hex')}`;
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

/** Tokens for demo users, signed by the server's development signer. */
export function tokenIssuer(deps: Pick<Deps, 'db' | 'devSigner'>): TestServer['token'] {
  return async (userId) => {
    const user = await findUser(deps.db, userId);
    if (!user?.entraId || !deps.devSigner) throw new Error(`geen testgebruiker ${userId}`);
    return deps.devSigner.issue({ entraId: user.entraId, name: user.name, email: user.email });
  };
}

/** JSON requests to a test server, signed in as `as` when given. */
export function apiCaller(url: string, token: TestServer['token']): TestServer['api'] {
  return async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.as) headers.authorization = `Bearer ${await token(o.as)}`;
    let body: string | undefined = o.raw;
    if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['content-type'] = 'application/json';
    } else if (o.raw !== undefined) headers['content-type'] ??= 'application/json';
    const res = await fetch(`${url}${path}`, { method, headers, body });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as never };
  };
}

export async function startTestServer(overrides: Partial<Config> = {}, opts: { seed?: boolean } = {}): Promise<TestServer> {
  const pgBase = process.env.TEST_DATABASE_URL;
  const fresh = pgBase ? await freshDatabase(pgBase) : null;
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', PGLITE_DATA_DIR: 'memory://', ...(fresh ? { DATABASE_URL: fresh.url } : {}) }),
    ...overrides,
  };
  const sandbox = await startGraphSandbox({ port: 0 });
  // Built as production builds it (bootstrap.ts), with a clock the test can set.
  let now = new Date();
  const deps = await createDeps(config, { devKeyFile: null, sandboxBaseUrl: sandbox.graphBaseUrl, now: () => now });
  const { db } = deps;
  if (opts.seed !== false) await seedDemoData(deps, { examplePo: false });
  const app = await buildApp(deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

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
      await db.close();
      await fresh?.drop();
    },
  };
}
