import { deadlineFor, lateStukken } from '../../src/domain';
import { buildAgendapunt, buildOrg, buildPo, buildStuk, IDS, STRATEGISCH, TACTISCH } from '../factories/domain';

// PO on Monday 7 December 2026 09:00; stukken due Wednesday 2 December 12:00 (11:00 UTC).
const DEADLINE = '2026-12-02T11:00:00.000Z';
const org = buildOrg();

function poWithStukken() {
  return buildPo({
    agendapunten: [
      buildAgendapunt({
        id: 'ap-b',
        section: TACTISCH,
        title: 'Huurverordening',
        opdrachtnemerId: IDS.opdrachtnemer2,
        stukken: [
          buildStuk({ id: 'stuk-op-tijd', title: 'Advies', deliveredAt: '2026-12-02T10:59:00.000Z' }),
          buildStuk({ id: 'stuk-precies', title: 'Bijlage', deliveredAt: DEADLINE }),
          buildStuk({ id: 'stuk-te-laat', title: 'Raadsvoorstel', deliveredAt: '2026-12-02T11:01:00.000Z' }),
        ],
      }),
      buildAgendapunt({
        id: 'ap-a',
        section: STRATEGISCH,
        title: 'Woonvisie',
        opdrachtnemerId: IDS.opdrachtnemer,
        stukken: [buildStuk({ id: 'stuk-ontbreekt', title: 'Woonvisie (concept)', deliveredAt: null })],
      }),
    ],
  });
}

describe('the stukken deadline of a PO', () => {
  it('follows the organisation’s deadline: Wednesday 12:00 before the Monday PO', () => {
    expect(deadlineFor(buildPo(), org).toISOString()).toBe(DEADLINE);
  });

  it('follows another weekday and time when configured', () => {
    // Thursday 3 December 17:00 CET.
    expect(deadlineFor(buildPo(), buildOrg({ stukkenDeadline: { weekday: 4, time: '17:00' } })).toISOString()).toBe('2026-12-03T16:00:00.000Z');
  });
});

describe('late stukken', () => {
  it('does not call a stuk missing until the deadline has passed', () => {
    const po = poWithStukken();
    po.agendapunten = po.agendapunten.filter((i) => i.id === 'ap-a');
    expect(lateStukken(po, org, new Date('2026-12-02T10:00:00Z'))).toEqual([]);
    expect(lateStukken(po, org, new Date(DEADLINE))).toEqual([]);
    expect(lateStukken(po, org, new Date('2026-12-02T11:00:01Z')).map((l) => l.reason)).toEqual(['ontbreekt']);
  });

  it('after the deadline lists missing and late stukken in agenda order, not those delivered on time', () => {
    const late = lateStukken(poWithStukken(), org, new Date('2026-12-03T08:00:00Z'));
    expect(late).toEqual([
      {
        poId: 'po-smeets-2026-12-07',
        agendapuntId: 'ap-a',
        agendapuntTitle: 'Woonvisie',
        opdrachtnemerId: IDS.opdrachtnemer,
        stukId: 'stuk-ontbreekt',
        title: 'Woonvisie (concept)',
        deadline: DEADLINE,
        deliveredAt: null,
        reason: 'ontbreekt',
      },
      {
        poId: 'po-smeets-2026-12-07',
        agendapuntId: 'ap-b',
        agendapuntTitle: 'Huurverordening',
        opdrachtnemerId: IDS.opdrachtnemer2,
        stukId: 'stuk-te-laat',
        title: 'Raadsvoorstel',
        deadline: DEADLINE,
        deliveredAt: '2026-12-02T11:01:00.000Z',
        reason: 'te_laat',
      },
    ]);
  });

  it('counts a stuk delivered exactly at the deadline as on time', () => {
    const late = lateStukken(poWithStukken(), org, new Date('2026-12-03T08:00:00Z'));
    expect(late.map((l) => l.stukId)).not.toContain('stuk-precies');
  });
});
