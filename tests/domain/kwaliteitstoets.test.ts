import {
  assertConfirmable,
  checkAgenda,
  checklistProblems,
  criteriaOf,
  DEFAULT_TOETS_CRITERIA,
  overrule,
  tickCriterion,
  toetsLine,
  toetsStatus,
  vaststellen,
} from '../../src/domain';
import type { Agendapunt } from '../../src/domain';
import { buildAgendapunt, buildOrg, buildPo, buildStuk, IDS } from '../factories/domain';
import { appError } from './helpers';

const criteria = DEFAULT_TOETS_CRITERIA;
const allTicked = criteria.map((c) => ({ criteriumId: c.id, voldaan: true, notitie: '' }));
const confirmed = { confirmedBy: IDS.opdrachtnemer, confirmedAt: '2026-12-02T10:00:00.000Z' };

const besluit = (over: Partial<Agendapunt> = {}): Agendapunt =>
  buildAgendapunt({
    id: 'ap-besluit',
    title: 'Parkeerbeleid centrum',
    purpose: 'besluitvorming',
    voorgesteldBesluit: 'Instemmen met de nota.',
    stukken: [buildStuk()],
    ...over,
  });

describe('the checklist of the organisation', () => {
  it("is the seeds' seven criteria unless the organisation configured its own", () => {
    expect(criteriaOf(buildOrg()).map((c) => c.label)).toEqual([
      'Integrale afweging gemaakt',
      'Ambtelijk afgestemd',
      'Oplossingsrichtingen bij knelpunten',
      'Financiële gevolgen',
      'Juridische gevolgen',
      'Communicatie',
      'Opdrachten SMART geformuleerd',
    ]);
    expect(criteriaOf(buildOrg({ kwaliteitstoetsCriteria: [{ id: 'privacy', label: 'Privacytoets' }] }))).toEqual([{ id: 'privacy', label: 'Privacytoets' }]);
  });

  it('refuses a checklist with the same code or label twice, naming the field', () => {
    const problems = checklistProblems([
      { id: 'a', label: 'Financiën' },
      { id: 'a', label: 'Juridisch' },
      { id: 'b', label: 'financiën' },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['body.kwaliteitstoetsCriteria.1.id', 'body.kwaliteitstoetsCriteria.2.label']);
  });
});

describe('ticking and confirming', () => {
  it('keeps the ticks in checklist order with their notes; unticking withdraws the confirmation', () => {
    let item = besluit({ kwaliteitstoets: confirmed, toetsCriteria: allTicked });
    const first = tickCriterion(item, criteria, 'juridische-gevolgen', false, '  Advies jurist volgt  ');
    expect(first.kwaliteitstoets).toBeNull();
    expect(first.toetsCriteria.map((c) => c.criteriumId)).toEqual(criteria.map((c) => c.id));
    expect(first.toetsCriteria.find((c) => c.criteriumId === 'juridische-gevolgen')).toEqual({
      criteriumId: 'juridische-gevolgen',
      voldaan: false,
      notitie: 'Advies jurist volgt',
    });
    item = { ...item, ...first };
    expect(toetsStatus(item, criteria)).toMatchObject({ state: 'open', ticked: 6, total: 7, confirmed: false });
    expect(toetsStatus(item, criteria).missing.map((c) => c.label)).toEqual(['Juridische gevolgen']);
  });

  it('refuses a criterion that is not on the checklist', () => {
    const err = appError(() => tickCriterion(besluit(), criteria, 'onbekend', true, ''));
    expect(err.id).toBe('validation');
    expect(err.problems[0]?.path).toBe('params.criteriumId');
  });

  it('confirms only with stukken and every criterion ticked, naming the open ones', () => {
    expect(appError(() => assertConfirmable(besluit({ stukken: [] }), criteria)).message).toContain('nog geen stukken');
    const ticks = allTicked.filter((c) => c.criteriumId !== 'communicatie' && c.criteriumId !== 'smart-opdrachten');
    const err = appError(() => assertConfirmable(besluit({ toetsCriteria: ticks }), criteria));
    expect(err.message).toContain('Communicatie, Opdrachten SMART geformuleerd');
    expect(err.problems.map((p) => p.path)).toEqual(['criterium:communicatie', 'criterium:smart-opdrachten']);
    expect(() => assertConfirmable(besluit({ toetsCriteria: allTicked }), criteria)).not.toThrow();
  });

  it('a criterion added to the checklist later opens the toets again', () => {
    const item = besluit({ kwaliteitstoets: confirmed, toetsCriteria: allTicked });
    expect(toetsStatus(item, criteria).state).toBe('voldaan');
    const more = [...criteria, { id: 'privacy', label: 'Privacytoets' }];
    expect(toetsStatus(item, more)).toMatchObject({ state: 'open', ticked: 7, total: 8 });
  });
});

describe('vaststellen and the kwaliteitstoets', () => {
  it('a besluitvorming item without a completed toets blocks, naming the item and the missing criteria', () => {
    const po = buildPo({ agendapunten: [besluit({ toetsCriteria: allTicked.slice(0, 5) })] });
    const err = appError(() => vaststellen(po, criteria));
    expect(err.id).toBe('agenda_not_ready');
    expect(err.problems).toHaveLength(1);
    const [problem] = err.problems;
    expect(problem).toMatchObject({ code: 'kwaliteitstoets_open', path: 'agendapunt:ap-besluit' });
    expect(problem?.message).toContain('Parkeerbeleid centrum');
    expect(problem?.message).toContain('(5/7)');
    expect(problem?.message).toContain('Communicatie, Opdrachten SMART geformuleerd');
    expect(problem?.message).toContain('nog niet bevestigd');
  });

  it('a besluitvorming item without stukken blocks too', () => {
    const { problems } = checkAgenda(buildPo({ agendapunten: [besluit({ stukken: [] })] }), criteria);
    expect(problems[0]?.message).toContain('er zijn nog geen stukken');
  });

  it('a completed toets lets it through', () => {
    const po = buildPo({ agendapunten: [besluit({ kwaliteitstoets: confirmed, toetsCriteria: allTicked })] });
    expect(vaststellen(po, criteria)).toBe('vastgesteld');
  });

  it("the portefeuillehouder's overrule lets it through", () => {
    const item = besluit();
    const toetsOverruled = overrule(item, criteria, { id: IDS.wethouder, name: 'Anna Smeets' }, '  Nota komt maandag  ', '2026-12-04T09:00:00.000Z');
    expect(toetsOverruled).toEqual({ by: IDS.wethouder, byName: 'Anna Smeets', reden: 'Nota komt maandag', at: '2026-12-04T09:00:00.000Z' });
    const po = buildPo({ agendapunten: [{ ...item, toetsOverruled }] });
    expect(checkAgenda(po, criteria).problems).toEqual([]);
    expect(vaststellen(po, criteria)).toBe('vastgesteld');
  });

  it('an overrule needs a reason, an open toets and a besluitvorming item', () => {
    const by = { id: IDS.wethouder, name: 'Anna Smeets' };
    expect(appError(() => overrule(besluit(), criteria, by, '   ', 'x')).problems[0]?.path).toBe('body.reden');
    expect(appError(() => overrule(besluit({ purpose: 'beeldvorming' }), criteria, by, 'r', 'x')).id).toBe('invalid_state');
    expect(appError(() => overrule(besluit({ kwaliteitstoets: confirmed, toetsCriteria: allTicked }), criteria, by, 'r', 'x')).id).toBe('invalid_state');
  });

  it('beeldvorming and oordeelsvorming items with an open toets only warn, with their missing criteria', () => {
    const po = buildPo({
      agendapunten: [
        buildAgendapunt({ id: 'ap-beeld', title: 'Stand woningbouw', purpose: 'beeldvorming', stukken: [buildStuk()], toetsCriteria: allTicked.slice(0, 6) }),
        buildAgendapunt({ id: 'ap-oordeel', position: 1, title: 'Zonder stukken', purpose: 'oordeelsvorming' }),
      ],
    });
    const check = checkAgenda(po, criteria);
    expect(check.problems).toEqual([]);
    expect(check.waitingForKwaliteitstoets).toEqual([{ agendapuntId: 'ap-beeld', title: 'Stand woningbouw', missing: ['Opdrachten SMART geformuleerd'] }]);
    expect(vaststellen(po, criteria)).toBe('vastgesteld');
  });
});

describe('the verslag line', () => {
  it('says voldaan with the count, overruled with who and why, or not completed', () => {
    expect(toetsLine(besluit({ kwaliteitstoets: confirmed, toetsCriteria: allTicked }), criteria).nl).toBe('Kwaliteitstoets: voldaan (7/7)');
    const toetsOverruled = { by: IDS.wethouder, byName: 'Anna Smeets', reden: 'Nota komt maandag', at: 'x' };
    expect(toetsLine(besluit({ toetsOverruled, toetsCriteria: allTicked.slice(0, 3) }), criteria).nl).toBe(
      'Kwaliteitstoets: overruled door Anna Smeets: Nota komt maandag (3/7)',
    );
    expect(toetsLine(besluit(), criteria).nl).toBe('Kwaliteitstoets: niet voltooid (0/7)');
  });
});
