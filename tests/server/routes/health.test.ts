/**
 * Health for load balancers and orchestrators: live (the process), ready (database reachable and
 * migrated), and the older /api/health; none of them names the configuration. And the page a
 * surface shows before the front end is built.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkReadiness } from '../../../src/server/commands/system';
import type { Database } from '../../../src/server/store/db';
import { startTestServer, type TestServer } from '../helpers/server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({}, { seed: false });
});
afterAll(async () => {
  await s.close();
});

const get = async (p: string): Promise<{ status: number; body: unknown; headers: Headers }> => {
  const res = await fetch(`${s.url}${p}`);
  return { status: res.status, body: await res.json(), headers: res.headers };
};

describe('health', () => {
  test('live, ready and the older check answer without sign-in and reveal no configuration', async () => {
    expect(await get('/api/health/live')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await get('/api/health/ready')).toMatchObject({ status: 200, body: { status: 'ok', checks: { database: 'ok', migrations: 'ok' } } });
    expect(await get('/api/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    for (const p of ['/api/health', '/api/health/live', '/api/health/ready']) {
      const text = JSON.stringify((await get(p)).body);
      expect(text).not.toMatch(/pglite|postgres|development|entra|store|auth/i);
    }
  });

  test('ready is 503 while a migration of this version is missing; live stays 200', async () => {
    await s.deps.db.query("DELETE FROM schema_migrations WHERE id = '006_registers'");
    try {
      const ready = await get('/api/health/ready');
      expect(ready).toMatchObject({ status: 503, body: { status: 'unavailable', checks: { database: 'ok', migrations: 'pending' } } });
      expect(ready.headers.get('cache-control')).toBe('no-store');
      expect((await get('/api/health/live')).status).toBe(200);
    } finally {
      await s.deps.db.query("INSERT INTO schema_migrations (id) VALUES ('006_registers')");
    }
    expect((await get('/api/health/ready')).status).toBe(200);
  });

  test('a database that fails or does not answer in time is unreachable', async () => {
    const failing = { query: () => Promise.reject(new Error('connection refused')) } as unknown as Database;
    const silent = { query: () => new Promise(() => undefined) } as unknown as Database;
    const unreachable = { status: 'unavailable', checks: { database: 'unreachable', migrations: 'unknown' } };
    expect(await checkReadiness({ db: failing })).toEqual(unreachable);
    const started = Date.now();
    expect(await checkReadiness({ db: silent }, 200)).toEqual(unreachable);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('the checks are in the API document', async () => {
    const doc = (await get('/api/openapi.json')).body as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/health/live', '/api/health/ready']));
  });
});

describe('before the front end is built', () => {
  let bare: TestServer;
  let dir: string;
  beforeAll(async () => {
    // A project folder without dist/client, as on a fresh clone while `npm start` builds it.
    const cwd = process.cwd();
    dir = mkdtempSync(path.join(tmpdir(), 'po-no-client-'));
    process.chdir(dir);
    try {
      bare = await startTestServer({}, { seed: false });
    } finally {
      process.chdir(cwd);
    }
  });
  afterAll(async () => {
    await bare.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('each surface answers 503 with a Dutch page that refreshes itself, within the page policy', async () => {
    const res = await fetch(`${bare.url}/app/meeting`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<meta http-equiv="refresh" content="3">');
    expect(html).toContain('PO-overleg wordt klaargezet');
    expect(html).toContain('Deze pagina ververst zichzelf');
    expect(html).not.toContain('<script');
    // Its own style block is allowed by hash: the page's policy stays strict.
    expect(res.headers.get('content-security-policy')).toMatch(/style-src 'self' 'sha256-[^']+' 'sha256-[^']+'/);
  });

  test('the API answers meanwhile', async () => {
    expect((await fetch(`${bare.url}/api/health/ready`)).status).toBe(200);
  });
});
