/**
 * Data factory for the PO domain: a realistic organisation (the Velsen college of seed 002 with the
 * Deventer agenda layout of seed 001), its users, and a PO of wethouder Smeets with a complete
 * agenda. Every builder returns fresh objects and takes overrides, so tests never share state.
 *
 * Plain TypeScript, no jest globals: importable by domain, server and render tests alike.
 */
import { DEFAULT_TOETS_CRITERIA } from '../../src/domain';
import type { Actiepunt, Agendapunt, Besluitpunt, Motie, OrganisationConfig, Po, Portefeuillehouder, Stuk, Toezegging, User } from '../../src/domain';

/** The three sections of the identical agenda layout (seed 001). */
export const SECTIONS = ['Strategische zaken', 'Tactisch-operationele zaken', 'Dingen van de dag'] as const;
export const [STRATEGISCH, TACTISCH, DINGEN_VAN_DE_DAG] = SECTIONS;

/** Monday 7 December 2026, 09:00 in Amsterdam (CET, UTC+1). */
export const PO_STARTS_AT = '2026-12-07T08:00:00.000Z';
export const CREATED_AT = '2026-11-30T10:00:00.000Z';

/** Id of wethouder Smeets as portefeuillehouder (not his user id). */
export const PH_ID = 'ph-smeets';

/** Stable user ids of the people in the scenario. */
export const IDS = {
  wethouder: 'u-smeets',
  otherWethouder: 'u-steijn',
  concernadviseur: 'u-el-amrani',
  notulist: 'u-de-vries',
  opdrachtnemer: 'u-jansen',
  opdrachtnemer2: 'u-yilmaz',
  adviseur: 'u-bakker',
  deelnemer: 'u-de-boer',
  buitenstaander: 'u-visser',
  gemeentesecretaris: 'u-hendriks',
} as const;

/** The college of seed 002: six members, their portfolios and the 16 council themes. */
export function buildPortefeuillehouders(): Portefeuillehouder[] {
  return [
    {
      id: 'ph-dales',
      name: 'Frank Dales',
      userId: 'u-dales',
      titel: 'burgemeester',
      portefeuilles: [{ domein: 'Bestuur', onderwerpen: ['Openbare orde & veiligheid', 'Burgerzaken', 'Communicatie', 'Organisatie'] }],
      raadsthemas: ['Veiligheid'],
    },
    {
      id: 'ph-steijn',
      name: 'Marianne Steijn',
      userId: IDS.otherWethouder,
      titel: 'wethouder',
      portefeuilles: [{ domein: 'Sociaal domein', onderwerpen: ['Openbare ruimte', 'Armoedebestrijding', 'Zorg & welzijn', 'Dienstverlening'] }],
      raadsthemas: ['Leefbaarheid', 'Gezondheid', 'Zorg & welzijn', 'Dienstverlening'],
    },
    {
      id: PH_ID,
      name: 'Sander Smeets',
      userId: IDS.wethouder,
      titel: 'wethouder',
      portefeuilles: [{ domein: 'Fysiek domein', onderwerpen: ['Ruimtelijke ontwikkeling', 'Wonen', 'Natuur & landschap', 'Kunst & cultuur'] }],
      raadsthemas: ['Wonen & woningbouw', 'Kunst & cultuur'],
    },
    {
      id: 'ph-verwoort',
      name: 'Jeroen Verwoort',
      userId: 'u-verwoort',
      titel: 'wethouder',
      portefeuilles: [{ domein: 'Economie & financiën', onderwerpen: ['Havens, industrie, energie', 'Arbeidsmarkt & onderwijs', 'Financiën'] }],
      raadsthemas: ['Arbeidsmarkt', 'Duurzaamheid', 'Financiën'],
    },
    {
      id: 'ph-dinjens',
      name: 'Sebastian Dinjens',
      userId: 'u-dinjens',
      titel: 'wethouder',
      portefeuilles: [{ domein: 'Milieu & jeugd', onderwerpen: ['Milieu', 'Afvalbeheer & riolering', 'Jeugd & jeugdzorg', 'Vastgoed & grondzaken'] }],
      raadsthemas: ['Luchtkwaliteit', 'Jeugd'],
    },
    {
      id: 'ph-diepstraten',
      name: 'Bram Diepstraten',
      userId: null,
      titel: 'wethouder',
      portefeuilles: [{ domein: 'Economie & mobiliteit', onderwerpen: ['Economische zaken', 'Mobiliteit en bereikbaarheid', 'Sport'] }],
      raadsthemas: ['Lokale economie & vestigingsklimaat', 'Mobiliteit', 'Sport', 'Participatie & democratische kwaliteit'],
    },
  ];
}

export function buildOrg(overrides: Partial<OrganisationConfig> = {}): OrganisationConfig {
  return {
    name: 'Gemeente Velsen',
    portefeuillehouders: buildPortefeuillehouders(),
    agendaSections: [...SECTIONS],
    agendaTemplates: { 'Kort PO': ['Bespreekpunten', 'Rondvraag'] },
    stukkenDeadline: { weekday: 3, time: '12:00' },
    poWeekday: 1,
    poTime: '09:00',
    collegeWeekday: 2,
    verslagApprovalRequired: false,
    ...overrides,
  };
}

export function buildUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u-medewerker',
    name: 'Medewerker',
    email: 'medewerker@velsen.nl',
    roles: ['medewerker'],
    functie: 'medewerker',
    entraId: null,
    ...overrides,
  };
}

/** Everyone around wethouder Smeets' PO, plus people who have nothing to do with it. */
export function buildUsers(): Record<keyof typeof IDS, User> {
  const u = (id: string, name: string, roles: User['roles'], functie: string): User =>
    buildUser({ id, name, email: `${id.slice(2)}@velsen.nl`, roles, functie, entraId: `entra-${id}` });
  return {
    wethouder: u(IDS.wethouder, 'Sander Smeets', ['portefeuillehouder'], 'wethouder'),
    otherWethouder: u(IDS.otherWethouder, 'Marianne Steijn', ['portefeuillehouder'], 'wethouder'),
    concernadviseur: u(IDS.concernadviseur, 'Fatima el Amrani', ['concernadviseur'], 'concernadviseur'),
    notulist: u(IDS.notulist, 'Joris de Vries', ['notulist'], 'bestuurscommunicatieadviseur'),
    opdrachtnemer: u(IDS.opdrachtnemer, 'Anouk Jansen', ['opdrachtnemer'], 'teamleider Wonen'),
    opdrachtnemer2: u(IDS.opdrachtnemer2, 'Mehmet Yilmaz', ['opdrachtnemer'], 'opgavemanager Warmtetransitie'),
    adviseur: u(IDS.adviseur, 'Ellen Bakker', ['adviseur'], 'CISO'),
    deelnemer: u(IDS.deelnemer, 'Pieter de Boer', ['medewerker'], 'beleidsadviseur Wonen'),
    buitenstaander: u(IDS.buitenstaander, 'Kees Visser', ['medewerker'], 'medewerker Burgerzaken'),
    gemeentesecretaris: u(IDS.gemeentesecretaris, 'Ingrid Hendriks', ['gemeentesecretaris'], 'gemeentesecretaris'),
  };
}

export function buildStuk(overrides: Partial<Stuk> = {}): Stuk {
  return {
    id: 'stuk-1',
    title: 'Collegeadvies',
    url: 'https://velsen.sharepoint.com/sites/po/stukken/collegeadvies.docx',
    deliveredAt: '2026-12-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A complete agendapunt: purpose, opdrachtnemer, no stukken. */
export function buildAgendapunt(overrides: Partial<Agendapunt> = {}): Agendapunt {
  return {
    id: 'ap-1',
    section: STRATEGISCH,
    position: 0,
    title: 'Agendapunt',
    purpose: 'beeldvorming',
    toelichting: '',
    voorgesteldBesluit: '',
    opdrachtnemerId: IDS.opdrachtnemer,
    adviseurIds: [],
    stukken: [],
    kwaliteitstoets: null,
    toetsCriteria: [],
    toetsOverruled: null,
    vertrouwelijk: false,
    plannedMinutes: 15,
    beoogdeCollegedatum: null,
    bespreking: '',
    standing: false,
    ...overrides,
  };
}

/** The agenda of the scenario PO: complete and ready to be vastgesteld. */
export function buildAgenda(): Agendapunt[] {
  return [
    buildAgendapunt({
      id: 'ap-woonvisie',
      section: STRATEGISCH,
      position: 0,
      title: 'Woonvisie 2027-2035',
      purpose: 'besluitvorming',
      toelichting: 'Vaststelling van de woonvisie na de inspraakperiode.',
      voorgesteldBesluit: 'Instemmen met de woonvisie en deze voorleggen aan het college van 15 december.',
      opdrachtnemerId: IDS.opdrachtnemer,
      stukken: [buildStuk({ id: 'stuk-woonvisie', title: 'Woonvisie 2027-2035 (concept)' })],
      kwaliteitstoets: { confirmedBy: IDS.opdrachtnemer, confirmedAt: '2026-12-02T10:00:00.000Z' },
      toetsCriteria: DEFAULT_TOETS_CRITERIA.map((c) => ({ criteriumId: c.id, voldaan: true, notitie: '' })),
      beoogdeCollegedatum: '2026-12-15',
      plannedMinutes: 30,
    }),
    buildAgendapunt({
      id: 'ap-warmte',
      section: STRATEGISCH,
      position: 1,
      title: 'Warmtetransitie: aanpak wijk Zeewijk',
      purpose: 'oordeelsvorming',
      toelichting: 'Welke voorwaarden stellen we aan de wijkaanpak?',
      opdrachtnemerId: IDS.opdrachtnemer2,
      adviseurIds: [IDS.adviseur],
    }),
    buildAgendapunt({
      id: 'ap-grond',
      section: TACTISCH,
      position: 0,
      title: 'Grondaankoop Zeeweg',
      purpose: 'beeldvorming',
      toelichting: 'Stand van de onderhandelingen met de eigenaar.',
      opdrachtnemerId: IDS.opdrachtnemer,
      vertrouwelijk: true,
    }),
    buildAgendapunt({
      id: 'ap-dvdd',
      section: DINGEN_VAN_DE_DAG,
      position: 0,
      title: 'Persvragen nieuwbouw Velserbroek',
      purpose: 'beeldvorming',
      opdrachtnemerId: IDS.opdrachtnemer2,
      plannedMinutes: 5,
    }),
  ];
}

/** Wethouder Smeets' PO of Monday 7 December 2026, still a concept. */
export function buildPo(overrides: Partial<Po> = {}): Po {
  return {
    id: 'po-smeets-2026-12-07',
    portefeuillehouderId: PH_ID,
    title: 'PO wethouder Smeets',
    startsAt: PO_STARTS_AT,
    status: 'concept',
    concernadviseurId: IDS.concernadviseur,
    notulistId: IDS.notulist,
    participantIds: [IDS.deelnemer],
    aanwezigen: [],
    sections: [...SECTIONS],
    agendapunten: buildAgenda(),
    records: [],
    currentAgendapuntId: null,
    timings: { spent: {}, current: null },
    teamsMeetingChatId: null,
    vastgesteldAt: null,
    vaststellingVoorstel: null,
    vaststellingTeruggestuurd: null,
    startedAt: null,
    endedAt: null,
    approval: null,
    publishedVersion: 0,
    correctionOpen: false,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    ...overrides,
  };
}

const recordBase = {
  agendapuntId: 'ap-woonvisie',
  createdBy: IDS.notulist,
  createdAt: '2026-12-07T08:20:00.000Z',
  updatedAt: '2026-12-07T08:20:00.000Z',
};

export function buildBesluitpunt(overrides: Partial<Besluitpunt> = {}): Besluitpunt {
  return {
    ...recordBase,
    id: 'bp-1',
    kind: 'besluitpunt',
    text: 'De portefeuillehouder stemt in met de woonvisie; door naar het college.',
    collegeDatum: '2026-12-15',
    outsidePurpose: false,
    ...overrides,
  };
}

export function buildActiepunt(overrides: Partial<Actiepunt> = {}): Actiepunt {
  return {
    ...recordBase,
    id: 'act-1',
    kind: 'actiepunt',
    text: 'Raadsinformatiebrief over de woonvisie opstellen.',
    ownerId: IDS.opdrachtnemer,
    ownerName: '',
    dueDate: '2026-12-18',
    status: 'open',
    plannerTaskId: null,
    ...overrides,
  };
}

export function buildToezegging(overrides: Partial<Toezegging> = {}): Toezegging {
  return {
    ...recordBase,
    id: 'tz-1',
    kind: 'toezegging',
    text: 'De raad voor de begrotingsbehandeling informeren over de woningbouwaantallen.',
    aan: 'gemeenteraad',
    ownerId: IDS.concernadviseur,
    ownerName: '',
    dueDate: '2027-01-31',
    status: 'open',
    ...overrides,
  };
}

export function buildMotie(overrides: Partial<Motie> = {}): Motie {
  return {
    ...recordBase,
    id: 'mo-1',
    kind: 'motie',
    text: 'Motie Betaalbaar wonen voor starters.',
    referentie: 'M26-041',
    afdoening: 'Meenemen in de woonvisie.',
    ownerId: IDS.opdrachtnemer,
    ownerName: '',
    dueDate: '2027-03-01',
    status: 'open',
    ...overrides,
  };
}

/** Organisation, users and PO together: the usual starting point of a test. */
export function buildScenario(poOverrides: Partial<Po> = {}, orgOverrides: Partial<OrganisationConfig> = {}) {
  return { org: buildOrg(orgOverrides), users: buildUsers(), po: buildPo(poOverrides) };
}
