/**
 * What the Outlook add-in and the Teams app need from the server: framing only by Teams and
 * Outlook, Office.js and the add-in icons from the app itself, and the public client configuration.
 */
import { FRAME_ANCESTOR_SOURCES, withFrameAncestors } from '../../../src/server/http/frameAncestors';
import { startTestServer, type TestServer } from '../helpers/server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const EXPECTED = [
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

const frameAncestorsOf = (csp: string | null): string[] => {
  const directive = (csp ?? '')
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('frame-ancestors '));
  return directive ? directive.split(/\s+/).slice(1) : [];
};

describe('Content-Security-Policy frame-ancestors', () => {
  test.each(['/', '/app/outlook', '/app/tab', '/vendor/office-js/office.js', '/addin/assets/icon-32.png'])(
    '%s may be framed by Teams, Outlook and the app itself, nobody else',
    async (path) => {
      const res = await fetch(`${s.url}${path}`);
      await res.arrayBuffer();
      const sources = frameAncestorsOf(res.headers.get('content-security-policy'));
      expect(sources.sort()).toEqual([...EXPECTED].sort());
      expect(sources).not.toContain('*');
      expect(sources.every((src) => src === "'self'" || src.startsWith('https://'))).toBe(true);
    },
  );

  test("the API's answers may not be framed at all", async () => {
    const res = await fetch(`${s.url}/api/health`);
    await res.arrayBuffer();
    expect(frameAncestorsOf(res.headers.get('content-security-policy'))).toEqual(["'none'"]);
  });

  test('one frame-ancestors directive, also when a route set its own policy', () => {
    expect(withFrameAncestors("default-src 'self'; frame-ancestors *")).toBe(`default-src 'self'; frame-ancestors ${FRAME_ANCESTOR_SOURCES.join(' ')}`);
    expect(withFrameAncestors(undefined)).toBe(`frame-ancestors ${FRAME_ANCESTOR_SOURCES.join(' ')}`);
  });
});

describe('files the add-in loads from the app', () => {
  test('Office.js is served from the @microsoft/office-js package, not a CDN', async () => {
    const res = await fetch(`${s.url}/vendor/office-js/office.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect((await res.text()).length).toBeGreaterThan(10_000);
  });

  test('the ribbon icons the manifests point at are PNGs of their size', async () => {
    for (const size of [16, 32, 80]) {
      const res = await fetch(`${s.url}/addin/assets/icon-${size}.png`);
      expect(res.status).toBe(200);
      const png = Buffer.from(await res.arrayBuffer());
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test('nothing outside those folders is served', async () => {
    for (const path of ['/vendor/office-js/../../package.json', '/vendor/office-js/%2e%2e/package.json', '/addin/assets/manifest.json']) {
      const res = await fetch(`${s.url}${path}`);
      await res.arrayBuffer();
      expect(res.status).toBe(404);
    }
  });
});

describe('GET /api/client-config', () => {
  test('development: the sign-in mode, no token needed, no secrets', async () => {
    const res = await s.api<Record<string, unknown>>('GET', '/api/client-config');
    expect(res).toEqual({ status: 200, body: { authMode: 'development', entraClientId: null, appIdUri: null, tenantId: null } });
  });

  test('production: the app registration the task pane asks a token for, never the client secret', async () => {
    const entra = await startTestServer({
      AUTH_MODE: 'entra',
      ENTRA_TENANT_ID: 'tenant-1',
      ENTRA_CLIENT_ID: 'client-1',
      ENTRA_APP_ID_URI: 'api://po.velsen.nl/client-1',
      ENTRA_CLIENT_SECRET: 'geheim',
    });
    try {
      const res = await entra.api<Record<string, unknown>>('GET', '/api/client-config');
      expect(res.body).toEqual({ authMode: 'entra', entraClientId: 'client-1', appIdUri: 'api://po.velsen.nl/client-1', tenantId: 'tenant-1' });
      expect(JSON.stringify(res.body)).not.toContain('geheim');
    } finally {
      await entra.close();
    }
  });
});
