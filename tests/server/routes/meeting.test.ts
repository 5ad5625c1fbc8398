import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, NOTULIST, PH, readyPo, record, startedPo, type PoView } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type ErrorBody = { error: { id: string; problems: { path: string }[] } };

describe('time per agendapunt', () => {
  test('the server keeps the time of every turn, so every screen shows the same elapsed time', async () => {
    const MIN = 60_000;
    const t0 = Date.now();
    const at = (minutes: number): Date => new Date(t0 + minutes * MIN);
    try {
      s.setNow(at(0));
      const { po, items } = await startedPo(s);
      const started = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: PH }));
      expect(started.timings).toEqual({ spent: {}, current: { itemId: items.beeld, since: at(0).toISOString() } });
      s.setNow(at(5));
      await expectOk(s.api('PUT', `/api/pos/${po.id}/vergadering/huidig-agendapunt`, { as: PH, body: { agendapuntId: items.besluit } }));
      s.setNow(at(12));
      await expectOk(s.api('PUT', `/api/pos/${po.id}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: items.beeld } }));
      const during = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }));
      expect(during.timings).toEqual({
        spent: { [items.beeld]: 5 * MIN, [items.besluit]: 7 * MIN },
        current: { itemId: items.beeld, since: at(12).toISOString() },
      });
      s.setNow(at(15));
      await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: PH }));
      const ended = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: NOTULIST }));
      expect(ended.timings).toEqual({ spent: { [items.beeld]: 8 * MIN, [items.besluit]: 7 * MIN }, current: null });
    } finally {
      s.setNow(new Date());
    }
  });
});

describe('recording', () => {
  test('is refused before the meeting starts, and the meeting needs a vastgestelde agenda', async () => {
    const { po, items } = await readyPo(s);
    const early = await record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.beeld, text: 'Te vroeg', ownerName: 'Tim' });
    expect(early.status).toBe(409);
    expect((early.body as ErrorBody).error.id).toBe('invalid_state');
    const notReady = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/vergadering/starten`, { as: NOTULIST });
    expect(notReady.status).toBe(409);
  });

  test('records all four kinds on the current item, for the notulist only', async () => {
    const { po, items } = await startedPo(s);
    const started = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }));
    expect(started.status).toBe('gestart');
    expect(started.currentAgendapuntId).toBe(items.beeld);
    await expectOk(s.api('PUT', `/api/pos/${po.id}/vergadering/huidig-agendapunt`, { as: PH, body: { agendapuntId: items.besluit } }));
    const besluit = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Ingestemd met het uitvoeringsplan.' });
    expect(besluit.status).toBe(201);
    expect(besluit.body.collegeDatum).toBeTruthy();
    expect(
      (
        await record(s, po.id, {
          kind: 'actiepunt',
          agendapuntId: items.besluit,
          text: 'Raadsinformatiebrief opstellen',
          ownerId: 'u-fatima',
          dueDate: '2026-12-15',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await record(s, po.id, {
          kind: 'toezegging',
          agendapuntId: items.oordeel,
          text: 'Raad informeren voor de zomer',
          aan: 'gemeenteraad',
          ownerName: 'Bram Diepstraten',
          dueDate: '2027-06-30',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await record(s, po.id, {
          kind: 'motie',
          agendapuntId: items.oordeel,
          text: 'Motie veilige schoolroutes',
          referentie: 'M23-041',
          afdoening: 'Meenemen in uitvoeringsplan',
        })
      ).status,
    ).toBe(201);
    const byCa = await record(
      s,
      po.id,
      { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.beeld, text: 'Niet van de notulist', ownerName: 'X' },
      CA,
    );
    expect(byCa.status).toBe(403);
    const after = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: PH }));
    expect(after.records.map((r) => r.kind).sort()).toEqual(['actiepunt', 'besluitpunt', 'motie', 'toezegging']);
  });

  test('a besluitpunt on an item not meant for besluitvorming needs confirmation, and the verslag says so', async () => {
    const { po, items } = await startedPo(s);
    const unconfirmed = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.beeld, text: 'Toch besloten' });
    expect(unconfirmed.status).toBe(409);
    expect((unconfirmed.body as ErrorBody).error.id).toBe('confirmation_required');
    const confirmed = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.beeld, text: 'Toch besloten', confirmOutsidePurpose: true });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.outsidePurpose).toBe(true);
    const verslag = await expectOk(
      s.api<{ model: { items: { titel?: string; besluitpunten?: { buitenDoel: boolean }[] }[] } }>('GET', `/api/pos/${po.id}/verslag`, { as: CA }),
    );
    const item = verslag.model.items.find((i) => i.titel === 'Stand van zaken woningbouw');
    expect(item?.besluitpunten?.[0]?.buitenDoel).toBe(true);
  });

  test('a retried write with the same id creates nothing new', async () => {
    const { po, items } = await startedPo(s);
    const body = { id: randomUUID(), kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Eenmaal', ownerName: 'Tim' };
    expect((await s.api('POST', `/api/pos/${po.id}/vastleggingen`, { as: NOTULIST, body })).status).toBe(201);
    const retry = await s.api<{ id: string }>('POST', `/api/pos/${po.id}/vastleggingen`, { as: NOTULIST, body });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(body.id);
    const after = await expectOk(s.api<PoView>('GET', `/api/pos/${po.id}`, { as: CA }));
    expect(after.records.filter((r) => r.text === 'Eenmaal')).toHaveLength(1);
  });

  test('edits change only the fields sent; a removed record stays removed and the editor is told', async () => {
    const { po, items } = await startedPo(s);
    const created = await record(s, po.id, { kind: 'actiepunt', agendapuntId: items.besluit, text: 'Origineel', ownerName: 'Tim', dueDate: '2026-12-01' });
    const id = String(created.body.id);
    await expectOk(s.api('PATCH', `/api/pos/${po.id}/vastleggingen/${id}`, { as: NOTULIST, body: { text: 'Nieuwe tekst' } }));
    const edited = await expectOk(
      s.api<{ text: string; dueDate: string }>('PATCH', `/api/pos/${po.id}/vastleggingen/${id}`, { as: NOTULIST, body: { dueDate: '2026-12-08' } }),
    );
    expect(edited).toMatchObject({ text: 'Nieuwe tekst', dueDate: '2026-12-08' });
    const wrongField = await s.api<ErrorBody>('PATCH', `/api/pos/${po.id}/vastleggingen/${id}`, { as: NOTULIST, body: { referentie: 'M1' } });
    expect(wrongField.status).toBe(400);
    expect((await s.api('DELETE', `/api/pos/${po.id}/vastleggingen/${id}`, { as: NOTULIST })).status).toBe(204);
    const late = await s.api<ErrorBody>('PATCH', `/api/pos/${po.id}/vastleggingen/${id}`, { as: NOTULIST, body: { text: 'Te laat' } });
    expect(late.status).toBe(409);
    expect(late.body.error.id).toBe('record_deleted');
    const again = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/vastleggingen`, {
      as: NOTULIST,
      body: { id, kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Opnieuw', ownerName: 'Tim' },
    });
    expect(again.body.error.id).toBe('record_deleted');
  });

  test("wie by user id alone takes that user's name, on recording and on an edit; a name given is kept", async () => {
    const { po, items } = await startedPo(s);
    const base = { kind: 'actiepunt', agendapuntId: items.besluit, text: 'Notitie opstellen', dueDate: '2026-12-18' };
    const byId = await record(s, po.id, { ...base, ownerId: 'u-tim' });
    expect(byId.body).toMatchObject({ ownerId: 'u-tim', ownerName: 'Tim Jansen' });
    const named = await record(s, po.id, { ...base, ownerId: 'u-tim', ownerName: 'Tim (team Verkeer)' });
    expect(named.body).toMatchObject({ ownerName: 'Tim (team Verkeer)' });
    const moved = await expectOk(
      s.api<{ ownerId: string; ownerName: string }>('PATCH', `/api/pos/${po.id}/vastleggingen/${String(byId.body.id)}`, {
        as: NOTULIST,
        body: { ownerId: 'u-fatima' },
      }),
    );
    expect(moved).toMatchObject({ ownerId: 'u-fatima', ownerName: 'Fatima El Amrani' });
    const unknown = await record(s, po.id, { ...base, ownerId: 'u-niemand' });
    expect(unknown.status).toBe(400);
  });

  test('a besluitpunt sent with collegeDatum null gets the default college date, as one without the field; an explicit date wins; it is in the collegeplanning', async () => {
    const { po, items } = await startedPo(s);
    await expectOk(s.api('PUT', `/api/pos/${po.id}/vergadering/huidig-agendapunt`, { as: PH, body: { agendapuntId: items.besluit } }));
    const withNull = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Met null', collegeDatum: null });
    const absent = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Zonder veld' });
    const explicit = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Met datum', collegeDatum: '2027-02-09' });
    expect([withNull.status, absent.status, explicit.status]).toEqual([201, 201, 201]);
    expect(withNull.body.collegeDatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(withNull.body.collegeDatum).toBe(absent.body.collegeDatum);
    expect(explicit.body.collegeDatum).toBe('2027-02-09');
    // The PO is on a Monday: the default is a Tuesday at least a week later.
    const day = new Date(`${String(withNull.body.collegeDatum)}T12:00:00Z`);
    expect(day.getTime()).toBeGreaterThan(new Date(po.startsAt).getTime() + 7 * 86_400_000);
    const planning = await expectOk(
      s.api<{ items: { collegeDatum: string; besluitpunten: { id: string }[] }[] }>('GET', `/api/collegeplanning?from=${String(withNull.body.collegeDatum)}`, {
        as: CA,
      }),
    );
    const listed = planning.items.find((d) => d.collegeDatum === withNull.body.collegeDatum)?.besluitpunten.map((b) => b.id) ?? [];
    expect(listed).toEqual(expect.arrayContaining([withNull.body.id, absent.body.id]));
  });

  test('an actiepunt needs wie and wanneer, a toezegging aan wie and wie: the same rule as the side panel, errors naming the fields', async () => {
    const { po, items } = await startedPo(s);
    const actie = await record(s, po.id, { kind: 'actiepunt', agendapuntId: items.besluit, text: 'Brief', ownerName: 'Tim' });
    expect(actie.status).toBe(400);
    expect((actie.body as ErrorBody & { error: { message: string } }).error.message).toBe('Een actiepunt vraagt ook wanneer (uiterlijk).');
    expect((actie.body as ErrorBody).error.problems.map((p) => p.path)).toEqual(['body.dueDate']);
    const toezegging = await record(s, po.id, { kind: 'toezegging', agendapuntId: items.besluit, text: 'Raad informeren', aan: 'raad' });
    expect(toezegging.status).toBe(400);
    expect((toezegging.body as ErrorBody).error.problems.map((p) => p.path)).toEqual(['body.ownerName']);
    expect((await record(s, po.id, { kind: 'toezegging', agendapuntId: items.besluit, text: 'Raad informeren', aan: 'raad', ownerName: 'Bram' })).status).toBe(
      201,
    );
  });

  test('refuses a record without its required fields, naming them', async () => {
    const { po, items } = await startedPo(s);
    const noOwner = await record(s, po.id, { kind: 'actiepunt', agendapuntId: items.besluit, text: 'Wie?' });
    expect(noOwner.status).toBe(400);
    expect((noOwner.body as ErrorBody).error.problems[0]?.path).toBe('body.ownerName');
    const noRef = await record(s, po.id, { kind: 'motie', agendapuntId: items.besluit, text: 'Motie' });
    expect(noRef.status).toBe(400);
    expect((noRef.body as ErrorBody).error.problems.map((p) => p.path)).toContain('body.referentie');
    const badKind = await record(s, po.id, { kind: 'notitie', agendapuntId: items.besluit, text: 'x' });
    expect(badKind.status).toBe(400);
  });

  test('ends the meeting; the bespreking can still be completed afterwards', async () => {
    const { po, items } = await startedPo(s);
    await expectOk(
      s.api('PUT', `/api/pos/${po.id}/agendapunten/${items.oordeel}/bespreking`, { as: NOTULIST, body: { bespreking: 'Brede steun voor de uitgangspunten.' } }),
    );
    const ended = await expectOk(s.api<PoView>('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: NOTULIST }));
    expect(ended.status).toBe('afgesloten');
    expect((await s.api('PUT', `/api/pos/${po.id}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: items.beeld } })).status).toBe(409);
    expect(
      (await s.api('PUT', `/api/pos/${po.id}/agendapunten/${items.oordeel}/bespreking`, { as: NOTULIST, body: { bespreking: 'Aangevuld.' } })).status,
    ).toBe(200);
  });
});
