import type { PoRights, User } from '../../src/domain';
import { mayCreatePo, mayOverseeAll, mayProposeItems, poRolesOf, rightsOn } from '../../src/domain';
import { buildAgendapunt, buildScenario, buildUser, IDS, PH_ID } from '../factories/domain';

const { org, users, po } = buildScenario();
const ITEM_IDS = po.agendapunten.map((i) => i.id);
// In the scenario, Anouk Jansen (opdrachtnemer) has ap-woonvisie and ap-grond; Mehmet Yilmaz the others.
const OWN = ['ap-woonvisie', 'ap-grond'];
const NOT_OWN = ['ap-warmte', 'ap-dvdd'];

/** The rights as plain data, so one expectation shows the whole row of the matrix. */
function row(user: User): Record<string, unknown> {
  const r: PoRights = rightsOn(user, po, org);
  return {
    read: r.read,
    editAgenda: r.editAgenda,
    editItems: ITEM_IDS.filter((id) => r.editItem(id)),
    confirmKwaliteitstoets: ITEM_IDS.filter((id) => r.confirmKwaliteitstoets(id)),
    chair: r.chair,
    record: r.record,
    approveVerslag: r.approveVerslag,
    publish: r.publish,
    decideAgendaverzoek: r.decideAgendaverzoek,
  };
}

describe('rights on one PO', () => {
  it('the portefeuillehouder owns the agenda, chairs and approves the verslag', () => {
    expect(row(users.wethouder)).toEqual({
      read: true,
      editAgenda: true,
      editItems: ITEM_IDS,
      confirmKwaliteitstoets: [],
      chair: true,
      record: false,
      approveVerslag: true,
      publish: false,
      decideAgendaverzoek: true,
    });
  });

  it('the concernadviseur edits the agenda with the portefeuillehouder and may publish', () => {
    expect(row(users.concernadviseur)).toEqual({
      read: true,
      editAgenda: true,
      editItems: ITEM_IDS,
      confirmKwaliteitstoets: [],
      chair: true,
      record: false,
      approveVerslag: false,
      publish: true,
      decideAgendaverzoek: true,
    });
  });

  it('an opdrachtnemer edits only their own items and confirms only their kwaliteitstoets', () => {
    expect(row(users.opdrachtnemer)).toEqual({
      read: true,
      editAgenda: false,
      editItems: OWN,
      confirmKwaliteitstoets: OWN,
      chair: false,
      record: false,
      approveVerslag: false,
      publish: false,
      decideAgendaverzoek: false,
    });
    const r = rightsOn(users.opdrachtnemer, po, org);
    for (const id of NOT_OWN) {
      expect(r.editItem(id)).toBe(false);
      expect(r.confirmKwaliteitstoets(id)).toBe(false);
    }
    expect(r.editItem('ap-ander-po')).toBe(false);
  });

  it('the notulist records, leads the meeting flow and publishes, but does not edit the agenda', () => {
    expect(row(users.notulist)).toEqual({
      read: true,
      editAgenda: false,
      editItems: [],
      confirmKwaliteitstoets: [],
      chair: true,
      record: true,
      approveVerslag: false,
      publish: true,
      decideAgendaverzoek: false,
    });
  });

  const readOnly = {
    read: true,
    editAgenda: false,
    editItems: [],
    confirmKwaliteitstoets: [],
    chair: false,
    record: false,
    approveVerslag: false,
    publish: false,
    decideAgendaverzoek: false,
  };

  it('an invited participant only reads', () => {
    expect(row(users.deelnemer)).toEqual(readOnly);
  });

  it('an adviser joining for one item only reads', () => {
    expect(row(users.adviseur)).toEqual(readOnly);
  });

  const nothing = { ...readOnly, read: false };

  it('an unrelated user reads nothing', () => {
    expect(row(users.buitenstaander)).toEqual(nothing);
  });

  it('another wethouder has no rights on this PO', () => {
    expect(row(users.otherWethouder)).toEqual(nothing);
  });

  it('organisation-wide roles alone give no rights on a PO', () => {
    const concernadviseurElders = buildUser({ id: 'u-andere-ca', roles: ['concernadviseur'] });
    const notulistElders = buildUser({ id: 'u-andere-notulist', roles: ['notulist'] });
    expect(row(concernadviseurElders)).toEqual(nothing);
    expect(row(notulistElders)).toEqual(nothing);
  });

  it('loses the rights of an opdrachtnemer once they no longer have an item', () => {
    const moved = buildScenario({ agendapunten: [buildAgendapunt({ id: 'ap-x', opdrachtnemerId: IDS.opdrachtnemer2 })] });
    expect(rightsOn(users.opdrachtnemer, moved.po, moved.org).read).toBe(false);
  });

  it('names every role a person has on the PO', () => {
    const both = buildScenario({ notulistId: IDS.concernadviseur });
    expect(poRolesOf(users.concernadviseur, both.po, both.org)).toEqual(['concernadviseur', 'notulist']);
    expect(poRolesOf(users.buitenstaander, po, org)).toEqual([]);
  });
});

describe('who may put items on the agenda', () => {
  it('opdrachtnemers and independent advisers may propose items', () => {
    expect(mayProposeItems(users.opdrachtnemer)).toBe(true);
    expect(mayProposeItems(users.adviseur)).toBe(true);
    expect(mayProposeItems(users.concernadviseur)).toBe(true);
    expect(mayProposeItems(users.wethouder)).toBe(true);
  });

  it('a medewerker may not', () => {
    expect(mayProposeItems(users.buitenstaander)).toBe(false);
    expect(mayProposeItems(users.notulist)).toBe(false);
  });
});

describe('who may create a PO and oversee everything', () => {
  it('the concernadviseur creates POs for any portefeuillehouder', () => {
    expect(mayCreatePo(users.concernadviseur, PH_ID, org)).toBe(true);
    expect(mayCreatePo(users.concernadviseur, 'ph-steijn', org)).toBe(true);
  });

  it('a portefeuillehouder creates only their own PO', () => {
    expect(mayCreatePo(users.wethouder, PH_ID, org)).toBe(true);
    expect(mayCreatePo(users.wethouder, 'ph-steijn', org)).toBe(false);
  });

  it('others create none', () => {
    expect(mayCreatePo(users.opdrachtnemer, PH_ID, org)).toBe(false);
    expect(mayCreatePo(users.buitenstaander, PH_ID, org)).toBe(false);
  });

  it('the gemeentesecretaris, concernadviseurs and portefeuillehouders oversee all POs', () => {
    expect(mayOverseeAll(users.gemeentesecretaris)).toBe(true);
    expect(mayOverseeAll(users.concernadviseur)).toBe(true);
    expect(mayOverseeAll(users.wethouder)).toBe(true);
    expect(mayOverseeAll(users.opdrachtnemer)).toBe(false);
    expect(mayOverseeAll(users.notulist)).toBe(false);
  });
});
