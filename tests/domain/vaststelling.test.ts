import { agree, mustAgree, needsBoth, propose, sendBack, vaststellingRights, vaststellingVoorMij } from '../../src/domain';
import type { Po, PoRole } from '../../src/domain';
import { buildOrg, buildPo, IDS } from '../factories/domain';
import { appError } from './helpers';

const org = buildOrg();
const CA: PoRole[] = ['concernadviseur'];
const PH: PoRole[] = ['portefeuillehouder'];
const eva = { id: IDS.concernadviseur, name: 'Eva de Vries' };
const anna = { id: IDS.wethouder, name: 'Anna Smeets' };
const AT = '2026-12-03T09:00:00.000Z';

const proposedBy = (role: 'concernadviseur' | 'portefeuillehouder', po: Po = buildPo()): Po => ({
  ...po,
  vaststellingVoorstel: propose(po, org, role === 'concernadviseur' ? CA : PH, role === 'concernadviseur' ? eva : anna, AT),
});

describe('vastgesteld by both (seed 000)', () => {
  it('the concernadviseur proposes, the portefeuillehouder agrees', () => {
    const po = proposedBy('concernadviseur');
    expect(po.vaststellingVoorstel).toEqual({ by: eva.id, byName: 'Eva de Vries', role: 'concernadviseur', at: AT });
    expect(mustAgree(po, org)).toEqual({ role: 'portefeuillehouder', userId: IDS.wethouder });
    expect(agree(po, org, PH)).toBe('vastgesteld');
  });

  it('the portefeuillehouder proposes, the concernadviseur agrees', () => {
    const po = proposedBy('portefeuillehouder');
    expect(mustAgree(po, org)).toEqual({ role: 'concernadviseur', userId: IDS.concernadviseur });
    expect(agree(po, org, CA)).toBe('vastgesteld');
  });

  it('neither vaststelt alone, nor agrees to their own proposal', () => {
    expect(appError(() => agree(buildPo(), org, CA)).message).toContain('leg haar eerst voor ter vaststelling aan de portefeuillehouder');
    expect(appError(() => agree(buildPo(), org, PH)).message).toContain('aan de concernadviseur');
    expect(appError(() => agree(proposedBy('concernadviseur'), org, CA)).message).toContain('U heeft de agenda zelf voorgelegd');
  });

  it('others may neither propose nor agree', () => {
    for (const roles of [['notulist'], ['opdrachtnemer'], ['deelnemer'], []] as PoRole[][]) {
      expect(appError(() => propose(buildPo(), org, roles, eva, AT)).id).toBe('forbidden');
      expect(appError(() => agree(proposedBy('concernadviseur'), org, roles)).id).toBe('forbidden');
      expect(appError(() => sendBack(proposedBy('concernadviseur'), roles, eva, 'nee', AT)).id).toBe('forbidden');
    }
  });

  it('a second proposal is refused while one is open', () => {
    const po = proposedBy('concernadviseur');
    expect(appError(() => propose(po, org, CA, eva, AT)).message).toContain('ligt al ter vaststelling bij de portefeuillehouder');
    expect(appError(() => propose(po, org, PH, anna, AT)).message).toContain('Eva de Vries heeft de agenda al voorgelegd');
  });

  it('an incomplete agenda cannot be proposed, and is checked again when agreed', () => {
    const broken = buildPo({ agendapunten: [] });
    expect(appError(() => propose(broken, org, CA, eva, AT)).id).toBe('agenda_not_ready');
    const po = { ...broken, vaststellingVoorstel: { by: eva.id, byName: eva.name, role: 'concernadviseur' as const, at: AT } };
    expect(appError(() => agree(po, org, PH)).id).toBe('agenda_not_ready');
  });

  it('the one who must agree sends it back with a remark; the proposer cannot', () => {
    const po = proposedBy('concernadviseur');
    expect(sendBack(po, PH, anna, '  Punt 3 eerst met de raad  ', AT)).toEqual({
      by: anna.id,
      byName: 'Anna Smeets',
      opmerking: 'Punt 3 eerst met de raad',
      at: AT,
    });
    expect(appError(() => sendBack(po, PH, anna, '  ', AT)).problems[0]?.path).toBe('body.opmerking');
    expect(appError(() => sendBack(po, CA, eva, 'x', AT)).message).toContain('alleen de portefeuillehouder kan haar terugsturen');
    expect(appError(() => sendBack(buildPo(), PH, anna, 'x', AT)).message).toContain('geen agenda ter vaststelling');
  });

  it('only a concept agenda', () => {
    const po = { ...proposedBy('concernadviseur'), status: 'vastgesteld' as const };
    expect(appError(() => agree(po, org, PH)).message).toContain('al vastgesteld');
    expect(appError(() => propose({ ...buildPo(), status: 'gestart' }, org, CA, eva, AT)).id).toBe('invalid_state');
  });

  it('the organisation can let the concernadviseur (or the portefeuillehouder) alone suffice', () => {
    const alone = buildOrg({ vaststellingDoorBeiden: false });
    expect(needsBoth(buildPo(), alone)).toBe(false);
    expect(agree(buildPo(), alone, CA)).toBe('vastgesteld');
    expect(agree(buildPo(), alone, PH)).toBe('vastgesteld');
    expect(appError(() => propose(buildPo(), alone, CA, eva, AT)).message).toContain('stel de agenda direct vast');
  });

  it('a PO without a concernadviseur has only the portefeuillehouder to ask', () => {
    const po = buildPo({ concernadviseurId: null });
    expect(needsBoth(po, org)).toBe(false);
    expect(agree(po, org, PH)).toBe('vastgesteld');
  });

  it('the rights follow the proposal', () => {
    expect(vaststellingRights(buildPo(), org, CA)).toEqual({ voorleggen: true, vaststellen: false, terugsturen: false });
    const po = proposedBy('concernadviseur');
    expect(vaststellingRights(po, org, CA)).toEqual({ voorleggen: false, vaststellen: false, terugsturen: false });
    expect(vaststellingRights(po, org, PH)).toEqual({ voorleggen: false, vaststellen: true, terugsturen: true });
    expect(vaststellingRights(po, org, ['notulist'])).toEqual({ voorleggen: false, vaststellen: false, terugsturen: false });
    expect(vaststellingRights(buildPo(), buildOrg({ vaststellingDoorBeiden: false }), CA)).toEqual({
      voorleggen: false,
      vaststellen: true,
      terugsturen: false,
    });
  });
});

describe("what a line in Mijn PO's says about vaststellen", () => {
  const base = buildPo();
  const line = (voorstelRole: 'concernadviseur' | 'portefeuillehouder' | null, teruggestuurdBy: string | null, status: Po['status'] = 'concept') => ({
    ...base,
    status,
    voorstelRole,
    teruggestuurdBy,
  });

  it('a proposal waits for the other one only', () => {
    expect(vaststellingVoorMij(line('concernadviseur', null), org, IDS.wethouder)).toBe('wacht_op_jou');
    expect(vaststellingVoorMij(line('concernadviseur', null), org, IDS.concernadviseur)).toBeNull();
    expect(vaststellingVoorMij(line('portefeuillehouder', null), org, IDS.concernadviseur)).toBe('wacht_op_jou');
    expect(vaststellingVoorMij(line('portefeuillehouder', null), org, IDS.notulist)).toBeNull();
  });

  it('sent back: the proposer sees it, not who sent it back nor a bystander', () => {
    expect(vaststellingVoorMij(line(null, IDS.wethouder), org, IDS.concernadviseur)).toBe('teruggestuurd');
    expect(vaststellingVoorMij(line(null, IDS.wethouder), org, IDS.wethouder)).toBeNull();
    expect(vaststellingVoorMij(line(null, IDS.wethouder), org, IDS.opdrachtnemer)).toBeNull();
  });

  it('nothing once the agenda is vastgesteld', () => {
    expect(vaststellingVoorMij(line('concernadviseur', null, 'vastgesteld'), org, IDS.wethouder)).toBeNull();
    expect(vaststellingVoorMij(line(null, IDS.wethouder, 'vastgesteld'), org, IDS.concernadviseur)).toBeNull();
  });
});
