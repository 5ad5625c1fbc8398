import { startTestServer, type TestServer } from '../helpers/server';
import { CA, createPo, GS, MEDEWERKER, PH, type PoView } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

describe('a PO', () => {
  test('is created for the next Monday 09:00 in Amsterdam by default', async () => {
    s.setNow(new Date('2026-11-25T14:00:00Z')); // Wednesday
    const po = await createPo(s);
    expect(po.startsAt).toBe('2026-11-30T08:00:00.000Z'); // Monday 09:00 CET
    expect(po.status).toBe('concept');
    expect(po.sections).toEqual(['Categorie I – Politieke koersbepaling', 'Categorie II – Uitvoering', 'Categorie III – Periodiek en routine']);
    s.setNow(new Date());
  });

  test('can use the alternative agenda template of three sections', async () => {
    const po = await createPo(s, { template: 'deventer' });
    expect(po.sections).toEqual(['Strategische zaken', 'Tactisch-operationele zaken', 'Dingen van de dag']);
  });

  test('is listed for those involved and readable by them only', async () => {
    const po = await createPo(s);
    const mine = await s.api<{ items: { id: string }[] }>('GET', '/api/pos', { as: PH });
    expect(mine.body.items.map((p) => p.id)).toContain(po.id);
    const other = await s.api<{ items: { id: string }[] }>('GET', '/api/pos', { as: MEDEWERKER });
    expect(other.body.items.map((p) => p.id)).not.toContain(po.id);
    expect((await s.api('GET', `/api/pos/${po.id}`, { as: MEDEWERKER })).status).toBe(403);
    expect((await s.api('GET', `/api/pos/${po.id}`, { as: PH })).status).toBe(200);
    const all = await s.api<{ items: { id: string }[] }>('GET', '/api/pos?scope=alle', { as: GS });
    expect(all.body.items.map((p) => p.id)).toContain(po.id);
    expect((await s.api('GET', '/api/pos?scope=alle', { as: MEDEWERKER })).status).toBe(403);
  });

  test('can be created only by the concernadviseur or its own portefeuillehouder', async () => {
    expect((await s.api('POST', '/api/pos', { as: MEDEWERKER, body: { portefeuillehouderId: 'bram' } })).status).toBe(403);
    expect((await s.api('POST', '/api/pos', { as: PH, body: { portefeuillehouderId: 'sander' } })).status).toBe(403);
    expect((await s.api('POST', '/api/pos', { as: PH, body: { portefeuillehouderId: 'bram', sameDayOk: true } })).status).toBe(201);
  });

  test('is changed and, as a concept, removed', async () => {
    const po = await createPo(s);
    const changed = await s.api<PoView & { title: string }>('PATCH', `/api/pos/${po.id}`, { as: CA, body: { title: 'PO Bram — extra' } });
    expect(changed.status).toBe(200);
    expect(changed.body.title).toBe('PO Bram — extra');
    expect((await s.api('DELETE', `/api/pos/${po.id}`, { as: CA })).status).toBe(204);
    expect((await s.api('GET', `/api/pos/${po.id}`, { as: CA })).status).toBe(404);
  });
});

describe('bad input', () => {
  test('names the field that is wrong, and creates nothing', async () => {
    const before = await s.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM pos');
    const res = await s.api<{ error: { id: string; problems: { path: string }[] } }>('POST', '/api/pos', {
      as: CA,
      body: { portefeuillehouderId: 'bram', startsAt: 'maandag' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe('validation');
    expect(res.body.error.problems.map((p) => p.path)).toContain('body.startsAt');
    const unknown = await s.api<{ error: { problems: { path: string }[] } }>('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'nobody' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.problems[0]?.path).toBe('body.portefeuillehouderId');
    const after = await s.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM pos');
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  test('rejects unknown fields, malformed JSON and oversized bodies', async () => {
    const extra = await s.api<{ error: { problems: { path: string }[] } }>('POST', '/api/pos', {
      as: CA,
      body: { portefeuillehouderId: 'bram', kleur: 'rood' },
    });
    expect(extra.status).toBe(400);
    const malformed = await s.api<{ error: { id: string } }>('POST', '/api/pos', { as: CA, raw: '{"portefeuillehouderId": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.id).toBe('validation');
    const huge = await s.api<{ error: { id: string } }>('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'bram', title: 'x'.repeat(300 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.body.error.id).toBe('body_too_large');
  });

  test('an unknown id is 404 and a malformed id 400', async () => {
    expect((await s.api('GET', '/api/pos/6f1c2b4e-0000-4000-8000-000000000000', { as: CA })).status).toBe(404);
    expect((await s.api('GET', '/api/pos/abc', { as: CA })).status).toBe(400);
  });
});

describe('the service', () => {
  test('reports its health without sign-in, naming no configuration (health.test.ts: live and ready)', async () => {
    const res = await s.api<{ status: string }>('GET', '/api/health');
    expect(res.body).toEqual({ status: 'ok' });
  });

  test('serves an OpenAPI document generated from the route schemas', async () => {
    const res = await s.api<{
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } }>>;
    }>('GET', '/api/openapi.json');
    expect(res.body.openapi).toMatch(/^3\./);
    const create = res.body.paths['/api/pos']?.post;
    expect(Object.keys(create?.requestBody?.content['application/json']?.schema.properties ?? {})).toContain('portefeuillehouderId');
    expect(res.body.paths['/api/pos/{poId}/agenda/vaststellen']).toBeDefined();
  });

  test('shows a start page with the demo users', async () => {
    const res = await fetch(`${s.url}/`);
    const html = await res.text();
    expect(html).toContain('lang="nl"');
    expect(html).toContain('Eva de Vries');
    expect(html).toContain('/api/openapi.json');
  });
});
