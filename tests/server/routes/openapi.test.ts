/**
 * The API document describes answers too (issue 16): every route the server serves under /api
 * (the live WebSocket aside) is in /api/openapi.json with what a successful answer holds, and what
 * the GET routes really answer is what their declared response schema (src/shared/contract) says.
 */
import { routeSpecsOf } from '../../../src/server/http/route';
import { CA, createPo, expectOk, NOTULIST, record, startedPo } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}
type Doc = { paths: Record<string, Record<string, Operation>> };

let s: TestServer;
const fx = { poId: '', itemId: '' };

beforeAll(async () => {
  s = await startTestServer();
  const { po, items } = await startedPo(s);
  fx.poId = po.id;
  fx.itemId = items.besluit;
  for (const body of [
    { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Ingestemd.', collegeDatum: '2030-01-08' },
    { kind: 'actiepunt', agendapuntId: items.besluit, text: 'Brief schrijven', ownerId: 'u-tim', dueDate: '2030-02-01' },
    { kind: 'toezegging', agendapuntId: items.oordeel, text: 'Terugkoppelen', aan: 'Raad', ownerId: 'u-mila' },
    { kind: 'motie', agendapuntId: items.oordeel, text: 'Motie groen', referentie: 'M-1' },
  ])
    await expectOk(record(s, po.id, body));
  await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: NOTULIST }));
  await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
  const next = await createPo(s);
  await expectOk(s.api('POST', `/api/pos/${next.id}/agendaverzoeken`, { as: 'u-tim', body: { title: 'Nieuw punt', purpose: 'beeldvorming' } }));
}, 120_000);
afterAll(async () => {
  await s.close();
});

const BEHEERDER = 'u-bea';
/** Queries a route needs to answer at all. */
const QUERY: Record<string, string> = { '/api/beheer/directory': '?zoek=de' };

/** Routes and methods from Fastify's printed route tree (`├── /agenda (GET, HEAD)` under its parent). */
function servedRoutes(tree: string): { url: string; method: string }[] {
  const parents: string[] = [];
  const routes: { url: string; method: string }[] = [];
  for (const line of tree.split('\n')) {
    const m = /^(.*?)[├└]── (\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = [...m[1]!].length / 4;
    const url = (parents[depth - 1] ?? '') + m[2]!;
    parents[depth] = url;
    parents.length = depth + 1;
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD')) routes.push({ url: url.replace(/^\/\//, '/'), method });
  }
  return routes;
}

/** `/api/pos/:poId` as the document writes it. */
const docPath = (url: string): string => url.replace(/:([A-Za-z]+)/g, '{$1}');

describe('the OpenAPI document', () => {
  test('names every /api route the server serves, each with the content of a successful answer', async () => {
    const doc = (await s.api<Doc>('GET', '/api/openapi.json')).body;
    // Fastify's own table, not the registry the document is made from.
    const served = servedRoutes(s.app.printRoutes({ commonPrefix: false })).filter((r) => r.url.startsWith('/api/') && r.url !== '/api/pos/:poId/live');
    expect(served.length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const { url, method } of served) {
      const op = doc.paths[docPath(url)]?.[method.toLowerCase()];
      if (!op) {
        missing.push(`${method} ${url}: niet in het document`);
        continue;
      }
      const [status, success] = Object.entries(op.responses).find(([code]) => code.startsWith('2')) ?? [];
      if (!status || !success) {
        missing.push(`${method} ${url}: geen succesantwoord`);
        continue;
      }
      if (status === '204') continue;
      const schema = Object.values(success.content ?? {})[0]?.schema;
      if (!schema || Object.keys(schema).length === 0) missing.push(`${method} ${url}: antwoord zonder schema`);
    }
    expect(missing).toEqual([]);
  });

  test('every GET route answers what its response schema declares', async () => {
    const params: Record<string, string> = { poId: '', itemId: '' };
    Object.assign(params, fx);
    const checked: string[] = [];
    const wrong: string[] = [];
    for (const spec of routeSpecsOf(s.app)) {
      if (spec.method !== 'GET' || !(spec.response && 'safeParse' in spec.response)) continue;
      const names = [...spec.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
      if (names.some((n) => !params[n])) continue; // teamId: a Graph team, not part of this fixture
      const url = spec.url.replace(/:([A-Za-z]+)/g, (_, n: string) => params[n]!);
      const as = spec.auth === false ? null : spec.url.startsWith('/api/beheer/') ? BEHEERDER : CA;
      const res = await s.api('GET', `${url}${QUERY[spec.url] ?? ''}`, { as });
      if (res.status !== 200) {
        wrong.push(`GET ${url}: ${res.status}`);
        continue;
      }
      const parsed = spec.response.safeParse(res.body);
      if (!parsed.success)
        wrong.push(
          `GET ${spec.url}: ${parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.')} ${i.message}`)
            .join('; ')}`,
        );
      checked.push(spec.url);
    }
    expect(wrong).toEqual([]);
    // The lists, the PO, the verslag and its versions, the registers and the system's answers.
    expect(checked).toEqual(
      expect.arrayContaining([
        '/api/pos',
        '/api/pos/:poId',
        '/api/pos/:poId/verslag',
        '/api/pos/:poId/verslag/versies',
        '/api/opvolging',
        '/api/collegeplanning',
        '/api/verslagen',
        '/api/agendaverzoeken',
        '/api/audit',
        '/api/organisatie',
        '/api/me',
        '/api/beheer/organisatie',
      ]),
    );
  });
});
