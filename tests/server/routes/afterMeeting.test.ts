/**
 * After the meeting (issue 14): ending with the afhandeling of items not discussed, reopening,
 * corrections by the concernadviseur, attendance, and aangehouden items offered to the next PO.
 */
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, MEDEWERKER, NOTULIST, OPDRACHTNEMER, OPDRACHTNEMER2, PH, record, startedPo, type PoView } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type ErrorBody = { error: { id: string; message: string; problems: { path: string; message: string }[] } };
type View = Omit<PoView, 'agendapunten'> & {
  agendapunten: (PoView['agendapunten'][number] & { afhandeling?: string | null; bespreking: string })[];
  attendance: { aanwezig: Attendee[]; afgemeld: Attendee[]; aangeschoven: Record<string, Attendee[]> } | null;
  approval: unknown;
};
type Attendee = { userId: string | null; name: string };
type AttendanceView = { attendance: View['attendance']; suggestion: NonNullable<View['attendance']>; mayEdit: boolean };
type Verslag = {
  model: { aanwezigen: string[]; afgemeld?: string[]; items: { nummer: string; titel?: string; afhandeling?: string | null; aangeschoven?: string[] }[] };
};

const end = (poId: string, as: string, afhandeling?: Record<string, string>): Promise<{ status: number; body: View & ErrorBody }> =>
  s.api('POST', `/api/pos/${poId}/vergadering/beeindigen`, { as, ...(afhandeling ? { body: { afhandeling } } : {}) });

describe('ending the meeting', () => {
  test('marks the items never current and without records as the notulist chose; refuses a choice for a discussed item', async () => {
    const { po, items } = await startedPo(s);
    // beeld is current from the start; besluit gets a record without ever being current.
    await expectOk(record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Ingestemd.', confirmOutsidePurpose: true }));

    const discussed = await end(po.id, NOTULIST, { [items.beeld]: 'aangehouden' });
    expect(discussed.status).toBe(400);
    expect(discussed.body.error.message).toContain('is besproken');
    expect(discussed.body.error.problems[0]?.path).toBe(`body.afhandeling.${items.beeld}`);
    const wrong = await end(po.id, NOTULIST, { [items.oordeel]: 'later' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.problems[0]?.path).toBe(`body.afhandeling.${items.oordeel}`);
    // Nothing half-written: still in the meeting.
    expect((await expectOk(s.api<View>('GET', `/api/pos/${po.id}`, { as: CA }))).status).toBe('gestart');

    const ended = await end(po.id, NOTULIST, { [items.oordeel]: 'aangehouden' });
    expect(ended.status).toBe(200);
    const mark = Object.fromEntries(ended.body.agendapunten.map((i) => [i.id, i.afhandeling]));
    expect(mark).toEqual({ [items.beeld]: null, [items.besluit]: null, [items.oordeel]: 'aangehouden', [items.geheim]: 'niet_besproken' });

    const verslag = await expectOk(s.api<Verslag>('GET', `/api/pos/${po.id}/verslag`, { as: NOTULIST }));
    expect(verslag.model.items.map((i) => i.afhandeling)).toEqual([null, 'aangehouden', null, 'niet_besproken']);
    const html = await expectOk(s.api<{ html: string }>('GET', `/api/pos/${po.id}/verslag/voorbeeld`, { as: NOTULIST }));
    expect(html.html).toContain('Aangehouden: dit agendapunt komt terug op een volgend PO.');
    // The public verslag shows the confidential item by its number only.
    expect(html.html).not.toContain('Niet besproken.');
  });

  test('without choices every niet-besproken item is marked niet besproken', async () => {
    const { po, items } = await startedPo(s);
    const ended = await end(po.id, PH);
    expect(ended.status).toBe(200);
    expect(ended.body.agendapunten.filter((i) => i.afhandeling === 'niet_besproken').map((i) => i.id)).toEqual([items.oordeel, items.besluit, items.geheim]);
    const preview = await expectOk(s.api<{ html: string }>('GET', `/api/pos/${po.id}/verslag/voorbeeld`, { as: NOTULIST }));
    expect(preview.html.match(/Niet besproken\./g)?.length).toBe(2);
  });
});

describe('reopening the meeting', () => {
  test('the notulist and the concernadviseur reopen an ended meeting; others are refused; the approval no longer holds', async () => {
    const { po, items } = await startedPo(s);
    await expectOk(end(po.id, NOTULIST));
    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/goedkeuren`, { as: PH }));
    for (const who of [PH, MEDEWERKER, OPDRACHTNEMER]) {
      const refused = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/vergadering/heropenen`, { as: who });
      expect(refused.status).toBe(403);
    }
    const reopened = await expectOk(s.api<View>('POST', `/api/pos/${po.id}/vergadering/heropenen`, { as: CA }));
    expect(reopened.status).toBe('gestart');
    expect(reopened.approval).toBeNull();
    const twice = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/vergadering/heropenen`, { as: NOTULIST });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe('De vergadering heropenen kan niet: het PO is "vergadering bezig".');
    // The second end: the item discussed since is no longer niet besproken.
    await expectOk(s.api('PUT', `/api/pos/${po.id}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: items.oordeel } }));
    const again = await expectOk(end(po.id, NOTULIST));
    expect(again.agendapunten.find((i) => i.id === items.oordeel)?.afhandeling).toBeNull();
    const audit = await expectOk(s.api<{ items: { action: string }[] }>('GET', `/api/audit?poId=${po.id}`, { as: CA }));
    expect(audit.items.map((e) => e.action)).toContain('vergadering.heropenen');
  });

  test('is refused once the verslag is published: a correction is the way', async () => {
    const { po } = await startedPo(s);
    await expectOk(end(po.id, NOTULIST));
    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
    const refused = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/vergadering/heropenen`, { as: NOTULIST });
    expect(refused.status).toBe(409);
    expect(refused.body.error.id).toBe('published_immutable');
    expect(refused.body.error.message).toContain('correctie');
  });
});

describe('corrections after the meeting', () => {
  test('the concernadviseur edits, adds and removes records and the bespreking once the meeting has ended, not during it', async () => {
    const { po, items } = await startedPo(s);
    const typo = await expectOk(
      record(s, po.id, { kind: 'actiepunt', agendapuntId: items.beeld, text: 'Planing opstellen', ownerName: 'Tim', dueDate: '2027-01-15' }),
    );
    const during = await s.api<ErrorBody>('PATCH', `/api/pos/${po.id}/vastleggingen/${String(typo.id)}`, { as: CA, body: { text: 'Planning opstellen' } });
    expect(during.status).toBe(403);
    await expectOk(end(po.id, NOTULIST));
    const fixed = await expectOk(
      s.api<{ text: string }>('PATCH', `/api/pos/${po.id}/vastleggingen/${String(typo.id)}`, { as: CA, body: { text: 'Planning opstellen' } }),
    );
    expect(fixed.text).toBe('Planning opstellen');
    const added = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Ingestemd met het plan.' }, CA);
    expect(added.status).toBe(201);
    await expectOk(s.api('PUT', `/api/pos/${po.id}/agendapunten/${items.beeld}/bespreking`, { as: CA, body: { bespreking: 'Besproken met de wethouder.' } }));
    const removed = await s.api('DELETE', `/api/pos/${po.id}/vastleggingen/${String(added.body.id)}`, { as: CA });
    expect(removed.status).toBe(204);
    const refused = await record(s, po.id, { kind: 'besluitpunt', agendapuntId: items.besluit, text: 'Niet van mij.' }, OPDRACHTNEMER);
    expect(refused.status).toBe(403);
    const view = await expectOk(s.api<View>('GET', `/api/pos/${po.id}`, { as: CA }));
    expect(view.records.map((r) => r.text)).toEqual(['Planning opstellen']);
    expect(view.agendapunten.find((i) => i.id === items.beeld)?.bespreking).toBe('Besproken met de wethouder.');
    expect(view.rights.amendVerslag).toBe(true);
  });
});

describe('attendance', () => {
  test('is suggested from the invitees, recorded by the notulist, validated, and shown in the verslag', async () => {
    const { po, items } = await startedPo(s, { participantIds: [MEDEWERKER] });
    const first = await expectOk(s.api<AttendanceView>('GET', `/api/pos/${po.id}/aanwezigheid`, { as: NOTULIST }));
    expect(first.attendance).toBeNull();
    expect(first.mayEdit).toBe(true);
    expect(first.suggestion.aanwezig.map((a) => a.userId).sort()).toEqual([CA, PH, MEDEWERKER, NOTULIST].sort());
    expect(first.suggestion.aangeschoven[items.beeld]?.map((a) => a.userId)).toEqual([OPDRACHTNEMER]);

    const put = (body: unknown, as = NOTULIST): Promise<{ status: number; body: AttendanceView & ErrorBody }> =>
      s.api('PUT', `/api/pos/${po.id}/aanwezigheid`, { as, body });
    const unknownUser = await put({ aanwezig: [{ userId: 'u-niemand', name: 'X' }], afgemeld: [], aangeschoven: {} });
    expect(unknownUser.status).toBe(400);
    expect(unknownUser.body.error.problems[0]?.path).toBe('body.aanwezig.0.userId');
    const both = await put({ aanwezig: [{ userId: PH, name: '' }], afgemeld: [{ userId: PH, name: '' }], aangeschoven: {} });
    expect(both.status).toBe(400);
    expect(both.body.error.message).toContain('zowel bij aanwezig als bij afgemeld');
    const emptyGuest = await put({ aanwezig: [{ userId: null, name: '  ' }], afgemeld: [], aangeschoven: {} });
    expect(emptyGuest.status).toBe(400);
    expect(emptyGuest.body.error.problems[0]?.path).toBe('body.aanwezig.0.name');
    const otherItem = await put({ aanwezig: [], afgemeld: [], aangeschoven: { [randomUUID()]: [{ userId: OPDRACHTNEMER, name: '' }] } });
    expect(otherItem.status).toBe(400);
    expect((await put({ aanwezig: [], afgemeld: [], aangeschoven: {} }, OPDRACHTNEMER)).status).toBe(403);

    const saved = await put({
      aanwezig: [
        { userId: PH, name: '' },
        { userId: NOTULIST, name: '' },
        { userId: null, name: 'Jan de Gast (provincie)' },
      ],
      afgemeld: [{ userId: CA, name: '' }],
      aangeschoven: { [items.beeld]: [{ userId: OPDRACHTNEMER, name: '' }], [items.geheim]: [{ userId: OPDRACHTNEMER, name: '' }] },
    });
    expect(saved.status).toBe(200);
    // Users by their own name (the name sent is ignored), guests by the name given.
    expect(saved.body.attendance?.aanwezig).toEqual([
      { userId: PH, name: 'Bram Diepstraten' },
      { userId: NOTULIST, name: 'Noor Bakker' },
      { userId: null, name: 'Jan de Gast (provincie)' },
    ]);
    expect(saved.body.attendance?.afgemeld).toEqual([{ userId: CA, name: 'Eva de Vries' }]);

    await expectOk(end(po.id, NOTULIST));
    // After the meeting, until published, the concernadviseur may still correct it.
    const byCa = await put({ ...saved.body.attendance!, afgemeld: [] }, CA);
    expect(byCa.status).toBe(200);
    await put(saved.body.attendance!, CA);

    const verslag = await expectOk(s.api<Verslag>('GET', `/api/pos/${po.id}/verslag`, { as: NOTULIST }));
    expect(verslag.model.aanwezigen).toContain('Jan de Gast (provincie)');
    expect(verslag.model.afgemeld).toEqual(['Eva de Vries']);
    expect(verslag.model.items[0]?.aangeschoven).toEqual(['Tim Jansen']);
    const preview = await expectOk(s.api<{ html: string }>('GET', `/api/pos/${po.id}/verslag/voorbeeld`, { as: NOTULIST }));
    expect(preview.html).toContain('<strong>Afgemeld:</strong> Eva de Vries');
    expect(preview.html).toContain('<strong>Aangeschoven:</strong> Tim Jansen');
    expect(preview.html).not.toContain('niet vastgelegd');

    // Who joined for a confidential item is its content: not for a reader who may not read it.
    const other = await expectOk(s.api<View>('GET', `/api/pos/${po.id}`, { as: OPDRACHTNEMER2 }));
    expect(Object.keys(other.attendance?.aangeschoven ?? {})).toEqual([items.beeld]);

    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
    const late = await put(saved.body.attendance!);
    expect(late.status).toBe(409);
    expect(late.body.error.id).toBe('published_immutable');
  });

  test('cannot be recorded before the meeting starts', async () => {
    const res = await s.api<ErrorBody>('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'bram', notulistId: NOTULIST, sameDayOk: true } });
    expect(res.status).toBe(201);
    const poId = (res.body as unknown as { id: string }).id;
    const early = await s.api<ErrorBody>('PUT', `/api/pos/${poId}/aanwezigheid`, { as: NOTULIST, body: { aanwezig: [], afgemeld: [], aangeschoven: {} } });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('zodra de vergadering is gestart');
  });
});

describe('aangehouden items', () => {
  test('are offered once to a later concept PO of the same portefeuillehouder, confidential ones only to who may read them', async () => {
    const { po, items } = await startedPo(s, { startsAt: '2027-03-01T08:00:00.000Z' });
    await expectOk(end(po.id, NOTULIST, { [items.oordeel]: 'aangehouden', [items.geheim]: 'aangehouden' }));

    // A second concernadviseur, not involved in the first PO.
    await expectOk(
      s.api('POST', '/api/beheer/gebruikers', {
        as: 'u-bea',
        body: { entraId: 'ca-twee', name: 'Anna Tweede', email: 'anna@velsen.example', roles: ['concernadviseur'] },
      }),
    );
    const next = await expectOk(
      s.api<View>('POST', '/api/pos', {
        as: CA,
        body: { portefeuillehouderId: 'bram', notulistId: NOTULIST, concernadviseurId: 'entra-ca-twee', startsAt: '2027-03-08T08:00:00.000Z' },
      }),
    );
    const earlier = await expectOk(
      s.api<View>('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'bram', notulistId: NOTULIST, startsAt: '2027-02-22T08:00:00.000Z' } }),
    );
    type Offers = { items: { id: string; title: string; poId: string; vertrouwelijk: boolean }[] };
    // Only the items of this test's PO (other tests held items over for the same portefeuillehouder).
    const offers = async (poId: string, as: string): Promise<Offers> => {
      const all = await expectOk(s.api<Offers>('GET', `/api/pos/${poId}/aangehouden`, { as }));
      return { items: all.items.filter((i) => i.poId === po.id) };
    };

    expect((await offers(next.id, PH)).items.map((i) => i.id)).toEqual([items.oordeel, items.geheim]);
    expect((await offers(next.id, 'entra-ca-twee')).items.map((i) => i.id)).toEqual([items.oordeel]);
    expect((await offers(next.id, NOTULIST)).items).toEqual([]); // may not edit the agenda
    expect((await offers(earlier.id, PH)).items).toEqual([]); // a PO before the one that held it over

    const hidden = await s.api<ErrorBody>('POST', `/api/pos/${next.id}/aangehouden/${items.geheim}`, { as: 'entra-ca-twee' });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message).not.toContain('Grondaankoop');
    const taken = await s.api<View>('POST', `/api/pos/${next.id}/aangehouden/${items.oordeel}`, { as: 'entra-ca-twee' });
    expect(taken.status).toBe(201);
    const copy = taken.body.agendapunten.find((i) => i.title === 'Uitgangspunten mobiliteitsvisie');
    expect(copy?.purpose).toBe('oordeelsvorming');
    const twice = await s.api<ErrorBody>('POST', `/api/pos/${next.id}/aangehouden/${items.oordeel}`, { as: PH });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toContain('staat al op een volgende agenda');
    expect((await offers(next.id, PH)).items.map((i) => i.id)).toEqual([items.geheim]);
    const confidential = await expectOk(s.api<View>('POST', `/api/pos/${next.id}/aangehouden/${items.geheim}`, { as: PH }));
    expect(confidential.agendapunten.find((i) => i.title === 'Grondaankoop Zeeweg (geheim)')).toBeDefined();
  });
});
