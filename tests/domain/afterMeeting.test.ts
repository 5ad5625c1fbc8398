/** After the meeting (issue 14): niet besproken, reopening, attendance and how the verslag shows them. */
import { afhandelingAtEnd, buildVerslag, checkAttendance, nietBesproken, reopenMeeting, suggestAttendance } from '../../src/domain';
import { AppError } from '../../src/shared/errors';
import { buildActiepunt, buildOrg, buildPo, buildUsers, IDS } from '../factories/domain';

const users = Object.values(buildUsers());

describe('niet besproken', () => {
  test('the items never current and without records, the standing item like any other', () => {
    const po = buildPo({
      status: 'gestart',
      timings: { spent: { 'ap-woonvisie': 60_000 }, current: { itemId: 'ap-warmte', since: '2026-12-07T08:10:00.000Z' } },
    });
    const withRecord = { ...po, records: [buildActiepunt({ agendapuntId: 'ap-grond' })] };
    expect(nietBesproken(withRecord).map((i) => i.id)).toEqual(['ap-dvdd']);
    expect(nietBesproken({ ...po, records: [] }).map((i) => i.id)).toEqual(['ap-grond', 'ap-dvdd']);
    // A standing item never reached is niet besproken too.
    const standing = { ...po, records: [], agendapunten: po.agendapunten.map((i) => (i.id === 'ap-dvdd' ? { ...i, standing: true } : i)) };
    expect(nietBesproken(standing).map((i) => i.id)).toContain('ap-dvdd');
  });

  test('the choices at the end: default niet besproken, refused for a discussed or unknown item', () => {
    const po = { ...buildPo({ timings: { spent: { 'ap-woonvisie': 1, 'ap-warmte': 1 }, current: null } }), records: [] };
    expect(Object.fromEntries(afhandelingAtEnd(po, { 'ap-grond': 'aangehouden' }))).toEqual({
      'ap-woonvisie': null,
      'ap-warmte': null,
      'ap-grond': 'aangehouden',
      'ap-dvdd': 'niet_besproken',
    });
    expect(() => afhandelingAtEnd(po, { 'ap-woonvisie': 'aangehouden' })).toThrow(/is besproken/);
    expect(() => afhandelingAtEnd(po, { 'ap-onbekend': 'aangehouden' })).toThrow(/staat niet op deze agenda/);
  });
});

describe('reopening the meeting', () => {
  test('afgesloten goes back to gestart; not before the end, not after publication', () => {
    expect(reopenMeeting({ status: 'afgesloten' })).toBe('gestart');
    expect(() => reopenMeeting({ status: 'gestart' })).toThrow(AppError);
    expect(() => reopenMeeting({ status: 'gepubliceerd' })).toThrow(/correctie/);
  });
});

describe('attendance', () => {
  test('is suggested from the invitees and who is connected; item people are aangeschoven', () => {
    const po = buildPo({ participantIds: [IDS.deelnemer] });
    const s = suggestAttendance(po, buildOrg(), users, [IDS.gemeentesecretaris, IDS.opdrachtnemer]);
    expect(s.aanwezig.map((a) => a.userId)).toEqual(expect.arrayContaining([IDS.concernadviseur, IDS.notulist, IDS.deelnemer, IDS.gemeentesecretaris]));
    expect(s.aanwezig.map((a) => a.userId)).not.toContain(IDS.opdrachtnemer);
    expect(s.afgemeld).toEqual([]);
    expect(
      Object.values(s.aangeschoven)
        .flat()
        .map((a) => a.userId),
    ).toContain(IDS.opdrachtnemer);
  });

  test('is checked: known users by their own name, guests by name, nobody twice or both present and afgemeld', () => {
    const ok = checkAttendance(
      {
        aanwezig: [
          { userId: IDS.notulist, name: 'x' },
          { userId: null, name: ' Gast ' },
          { userId: null, name: 'gast' },
        ],
        afgemeld: [],
        aangeschoven: {},
      },
      users,
      [],
    );
    expect(ok.aanwezig).toEqual([
      { userId: IDS.notulist, name: 'Joris de Vries' },
      { userId: null, name: 'Gast' },
    ]);
    expect(() => checkAttendance({ aanwezig: [{ userId: 'u-niemand', name: '' }], afgemeld: [], aangeschoven: {} }, users, [])).toThrow(/Onbekende gebruiker/);
    expect(() =>
      checkAttendance({ aanwezig: [{ userId: IDS.notulist, name: '' }], afgemeld: [{ userId: IDS.notulist, name: '' }], aangeschoven: {} }, users, []),
    ).toThrow(/zowel bij aanwezig als bij afgemeld/);
  });

  test('the verslag model names aanwezig, afgemeld, aangeschoven per item and the afhandeling', () => {
    const base = buildPo({ status: 'afgesloten' });
    const po = {
      ...base,
      agendapunten: base.agendapunten.map((i) => (i.id === 'ap-dvdd' ? { ...i, afhandeling: 'aangehouden' as const } : i)),
      attendance: {
        aanwezig: [
          { userId: IDS.wethouder, name: '' },
          { userId: null, name: 'Jan Gast' },
        ],
        afgemeld: [{ userId: IDS.concernadviseur, name: '' }],
        aangeschoven: { 'ap-woonvisie': [{ userId: IDS.opdrachtnemer, name: '' }] },
      },
    };
    const model = buildVerslag(po, { org: buildOrg(), users, audience: 'openbaar' });
    expect(model.aanwezigen).toEqual(['Sander Smeets', 'Jan Gast']);
    expect(model.afgemeld).toEqual(['Fatima el Amrani']);
    const items = model.items.filter((i): i is Extract<(typeof model.items)[number], { vertrouwelijk: false }> => !i.vertrouwelijk);
    expect(items.find((i) => i.titel === po.agendapunten.find((a) => a.id === 'ap-woonvisie')?.title)?.aangeschoven).toEqual(['Anouk Jansen']);
    expect(items.map((i) => i.afhandeling)).toContain('aangehouden');
    // Not recorded: the verslag says so (empty list).
    expect(buildVerslag({ ...base, aanwezigen: [] }, { org: buildOrg(), users, audience: 'openbaar' }).aanwezigen).toEqual([]);
  });
});
