/**
 * Verslag models for the render tests and the render benchmark, built the way the server builds
 * them: a hand-made PO through the domain's `buildVerslag`. No jest globals.
 */
import type { Agendapunt, Po, PoRecord, User } from '../../../src/domain';
import { buildVerslag } from '../../../src/domain/verslag';
import type { VerslagAudience, VerslagModel } from '../../../src/domain/verslag';
import type { AgendaRenderInput } from '../../../src/server/render';
import {
  buildActiepunt,
  buildAgendapunt,
  buildBesluitpunt,
  buildMotie,
  buildOrg,
  buildPo,
  buildToezegging,
  buildUsers,
  IDS,
  SECTIONS,
} from '../../factories/domain';

export const APP_URL = 'https://po-overleg.velsen.nl';
export const VERSION_ID = 'vv-2026-12-07-1';
/** The Teams app id of the app package: links in the renderings open the PO in Teams. */
export const TEAMS_APP_ID = '6b1f0a52-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
export const OPTS = { appUrl: APP_URL, teamsAppId: TEAMS_APP_ID, versionId: VERSION_ID };
/** The two links to the scenario's PO: the Teams deep link (HTML-escaped) and the browser page. */
export const PO_ID = 'po-smeets-2026-12-07';
export const BROWSER_LINK = `${APP_URL}/app/tab?po=${PO_ID}`;
export const TEAMS_LINK = `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/po-overleg?webUrl=${encodeURIComponent(BROWSER_LINK)}&context=${encodeURIComponent(JSON.stringify({ subEntityId: PO_ID }))}`;

/** Title and record texts of the confidential item: none of these may appear in a public rendering. */
export const SECRET = {
  title: 'Grondaankoop Zeeweg',
  bespreking: 'Vraagprijs GEHEIM-4,2-miljoen besproken.',
  besluitpunt: 'GEHEIM-besluit: bod uitbrengen.',
  actiepunt: 'GEHEIM-actie: taxatie laten uitvoeren.',
  toezegging: 'GEHEIM-toezegging aan de verkoper.',
  motie: 'GEHEIM-motie grondbeleid.',
};

export const users = (): User[] => Object.values(buildUsers());

export function verslagOf(po: Po, audience: VerslagAudience = 'openbaar'): VerslagModel {
  return buildVerslag(po, { org: buildOrg(), users: users(), audience });
}

/** The scenario PO after the meeting: attendees, discussion and records on every item, one confidential. */
export function buildMeetingPo(overrides: Partial<Po> = {}): Po {
  const base = buildPo({ status: 'afgesloten' });
  const agendapunten = base.agendapunten.map((item) =>
    item.id === 'ap-grond' ? { ...item, title: SECRET.title, bespreking: SECRET.bespreking } : { ...item, bespreking: `Bespreking van ${item.title}.` },
  );
  const records: PoRecord[] = [
    buildBesluitpunt({ id: 'bp-woon', text: 'Instemmen met de woonvisie; door naar het college.' }),
    buildActiepunt({ id: 'act-woon', text: 'Raadsinformatiebrief over de woonvisie opstellen.' }),
    buildActiepunt({ id: 'act-extern', text: 'Corporaties uitnodigen voor een gesprek.', ownerId: null, ownerName: 'Woonstichting Velsen' }),
    buildToezegging({ id: 'tz-woon', text: 'De raad informeren over de woningbouwaantallen.' }),
    buildMotie({ id: 'mo-woon', text: 'Motie Betaalbaar wonen voor starters.' }),
    buildBesluitpunt({ id: 'bp-warmte', agendapuntId: 'ap-warmte', text: 'Zeewijk wordt de eerste wijk.', outsidePurpose: true, collegeDatum: null }),
    buildActiepunt({ id: 'act-warmte', agendapuntId: 'ap-warmte', text: 'Voorwaarden wijkaanpak uitwerken.', ownerId: IDS.opdrachtnemer2, dueDate: null }),
    buildBesluitpunt({ id: 'bp-grond', agendapuntId: 'ap-grond', text: SECRET.besluitpunt }),
    buildActiepunt({ id: 'act-grond', agendapuntId: 'ap-grond', text: SECRET.actiepunt }),
    buildToezegging({ id: 'tz-grond', agendapuntId: 'ap-grond', text: SECRET.toezegging }),
    buildMotie({ id: 'mo-grond', agendapuntId: 'ap-grond', text: SECRET.motie }),
  ];
  return { ...base, aanwezigen: ['Sander Smeets', 'Fatima el Amrani', 'Anouk Jansen', 'Mehmet Yilmaz'], agendapunten, records, ...overrides };
}

/** Deterministic filler text of about `chars` characters, with accents so bytes differ from chars. */
export function longText(label: string, chars: number): string {
  const sentence = `${label}: de wethouder vraagt om een heldere aanpak voor de café-eigenaren en de coöperatie. `;
  return sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
}

/** Marker text that makes every record of the large PO findable: "[i07-act-2]". */
export const mark = (item: number, kind: string, n: number): string => `[i${String(item).padStart(2, '0')}-${kind}-${n}]`;

/**
 * A PO with `count` items over the three sections, long discussions and several records of each
 * kind per item. Every tenth item is confidential.
 */
export function buildLargePo(count = 40, textChars = 1_500): Po {
  const agendapunten: Agendapunt[] = [];
  const records: PoRecord[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `ap-${i}`;
    agendapunten.push(
      buildAgendapunt({
        id,
        section: SECTIONS[(i - 1) % 3] as string,
        position: i,
        title: `Onderwerp ${i}: ${i % 10 === 0 ? 'vertrouwelijke zaak' : 'woningbouw en leefbaarheid'}`,
        purpose: i % 3 === 0 ? 'besluitvorming' : 'oordeelsvorming',
        voorgesteldBesluit: i % 3 === 0 ? longText(mark(i, 'vb', 1), 300) : '',
        bespreking: longText(mark(i, 'bespreking', 1), textChars),
        vertrouwelijk: i % 10 === 0,
      }),
    );
    const on = { agendapuntId: id };
    for (let n = 1; n <= 2; n++) {
      records.push(buildBesluitpunt({ ...on, id: `bp-${i}-${n}`, text: longText(mark(i, 'bp', n), 400), outsidePurpose: i % 3 !== 0 }));
      records.push(
        buildActiepunt({ ...on, id: `act-${i}-${n}`, text: longText(mark(i, 'act', n), 300), ownerId: n === 1 ? IDS.opdrachtnemer : IDS.opdrachtnemer2 }),
      );
    }
    records.push(buildToezegging({ ...on, id: `tz-${i}-1`, text: longText(mark(i, 'tz', 1), 300) }));
    records.push(
      buildMotie({ ...on, id: `mo-${i}-1`, referentie: `M26-${100 + i}`, text: longText(mark(i, 'mo', 1), 200), afdoening: longText(mark(i, 'afd', 1), 200) }),
    );
  }
  return buildPo({ status: 'afgesloten', aanwezigen: ['Sander Smeets', 'Fatima el Amrani'], agendapunten, records });
}

/** Input for the agenda renderers from a PO of the scenario. */
export function agendaInput(po: Po = buildMeetingPo()): AgendaRenderInput {
  const all = users();
  return { po, org: buildOrg(), userName: (id) => all.find((u) => u.id === id)?.name, appUrl: APP_URL, teamsAppId: TEAMS_APP_ID };
}
