import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { buildApp } from '../../../src/server/app';
import { createVerifier, DEV_AUDIENCE, DEV_TENANT_ID, devSigner } from '../../../src/server/auth/tokens';
import { loadConfig } from '../../../src/server/config';
import { seedDemoData } from '../../../src/server/demo/seed';
import { ChangeBus } from '../../../src/server/deps';
import { createGraphPort } from '../../../src/server/graphPort';
import { openDatabase } from '../../../src/server/store/db';
import { startTestServer, type TestServer } from '../helpers/server';
import { ADVISEUR, CA, createPo, expectOk, GS, MEDEWERKER, NOTULIST, OPDRACHTNEMER, PH, record, startedPo } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const get = async (token: string | null): Promise<{ status: number; body: { error?: { id: string; message: string } } }> => {
  const res = await fetch(`${s.url}/api/pos`, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { error?: { id: string; message: string } } };
};

describe('tokens', () => {
  const eva = { entraId: '00000000-0000-4000-8000-000000000011', name: 'Eva de Vries', email: 'eva@velsen.example' };

  test('a missing token is 401', async () => {
    const res = await get(null);
    expect(res.status).toBe(401);
    expect(res.body.error?.id).toBe('unauthenticated');
  });

  test('a forged token (signed with another key) is 401', async () => {
    const other = await devSigner(null);
    expect((await get(await other.issue(eva))).status).toBe(401);
    expect((await get('not.a.jwt')).status).toBe(401);
  });

  test('an expired token is 401', async () => {
    const res = await get(await s.deps.devSigner!.issue(eva, { expiresIn: '-2h' }));
    expect(res.status).toBe(401);
    expect(res.body.error?.message).toMatch(/expired|verlopen|ERR_JWT_EXPIRED/i);
  });

  test('a token of another tenant is 401', async () => {
    expect((await get(await s.deps.devSigner!.issue(eva, { tenantId: '99999999-2222-4333-8444-555555555555' }))).status).toBe(401);
  });

  test('a token without the access_as_user scope is 401', async () => {
    expect((await get(await s.deps.devSigner!.issue(eva, { scope: 'User.Read' }))).status).toBe(401);
  });

  test('a valid token of a demo user is accepted', async () => {
    expect((await get(await s.deps.devSigner!.issue(eva))).status).toBe(200);
  });
});

describe('production mode', () => {
  test('has no development sign-in, verifies Entra tokens and registers new colleagues as medewerker', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'tenant-key', alg: 'RS256' };
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', PGLITE_DATA_DIR: 'memory://' }), AUTH_MODE: 'entra' as const };
    const db = await openDatabase({ pgliteDataDir: 'memory://' });
    const verifier = createVerifier({ tenantId: DEV_TENANT_ID, audiences: [DEV_AUDIENCE], jwks: createLocalJWKSet({ keys: [jwk] }) });
    const deps = {
      config,
      db,
      verifier,
      devSigner: null,
      now: () => new Date(),
      changes: new ChangeBus(),
      graph: createGraphPort(config, { sandboxBaseUrl: 'http://127.0.0.1:9/v1.0' }),
    };
    await seedDemoData(deps, { examplePo: false });
    const app = await buildApp(deps);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      const dev = await fetch(`${url}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userId":"u-eva"}' });
      expect(dev.status).toBe(404);
      const token = await new SignJWT({
        oid: 'aaaaaaaa-0000-4000-8000-000000000001',
        tid: DEV_TENANT_ID,
        scp: 'access_as_user',
        name: 'Nieuwe Collega',
        preferred_username: 'nieuw@velsen.example',
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'tenant-key' })
        .setIssuer(`https://login.microsoftonline.com/${DEV_TENANT_ID}/v2.0`)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
      const me = await fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ name: 'Nieuwe Collega', roles: ['medewerker'] });
      const page = await (await fetch(`${url}/`)).text();
      expect(page).not.toContain('Demogebruikers');
    } finally {
      await app.close();
      await db.close();
    }
  });

  test('with another Entra sign-in host (a national cloud) only tokens issued by that host are accepted', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k', alg: 'RS256' }] });
    const sign = (issuer: string): Promise<string> =>
      new SignJWT({ oid: 'aaaaaaaa-0000-4000-8000-000000000002', tid: DEV_TENANT_ID, scp: 'access_as_user' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k' })
        .setIssuer(issuer)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
    const usGov = createVerifier({ tenantId: DEV_TENANT_ID, audiences: [DEV_AUDIENCE], jwks, authorityHost: 'login.microsoftonline.us' });
    await expect(usGov.verify(await sign(`https://login.microsoftonline.us/${DEV_TENANT_ID}/v2.0`))).resolves.toMatchObject({
      oid: 'aaaaaaaa-0000-4000-8000-000000000002',
    });
    for (const issuer of [
      `https://login.microsoftonline.com/${DEV_TENANT_ID}/v2.0`,
      `https://sts.windows.net/${DEV_TENANT_ID}/`,
      `http://login.microsoftonline.us/${DEV_TENANT_ID}/v2.0`,
    ]) {
      await expect(usGov.verify(await sign(issuer))).rejects.toMatchObject({
        id: 'unauthenticated',
        message: expect.stringContaining('ERR_JWT_CLAIM_VALIDATION_FAILED'),
      });
    }
    // The public cloud keeps accepting its v1 issuer.
    const publicCloud = createVerifier({ tenantId: DEV_TENANT_ID, audiences: [DEV_AUDIENCE], jwks });
    await expect(publicCloud.verify(await sign(`https://sts.windows.net/${DEV_TENANT_ID}/`))).resolves.toMatchObject({ tid: DEV_TENANT_ID });
  });
});

describe('rights matrix', () => {
  test('each role can do exactly its part, on the server', async () => {
    const { po, items } = await startedPo(s, { participantIds: [GS] });
    const can = async (as: string, method: string, path: string, body?: unknown): Promise<boolean> => {
      const res = await s.api(method, path, { as, body });
      if (res.status === 403) return false;
      if (res.status >= 400) throw new Error(`${as} ${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return true;
    };
    const read = `/api/pos/${po.id}`;
    const users = [PH, CA, NOTULIST, OPDRACHTNEMER, ADVISEUR, GS, MEDEWERKER];
    const matrix: Record<string, boolean[]> = {};
    for (const u of users) {
      matrix[u] = [
        await can(u, 'GET', read),
        await can(u, 'PUT', `/api/pos/${po.id}/vergadering/huidig-agendapunt`, { agendapuntId: items.oordeel }),
        (await record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: `door ${u}`, ownerName: 'Tim' }, u)).status ===
          201,
      ];
    }
    expect(matrix).toEqual({
      //            read   chair  record
      [PH]: [true, true, false],
      [CA]: [true, true, false],
      [NOTULIST]: [true, true, true],
      [OPDRACHTNEMER]: [true, false, false],
      [ADVISEUR]: [false, false, false],
      [GS]: [true, false, false],
      [MEDEWERKER]: [false, false, false],
    });
  });

  test('a refused request changes nothing and is logged as refused', async () => {
    const po = await createPo(s);
    const before = await s.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM agendapunten WHERE po_id = $1', [po.id]);
    expect((await s.api('POST', `/api/pos/${po.id}/agendapunten`, { as: MEDEWERKER, body: { title: 'Binnengesmokkeld' } })).status).toBe(403);
    const after = await s.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM agendapunten WHERE po_id = $1', [po.id]);
    expect(after[0]?.n).toBe(before[0]?.n);
    const audit = await expectOk(s.api<{ items: { result: string; actorId: string; action: string }[] }>('GET', '/api/audit', { as: CA }));
    expect(audit.items.some((a) => a.result === 'geweigerd' && a.actorId === MEDEWERKER && a.action.includes('agendapunten'))).toBe(true);
    expect((await s.api('GET', '/api/audit', { as: MEDEWERKER })).status).toBe(403);
  });
});
