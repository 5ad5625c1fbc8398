import { startTestServer, type TestServer } from '../helpers/server';
import {
  ADVISEUR,
  CA,
  createPo,
  expectOk,
  GS,
  MEDEWERKER,
  NOTULIST,
  OPDRACHTNEMER,
  OPDRACHTNEMER2,
  PH,
  record,
  startedPo,
  type PoView,
} from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Entry = { record: { id: string; text: string; status: string; kind: string }; poId: string; overdue: boolean };

describe('the follow-up register', () => {
  test('lists open items across POs, filters them, and follows their status', async () => {
    s.setNow(new Date('2026-11-30T08:00:00Z'));
    const { po, items } = await startedPo(s, { startsAt: '2026-11-30T08:00:00Z' });
    const overdue = await record(s, po.id, {
      kind: 'actiepunt',
      agendapuntId: items.besluit,
      text: 'Al te laat',
      ownerId: OPDRACHTNEMER2,
      dueDate: '2026-11-20',
    });
    await record(s, po.id, {
      kind: 'toezegging',
      agendapuntId: items.oordeel,
      text: 'Raad informeren',
      aan: 'gemeenteraad',
      ownerName: 'Bram',
      dueDate: '2027-01-31',
    });
    await record(s, po.id, { kind: 'motie', agendapuntId: items.oordeel, text: 'Motie fietsparkeren', referentie: 'M24-007' });
    await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Geen opvolgpunt' });

    const all = await expectOk(s.api<{ items: Entry[] }>('GET', '/api/opvolging', { as: CA }));
    const mine = all.items.filter((e) => e.poId === po.id);
    expect(mine.map((e) => e.record.kind).sort()).toEqual(['actiepunt', 'motie', 'toezegging']);
    const late = await expectOk(s.api<{ items: Entry[] }>('GET', '/api/opvolging?overdue=true', { as: CA }));
    expect(late.items.map((e) => e.record.text)).toContain('Al te laat');
    expect(late.items.every((e) => e.overdue)).toBe(true);
    const byOwner = await expectOk(s.api<{ items: Entry[] }>(`GET`, `/api/opvolging?ownerId=${OPDRACHTNEMER2}`, { as: CA }));
    expect(byOwner.items.map((e) => e.record.text)).toEqual(['Al te laat']);

    // The owner closes the action; it leaves the open register.
    await expectOk(s.api('PUT', `/api/opvolging/${String(overdue.body.id)}/status`, { as: OPDRACHTNEMER2, body: { status: 'afgerond' } }));
    const open = await expectOk(s.api<{ items: Entry[] }>('GET', '/api/opvolging', { as: CA }));
    expect(open.items.map((e) => e.record.text)).not.toContain('Al te laat');
    const withClosed = await expectOk(s.api<{ items: Entry[] }>('GET', '/api/opvolging?includeClosed=true', { as: CA }));
    expect(withClosed.items.find((e) => e.record.text === 'Al te laat')?.record.status).toBe('afgerond');
    // Someone unrelated may not change it, nor see this PO's items.
    expect((await s.api('PUT', `/api/opvolging/${String(overdue.body.id)}/status`, { as: MEDEWERKER, body: { status: 'open' } })).status).toBe(403);
    const outsider = await expectOk(s.api<{ items: Entry[] }>('GET', '/api/opvolging', { as: MEDEWERKER }));
    expect(outsider.items.filter((e) => e.poId === po.id)).toEqual([]);
  });

  test('is offered as a standing item on the next PO of the same portefeuillehouder', async () => {
    s.setNow(new Date('2026-12-01T08:00:00Z'));
    const { po, items } = await startedPo(s, { portefeuillehouderId: 'sander', startsAt: '2026-11-30T08:00:00Z' });
    await record(s, po.id, {
      kind: 'actiepunt',
      agendapuntId: items.besluit,
      text: 'Woningbouwplanning actualiseren',
      ownerId: OPDRACHTNEMER2,
      dueDate: '2026-12-20',
    });
    const next = await createPo(s, { portefeuillehouderId: 'sander', startsAt: '2026-12-07T08:00:00Z' });
    const standing = next.agendapunten.find((i) => i.title === 'Voortgang actiepunten, toezeggingen en moties');
    expect(standing?.purpose).toBe('beeldvorming');
    const offered = await expectOk(s.api<{ items: Entry[] }>('GET', `/api/pos/${next.id}/opvolging`, { as: CA }));
    expect(offered.items.map((e) => e.record.text)).toEqual(['Woningbouwplanning actualiseren']);
    const otherPh = await createPo(s, { portefeuillehouderId: 'jeroen', startsAt: '2026-12-07T08:00:00Z' });
    expect(otherPh.agendapunten).toEqual([]);
  });
});

describe('the collegeplanning', () => {
  test('lists besluitpunten per college date from all POs, for the gemeentesecretaris', async () => {
    const a = await startedPo(s, { startsAt: '2026-12-07T08:00:00Z' });
    const b = await startedPo(s, { portefeuillehouderId: 'marianne', startsAt: '2026-12-07T10:00:00Z' });
    await record(s, a.po.id, { kind: 'besluitpunt', agendapuntId: a.items.besluit, text: 'Schoolroutes naar het college' });
    await record(s, b.po.id, { kind: 'besluitpunt', agendapuntId: b.items.besluit, text: 'Buurthuizen naar het college' });
    await record(s, b.po.id, { kind: 'besluitpunt', agendapuntId: b.items.besluit, text: 'Later naar het college', collegeDatum: '2027-01-12' });
    const plan = await expectOk(
      s.api<{ items: { collegeDatum: string; besluitpunten: { text: string; portefeuillehouder: string }[] }[] }>(
        'GET',
        '/api/collegeplanning?from=2026-12-15&to=2027-01-31',
        { as: GS },
      ),
    );
    const dec15 = plan.items.find((d) => d.collegeDatum === '2026-12-15');
    expect(dec15?.besluitpunten.map((bp) => bp.text).sort()).toEqual(['Buurthuizen naar het college', 'Schoolroutes naar het college']);
    expect(dec15?.besluitpunten.map((bp) => bp.portefeuillehouder).sort()).toEqual(['Bram Diepstraten', 'Marianne Steijn']);
    expect(plan.items.find((d) => d.collegeDatum === '2027-01-12')?.besluitpunten.map((bp) => bp.text)).toEqual(['Later naar het college']);
    expect((await s.api('GET', '/api/collegeplanning', { as: MEDEWERKER })).status).toBe(403);
    expect((await s.api('GET', '/api/collegeplanning', { as: NOTULIST })).status).toBe(403);
  });
});

describe('agendaverzoeken', () => {
  test('an opdrachtnemer proposes, the concernadviseur accepts it into the agenda', async () => {
    const po = await createPo(s);
    const proposed = await s.api<{ id: string; status: string }>('POST', `/api/pos/${po.id}/agendaverzoeken`, {
      as: OPDRACHTNEMER,
      body: { title: 'Huisvesting statushouders', purpose: 'oordeelsvorming' },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.status).toBe('ingediend');
    const open = await expectOk(s.api<{ items: { id: string }[] }>('GET', `/api/agendaverzoeken?poId=${po.id}&status=ingediend`, { as: CA }));
    expect(open.items.map((v) => v.id)).toEqual([proposed.body.id]);
    expect((await s.api('POST', `/api/agendaverzoeken/${proposed.body.id}/besluit`, { as: OPDRACHTNEMER, body: { decision: 'geaccepteerd' } })).status).toBe(
      403,
    );
    const accepted = await expectOk(
      s.api<{ status: string; agendapuntId: string }>('POST', `/api/agendaverzoeken/${proposed.body.id}/besluit`, {
        as: CA,
        body: { decision: 'geaccepteerd', section: po.sections[1] },
      }),
    );
    expect(accepted.status).toBe('geaccepteerd');
    const after = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: OPDRACHTNEMER }));
    expect(after.agendapunten.find((i) => i.id === accepted.agendapuntId)).toMatchObject({
      title: 'Huisvesting statushouders',
      purpose: 'oordeelsvorming',
      section: po.sections[1],
    });
    expect(
      (await s.api('POST', `/api/agendaverzoeken/${proposed.body.id}/besluit`, { as: CA, body: { decision: 'afgewezen', reason: 'Toch niet' } })).status,
    ).toBe(409);
  });

  test('an independent adviser may agenderen; a decline needs a reason; a medewerker may not propose', async () => {
    const po = await createPo(s);
    const fromCiso = await expectOk(
      s.api<{ id: string }>('POST', `/api/pos/${po.id}/agendaverzoeken`, {
        as: ADVISEUR,
        body: { title: 'Datalek-melding Q4', purpose: 'beeldvorming', opdrachtnemerId: OPDRACHTNEMER, vertrouwelijk: true },
      }),
    );
    const noReason = await s.api<{ error: { problems: { path: string }[] } }>('POST', `/api/agendaverzoeken/${fromCiso.id}/besluit`, {
      as: PH,
      body: { decision: 'afgewezen' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.problems[0]?.path).toBe('body.reason');
    const declined = await expectOk(
      s.api<{ status: string; reason: string }>('POST', `/api/agendaverzoeken/${fromCiso.id}/besluit`, {
        as: PH,
        body: { decision: 'afgewezen', reason: 'Past beter in het bilateraal overleg.' },
      }),
    );
    expect(declined).toMatchObject({ status: 'afgewezen', reason: 'Past beter in het bilateraal overleg.' });
    const seen = await expectOk(s.api<{ items: { id: string; status: string }[] }>('GET', '/api/agendaverzoeken', { as: ADVISEUR }));
    expect(seen.items.find((v) => v.id === fromCiso.id)?.status).toBe('afgewezen');
    expect((await s.api('POST', `/api/pos/${po.id}/agendaverzoeken`, { as: MEDEWERKER, body: { title: 'Mag niet' } })).status).toBe(403);
  });
});
