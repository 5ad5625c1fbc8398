/**
 * Headers and limits fit for production: the Content-Security-Policy of pages and of the API,
 * HSTS over https, no-store on the API and its downloads, which proxies are believed about the
 * client's address, 429 with Retry-After past a limit, and refused sign-ins in the audit log.
 */
import { createHash } from 'node:crypto';
import { loadConfig } from '../../../src/server/config';
import { CA, createPo, NOTULIST } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';

const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.officeapps.live.com',
];

/** The policy as directive -> sources. */
function policy(header: string | null): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of (header ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean)) {
    const [name = '', ...sources] = d.split(/\s+/);
    out[name] = sources;
  }
  return out;
}

async function get(s: TestServer, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(`${s.url}${path}`, { headers });
  return { status: res.status, headers: res.headers, text: Buffer.from(await res.arrayBuffer()).toString('latin1') };
}

const bearer = async (s: TestServer, userId: string): Promise<Record<string, string>> => ({ authorization: `Bearer ${await s.token(userId)}` });

interface AuditRow {
  actor_id: string | null;
  actor_name: string;
  action: string;
  result: string;
  origin: { ip: string; userAgent: string; requestId: string };
  after: Record<string, unknown> | null;
}
const auditRows = (s: TestServer, where: string, params: unknown[]): Promise<AuditRow[]> =>
  s.deps.db.query<AuditRow>(`SELECT actor_id, actor_name, action, result, origin, after FROM audit_log WHERE ${where} ORDER BY id`, params);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('Content-Security-Policy', () => {
  test('the start page runs no script from anywhere but the app, and only its own inline style', async () => {
    const res = await get(s, '/');
    const csp = policy(res.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']?.sort()).toEqual([...FRAME_ANCESTORS].sort());
    const style = /<style>([\s\S]*?)<\/style>/.exec(res.text)?.[1] ?? '';
    expect(style.length).toBeGreaterThan(0);
    expect(csp['style-src']).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    // Fluent UI's runtime styles: empty <style> elements filled through the CSSOM.
    expect(csp['style-src']).toContain(`'sha256-${createHash('sha256').update('').digest('base64')}'`);
    expect(JSON.stringify(csp)).not.toMatch(/unsafe-inline|unsafe-eval|\*(?!\.)/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  test('the live channel and what each page fetches: teams-js its origin list, the task pane Entra ID sign-in', async () => {
    const host = new URL(s.url).host;
    const tab = policy((await get(s, '/app/tab')).headers.get('content-security-policy'));
    expect(tab['connect-src']).toEqual(["'self'", `ws://${host}`, 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json']);
    expect(tab['frame-src']).toEqual(["'self'"]);
    const outlook = policy((await get(s, '/app/outlook')).headers.get('content-security-policy'));
    expect(outlook['connect-src']).toEqual(["'self'", `ws://${host}`, 'https://login.microsoftonline.com']);
    expect(outlook['frame-src']).toEqual(["'self'", 'https://login.microsoftonline.com']);
    expect(outlook['script-src']).toEqual(["'self'"]);
  });

  test('API answers, refusals and downloads: nothing runs, nothing frames them, nothing caches them', async () => {
    const po = await createPo(s);
    const answers = [
      await get(s, '/api/health'),
      await get(s, '/api/pos', await bearer(s, CA)),
      await get(s, '/api/pos'),
      await get(s, `/api/pos/${po.id}/agenda.docx`, await bearer(s, CA)),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 401, 200]);
    expect(answers[3]?.headers.get('content-type')).toMatch(/wordprocessingml/);
    for (const a of answers) {
      expect(a.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(a.headers.get('cache-control')).toBe('no-store');
      expect(a.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  test('hashed scripts stay cached for good', async () => {
    const page = await get(s, '/app/tab');
    const script = /src="?(\/app\/[^">\s]+\.js)/.exec(page.text)?.[1];
    if (!script) return expect(page.status).toBe(503); // The front end is not built here.
    const res = await get(s, script);
    expect(res.headers.get('cache-control')).toMatch(/immutable/);
  });
});

describe('https', () => {
  test('no HSTS over plain http, and X-Forwarded-Proto from an untrusted peer changes nothing', async () => {
    expect((await get(s, '/api/health')).headers.get('strict-transport-security')).toBeNull();
    expect((await get(s, '/', { 'x-forwarded-proto': 'https' })).headers.get('strict-transport-security')).toBeNull();
  });

  test('with an https base URL every response has HSTS, and pages connect to the live channel over wss', async () => {
    const https = await startTestServer({ APP_BASE_URL: 'https://po.velsen.example' });
    try {
      for (const path of ['/', '/app/tab', '/api/health']) {
        expect((await get(https, path)).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      }
      const csp = policy((await get(https, '/app/meeting')).headers.get('content-security-policy'));
      expect(csp['connect-src']).toContain(`wss://${new URL(https.url).host}`);
    } finally {
      await https.close();
    }
  });
});

describe('which proxy is believed about the client address (TRUST_PROXY)', () => {
  const forged = { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' };

  test('off by default; true, or addresses and ranges; a hop count or a name is refused at start-up', () => {
    const trust = (v?: string): unknown => loadConfig(v === undefined ? {} : { TRUST_PROXY: v }).TRUST_PROXY;
    expect([trust(), trust(''), trust('false'), trust('true')]).toEqual([false, false, false, true]);
    expect(trust('10.0.0.0/8, 127.0.0.1,loopback,fe80::/10')).toEqual(['10.0.0.0/8', '127.0.0.1', 'loopback', 'fe80::/10']);
    expect(() => trust('2')).toThrow(/TRUST_PROXY: een aantal proxies wordt niet vertrouwd/);
    expect(() => trust('proxy.velsen.example')).toThrow(/geen IP-adres of bereik: proxy.velsen.example/);
  });

  test('off (the default): the audit log has the real peer, not X-Forwarded-For', async () => {
    const po = await createPo(s, { title: 'Adres zonder proxy' });
    const created = await auditRows(s, "object_id = $1 AND action = 'po.aanmaken'", [po.id]);
    expect(created[0]?.origin.ip).toBe('127.0.0.1');
    await get(s, '/api/pos', { ...forged, authorization: 'Bearer vervalst', 'user-agent': 'proxytest-uit' });
    const refused = await auditRows(s, "origin->>'userAgent' = $1", ['proxytest-uit']);
    expect(refused.map((r) => r.origin.ip)).toEqual(['127.0.0.1']);
  });

  test('on for the proxy at 127.0.0.1: its X-Forwarded-For is the address, its X-Forwarded-Proto gives HSTS', async () => {
    const proxied = await startTestServer({ TRUST_PROXY: ['127.0.0.1'] });
    try {
      const res = await proxied.api<{ id: string }>('POST', '/api/pos', {
        as: CA,
        headers: forged,
        body: { portefeuillehouderId: 'bram', notulistId: NOTULIST, sameDayOk: true },
      });
      expect(res.status).toBe(201);
      const created = await auditRows(proxied, "object_id = $1 AND action = 'po.aanmaken'", [res.body.id]);
      expect(created[0]?.origin.ip).toBe('203.0.113.9');
      expect((await get(proxied, '/api/health', forged)).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await proxied.close();
    }
  });
});

describe('failed sign-ins (BIO 8.15)', () => {
  test('a refused token is audited: refused, no actor, the address and the reason, never the token', async () => {
    const token = await s.deps.devSigner!.issue(
      { entraId: '00000000-0000-4000-8000-000000000011', name: 'Eva de Vries', email: 'eva@velsen.example' },
      { expiresIn: '-2h' },
    );
    const res = await fetch(`${s.url}/api/pos?x=1`, { headers: { authorization: `Bearer ${token}`, 'user-agent': 'aanmeldtest-verlopen' } });
    expect(res.status).toBe(401);
    const rows = await auditRows(s, "origin->>'userAgent' = $1", ['aanmeldtest-verlopen']);
    expect(rows).toEqual([
      {
        actor_id: null,
        actor_name: '',
        action: 'aanmelden',
        result: 'geweigerd',
        origin: { ip: '127.0.0.1', userAgent: 'aanmeldtest-verlopen', requestId: res.headers.get('x-request-id') },
        after: { reason: expect.stringMatching(/niet geldig/), request: 'GET /api/pos', claimedUser: 'eva@velsen.example' },
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain(token.split('.')[2]);
  });

  test('so are a token of an unknown user and a malformed Authorization header; a request without a token is not a sign-in', async () => {
    const stranger = await s.deps.devSigner!.issue({ entraId: 'onbekend-oid', name: 'Onbekend', email: 'onbekend@elders.example' });
    expect((await get(s, '/api/me', { authorization: `Bearer ${stranger}`, 'user-agent': 'aanmeldtest-onbekend' })).status).toBe(401);
    expect((await get(s, '/api/me', { authorization: 'Basic YWJjOmRlZg==', 'user-agent': 'aanmeldtest-onbekend' })).status).toBe(401);
    expect((await get(s, '/api/me', { 'user-agent': 'aanmeldtest-onbekend' })).status).toBe(401);
    const rows = await auditRows(s, "origin->>'userAgent' = $1", ['aanmeldtest-onbekend']);
    expect(rows.map((r) => [r.action, r.after?.reason])).toEqual([
      ['aanmelden', 'Onbekende gebruiker.'],
      ['aanmelden', expect.stringMatching(/Bearer <token>/)],
    ]);
    expect(JSON.stringify(rows)).not.toContain('YWJjOmRlZg');
  });
});

describe('limits', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ RATE_LIMIT_EXPENSIVE_READS: 3, RATE_LIMIT_DEV_TOKEN: 2, AUDIT_SIGNIN_FAILURES: 2 });
  });
  afterAll(async () => {
    await limited.close();
  });

  const expectTooMany = (res: { status: number; headers: Headers; text: string }): void => {
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(JSON.parse(res.text)).toEqual({
      error: { id: 'rate_limited', message: expect.stringMatching(/^Te veel .* Probeer het over \d+ seconden? opnieuw\.$/), problems: [] },
    });
  };

  test('expensive reads per user: over the limit 429 with Retry-After; another user is not affected', async () => {
    const eva = await bearer(limited, CA);
    for (const path of ['/api/opvolging', '/api/collegeplanning', '/api/stukken/te-laat']) expect((await get(limited, path, eva)).status).toBe(200);
    expectTooMany(await get(limited, '/api/verslagen', eva));
    expect((await get(limited, '/api/pos', eva)).status).toBe(200);
    expect((await get(limited, '/api/opvolging', await bearer(limited, NOTULIST))).status).toBe(200);
  });

  test('the development sign-in per address', async () => {
    const ask = (): Promise<Response> =>
      fetch(`${limited.url}/api/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userId":"u-eva"}' });
    expect([(await ask()).status, (await ask()).status]).toEqual([200, 200]);
    const res = await ask();
    expectTooMany({ status: res.status, headers: res.headers, text: await res.text() });
  });

  test('refused sign-ins are audited one by one up to the limit per address; the rest waits for the summary', async () => {
    for (let i = 0; i < 5; i++)
      expect((await get(limited, '/api/me', { authorization: `Bearer kapot-${i}`, 'user-agent': 'aanmeldtest-vloed' })).status).toBe(401);
    expect(await auditRows(limited, "origin->>'userAgent' = $1", ['aanmeldtest-vloed'])).toHaveLength(2);
  });

  test('past the limit of refused tokens an address gets 429 for new tokens; a token already verified keeps working', async () => {
    const blocked = await startTestServer({ RATE_LIMIT_SIGNIN_FAILURES: 3 });
    try {
      const eva = await bearer(blocked, CA);
      expect((await get(blocked, '/api/me', eva)).status).toBe(200);
      for (let i = 0; i < 4; i++) expect((await get(blocked, '/api/me', { authorization: `Bearer kapot-${i}` })).status).toBe(401);
      expectTooMany(await get(blocked, '/api/me', { authorization: 'Bearer kapot-5' }));
      expectTooMany(await get(blocked, '/api/me', await bearer(blocked, NOTULIST)));
      expect((await get(blocked, '/api/me', eva)).status).toBe(200);
      expect((await get(blocked, '/api/health')).status).toBe(200);
    } finally {
      await blocked.close();
    }
  });
});
