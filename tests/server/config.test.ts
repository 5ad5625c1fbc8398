/**
 * The configuration in production: safe defaults (every interface, no sandbox, no demo data, Entra
 * sign-in), and one clear Dutch message per thing that cannot run there. Development keeps the
 * defaults that let a fresh clone run without setup.
 */
import { DEMO_APP_ID, loadConfig } from '../../src/server/config';

/** A minimal valid production environment (fake Entra ids: nothing here reaches Microsoft). */
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://po@db.velsen.example/po_overleg',
  APP_BASE_URL: 'https://po.velsen.example',
  APP_ID: '0b7e3c1a-5d2f-4a6b-9c8d-1e2f3a4b5c6d',
  ENTRA_TENANT_ID: '11111111-2222-4333-8444-555555555555',
  ENTRA_CLIENT_ID: '66666666-7777-4888-9999-aaaaaaaaaaaa',
  ENTRA_CLIENT_SECRET: 'geheim-van-velsen',
  ENTRA_APP_ID_URI: 'api://po.velsen.example/66666666-7777-4888-9999-aaaaaaaaaaaa',
} as const;

/** The problem lines of a refused configuration. */
function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    const [head, ...lines] = (err as Error).message.split('\n');
    expect(head).toBe('Ongeldige configuratie:');
    return lines.map((l) => l.trim());
  }
  throw new Error('de configuratie werd aanvaard');
}

describe('production', () => {
  test('a complete configuration starts with production defaults', () => {
    const c = loadConfig({ ...PRODUCTION });
    expect(c).toMatchObject({ HOST: '0.0.0.0', AUTH_MODE: 'entra', GRAPH_SANDBOX: false, SEED_DEMO_DATA: false, PORT: 3978 });
  });

  test('the Entra sign-in host: the public cloud by default, a national cloud by choice, never a URL or a path', () => {
    expect(loadConfig({ ...PRODUCTION }).ENTRA_AUTHORITY_HOST).toBe('login.microsoftonline.com');
    expect(loadConfig({ ...PRODUCTION, ENTRA_AUTHORITY_HOST: 'login.microsoftonline.us' }).ENTRA_AUTHORITY_HOST).toBe('login.microsoftonline.us');
    expect(loadConfig({ ...PRODUCTION, ENTRA_AUTHORITY_HOST: '127.0.0.1:8443' }).ENTRA_AUTHORITY_HOST).toBe('127.0.0.1:8443');
    for (const bad of ['http://login.example', 'login.example/tenant', 'login example']) {
      expect(problems({ ...PRODUCTION, ENTRA_AUTHORITY_HOST: bad })).toEqual([
        expect.stringMatching(/^ENTRA_AUTHORITY_HOST: moet een hostnaam zijn, eventueel met :poort \(zonder https:\/\/ en zonder pad\)/),
      ]);
    }
  });

  test('HOST can still be narrowed, e.g. to the proxy on this machine', () => {
    expect(loadConfig({ ...PRODUCTION, HOST: '127.0.0.1' }).HOST).toBe('127.0.0.1');
  });

  test.each([
    ['the development sign-in', { AUTH_MODE: 'development' }, /^AUTH_MODE: productie vraagt AUTH_MODE=entra: de ontwikkel-aanmelding bestaat daar niet/],
    ['the Graph sandbox', { GRAPH_SANDBOX: 'true' }, /^GRAPH_SANDBOX: de lokale Graph-sandbox is alleen voor ontwikkeling en tests/],
    ['demo data', { SEED_DEMO_DATA: '1' }, /^SEED_DEMO_DATA: demogegevens \(Gemeente Velsen en de demogebruikers\) horen niet in productie/],
    ['a missing tenant', { ENTRA_TENANT_ID: undefined }, /^ENTRA_TENANT_ID: ontbreekt: productie meldt aan met Microsoft Entra ID/],
    ['a missing client id', { ENTRA_CLIENT_ID: undefined }, /^ENTRA_CLIENT_ID: ontbreekt: productie meldt aan met Microsoft Entra ID/],
    ['a missing Application ID URI', { ENTRA_APP_ID_URI: undefined }, /^ENTRA_APP_ID_URI: ontbreekt: productie meldt aan met Microsoft Entra ID/],
    [
      'a missing client secret (Graph)',
      { ENTRA_CLIENT_SECRET: undefined },
      /^ENTRA_CLIENT_SECRET: ontbreekt: het clientgeheim van de app-registratie, nodig voor Microsoft Graph/,
    ],
    ['a missing public address', { APP_BASE_URL: undefined }, /^APP_BASE_URL: ontbreekt: het publieke https-adres van de app/],
    ['a public address without https', { APP_BASE_URL: 'http://po.velsen.example' }, /^APP_BASE_URL: moet met https:\/\/ beginnen/],
    ['Graph over plain http to another machine', { GRAPH_BASE_URL: 'http://graph.velsen.example/v1.0' }, /^GRAPH_BASE_URL: moet met https:\/\/ beginnen/],
    ['the demo app id', { APP_ID: DEMO_APP_ID }, /^APP_ID: is de GUID van de demo-app; kies eenmalig een eigen vaste GUID/],
  ])('refuses %s with one message naming the variable', (_what, change, message) => {
    const lines = problems({ ...PRODUCTION, ...change });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  test('Graph over https, or over http on this machine itself (a local stand-in), is accepted', () => {
    expect(loadConfig({ ...PRODUCTION, GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0' }).GRAPH_BASE_URL).toBe('https://graph.microsoft.us/v1.0');
    expect(loadConfig({ ...PRODUCTION, GRAPH_BASE_URL: 'http://127.0.0.1:3979/v1.0' }).GRAPH_BASE_URL).toBe('http://127.0.0.1:3979/v1.0');
  });

  test('an empty environment names every missing setting, one line each, and never echoes a secret', () => {
    const lines = problems({ NODE_ENV: 'production', ENTRA_CLIENT_SECRET: 'geheim-van-velsen', GRAPH_SANDBOX: 'true' });
    expect(lines.map((l) => l.split(':')[0])).toEqual(['ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID', 'ENTRA_APP_ID_URI', 'GRAPH_SANDBOX', 'APP_BASE_URL', 'APP_ID']);
    expect(lines.join('\n')).not.toContain('geheim-van-velsen');
  });
});

describe('development and tests', () => {
  test('a fresh clone needs no settings: local interface, development sign-in, sandbox and demo data', () => {
    for (const env of [{}, { NODE_ENV: 'development' }, { NODE_ENV: 'test' }]) {
      expect(loadConfig(env)).toMatchObject({ HOST: '127.0.0.1', AUTH_MODE: 'development', GRAPH_SANDBOX: true, SEED_DEMO_DATA: true, APP_ID: DEMO_APP_ID });
    }
  });

  test('switches keep their meaning: false, 0 and empty turn them off', () => {
    expect(loadConfig({ GRAPH_SANDBOX: 'false', SEED_DEMO_DATA: '0' })).toMatchObject({ GRAPH_SANDBOX: false, SEED_DEMO_DATA: false });
    expect(loadConfig({ GRAPH_SANDBOX: '' }).GRAPH_SANDBOX).toBe(false);
    expect(() => loadConfig({ GRAPH_SANDBOX: 'ja' })).toThrow(/GRAPH_SANDBOX/);
  });

  test('the shutdown time limit defaults to 8 s and is validated', () => {
    expect(loadConfig({}).SHUTDOWN_TIMEOUT_MS).toBe(8000);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_MS: '1500' }).SHUTDOWN_TIMEOUT_MS).toBe(1500);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '-1' })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });

  test('transcripts are not stored by default; a retention in whole days is validated in Dutch', () => {
    expect(loadConfig({}).TRANSCRIPT_RETENTION_DAYS).toBe(0);
    expect(loadConfig({ TRANSCRIPT_RETENTION_DAYS: '30' }).TRANSCRIPT_RETENTION_DAYS).toBe(30);
    expect(() => loadConfig({ TRANSCRIPT_RETENTION_DAYS: '-1' })).toThrow(/TRANSCRIPT_RETENTION_DAYS.*0 of meer/);
    expect(() => loadConfig({ TRANSCRIPT_RETENTION_DAYS: '1.5' })).toThrow(/TRANSCRIPT_RETENTION_DAYS.*geheel aantal dagen/);
  });

  test('finished scheduler jobs are kept 30 days by default, never less than 7', () => {
    expect(loadConfig({}).JOB_RETENTION_DAYS).toBe(30);
    expect(loadConfig({ JOB_RETENTION_DAYS: '90' }).JOB_RETENTION_DAYS).toBe(90);
    expect(() => loadConfig({ JOB_RETENTION_DAYS: '3' })).toThrow(/JOB_RETENTION_DAYS.*ten minste 7 dagen/);
  });
});
