import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, MEDEWERKER, NOTULIST, PH, record, startedPo, type PoView } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Verslag = {
  model: {
    items: (
      { nummer: string; vertrouwelijk: true } | { nummer: string; vertrouwelijk: false; titel: string; doelLabel: string; besluitpunten: { text: string }[] }
    )[];
    actiepunten: { text: string }[];
  };
  version: number | null;
};

async function closedPo(): Promise<Awaited<ReturnType<typeof startedPo>>> {
  const ready = await startedPo(s);
  const { po, items } = ready;
  await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Ingestemd met het uitvoeringsplan.' });
  await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.geheim, text: 'Bod van 2,1 miljoen uitbrengen.' });
  await record(s, po.id, {
    kind: 'actiepunt',
    dueDate: '2026-12-18',
    agendapuntId: items.geheim,
    text: 'Taxatie Zeeweg laten actualiseren',
    ownerName: 'Tim Jansen',
  });
  await record(s, po.id, {
    kind: 'actiepunt',
    dueDate: '2026-12-18',
    agendapuntId: items.besluit,
    text: 'Raadsinformatiebrief opstellen',
    ownerId: 'u-fatima',
  });
  await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: NOTULIST }));
  return ready;
}

describe('the verslag model', () => {
  test('has one uniform structure; the public one shows a confidential item only as its number', async () => {
    const { po } = await closedPo();
    const full = await expectOk(s.api<Verslag>('GET', `/api/pos/${po.id}/verslag`, { as: CA }));
    expect(full.model.items.map((i) => i.nummer)).toEqual(['1', '2', '3', '4']);
    expect(JSON.stringify(full.model)).toContain('Zeeweg');
    const pub = await expectOk(s.api<Verslag>('GET', `/api/pos/${po.id}/verslag?audience=openbaar`, { as: CA }));
    expect(pub.model.items[3]).toEqual({ nummer: '4', vertrouwelijk: true });
    const text = JSON.stringify(pub.model);
    for (const secret of ['Zeeweg', '2,1 miljoen', 'Taxatie']) expect(text).not.toContain(secret);
    expect(pub.model.actiepunten.map((a) => a.text)).toEqual(['Raadsinformatiebrief opstellen']);
  });

  test('is not readable by the organisation before publication', async () => {
    const { po } = await closedPo();
    expect((await s.api('GET', `/api/pos/${po.id}/verslag`, { as: MEDEWERKER })).status).toBe(403);
  });
});

describe('publication', () => {
  test('makes a permanent version that everyone reads without confidential content', async () => {
    const { po } = await closedPo();
    const published = await expectOk(s.api<{ version: number; versionId: string }>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
    expect(published.version).toBe(1);
    const read = await expectOk(s.api<Verslag>('GET', `/api/pos/${po.id}/verslag`, { as: MEDEWERKER }));
    expect(read.version).toBe(1);
    expect(JSON.stringify(read.model)).not.toContain('Zeeweg');
    const archive = await expectOk(s.api<{ items: { poId: string }[] }>('GET', '/api/verslagen?q=uitvoeringsplan', { as: MEDEWERKER }));
    expect(archive.items.map((v) => v.poId)).toContain(po.id);
    const secret = await expectOk(s.api<{ items: { poId: string }[] }>('GET', '/api/verslagen?q=Zeeweg', { as: MEDEWERKER }));
    expect(secret.items.map((v) => v.poId)).not.toContain(po.id);
  });

  test('cannot be repeated, nor the verslag edited, without starting a correction', async () => {
    const { po, items } = await closedPo();
    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
    const twice = await s.api<{ error: { id: string } }>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} });
    expect(twice.status).toBe(409);
    expect(twice.body.error.id).toBe('published_immutable');
    const edit = await record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Later toegevoegd', ownerName: 'Tim' });
    expect(edit.status).toBe(409);
    expect((edit.body as { error: { id: string } }).error.id).toBe('published_immutable');

    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/correctie`, { as: NOTULIST }));
    expect(
      (await record(s, po.id, { kind: 'actiepunt', dueDate: '2026-12-18', agendapuntId: items.besluit, text: 'Later toegevoegd', ownerName: 'Tim' })).status,
    ).toBe(201);
    const v2 = await expectOk(
      s.api<{ version: number }>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: { reason: 'Actiepunt ontbrak' } }),
    );
    expect(v2.version).toBe(2);
    const versions = await expectOk(
      s.api<{ items: { version: number; model: { actiepunten: { text: string }[] } }[] }>('GET', `/api/pos/${po.id}/verslag/versies`, { as: CA }),
    );
    expect(versions.items.map((v) => v.version)).toEqual([1, 2]);
    expect(versions.items[0]?.model.actiepunten.map((a) => a.text)).not.toContain('Later toegevoegd');
    expect(versions.items[1]?.model.actiepunten.map((a) => a.text)).toContain('Later toegevoegd');
  });

  test('a published text names its version, on the page and in the preview; a working text and a correction do not', async () => {
    const { po } = await closedPo();
    const preview = async (): Promise<string> => (await expectOk(s.api<{ html: string }>('GET', `/api/pos/${po.id}/verslag/voorbeeld`, { as: CA }))).html;
    const versionIdAs = async (as: string): Promise<string | null> =>
      (await expectOk(s.api<{ versionId: string | null }>('GET', `/api/pos/${po.id}/verslag`, { as }))).versionId;
    expect(await versionIdAs(CA)).toBeNull();
    expect(await preview()).toContain('Verslagversie: (nieuwe versie)');
    const published = await expectOk(s.api<{ versionId: string }>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
    expect(await versionIdAs(CA)).toBe(published.versionId);
    expect(await versionIdAs(MEDEWERKER)).toBe(published.versionId);
    expect(await preview()).toContain(`Verslagversie: ${published.versionId}`);
    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/correctie`, { as: NOTULIST }));
    expect(await versionIdAs(CA)).toBeNull();
    expect(await versionIdAs(MEDEWERKER)).toBe(published.versionId); // The organisation reads the published version meanwhile.
    expect(await preview()).toContain('Verslagversie: (nieuwe versie)');
  });

  test('a published verslag, its PO and the audit log are never deleted or rewritten', async () => {
    const { po } = await closedPo();
    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
    await expect(s.deps.db.query('DELETE FROM verslag_versions WHERE po_id = $1', [po.id])).rejects.toThrow(/permanent/);
    await expect(s.deps.db.query('UPDATE verslag_versions SET reason = $2 WHERE po_id = $1', [po.id, 'x'])).rejects.toThrow(/permanent/);
    await expect(s.deps.db.query('DELETE FROM pos WHERE id = $1', [po.id])).rejects.toThrow(/gepubliceerd/);
    await expect(s.deps.db.query('DELETE FROM audit_log')).rejects.toThrow(/permanent/);
    expect((await s.api('DELETE', `/api/pos/${po.id}`, { as: CA })).status).toBe(409);
  });

  test("waits for the portefeuillehouder's approval where the organisation asks for it", async () => {
    const { po } = await closedPo();
    await s.deps.db.query(`UPDATE organisation SET config = jsonb_set(config, '{verslagApprovalRequired}', 'true')`);
    try {
      const early = await s.api<{ error: { message: string } }>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} });
      expect(early.status).toBe(409);
      expect(early.body.error.message).toMatch(/goedkeuren/);
      expect((await s.api('POST', `/api/pos/${po.id}/verslag/goedkeuren`, { as: NOTULIST })).status).toBe(403);
      const approved = await expectOk(s.api<PoView & { approval: { by: string } }>('POST', `/api/pos/${po.id}/verslag/goedkeuren`, { as: PH }));
      expect(approved.approval.by).toBe(PH);
      expect((await s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} })).status).toBe(200);
    } finally {
      await s.deps.db.query(`UPDATE organisation SET config = jsonb_set(config, '{verslagApprovalRequired}', 'false')`);
    }
  });
});

describe('the audit log', () => {
  test('records action, object, result, actor, origin, time, before and after, and no tokens', async () => {
    const { po, items } = await startedPo(s);
    await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Akkoord' });
    const log = await expectOk(
      s.api<{
        items: { action: string; objectType: string; result: string; actorId: string; origin: { ip: string; requestId: string }; at: string; after: unknown }[];
      }>('GET', `/api/audit?poId=${po.id}`, { as: CA }),
    );
    const entry = log.items.find((e) => e.action === 'vastlegging.toevoegen');
    expect(entry).toMatchObject({ objectType: 'besluitpunt', result: 'geslaagd', actorId: NOTULIST });
    expect(entry?.origin.ip).toBeTruthy();
    expect(entry?.origin.requestId).toBeTruthy();
    expect(log.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['po.aanmaken', 'agendapunt.toevoegen', 'agenda.vaststellen', 'vergadering.starten']),
    );
    const raw = JSON.stringify(await s.deps.db.query('SELECT * FROM audit_log'));
    expect(raw).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./); // no JWTs
  });
});
