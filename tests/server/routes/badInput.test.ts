/**
 * Bad input is the client's to fix: a 400, 404 or 409 naming the field, in Dutch, with nothing
 * changed. Characters Postgres cannot store, years outside 1900–2100, people who are not users,
 * and a Teams meeting chat that already belongs to another PO.
 */
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, createPo, expectOk, NOTULIST, OPDRACHTNEMER, readyPo, record, startedPo, type PoView } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

interface Refusal {
  status: number;
  id: string;
  message: string;
  problems: { code: string; path: string; message: string }[];
}
type ErrorBody = { error: { id: string; message: string; problems: Refusal['problems'] } };

async function refused(method: string, path: string, body?: unknown, as = CA): Promise<Refusal> {
  const res = await s.api<ErrorBody>(method, path, { as, body });
  if (res.status < 400) throw new Error(`verwacht een weigering, kreeg ${res.status}: ${JSON.stringify(res.body)}`);
  return { status: res.status, ...res.body.error };
}

const view = (poId: string): Promise<PoView> => expectOk(s.api<PoView>('GET', `/api/pos/${poId}`, { as: CA }));

describe('characters that are not text', () => {
  test('a NUL in a body field is a 400 naming the field, and the PO is unchanged', async () => {
    const { po } = await readyPo(s);
    const before = await view(po.id);
    const res = await refused('PATCH', `/api/pos/${po.id}`, { title: 'Agenda\u0000' });
    expect(res).toMatchObject({
      status: 400,
      id: 'validation',
      problems: [{ code: 'nul_character', path: 'body.title', message: 'body.title: bevat een ongeldig teken (NUL)' }],
    });
    expect(await view(po.id)).toEqual(before);
  });

  test('a NUL deep in a list is named by its full path', async () => {
    const { po } = await readyPo(s);
    const res = await refused('POST', `/api/pos/${po.id}/agendapunten`, {
      title: 'Stukken',
      stukken: [
        { title: 'Goed', url: 'https://intranet.example/a.pdf' },
        { title: 'Fout\u0000', url: 'https://intranet.example/b.pdf' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.problems.map((p) => p.path)).toEqual(['body.stukken.1.title']);
  });

  test('a NUL in a search query or a path parameter is a 400 naming it', async () => {
    expect(await refused('GET', '/api/verslagen?q=woning%00bouw')).toMatchObject({ status: 400, problems: [{ path: 'query.q', code: 'nul_character' }] });
    expect(await refused('GET', '/api/pos/a%00b')).toMatchObject({ status: 400, problems: [{ path: 'params.poId', code: 'nul_character' }] });
  });

  test('a lone surrogate in a record is a 400 naming the field, and nothing is recorded', async () => {
    const { po, items } = await startedPo(s);
    const before = await view(po.id);
    const res = await record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Actie \ud800', ownerName: 'Tim' });
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).error.problems).toEqual([
      { code: 'lone_surrogate', path: 'body.text', message: 'body.text: bevat een ongeldig teken (losse surrogaat)' },
    ]);
    expect(await view(po.id)).toEqual(before);
  });

  test('a bad character in a field name is refused too, without repeating it', async () => {
    const { po } = await readyPo(s);
    const res = await refused('PATCH', `/api/pos/${po.id}`, { 'ti\u0000tle': 'x' });
    expect(res).toMatchObject({ status: 400, problems: [{ code: 'nul_character', path: 'body.ti\ufffdtle' }] });
  });

  test('text that is well formed passes: emoji and accents are not surrogate problems', async () => {
    const { po } = await readyPo(s);
    const changed = await expectOk(s.api<PoView & { title: string }>('PATCH', `/api/pos/${po.id}`, { as: CA, body: { title: 'Overleg 🏗️ café' } }));
    expect(changed.title).toBe('Overleg 🏗️ café');
  });
});

describe('years outside 1900–2100', () => {
  test('a start in 2101 or 1899 is a 400 naming startsAt, and the PO is unchanged', async () => {
    const { po } = await readyPo(s);
    const before = await view(po.id);
    for (const startsAt of ['2101-01-01T09:00:00Z', '1899-12-31T09:00:00+01:00', '9999-12-31T23:59:59Z']) {
      const res = await refused('PATCH', `/api/pos/${po.id}`, { startsAt });
      expect(res).toMatchObject({
        status: 400,
        id: 'validation',
        problems: [{ path: 'body.startsAt', message: 'body.startsAt: moet in de jaren 1900 tot en met 2100 liggen' }],
      });
    }
    expect(await view(po.id)).toEqual(before);
    expect((await refused('POST', '/api/pos', { portefeuillehouderId: 'bram', startsAt: '0001-01-01T00:00:00Z' })).problems[0]?.path).toBe('body.startsAt');
  });

  test('a due date or college date out of range is a 400 naming it; 1900 and 2100 themselves are fine', async () => {
    const { po, items } = await startedPo(s);
    const dueDate = await record(s, po.id, { kind: 'actiepunt', agendapuntId: items.besluit, text: 'Ooit', ownerName: 'Tim', dueDate: '9999-12-31' });
    expect(dueDate.status).toBe(400);
    expect((dueDate.body as ErrorBody).error.problems[0]?.path).toBe('body.dueDate');
    const college = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Besloten', collegeDatum: '0001-01-01' });
    expect((college.body as ErrorBody).error.problems[0]?.path).toBe('body.collegeDatum');
    expect((await record(s, po.id, { kind: 'actiepunt', agendapuntId: items.besluit, text: 'Vroeg', ownerName: 'Tim', dueDate: '1900-01-01' })).status).toBe(
      201,
    );
    expect((await record(s, po.id, { kind: 'actiepunt', agendapuntId: items.besluit, text: 'Laat', ownerName: 'Tim', dueDate: '2100-12-31' })).status).toBe(
      201,
    );
  });

  test('a query date out of range is a 400 naming it', async () => {
    expect(await refused('GET', '/api/collegeplanning?from=1899-12-31')).toMatchObject({ status: 400, problems: [{ path: 'query.from' }] });
    expect(await refused('GET', '/api/pos?to=2101-01-01')).toMatchObject({ status: 400, problems: [{ path: 'query.to' }] });
  });

  test('the OpenAPI document says which fields are dates', async () => {
    const doc = await expectOk(
      s.api<{ paths: Record<string, Record<string, { parameters: { name: string; schema: { format?: string } }[] }>> }>('GET', '/api/openapi.json'),
    );
    expect(doc.paths['/api/collegeplanning']?.get?.parameters.find((p) => p.name === 'from')?.schema.format).toBe('date');
  });
});

describe('people who are not users', () => {
  test('an unknown owner of a new record is a 400 naming body.ownerId, and nothing is recorded', async () => {
    const { po, items } = await startedPo(s);
    const before = await view(po.id);
    const res = await record(s, po.id, {
      kind: 'actiepunt',
      dueDate: '2026-12-18',
      agendapuntId: items.besluit,
      text: 'Voor niemand',
      ownerId: 'u-bestaat-niet',
    });
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).error).toEqual({
      id: 'validation',
      message: 'Onbekende gebruiker "u-bestaat-niet".',
      problems: [{ code: 'unknown', path: 'body.ownerId', message: 'Kies een bestaande gebruiker.' }],
    });
    expect(await view(po.id)).toEqual(before);
  });

  test('a retried record is still recognised, and its id can be used once the owner is right', async () => {
    const { po, items } = await startedPo(s);
    const id = randomUUID();
    const body = { id, kind: 'toezegging', agendapuntId: items.oordeel, text: 'Raad informeren', aan: 'gemeenteraad' };
    expect((await record(s, po.id, { ...body, ownerId: 'u-bestaat-niet' })).status).toBe(400);
    const first = await record(s, po.id, { ...body, ownerId: OPDRACHTNEMER });
    expect(first.status).toBe(201);
    const retry = await record(s, po.id, { ...body, ownerId: OPDRACHTNEMER });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(id);
  });

  test('an unknown owner in a record change is a 400 naming body.ownerId, and the record is unchanged', async () => {
    const { po, items } = await startedPo(s);
    const actie = await record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Opstellen', ownerId: OPDRACHTNEMER });
    const before = await view(po.id);
    const res = await refused('PATCH', `/api/pos/${po.id}/vastleggingen/${String(actie.body.id)}`, { ownerId: 'u-bestaat-niet' }, NOTULIST);
    expect(res).toMatchObject({ status: 400, id: 'validation', problems: [{ code: 'unknown', path: 'body.ownerId' }] });
    expect(await view(po.id)).toEqual(before);
  });

  test('unknown participants are refused on PATCH with the same message as on create, and the PO is unchanged', async () => {
    const po = await createPo(s);
    const before = await view(po.id);
    const patched = await refused('PATCH', `/api/pos/${po.id}`, { participantIds: [OPDRACHTNEMER, 'u-bestaat-niet'] });
    const created = await refused('POST', '/api/pos', { portefeuillehouderId: 'bram', participantIds: [OPDRACHTNEMER, 'u-bestaat-niet'] });
    const expected = {
      status: 400,
      id: 'validation',
      message: 'Onbekende gebruiker "u-bestaat-niet".',
      problems: [{ code: 'unknown', path: 'body.participantIds.1', message: 'Kies een bestaande gebruiker.' }],
    };
    expect(patched).toEqual(expected);
    expect(created).toEqual(expected);
    expect(await view(po.id)).toEqual(before);
    await expectOk(s.api('PATCH', `/api/pos/${po.id}`, { as: CA, body: { participantIds: [OPDRACHTNEMER] } }));
  });
});

describe('one Teams meeting per PO', () => {
  test('linking a second PO to a meeting chat is a 409 naming body.teamsMeetingChatId, and that PO is unchanged', async () => {
    const chat = `19:meeting_${randomUUID()}@thread.v2`;
    const first = await createPo(s);
    const second = await createPo(s);
    await expectOk(s.api('PATCH', `/api/pos/${first.id}`, { as: CA, body: { teamsMeetingChatId: chat } }));
    const before = await view(second.id);
    const res = await refused('PATCH', `/api/pos/${second.id}`, { teamsMeetingChatId: chat, title: 'Ook deze vergadering' });
    expect(res).toEqual({
      status: 409,
      id: 'duplicate',
      message: 'Deze Teams-vergadering is al aan een ander PO gekoppeld.',
      problems: [{ code: 'duplicate', path: 'body.teamsMeetingChatId', message: 'Deze Teams-vergadering is al aan een ander PO gekoppeld.' }],
    });
    expect(await view(second.id)).toEqual(before);
    // Linking the same PO again is no conflict, and after unlinking the chat is free.
    await expectOk(s.api('PATCH', `/api/pos/${first.id}`, { as: CA, body: { teamsMeetingChatId: chat } }));
    await expectOk(s.api('PATCH', `/api/pos/${first.id}`, { as: CA, body: { teamsMeetingChatId: null } }));
    await expectOk(s.api('PATCH', `/api/pos/${second.id}`, { as: CA, body: { teamsMeetingChatId: chat } }));
  });
});

describe('things that are not there', () => {
  test('an agenda invite for an event that does not exist is a 404 naming eventId, and nothing is recorded', async () => {
    const { po } = await readyPo(s);
    const runs = async (): Promise<number> =>
      Number((await s.deps.db.query<{ n: string }>('SELECT count(*) AS n FROM graph_runs WHERE po_id = $1', [po.id]))[0]?.n);
    const res = await refused('POST', `/api/pos/${po.id}/agenda/uitnodiging`, { eventId: 'bestaat-niet' });
    expect(res).toMatchObject({ status: 404, id: 'not_found', problems: [{ code: 'unknown_event', path: 'body.eventId' }] });
    expect(await runs()).toBe(0);
  });
});
