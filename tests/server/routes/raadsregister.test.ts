import { tick } from '../../../src/server/reminders/scheduler';
import { listJobs } from '../../../src/server/store/jobs';
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, GS, MEDEWERKER, NOTULIST, OPDRACHTNEMER, OPDRACHTNEMER2, PH, record, startedPo } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const BEHEERDER = 'u-bea';
const TIM_ENTRA = '00000000-0000-4000-8000-000000000013';
const HEADER = 'soort;nummer;raadsvergadering;titel;indieners;portefeuillehouder;opdrachtnemer;deadline;status';

interface Item {
  id: string;
  nummer: string;
  status: string;
  overdue: boolean;
  portefeuillehouder: string;
  opdrachtnemer: string;
  deadline: string | null;
}
type Paged = { items: Item[]; nextCursor: string | null };
const entry = (over: Record<string, unknown> = {}) => ({
  soort: 'motie',
  nummer: `M-${Math.random().toString(36).slice(2, 8)}`,
  raadsvergadering: '2026-11-12',
  titel: 'Meer groen in de wijk',
  indieners: 'GroenLinks',
  portefeuillehouderId: 'bram',
  opdrachtnemerId: OPDRACHTNEMER,
  deadline: '2026-12-20',
  ...over,
});

describe('entering the register', () => {
  test('the concernadviseur enters and changes; others are refused; nummers are unique', async () => {
    s.setNow(new Date('2026-12-01T09:00:00Z'));
    const body = entry({ nummer: 'M2026-100' });
    for (const as of [MEDEWERKER, PH, NOTULIST, GS]) expect((await s.api('POST', '/api/raadsregister', { as, body })).status).toBe(403);
    const created = await s.api<Item>('POST', '/api/raadsregister', { as: CA, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      nummer: 'M2026-100',
      portefeuillehouder: 'Bram Diepstraten',
      opdrachtnemer: 'Tim Jansen',
      status: 'open',
      overdue: false,
    });
    const again = await s.api<{ error: { problems: { path: string }[] } }>('POST', '/api/raadsregister', { as: CA, body: { ...body, nummer: 'm2026-100' } });
    expect(again.status).toBe(409);
    expect(again.body.error.problems[0]?.path).toBe('body.nummer');
    const badPh = await s.api<{ error: { problems: { path: string }[] } }>('POST', '/api/raadsregister', {
      as: CA,
      body: entry({ portefeuillehouderId: 'niemand' }),
    });
    expect(badPh.status).toBe(400);
    expect(badPh.body.error.problems[0]?.path).toBe('body.portefeuillehouderId');
    expect((await s.api('PATCH', `/api/raadsregister/${created.body.id}`, { as: MEDEWERKER, body: { status: 'afgerond' } })).status).toBe(403);
    const changed = await expectOk(s.api<Item>('PATCH', `/api/raadsregister/${created.body.id}`, { as: CA, body: { status: 'afgerond' } }));
    expect(changed.status).toBe('afgerond');
    // Anyone signed in reads the register (the raad's own public business).
    const seen = await expectOk(s.api<Paged>('GET', '/api/raadsregister?status=alle', { as: MEDEWERKER }));
    expect(seen.items.map((i) => i.nummer)).toContain('M2026-100');
    expect((await s.api('GET', '/api/raadsregister', {})).status).toBe(401);
  });
});

describe('importing the griffie’s list', () => {
  test('preview names every bad row and field and writes nothing; the import is all or nothing; a re-import updates by nummer', async () => {
    s.setNow(new Date('2026-12-01T09:00:00Z'));
    const bad = [HEADER, 'motie;I-1;12-11-2026;Goed;;Bram Diepstraten;Tim Jansen;15-12-2026;open', 'motie;I-2;32-11-2026;Fout;;Jan;;;'].join('\r\n');
    for (const as of [MEDEWERKER, PH]) expect((await s.api('POST', '/api/raadsregister/import', { as, body: { csv: bad, preview: true } })).status).toBe(403);
    const preview = await expectOk(
      s.api<{ problems: { line: number; field: string }[]; rows: unknown[] }>('POST', '/api/raadsregister/import', {
        as: CA,
        body: { csv: bad, preview: true },
      }),
    );
    expect(preview.problems.map((p) => `${p.line}:${p.field}`)).toEqual(['3:raadsvergadering', '3:portefeuillehouder']);
    const refused = await s.api<{ error: { problems: { path: string; message: string }[] } }>('POST', '/api/raadsregister/import', {
      as: CA,
      body: { csv: bad },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('Regel 3, raadsvergadering'),
      expect.stringContaining('Regel 3, portefeuillehouder'),
    ]);
    const none = await expectOk(s.api<Paged>('GET', '/api/raadsregister?status=alle&limit=200', { as: CA }));
    expect(none.items.some((i) => i.nummer.startsWith('I-'))).toBe(false);

    const good = `\uFEFF${[HEADER, 'motie;I-1;12-11-2026;Goed;;Bram Diepstraten;Tim Jansen;15-12-2026;open', 'toezegging;I-2;2026-11-12;Brief;;Sander Smeets;;;'].join('\n')}`;
    const first = await expectOk(s.api<{ created: number; updated: number }>('POST', '/api/raadsregister/import', { as: CA, body: { csv: good } }));
    expect(first).toMatchObject({ created: 2, updated: 0 });
    const reimport = good.replace('15-12-2026;open', '20-12-2026;in uitvoering');
    const plan = await expectOk(s.api<{ rows: { action: string }[] }>('POST', '/api/raadsregister/import', { as: CA, body: { csv: reimport, preview: true } }));
    expect(plan.rows.map((r) => r.action)).toEqual(['bijwerken', 'bijwerken']);
    expect(await expectOk(s.api('POST', '/api/raadsregister/import', { as: CA, body: { csv: reimport } }))).toMatchObject({ created: 0, updated: 2 });
    const after = await expectOk(s.api<Paged>('GET', '/api/raadsregister?status=alle&limit=200', { as: CA }));
    const i1 = after.items.filter((i) => i.nummer === 'I-1');
    expect(i1).toHaveLength(1);
    expect(i1[0]).toMatchObject({ deadline: '2026-12-20', status: 'in_uitvoering' });
  });
});

describe('lists, links and the standing item', () => {
  test('filters and pages; a PO record links to an entry; confidential references stay hidden; the next PO shows what is due', async () => {
    s.setNow(new Date('2026-12-07T08:00:00Z'));
    const late = await expectOk(s.api<Item>('POST', '/api/raadsregister', { as: CA, body: entry({ nummer: 'L-1', deadline: '2026-11-20' }) }));
    const soon = await expectOk(
      s.api<Item>('POST', '/api/raadsregister', { as: CA, body: entry({ nummer: 'L-2', soort: 'toezegging', deadline: '2026-12-18' }) }),
    );
    const far = await expectOk(s.api<Item>('POST', '/api/raadsregister', { as: CA, body: entry({ nummer: 'L-3', deadline: '2027-03-01' }) }));
    const other = await expectOk(
      s.api<Item>('POST', '/api/raadsregister', { as: CA, body: entry({ nummer: 'L-4', portefeuillehouderId: 'sander', deadline: '2026-11-01' }) }),
    );

    const overdue = await expectOk(s.api<Paged>('GET', '/api/raadsregister?overdue=true&portefeuillehouderId=bram', { as: CA }));
    expect(overdue.items.map((i) => i.nummer)).toEqual(['L-1']);
    expect(overdue.items[0]?.overdue).toBe(true);
    const toezeggingen = await expectOk(s.api<Paged>('GET', '/api/raadsregister?soort=toezegging&status=open', { as: CA }));
    expect(toezeggingen.items.map((i) => i.nummer)).toContain('L-2');
    expect(toezeggingen.items.some((i) => i.nummer === 'L-1')).toBe(false);
    // Page by page, nothing lost or repeated.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Paged = await expectOk(s.api<Paged>('GET', `/api/raadsregister?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { as: CA }));
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([late.id, soon.id, far.id, other.id]));
    expect((await s.api('GET', '/api/raadsregister?cursor=bogus', { as: CA })).status).toBe(400);

    const { po, items } = await startedPo(s, { startsAt: '2026-12-07T08:00:00Z' });
    const linked = await record(s, po.id, {
      kind: 'motie',
      agendapuntId: items.besluit,
      text: 'Voortgang groen besproken',
      ownerId: OPDRACHTNEMER2,
      raadsItemId: late.id,
    });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({ raadsItemId: late.id, referentie: 'L-1' });
    const secret = await record(s, po.id, {
      kind: 'motie',
      agendapuntId: items.geheim,
      text: 'Geheime grondprijs Zeeweg',
      referentie: 'L-1',
      ownerId: OPDRACHTNEMER,
      raadsItemId: late.id,
    });
    expect(secret.status).toBe(201);
    const wrongKind = await s.api<{ error: { problems: { path: string }[] } }>('POST', `/api/pos/${po.id}/vastleggingen`, {
      as: NOTULIST,
      body: { id: crypto.randomUUID(), kind: 'toezegging', agendapuntId: items.besluit, text: 'x', aan: 'raad', raadsItemId: late.id },
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.problems[0]?.path).toBe('body.raadsItemId');
    const unknown = await record(s, po.id, { kind: 'toezegging', agendapuntId: items.besluit, text: 'x', aan: 'raad', raadsItemId: crypto.randomUUID() });
    expect(unknown.status).toBe(400);

    type Detail = Item & { references: { text: string; poId: string }[] };
    const forCa = await expectOk(s.api<Detail>('GET', `/api/raadsregister/${late.id}`, { as: CA }));
    expect(forCa.references.map((r) => r.text).sort()).toEqual(['Geheime grondprijs Zeeweg', 'Voortgang groen besproken']);
    for (const as of [MEDEWERKER, GS, OPDRACHTNEMER2]) {
      const res = await s.api<Detail>('GET', `/api/raadsregister/${late.id}`, { as });
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain('Zeeweg');
    }
    const medewerker = await expectOk(s.api<Detail>('GET', `/api/raadsregister/${late.id}`, { as: MEDEWERKER }));
    expect(medewerker.references).toEqual([]);

    const standing = await expectOk(s.api<{ horizon: string; items: Item[] }>('GET', `/api/pos/${po.id}/raadsregister`, { as: PH }));
    expect(standing.horizon).toBe('2026-12-21');
    expect(standing.items.map((i) => i.nummer)).toEqual(expect.arrayContaining(['L-1', 'L-2']));
    expect(standing.items.map((i) => i.nummer)).not.toContain('L-3');
    expect(standing.items.map((i) => i.nummer)).not.toContain('L-4');
    expect((await s.api('GET', `/api/pos/${po.id}/raadsregister`, { as: MEDEWERKER })).status).toBe(403);
  });
});

describe('reminders', () => {
  test('only the beheerder sets them; bad values are named', async () => {
    expect((await s.api('GET', '/api/beheer/herinneringen', { as: CA })).status).toBe(403);
    const body = { enabled: true, daysBefore: [3], daysAfter: [1, 7], digestWeekday: 1 };
    expect((await s.api('PUT', '/api/beheer/herinneringen', { as: CA, body })).status).toBe(403);
    const saved = await expectOk(s.api<{ description: string }>('PUT', '/api/beheer/herinneringen', { as: BEHEERDER, body }));
    expect(saved.description).toBe('3 dagen vooraf, 1 en 7 dagen na de deadline');
    const bad = await s.api<{ error: { problems: { path: string }[] } }>('PUT', '/api/beheer/herinneringen', {
      as: BEHEERDER,
      body: { ...body, daysBefore: [2, 2] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0]?.path).toBe('body.daysBefore');
  });

  test('the owner of an overdue raad entry gets one activity-feed notification, retried after a Graph outage', async () => {
    s.sandbox.state.activities.length = 0;
    s.setNow(new Date('2026-12-21T08:00:00Z'));
    await expectOk(s.api<Item>('POST', '/api/raadsregister', { as: CA, body: entry({ nummer: 'R-1', titel: 'Speeltuin Zeewijk', deadline: '2026-12-20' }) }));
    // Graph is down for this call (its own retries included): the job waits and tries again.
    s.sandbox.inject({ status: 503, retryAfterSeconds: 0, times: 1000, pathIncludes: 'sendActivityNotification' });
    const failed = await tick(s.deps);
    expect(failed.retried).toBeGreaterThanOrEqual(1);
    expect(s.sandbox.state.activities.filter((a) => a.previewText.includes('R-1'))).toHaveLength(0);
    s.sandbox.clearFaults();
    s.setNow(new Date('2026-12-21T08:30:00Z'));
    await tick(s.deps);
    await tick(s.deps);
    const sent = s.sandbox.state.activities.filter((a) => a.previewText.includes('R-1'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      recipient: TIM_ENTRA,
      activityType: 'herinnering',
      previewText: 'Motie: deadline 1 dag verstreken: R-1 Speeltuin Zeewijk',
    });
    expect(sent[0]?.topic.webUrl).toContain('raadsregister');
    const jobs = await listJobs(s.deps.db, { kind: 'herinnering' });
    expect(jobs.find((j) => j.key.includes(':1') && j.status === 'klaar' && j.attempts === 2)).toBeDefined();
  });

  test('a reminder of a record on a confidential item carries no text; a closed item is not reminded', async () => {
    s.sandbox.state.activities.length = 0;
    s.setNow(new Date('2026-12-28T08:00:00Z'));
    const { po, items } = await startedPo(s, { startsAt: '2026-12-28T08:00:00Z' });
    await record(s, po.id, { kind: 'actiepunt', agendapuntId: items.geheim, text: 'Taxatie Zeeweg opvragen', ownerId: OPDRACHTNEMER, dueDate: '2026-12-31' });
    const open = await record(s, po.id, {
      kind: 'actiepunt',
      agendapuntId: items.besluit,
      text: 'Schoolroutes uitwerken',
      ownerId: OPDRACHTNEMER2,
      dueDate: '2026-12-31',
    });
    const closed = await record(s, po.id, { kind: 'actiepunt', agendapuntId: items.besluit, text: 'Al klaar', ownerId: OPDRACHTNEMER2, dueDate: '2026-12-31' });
    await expectOk(s.api('PUT', `/api/opvolging/${String(closed.body.id)}/status`, { as: OPDRACHTNEMER2, body: { status: 'afgerond' } }));
    await tick(s.deps);
    const texts = s.sandbox.state.activities.map((a) => a.previewText);
    expect(texts).toContain('Actiepunt: deadline over 3 dagen: Schoolroutes uitwerken');
    expect(texts).toContain('Actiepunt: deadline over 3 dagen');
    expect(JSON.stringify(s.sandbox.state.activities)).not.toContain('Zeeweg');
    expect(texts.some((t) => t.includes('Al klaar'))).toBe(false);
    expect(open.status).toBe(201);
  });
});
