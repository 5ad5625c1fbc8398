import type { Po } from '../../src/domain';
import { followUpRegister, isOpen, isOverdue, standingItemFor } from '../../src/domain';
import { buildActiepunt, buildAgendapunt, buildBesluitpunt, buildMotie, buildPo, buildToezegging, IDS, PH_ID } from '../factories/domain';

const TODAY = '2026-12-10';
const ids = (entries: { record: { id: string } }[]): string[] => entries.map((e) => e.record.id);

/** Two POs of wethouder Smeets and one of wethouder Steijn, with follow-up in every state. */
function pos(): { smeetsNov: Po; smeetsDec: Po; steijnDec: Po } {
  const smeetsNov = buildPo({
    id: 'po-smeets-nov',
    startsAt: '2026-11-30T08:00:00.000Z',
    status: 'gepubliceerd',
    records: [
      buildActiepunt({ id: 'act-te-laat', ownerId: IDS.opdrachtnemer, dueDate: '2026-12-04' }),
      buildActiepunt({ id: 'act-vandaag', ownerId: IDS.opdrachtnemer2, dueDate: TODAY }),
      buildActiepunt({ id: 'act-afgerond', ownerId: IDS.opdrachtnemer, dueDate: '2026-12-01', status: 'afgerond' }),
      buildToezegging({ id: 'tz-vervallen', dueDate: '2026-12-01', status: 'vervallen' }),
      buildToezegging({ id: 'tz-in-uitvoering', ownerId: IDS.concernadviseur, dueDate: '2026-12-09', status: 'in_uitvoering' }),
      buildBesluitpunt({ id: 'bp-nov' }),
    ],
  });
  const smeetsDec = buildPo({
    id: 'po-smeets-dec',
    startsAt: '2026-12-07T08:00:00.000Z',
    status: 'afgesloten',
    records: [
      buildMotie({ id: 'mo-zonder-datum', ownerId: IDS.opdrachtnemer, dueDate: null }),
      buildActiepunt({ id: 'act-geheim', agendapuntId: 'ap-grond', ownerId: IDS.opdrachtnemer, dueDate: '2026-12-20' }),
    ],
  });
  const steijnDec = buildPo({
    id: 'po-steijn-dec',
    portefeuillehouderId: 'ph-steijn',
    title: 'PO wethouder Steijn',
    startsAt: '2026-12-03T12:00:00.000Z',
    agendapunten: [buildAgendapunt({ id: 'ap-armoede', title: 'Armoedebeleid' })],
    records: [buildActiepunt({ id: 'act-steijn', agendapuntId: 'ap-armoede', ownerId: IDS.opdrachtnemer, dueDate: '2026-12-05' })],
  });
  return { smeetsNov, smeetsDec, steijnDec };
}

describe('the follow-up register', () => {
  const { smeetsNov, smeetsDec, steijnDec } = pos();
  const all = [smeetsNov, smeetsDec, steijnDec];

  it('lists open actiepunten, toezeggingen and moties of every PO, earliest due first and undated last', () => {
    expect(ids(followUpRegister(all, TODAY))).toEqual(['act-te-laat', 'act-steijn', 'tz-in-uitvoering', 'act-vandaag', 'act-geheim', 'mo-zonder-datum']);
  });

  it('leaves out besluitpunten and closed follow-up (afgerond, vervallen)', () => {
    const listed = ids(followUpRegister(all, TODAY));
    expect(listed).not.toContain('bp-nov');
    expect(listed).not.toContain('act-afgerond');
    expect(listed).not.toContain('tz-vervallen');
  });

  it('shows closed follow-up when asked, still without besluitpunten', () => {
    const listed = ids(followUpRegister(all, TODAY, { includeClosed: true }));
    expect(listed).toEqual(expect.arrayContaining(['act-afgerond', 'tz-vervallen']));
    expect(listed).not.toContain('bp-nov');
  });

  it('filters by portefeuillehouder', () => {
    expect(ids(followUpRegister(all, TODAY, { portefeuillehouderId: 'ph-steijn' }))).toEqual(['act-steijn']);
    expect(ids(followUpRegister(all, TODAY, { portefeuillehouderId: PH_ID }))).not.toContain('act-steijn');
  });

  it('filters by owner', () => {
    expect(ids(followUpRegister(all, TODAY, { ownerId: IDS.opdrachtnemer2 }))).toEqual(['act-vandaag']);
  });

  it('filters on overdue: open, with a due date before today', () => {
    const overdue = followUpRegister(all, TODAY, { overdueOnly: true });
    expect(ids(overdue)).toEqual(['act-te-laat', 'act-steijn', 'tz-in-uitvoering']);
    expect(overdue.every((e) => e.overdue)).toBe(true);
  });

  it('combines filters', () => {
    expect(ids(followUpRegister(all, TODAY, { portefeuillehouderId: PH_ID, ownerId: IDS.opdrachtnemer, overdueOnly: true }))).toEqual(['act-te-laat']);
  });

  it('tells where each entry comes from, and whether its item is confidential', () => {
    const entries = followUpRegister(all, TODAY);
    expect(entries.find((e) => e.record.id === 'act-steijn')).toMatchObject({
      poId: 'po-steijn-dec',
      poTitle: 'PO wethouder Steijn',
      poStartsAt: '2026-12-03T12:00:00.000Z',
      portefeuillehouderId: 'ph-steijn',
      agendapuntTitle: 'Armoedebeleid',
      vertrouwelijk: false,
      overdue: true,
    });
    expect(entries.find((e) => e.record.id === 'act-geheim')).toMatchObject({ agendapuntTitle: 'Grondaankoop Zeeweg', vertrouwelijk: true, overdue: false });
  });
});

describe('overdue and open', () => {
  it('is overdue only when open and due before today', () => {
    expect(isOverdue(buildActiepunt({ dueDate: '2026-12-09' }), TODAY)).toBe(true);
    expect(isOverdue(buildActiepunt({ dueDate: '2026-12-09', status: 'in_uitvoering' }), TODAY)).toBe(true);
    expect(isOverdue(buildActiepunt({ dueDate: TODAY }), TODAY)).toBe(false);
    expect(isOverdue(buildActiepunt({ dueDate: null }), TODAY)).toBe(false);
    expect(isOverdue(buildActiepunt({ dueDate: '2026-12-01', status: 'afgerond' }), TODAY)).toBe(false);
    expect(isOverdue(buildMotie({ dueDate: '2026-12-01', status: 'vervallen' }), TODAY)).toBe(false);
  });

  it('counts open and in uitvoering as open, and a besluitpunt never', () => {
    expect(isOpen(buildToezegging({ status: 'open' }))).toBe(true);
    expect(isOpen(buildToezegging({ status: 'in_uitvoering' }))).toBe(true);
    expect(isOpen(buildToezegging({ status: 'afgerond' }))).toBe(false);
    expect(isOpen(buildBesluitpunt())).toBe(false);
  });
});

describe('the standing follow-up item of the next PO', () => {
  it('offers the open follow-up of earlier POs of the same portefeuillehouder only', () => {
    const { smeetsNov, smeetsDec, steijnDec } = pos();
    const smeetsJan = buildPo({ id: 'po-smeets-jan', startsAt: '2027-01-11T08:00:00.000Z', records: [buildActiepunt({ id: 'act-jan' })] });

    const offered = ids(standingItemFor(smeetsDec, [smeetsNov, smeetsDec, steijnDec, smeetsJan], TODAY));

    expect(offered).toEqual(['act-te-laat', 'tz-in-uitvoering', 'act-vandaag']);
  });

  it('offers nothing at the first PO of a portefeuillehouder', () => {
    const { smeetsNov, smeetsDec, steijnDec } = pos();
    expect(standingItemFor(smeetsNov, [smeetsNov, smeetsDec, steijnDec], TODAY)).toEqual([]);
  });
});
