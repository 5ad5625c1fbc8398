/** Data factories for route tests: POs in each stage of their life, made through the API. */
import { randomUUID } from 'node:crypto';
import type { TestServer } from './server';

export const CA = 'u-eva';
export const PH = 'u-bram';
export const NOTULIST = 'u-noor';
export const OPDRACHTNEMER = 'u-tim';
export const OPDRACHTNEMER2 = 'u-fatima';
export const ADVISEUR = 'u-carla';
export const GS = 'u-gerard';
export const MEDEWERKER = 'u-mila';

export interface PoView {
  id: string;
  status: string;
  startsAt: string;
  sections: string[];
  agendapunten: {
    id: string;
    title: string;
    nummer: string;
    section: string;
    position: number;
    purpose: string | null;
    kwaliteitstoets: unknown;
    stukken: { id: string; deliveredAt: string | null }[];
  }[];
  records: { id: string; kind: string; text: string; status?: string; collegeDatum?: string | null; outsidePurpose?: boolean }[];
  agendaCheck: { problems: { code: string; path: string; message: string }[]; waitingForKwaliteitstoets: unknown[] };
  toetsCriteria: { id: string; label: string }[];
  vaststelling: {
    doorBeiden: boolean;
    voorstel: { by: string; role: string } | null;
    teruggestuurd: { opmerking: string } | null;
    wachtOp: { role: string; userId: string | null } | null;
  };
  rights: Record<string, unknown>;
  publishedVersion: number;
  correctionOpen: boolean;
  currentAgendapuntId: string | null;
  timings: { spent: Record<string, number>; current: { itemId: string; since: string } | null };
}

/** A PO; many per portefeuillehouder on one day (`sameDayOk`) unless the test says otherwise. */
export async function createPo(s: TestServer, body: Record<string, unknown> = {}): Promise<PoView> {
  const res = await s.api<PoView>('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'bram', notulistId: NOTULIST, sameDayOk: true, ...body } });
  if (res.status !== 201) throw new Error(`PO aanmaken: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function addItem(s: TestServer, poId: string, body: Record<string, unknown>, as = CA): Promise<{ id: string } & Record<string, unknown>> {
  const res = await s.api<{ id: string }>('POST', `/api/pos/${poId}/agendapunten`, { as, body });
  if (res.status !== 201) throw new Error(`agendapunt: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A PO with a complete agenda: one item of each purpose, one of them confidential. */
export async function readyPo(
  s: TestServer,
  body: Record<string, unknown> = {},
): Promise<{ po: PoView; items: { beeld: string; oordeel: string; besluit: string; geheim: string } }> {
  const po = await createPo(s, body);
  const beeld = await addItem(s, po.id, { title: 'Stand van zaken woningbouw', purpose: 'beeldvorming', opdrachtnemerId: OPDRACHTNEMER });
  const oordeel = await addItem(s, po.id, { title: 'Uitgangspunten mobiliteitsvisie', purpose: 'oordeelsvorming', opdrachtnemerId: OPDRACHTNEMER2 });
  const besluit = await addItem(s, po.id, {
    title: 'Uitvoeringsplan schoolroutes',
    purpose: 'besluitvorming',
    voorgesteldBesluit: 'Instemmen met het plan.',
    opdrachtnemerId: OPDRACHTNEMER2,
  });
  const geheim = await addItem(s, po.id, {
    title: 'Grondaankoop Zeeweg (geheim)',
    purpose: 'besluitvorming',
    voorgesteldBesluit: 'Bod uitbrengen van 2,1 miljoen.',
    opdrachtnemerId: OPDRACHTNEMER,
    vertrouwelijk: true,
  });
  return { po, items: { beeld: beeld.id, oordeel: oordeel.id, besluit: besluit.id, geheim: geheim.id } };
}

/**
 * Vaststellen as the two of seed 000 do: the portefeuillehouder overrules the open kwaliteitstoets
 * of each besluitvorming item (test agendas carry no stukken), the concernadviseur puts the agenda
 * forward and the portefeuillehouder agrees.
 */
export async function vaststellen(s: TestServer, poId: string): Promise<PoView> {
  const po = await expectOk(s.api<PoView & { portefeuillehouder: { id: string } }>('GET', `/api/pos/${poId}`, { as: CA }));
  const ph = `u-${po.portefeuillehouder.id}`;
  for (const p of po.agendaCheck.problems.filter((x) => x.code === 'kwaliteitstoets_open')) {
    const itemId = p.path.slice('agendapunt:'.length);
    await expectOk(
      s.api('POST', `/api/pos/${poId}/agendapunten/${itemId}/kwaliteitstoets/overrulen`, { as: ph, body: { reden: 'Stukken volgen mondeling.' } }),
    );
  }
  await expectOk(s.api('POST', `/api/pos/${poId}/agenda/voorleggen`, { as: CA }));
  return expectOk(s.api<PoView>('POST', `/api/pos/${poId}/agenda/vaststellen`, { as: ph }));
}

export async function startedPo(s: TestServer, body: Record<string, unknown> = {}): Promise<Awaited<ReturnType<typeof readyPo>>> {
  const ready = await readyPo(s, body);
  await vaststellen(s, ready.po.id);
  await expectOk(s.api('POST', `/api/pos/${ready.po.id}/vergadering/starten`, { as: NOTULIST }));
  return ready;
}

export async function record(
  s: TestServer,
  poId: string,
  body: Record<string, unknown>,
  as = NOTULIST,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return s.api<Record<string, unknown>>('POST', `/api/pos/${poId}/vastleggingen`, { as, body: { id: randomUUID(), ...body } });
}

export async function expectOk<T>(p: Promise<{ status: number; body: T }>): Promise<T> {
  const res = await p;
  if (res.status >= 300) throw new Error(`verwacht succes, kreeg ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}
