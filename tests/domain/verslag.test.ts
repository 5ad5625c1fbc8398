import type { Po, VerslagAudience, VerslagItem } from '../../src/domain';
import { buildVerslag } from '../../src/domain';
import { buildActiepunt, buildBesluitpunt, buildMotie, buildPo, buildScenario, buildToezegging, IDS } from '../factories/domain';

const SECRET = {
  title: 'Grondaankoop Zeeweg',
  bespreking: 'Eigenaar vraagt 4,2 miljoen; onze biedruimte is 3,8 miljoen.',
  besluit: 'Bod uitbrengen van maximaal 3,8 miljoen euro.',
  actie: 'Taxatie Zeeweg 12 laten actualiseren.',
  toezegging: 'Omwonenden Zeeweg vertrouwelijk bijpraten.',
  motie: 'Motie grondpolitiek Zeeweg.',
  motieRef: 'M26-099-GEHEIM',
};

/** The closed PO of wethouder Smeets with records on every item, the confidential one included. */
function closedPo(): Po {
  const po = buildPo({
    status: 'afgesloten',
    aanwezigen: ['Sander Smeets', 'Fatima el Amrani', 'Anouk Jansen', 'Mehmet Yilmaz', 'Joris de Vries'],
  });
  const bespreking: Record<string, string> = {
    'ap-grond': SECRET.bespreking,
    'ap-woonvisie': 'De inspraakreacties zijn verwerkt.',
  };
  po.agendapunten = po.agendapunten.map((i) => ({ ...i, bespreking: bespreking[i.id] ?? '' }));
  po.records = [
    buildBesluitpunt({ id: 'bp-woonvisie', agendapuntId: 'ap-woonvisie', text: 'Akkoord met de woonvisie.' }),
    buildBesluitpunt({ id: 'bp-warmte', agendapuntId: 'ap-warmte', text: 'Zeewijk wordt de eerste wijk.', outsidePurpose: true }),
    buildActiepunt({ id: 'act-woonvisie', agendapuntId: 'ap-woonvisie', ownerId: IDS.opdrachtnemer, ownerName: '' }),
    buildActiepunt({ id: 'act-dvdd', agendapuntId: 'ap-dvdd', text: 'Antwoord persvragen afstemmen.', ownerId: null, ownerName: 'Team Communicatie' }),
    buildToezegging({ id: 'tz-woonvisie', agendapuntId: 'ap-woonvisie' }),
    buildMotie({ id: 'mo-woonvisie', agendapuntId: 'ap-woonvisie' }),
    buildBesluitpunt({ id: 'bp-grond', agendapuntId: 'ap-grond', text: SECRET.besluit }),
    buildActiepunt({ id: 'act-grond', agendapuntId: 'ap-grond', text: SECRET.actie }),
    buildToezegging({ id: 'tz-grond', agendapuntId: 'ap-grond', text: SECRET.toezegging, aan: 'omwonenden' }),
    buildMotie({ id: 'mo-grond', agendapuntId: 'ap-grond', text: SECRET.motie, referentie: SECRET.motieRef }),
  ];
  return po;
}

const verslagFor = (audience: VerslagAudience, po = closedPo()) => {
  const { org, users } = buildScenario();
  return buildVerslag(po, { org, users: Object.values(users), audience });
};

type ShownItem = Extract<VerslagItem, { vertrouwelijk: false }>;
const shown = (items: VerslagItem[], nummer: string): ShownItem => {
  const item = items.find((i) => i.nummer === nummer);
  if (!item || item.vertrouwelijk) throw new Error(`Item ${nummer} is not shown in full.`);
  return item;
};

describe('the verslag has one uniform structure', () => {
  it('opens with organisation, PO, portefeuillehouder, date and time in Amsterdam, attendees and notulist', () => {
    const v = verslagFor('deelnemers');
    expect(v).toMatchObject({
      poId: 'po-smeets-2026-12-07',
      organisatie: 'Gemeente Velsen',
      titel: 'PO wethouder Smeets',
      portefeuillehouder: { naam: 'Sander Smeets', titel: 'wethouder' },
      datum: '2026-12-07',
      tijd: '09:00',
      aanwezigen: ['Sander Smeets', 'Fatima el Amrani', 'Anouk Jansen', 'Mehmet Yilmaz', 'Joris de Vries'],
      notulist: 'Joris de Vries',
      audience: 'deelnemers',
    });
  });

  it('shows a summer PO at its Amsterdam time', () => {
    const v = verslagFor('deelnemers', buildPo({ startsAt: '2026-06-15T07:00:00.000Z' }));
    expect([v.datum, v.tijd]).toEqual(['2026-06-15', '09:00']);
  });

  it('gives every item the same fields, numbered through the sections in agenda order', () => {
    const po = closedPo();
    po.agendapunten.reverse();
    const v = verslagFor('deelnemers', po);
    expect(v.items.map((i) => i.nummer)).toEqual(['1', '2', '3', '4']);
    const keys = v.items.map((i) => Object.keys(i).sort().join(','));
    expect(new Set(keys).size).toBe(1);
    expect(shown(v.items, '1')).toMatchObject({
      sectie: 'Strategische zaken',
      titel: 'Woonvisie 2027-2035',
      doel: 'besluitvorming',
      doelLabel: 'Besluitvorming',
      opdrachtnemer: 'Anouk Jansen',
      voorgesteldBesluit: expect.stringContaining('Instemmen met de woonvisie'),
      bespreking: 'De inspraakreacties zijn verwerkt.',
      geheim: false,
    });
    expect(shown(v.items, '4').titel).toBe('Persvragen nieuwbouw Velserbroek');
  });

  it('is built the same way for a PO without any records', () => {
    const v = verslagFor('openbaar', buildPo({ status: 'afgesloten' }));
    expect(v.actiepunten).toEqual([]);
    expect(v.toezeggingen).toEqual([]);
    expect(v.moties).toEqual([]);
    expect(shown(v.items, '1')).toMatchObject({ besluitpunten: [], actiepunten: [], toezeggingen: [], moties: [] });
  });

  it('collects actiepunten, toezeggingen and moties per item and in the end lists, with their item number', () => {
    const v = verslagFor('deelnemers');
    expect(v.actiepunten.find((a) => a.id === 'act-woonvisie')).toEqual({
      id: 'act-woonvisie',
      agendapuntNummer: '1',
      text: 'Raadsinformatiebrief over de woonvisie opstellen.',
      wie: 'Anouk Jansen',
      wieEntraId: `entra-${IDS.opdrachtnemer}`,
      wanneer: '2026-12-18',
      status: 'open',
    });
    expect(v.actiepunten.find((a) => a.id === 'act-dvdd')).toMatchObject({ agendapuntNummer: '4', wie: 'Team Communicatie', wieEntraId: null });
    expect(v.toezeggingen.find((t) => t.id === 'tz-woonvisie')).toMatchObject({ agendapuntNummer: '1', aan: 'gemeenteraad', wie: 'Fatima el Amrani' });
    expect(v.moties.find((m) => m.id === 'mo-woonvisie')).toMatchObject({ agendapuntNummer: '1', referentie: 'M26-041' });
    expect(shown(v.items, '1').actiepunten.map((a) => a.id)).toEqual(['act-woonvisie']);
  });

  it('names an owner it cannot find as "onbekend"', () => {
    const po = closedPo();
    po.records = [buildActiepunt({ id: 'act-weg', agendapuntId: 'ap-woonvisie', ownerId: 'u-uit-dienst', ownerName: '' })];
    expect(verslagFor('deelnemers', po).actiepunten[0]?.wie).toBe('onbekend');
  });

  it('flags a besluitpunt taken on an item that was not for besluitvorming', () => {
    const v = verslagFor('openbaar');
    expect(shown(v.items, '2').besluitpunten).toEqual([
      { id: 'bp-warmte', text: 'Zeewijk wordt de eerste wijk.', collegeDatum: '2026-12-15', buitenDoel: true },
    ]);
    expect(shown(v.items, '1').besluitpunten).toEqual([
      { id: 'bp-woonvisie', text: 'Akkoord met de woonvisie.', collegeDatum: '2026-12-15', buitenDoel: false },
    ]);
  });
});

describe('a confidential item in the widely distributed verslag', () => {
  it('appears only as its number, marked vertrouwelijk', () => {
    const v = verslagFor('openbaar');
    expect(v.items[2]).toEqual({ nummer: '3', vertrouwelijk: true });
  });

  it('leaks nothing of its title, bespreking or records anywhere', () => {
    const json = JSON.stringify(verslagFor('openbaar'));
    for (const secret of Object.values(SECRET)) {
      expect(json).not.toContain(secret);
    }
    for (const id of ['ap-grond', 'bp-grond', 'act-grond', 'tz-grond', 'mo-grond']) {
      expect(json).not.toContain(id);
    }
  });

  it('keeps its actiepunten, toezeggingen and moties out of the end lists', () => {
    const v = verslagFor('openbaar');
    expect(v.actiepunten.map((a) => a.id)).toEqual(['act-woonvisie', 'act-dvdd']);
    expect(v.toezeggingen.map((t) => t.id)).toEqual(['tz-woonvisie']);
    expect(v.moties.map((m) => m.id)).toEqual(['mo-woonvisie']);
  });

  it('keeps the other items complete', () => {
    const v = verslagFor('openbaar');
    expect(v.items.filter((i) => !i.vertrouwelijk).map((i) => i.nummer)).toEqual(['1', '2', '4']);
  });
});

describe('a confidential item in the verslag for the participants', () => {
  it('appears in full, marked geheim', () => {
    const item = shown(verslagFor('deelnemers').items, '3');
    expect(item).toMatchObject({ titel: SECRET.title, bespreking: SECRET.bespreking, geheim: true, sectie: 'Tactisch-operationele zaken' });
    expect(item.besluitpunten.map((b) => b.text)).toEqual([SECRET.besluit]);
    expect(item.actiepunten.map((a) => a.text)).toEqual([SECRET.actie]);
  });

  it('includes its follow-up in the end lists', () => {
    const v = verslagFor('deelnemers');
    expect(v.actiepunten.map((a) => a.id)).toEqual(['act-woonvisie', 'act-grond', 'act-dvdd']);
    expect(v.toezeggingen.map((t) => t.id)).toEqual(['tz-woonvisie', 'tz-grond']);
    expect(v.moties.map((m) => [m.id, m.referentie])).toEqual([
      ['mo-woonvisie', 'M26-041'],
      ['mo-grond', SECRET.motieRef],
    ]);
  });
});

describe('the kwaliteitstoets in the verslag', () => {
  const criteria = [
    { id: 'afgestemd', label: 'Ambtelijk afgestemd' },
    { id: 'financieel', label: 'Financiële gevolgen' },
  ];
  const withToets = (change: (item: Po['agendapunten'][number]) => Partial<Po['agendapunten'][number]>): VerslagItem[] => {
    const po = closedPo();
    po.agendapunten = po.agendapunten.map((i) => (i.id === 'ap-woonvisie' ? { ...i, ...change(i) } : i));
    const { org, users } = buildScenario();
    return buildVerslag(po, { org: { ...org, kwaliteitstoetsCriteria: criteria }, users: Object.values(users), audience: 'deelnemers' }).items;
  };

  it('shows a besluitvorming item whose toets is open as not completed, with the count', () => {
    const items = withToets(() => ({ toetsCriteria: [{ criteriumId: 'afgestemd', voldaan: true, notitie: '' }], kwaliteitstoets: null }));
    expect(shown(items, '1').kwaliteitstoets).toBe('Kwaliteitstoets: niet voltooid (1/2)');
  });

  it('shows a completed toets as voldaan', () => {
    const items = withToets(() => ({
      toetsCriteria: criteria.map((c) => ({ criteriumId: c.id, voldaan: true, notitie: '' })),
      kwaliteitstoets: { confirmedBy: IDS.opdrachtnemer, confirmedAt: '2026-12-03T10:00:00.000Z' },
    }));
    expect(shown(items, '1').kwaliteitstoets).toBe('Kwaliteitstoets: voldaan (2/2)');
  });

  it('names the portefeuillehouder who overruled an open toets, and the reason', () => {
    const items = withToets(() => ({
      toetsCriteria: [],
      kwaliteitstoets: null,
      toetsOverruled: { by: IDS.wethouder, byName: 'Sander Smeets', reden: 'Raad wacht op het besluit.', at: '2026-12-04T08:00:00.000Z' },
    }));
    expect(shown(items, '1').kwaliteitstoets).toBe('Kwaliteitstoets: overruled door Sander Smeets: Raad wacht op het besluit. (0/2)');
  });

  it('leaves the toets out for other items until the opdrachtnemer begins it', () => {
    const untouched = withToets(() => ({}));
    expect(shown(untouched, '2').kwaliteitstoets).toBeNull();
    const po = closedPo();
    po.agendapunten = po.agendapunten.map((i) =>
      i.id === 'ap-warmte' ? { ...i, toetsCriteria: [{ criteriumId: 'afgestemd', voldaan: true, notitie: '' }] } : i,
    );
    const { org, users } = buildScenario();
    const v = buildVerslag(po, { org: { ...org, kwaliteitstoetsCriteria: criteria }, users: Object.values(users), audience: 'deelnemers' });
    expect(shown(v.items, '2').kwaliteitstoets).toBe('Kwaliteitstoets: niet voltooid (1/2)');
  });
});

describe('records that follow up the raadsregister', () => {
  it('carry the register nummer given by the caller, and null without a link', () => {
    const po = closedPo();
    po.records = po.records.map((r) => (r.id === 'mo-woonvisie' || r.id === 'tz-woonvisie' ? { ...r, raadsItemId: 'raads-1' } : r));
    const { org, users } = buildScenario();
    const v = buildVerslag(po, { org, users: Object.values(users), audience: 'deelnemers', raadsNummers: new Map([['raads-1', 'M2026-014']]) });
    expect(v.moties.map((m) => [m.id, m.raadsNummer])).toEqual([
      ['mo-woonvisie', 'M2026-014'],
      ['mo-grond', null],
    ]);
    expect(v.toezeggingen.find((t) => t.id === 'tz-woonvisie')?.raadsNummer).toBe('M2026-014');
  });
});
