/**
 * Confidential stays confidential on every path (issue 10). Generated from /api/openapi.json: every
 * GET operation, with every path parameter from the fixture and the query variants its schema
 * names, is called as every demo user; so are the live channel and the downloads (.docx unzipped).
 * A marker word written into every field of a confidential item, its records and a confidential
 * agendaverzoek may appear only in answers to the users entitled to it, as listed here by hand
 * (not taken from the policy under test). A new route is swept without anyone adding it here; a
 * new path parameter fails the test until it is given values.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SANDBOX_CHANNEL_ID, SANDBOX_TEAM_ID } from '../../../src/server/graphPort';
import { addItem, CA, createPo, expectOk, NOTULIST, record, vaststellen } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';
import { openLive, reachSeq, type LiveSocket } from '../live/socket';

const USERS = [
  'u-eva',
  'u-bram',
  'u-sander',
  'u-jeroen',
  'u-sebastian',
  'u-marianne',
  'u-frank',
  'u-noor',
  'u-tim',
  'u-fatima',
  'u-carla',
  'u-gerard',
  'u-mila',
  'u-bea',
];

/** Marker words and who may read what carries them. */
const MARKERS: Record<string, { where: string; entitled: string[] }> = {
  // PO A's confidential item: its portefeuillehouder, concernadviseur, notulist, opdrachtnemer and adviser.
  Kwartelkoning: { where: 'vertrouwelijk agendapunt van PO A en zijn vastleggingen', entitled: ['u-bram', 'u-eva', 'u-noor', 'u-fatima', 'u-carla'] },
  // PO B's confidential item: also its invited participant (u-mila); not the adviser of PO A.
  Grutto: { where: 'vertrouwelijk agendapunt van PO B', entitled: ['u-bram', 'u-eva', 'u-noor', 'u-fatima', 'u-mila'] },
  // A confidential agendaverzoek on PO B: the one who proposed it and those who decide on it.
  Roerdomp: { where: 'vertrouwelijk agendaverzoek voor PO B', entitled: ['u-carla', 'u-bram', 'u-eva'] },
};
const MARKER_NAMES = Object.keys(MARKERS);

let s: TestServer;
const fx = { poA: '', poB: '', items: [] as string[], records: [] as string[], verzoek: '', chatB: '', raads: '', collegeDatum: '' };

beforeAll(async () => {
  s = await startTestServer({ PLANNER_PLAN_ID: 'plan-po' });
  const past = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

  // PO A: one open item, one confidential item with the marker in every field; met, recorded, published.
  const a = await createPo(s);
  fx.poA = a.id;
  fx.collegeDatum = past(-14);
  const open = await addItem(s, a.id, { title: 'Woningbouwprogramma', purpose: 'besluitvorming', voorgesteldBesluit: 'Instemmen.', opdrachtnemerId: 'u-tim' });
  const secret = await addItem(s, a.id, {
    title: 'Grondpositie Kwartelkoning',
    purpose: 'besluitvorming',
    vertrouwelijk: true,
    toelichting: 'Onderhandeling Kwartelkoning',
    voorgesteldBesluit: 'Bod Kwartelkoning uitbrengen.',
    opdrachtnemerId: 'u-fatima',
    adviseurIds: ['u-carla'],
    beoogdeCollegedatum: past(-20),
    stukken: [
      {
        title: 'Taxatie Kwartelkoning',
        url: 'https://stukken.example.nl/Kwartelkoning.pdf',
        deliveredAt: new Date(Date.parse(a.startsAt) - 3_600_000).toISOString(),
      },
    ],
  });
  fx.items.push(open.id, secret.id);
  // The raad's register: a public entry that the confidential motie links to (its references are PO content).
  fx.raads = (
    await expectOk(
      s.api<{ id: string }>('POST', '/api/raadsregister', {
        as: CA,
        body: {
          soort: 'motie',
          nummer: 'M2026-900',
          raadsvergadering: past(40),
          titel: 'Duurzame bedrijventerreinen',
          portefeuillehouderId: 'bram',
          opdrachtnemerId: 'u-tim',
          deadline: past(1),
        },
      }),
    )
  ).id;
  await vaststellen(s, a.id);
  await expectOk(s.api('POST', `/api/pos/${a.id}/vergadering/starten`, { as: NOTULIST }));
  const recorded = [
    { kind: 'besluitpunt', agendapuntId: secret.id, text: 'Besluit Kwartelkoning genomen.', collegeDatum: past(-14) },
    { kind: 'actiepunt', agendapuntId: secret.id, text: 'Actie Kwartelkoning', ownerId: 'u-fatima', dueDate: past(30) },
    { kind: 'toezegging', agendapuntId: secret.id, text: 'Toezegging Kwartelkoning', ownerId: 'u-mila', aan: 'Raad Kwartelkoning', dueDate: past(3) },
    { kind: 'motie', agendapuntId: secret.id, text: 'Motie Kwartelkoning', referentie: 'M-Kwartelkoning', ownerId: 'u-tim', raadsItemId: fx.raads },
    { kind: 'besluitpunt', agendapuntId: open.id, text: 'Ingestemd met het programma.', collegeDatum: past(-14) },
    { kind: 'actiepunt', agendapuntId: open.id, text: 'Raadsinformatiebrief woningbouw', ownerId: 'u-mila', dueDate: past(2) },
  ];
  for (const body of recorded) fx.records.push(String((await expectOk(record(s, a.id, body))).id));
  await expectOk(s.api('PUT', `/api/pos/${a.id}/agendapunten/${secret.id}/bespreking`, { as: NOTULIST, body: { bespreking: 'Besproken: Kwartelkoning.' } }));
  await expectOk(s.api('POST', `/api/pos/${a.id}/vergadering/beeindigen`, { as: NOTULIST }));
  await expectOk(s.api('POST', `/api/pos/${a.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
  await expectOk(s.api('POST', `/api/pos/${a.id}/planner`, { as: NOTULIST }));

  // PO B, a week later: its standing item carries PO A's open follow-up; a participant; a confidential item and verzoek.
  const b = await createPo(s, { startsAt: new Date(Date.parse(a.startsAt) + 7 * 86_400_000).toISOString(), participantIds: ['u-mila'] });
  fx.poB = b.id;
  const grutto = await addItem(s, b.id, {
    title: 'Reorganisatie Grutto',
    purpose: 'oordeelsvorming',
    vertrouwelijk: true,
    opdrachtnemerId: 'u-fatima',
    toelichting: 'Grutto',
    stukken: [
      { title: 'Notitie Grutto', url: 'https://stukken.example.nl/Grutto.pdf', deliveredAt: new Date(Date.parse(b.startsAt) - 3_600_000).toISOString() },
    ],
  });
  fx.items.push(grutto.id, ...b.agendapunten.map((i) => i.id));
  fx.verzoek = (
    await expectOk(
      s.api<{ id: string }>('POST', `/api/pos/${b.id}/agendaverzoeken`, {
        as: 'u-carla',
        body: { title: 'Datalek Roerdomp', toelichting: 'Roerdomp', vertrouwelijk: true, opdrachtnemerId: 'u-tim', purpose: 'beeldvorming' },
      }),
    )
  ).id;
  fx.chatB = `19:meeting_${b.id}@thread.v2`;
  await expectOk(s.api('PATCH', `/api/pos/${b.id}`, { as: CA, body: { teamsMeetingChatId: fx.chatB } }));
  await expectOk(s.api('POST', `/api/pos/${b.id}/agenda/uitnodiging`, { as: CA, body: {} }));
}, 120_000);

afterAll(async () => {
  await s?.close();
});

type Operation = { parameters?: { name: string; in: 'path' | 'query'; schema?: { enum?: string[] } }[] };

/** Values for each path parameter; a parameter without values fails the sweep. */
const pathValues = (): Record<string, string[]> => ({
  poId: [fx.poA, fx.poB],
  itemId: fx.items,
  recordId: fx.records,
  raadsItemId: [fx.raads],
  verzoekId: [fx.verzoek],
  portefeuillehouderId: ['bram'],
  userId: ['u-tim'],
  teamId: ['team-po-overleg'],
  turnIndex: ['1'],
  collegeDatum: [fx.collegeDatum],
  criteriumId: ['integrale-afweging'],
});

/** Query variants: none, and each parameter alone with the values that open up more content. */
function queryVariants(op: Operation): string[] {
  const variants = [''];
  for (const p of op.parameters ?? []) {
    if (p.in !== 'query') continue;
    const values =
      p.schema?.enum ??
      (
        {
          poId: [fx.poA, fx.poB],
          q: MARKER_NAMES,
          portefeuillehouderId: ['bram'],
          ownerId: USERS,
          teamsMeetingChatId: [fx.chatB],
          from: ['2000-01-01'],
          to: ['2099-12-31'],
          limit: ['1000'],
          status: ['open'],
        } as Record<string, string[]>
      )[p.name] ??
      [];
    for (const v of values) variants.push(`${p.name}=${encodeURIComponent(v)}`);
  }
  return variants;
}

function expand(path: string): string[] {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  let urls = [path];
  for (const name of names) {
    const values = pathValues()[name];
    if (!values) throw new Error(`Padparameter {${name}} in ${path} heeft geen waarden in de sweep: voeg ze toe aan pathValues().`);
    urls = urls.flatMap((u) => values.map((v) => u.replace(`{${name}}`, v)));
  }
  return urls;
}

/** The text of a response, with a Word document unzipped and its XML tags removed. */
async function textOf(res: Response): Promise<string> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('officedocument')) {
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    return Object.values(files)
      .map((f) => strFromU8(f).replace(/<[^>]+>/g, ''))
      .join('\n');
  }
  return res.text();
}

interface Leak {
  user: string;
  marker: string;
  where: string;
}
const leaksIn = (text: string, user: string, where: string): Leak[] =>
  MARKER_NAMES.filter((m) => text.toLowerCase().includes(m.toLowerCase()) && !MARKERS[m]!.entitled.includes(user)).map((marker) => ({ user, marker, where }));

describe('the confidentiality sweep', () => {
  test('no GET operation in the OpenAPI document shows confidential content to anyone not entitled to it', async () => {
    const doc = await expectOk(s.api<{ paths: Record<string, { get?: Operation }> }>('GET', '/api/openapi.json'));
    const leaks: Leak[] = [];
    const seen = new Map<string, Set<string>>(MARKER_NAMES.map((m) => [m, new Set()]));
    let calls = 0;
    let operations = 0;
    const tokens = new Map(await Promise.all(USERS.map(async (u) => [u, await s.token(u)] as const)));
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get || path.endsWith('/live')) continue;
      operations++;
      for (const url of expand(path)) {
        for (const query of queryVariants(ops.get)) {
          for (const user of USERS) {
            const res = await fetch(`${s.url}${url}${query ? `?${query}` : ''}`, { headers: { authorization: `Bearer ${tokens.get(user)}` } });
            calls++;
            expect(res.status).toBeLessThan(500);
            const text = await textOf(res);
            leaks.push(...leaksIn(text, user, `GET ${path}${query ? `?${query}` : ''} (${res.status})`));
            for (const m of MARKER_NAMES) if (text.includes(m)) seen.get(m)!.add(`${user} ${path}`);
          }
        }
      }
    }
    console.log(`vertrouwelijkheidssweep: ${operations} GET-operaties, ${calls} verzoeken, ${leaks.length} lekken`);
    expect(leaks).toEqual([]);
    // The sweep can fail: every marker did reach those entitled to it.
    for (const m of MARKER_NAMES) expect(seen.get(m)!.size).toBeGreaterThan(0);
    expect([...seen.get('Kwartelkoning')!].some((w) => w.startsWith('u-carla '))).toBe(true);
    expect([...seen.get('Kwartelkoning')!].some((w) => w.startsWith('u-eva /api/audit'))).toBe(true);
  }, 300_000);

  test('the live channel sends confidential content only to those entitled, also while it changes', async () => {
    const sockets: { user: string; po: string; socket: LiveSocket }[] = [];
    try {
      for (const po of [fx.poA, fx.poB]) {
        for (const user of USERS) sockets.push({ user, po, socket: await openLive(s, po, user) });
      }
      // Let every socket get its state or its refusal.
      await Promise.all(sockets.map(({ socket }) => socket.waitFor((m) => m.type === 'state' || m.type === 'error').catch(() => undefined)));
      const [grutto] = fx.items.slice(2);
      const res = await expectOk(
        s.api<{ seq: number }>('PATCH', `/api/pos/${fx.poB}/agendapunten/${grutto}`, {
          as: CA,
          body: { toelichting: 'Grutto bijgewerkt', voorgesteldBesluit: 'Grutto besluit' },
        }),
      );
      expect(res).toBeTruthy();
      const { seq } = await expectOk(s.api<{ seq: number }>('GET', `/api/pos/${fx.poB}`, { as: CA }));
      await Promise.all(sockets.filter((x) => x.po === fx.poB && x.socket.messages.some((m) => m.type === 'state')).map((x) => reachSeq(x.socket, seq)));
      const leaks = sockets.flatMap(({ user, po, socket }) => leaksIn(JSON.stringify(socket.messages), user, `live ${po === fx.poA ? 'A' : 'B'}`));
      expect(leaks).toEqual([]);
      // Those entitled did get it, live.
      const eva = sockets.find((x) => x.user === 'u-eva' && x.po === fx.poB)!;
      expect(JSON.stringify(eva.socket.messages)).toContain('Grutto bijgewerkt');
      const mila = sockets.find((x) => x.user === 'u-mila' && x.po === fx.poB)!;
      expect(JSON.stringify(mila.socket.messages)).toContain('Grutto bijgewerkt');
    } finally {
      await Promise.all(sockets.map(({ socket }) => socket.close()));
    }
  }, 120_000);

  test('what went to Microsoft Graph (channel, files, Planner, invite) carries no confidential content', async () => {
    const state = s.sandbox.state;
    const channel = state.channel(SANDBOX_TEAM_ID, SANDBOX_CHANNEL_ID);
    expect(channel.messages.length).toBeGreaterThan(0);
    expect(state.plannerTasks.size).toBeGreaterThan(0);
    const texts = [
      JSON.stringify(channel.messages),
      JSON.stringify([...channel.replies.values()]),
      JSON.stringify([...state.plannerTasks.values()]),
      JSON.stringify([...state.events.values()]),
      ...[...state.files.values()].map((f) =>
        Object.values(unzipSync(new Uint8Array(f.content)))
          .map((x) => strFromU8(x))
          .join(''),
      ),
      ...[...state.eventAttachments.values()].flat().map((a) =>
        Object.values(unzipSync(Buffer.from(String(a.contentBytes), 'base64')))
          .map((x) => strFromU8(x))
          .join(''),
      ),
    ];
    // The organisation reads these: nobody is entitled.
    for (const m of MARKER_NAMES) expect(texts.filter((t) => t.includes(m))).toEqual([]);
    expect(texts.join('')).toContain('Raadsinformatiebrief woningbouw');
  });

  test('no refusal or answer to a write by someone not entitled names confidential content', async () => {
    const doc = await expectOk(s.api<{ paths: Record<string, Record<string, Operation>> }>('GET', '/api/openapi.json'));
    const leaks: Leak[] = [];
    const outsiders = USERS.filter((u) => !MARKERS.Kwartelkoning!.entitled.includes(u) && !MARKERS.Grutto!.entitled.includes(u));
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of ['post', 'put', 'patch', 'delete'].filter((m) => ops[m])) {
        for (const url of expand(path)) {
          for (const user of outsiders) {
            const res = await s.api<unknown>(method.toUpperCase(), url, { as: user, body: method === 'delete' ? undefined : {} });
            expect(res.status).toBeLessThan(500);
            leaks.push(...leaksIn(JSON.stringify(res.body), user, `${method.toUpperCase()} ${path} (${res.status})`));
          }
        }
      }
    }
    expect(leaks).toEqual([]);
  }, 120_000);
});

describe('who may grant access to a confidential item', () => {
  test('its opdrachtnemer cannot add advisers; the concernadviseur can, and that is audited as an access change', async () => {
    const po = await createPo(s);
    const item = await addItem(s, po.id, { title: 'Geheim dossier', purpose: 'beeldvorming', vertrouwelijk: true, opdrachtnemerId: 'u-tim' });
    const refused = await s.api<{ error: { id: string; message: string } }>('PATCH', `/api/pos/${po.id}/agendapunten/${item.id}`, {
      as: 'u-tim',
      body: { adviseurIds: ['u-mila'] },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('portefeuillehouder en de concernadviseur');
    for (const field of [{ vertrouwelijk: false }, { purpose: 'besluitvorming' }, { opdrachtnemerId: 'u-mila' }]) {
      expect((await s.api('PATCH', `/api/pos/${po.id}/agendapunten/${item.id}`, { as: 'u-tim', body: field })).status).toBe(403);
    }
    expect((await s.api('GET', `/api/pos/${po.id}`, { as: 'u-mila' })).status).toBe(403);
    await expectOk(s.api('PATCH', `/api/pos/${po.id}/agendapunten/${item.id}`, { as: CA, body: { adviseurIds: ['u-mila'] } }));
    expect((await s.api('GET', `/api/pos/${po.id}`, { as: 'u-mila' })).status).toBe(200);
    const audit = await expectOk(
      s.api<{ items: { action: string; objectId: string; before: unknown; after: unknown; actorId: string }[] }>('GET', `/api/audit?poId=${po.id}`, { as: CA }),
    );
    const access = audit.items.filter((e) => e.action === 'toegang.wijzigen' && e.objectId === item.id);
    expect(access[0]).toMatchObject({ actorId: CA, before: { adviseurIds: [] }, after: { adviseurIds: ['u-mila'], vertrouwelijk: true } });
    expect(audit.items.some((e) => e.action === 'agendapunt.wijzigen' && e.objectId === item.id && e.actorId === 'u-tim')).toBe(false);
  });

  test('the opdrachtnemer may still name advisers on an item that is not confidential', async () => {
    const po = await createPo(s);
    const item = await addItem(s, po.id, { title: 'Open dossier', purpose: 'beeldvorming', opdrachtnemerId: 'u-tim' });
    const after = await expectOk(
      s.api<{ agendapunten: { id: string; adviseurIds: string[] }[] }>('PATCH', `/api/pos/${po.id}/agendapunten/${item.id}`, {
        as: 'u-tim',
        body: { adviseurIds: ['u-carla'] },
      }),
    );
    expect(after).toMatchObject({ adviseurIds: ['u-carla'] });
  });
});
