/** Managing a PO (issue 14): same-day warning with "toch", changing date and people, audited. */
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, createPo, expectOk, NOTULIST, OPDRACHTNEMER, PH } from '../helpers/factories';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Refusal = { error: { id: string; message: string; problems: { path: string }[] } };
type Audit = { items: { action: string; objectId: string | null }[] };

describe('a second PO of the same portefeuillehouder on one day', () => {
  test('is refused with a Dutch message naming the day and time; "toch aanmaken" creates it', async () => {
    const first = await createPo(s, { startsAt: '2027-03-01T08:00:00Z' });
    const again = await s.api<Refusal>('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'bram', startsAt: '2027-03-01T13:00:00Z' } });
    expect(again.status).toBe(409);
    expect(again.body.error.id).toBe('same_day_po');
    expect(again.body.error.message).toBe(
      'Bram Diepstraten heeft op maandag 1 maart 2027 al een PO om 09:00. Kies een andere dag, of "Toch opslaan" als een tweede PO de bedoeling is.',
    );
    expect(again.body.error.problems[0]?.path).toBe('body.startsAt');
    // Another portefeuillehouder that day is fine; so is the same one on another day.
    await expectOk(s.api('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'sander', startsAt: '2027-03-01T08:00:00Z' } }));
    await expectOk(s.api('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'bram', startsAt: '2027-03-08T08:00:00Z' } }));
    const toch = await s.api<{ id: string }>('POST', '/api/pos', {
      as: CA,
      body: { portefeuillehouderId: 'bram', startsAt: '2027-03-01T13:00:00Z', sameDayOk: true },
    });
    expect(toch.status).toBe(201);
    expect(toch.body.id).not.toBe(first.id);
  });

  test('a date change onto a day with another PO is refused the same way, and allowed with "toch"', async () => {
    await createPo(s, { startsAt: '2027-04-05T07:00:00Z' });
    const moving = await createPo(s, { startsAt: '2027-04-19T07:00:00Z' });
    const refused = await s.api<Refusal>('PATCH', `/api/pos/${moving.id}`, { as: CA, body: { startsAt: '2027-04-05T12:00:00Z' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.id).toBe('same_day_po');
    expect((await expectOk(s.api<{ startsAt: string }>('GET', `/api/pos/${moving.id}`, { as: CA }))).startsAt).toBe('2027-04-19T07:00:00.000Z');
    // Moving a PO within its own day is no duplicate of itself.
    await expectOk(s.api('PATCH', `/api/pos/${moving.id}`, { as: CA, body: { startsAt: '2027-04-19T09:00:00Z' } }));
    const moved = await expectOk(
      s.api<{ startsAt: string }>('PATCH', `/api/pos/${moving.id}`, { as: CA, body: { startsAt: '2027-04-05T12:00:00Z', sameDayOk: true } }),
    );
    expect(moved.startsAt).toBe('2027-04-05T12:00:00.000Z');
    // "toch" alone is no change.
    expect((await s.api('PATCH', `/api/pos/${moving.id}`, { as: CA, body: { sameDayOk: true } })).status).toBe(400);
  });
});

describe('changing date, notulist and participants', () => {
  test('by the agenda owners, audited; not by an opdrachtnemer', async () => {
    const po = await createPo(s, { startsAt: '2027-05-10T07:00:00Z' });
    const changed = await expectOk(
      s.api<{ notulistId: string | null; participantIds: string[]; startsAt: string }>('PATCH', `/api/pos/${po.id}`, {
        as: PH,
        body: { startsAt: '2027-05-11T12:00:00Z', notulistId: null, participantIds: [OPDRACHTNEMER] },
      }),
    );
    expect(changed).toMatchObject({ notulistId: null, participantIds: [OPDRACHTNEMER], startsAt: '2027-05-11T12:00:00.000Z' });
    expect((await s.api('PATCH', `/api/pos/${po.id}`, { as: OPDRACHTNEMER, body: { notulistId: NOTULIST } })).status).toBe(403);
    const audit = await expectOk(s.api<Audit>('GET', `/api/audit?poId=${po.id}`, { as: CA }));
    expect(audit.items.map((a) => a.action)).toEqual(expect.arrayContaining(['po.wijzigen', 'toegang.wijzigen']));
  });
});
