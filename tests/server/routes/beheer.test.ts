/** Beheer: configuring the organisation and its users through the API; beheerder only, every change audited. */
import { listAudit } from '../../../src/server/store/audit';
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, GS, MEDEWERKER, NOTULIST, PH } from '../helpers/factories';
import { closedPo } from '../publish/helpers';

const BEHEERDER = 'u-bea';
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

type Org = {
  portefeuillehouders: { id: string; name: string; userId: string | null; portefeuilles: { domein: string; onderwerpen: string[] }[] }[];
  agendaSections: string[];
  agendaTemplates: Record<string, string[]>;
  poWeekday: number;
  poTime: string;
  holidays?: unknown;
  verslagChannel?: unknown;
  roleMappings?: unknown;
};
type Problems = { error: { id: string; message: string; problems: { path: string; message: string }[] } };

const lastAudit = async (action: string): Promise<{ before?: unknown; after?: unknown; actorId: string | null } | undefined> =>
  (await listAudit(s.deps.db, { limit: 50 })).find((e) => e.action === action && e.result === 'geslaagd');

const current = async (): Promise<Org> => (await expectOk(s.api<{ config: Org }>('GET', '/api/beheer/organisatie', { as: BEHEERDER }))).config;

describe('rights', () => {
  const changes: [string, string, unknown][] = [
    ['GET', '/api/beheer/organisatie', undefined],
    ['PUT', '/api/beheer/college', { portefeuillehouders: [] }],
    ['PUT', '/api/beheer/instellingen', { poTime: '10:00' }],
    ['PUT', '/api/beheer/feestdagen', { national: true, extra: [], excluded: [] }],
    ['GET', '/api/beheer/feestdagen', undefined],
    ['PUT', '/api/beheer/kanaal', { plannerPlanId: null }],
    ['PUT', '/api/beheer/rolkoppelingen', { roleMappings: [] }],
    ['GET', '/api/beheer/gebruikers', undefined],
    ['POST', '/api/beheer/gebruikers', { entraId: 'x', name: 'X', email: 'x@example', roles: [] }],
    ['PUT', `/api/beheer/gebruikers/${MEDEWERKER}/rollen`, { roles: ['beheerder'] }],
    ['GET', '/api/beheer/directory?zoek=lotte', undefined],
    ['GET', '/api/beheer/teams', undefined],
    ['GET', '/api/beheer/teams/team-po-overleg/kanalen', undefined],
    ['GET', '/api/beheer/teams/team-po-overleg/plannen', undefined],
  ];
  test.each(changes)('%s %s: 403 for everyone but the beheerder, and a refused write is audited', async (method, path, body) => {
    for (const who of [CA, PH, GS, MEDEWERKER]) {
      const res = await s.api<Problems>(method, path, { as: who, body });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/beheerder/);
    }
    expect((await s.api(method, path, { as: null, body })).status).toBe(401);
    if (method !== 'GET') {
      const refused = (await listAudit(s.deps.db, { limit: 20 })).find((e) => e.result === 'geweigerd' && e.actorId === MEDEWERKER);
      expect(refused).toBeDefined();
    }
  });
});

describe('the college', () => {
  test('a beheerder adds a wethouder with a portfolio linked to a user; audited with before and after', async () => {
    const before = await current();
    const lotte = {
      id: 'lotte',
      name: 'Lotte de Boer',
      userId: MEDEWERKER,
      titel: 'wethouder',
      portefeuilles: [{ domein: 'Samenleving', onderwerpen: ['Onderwijs'] }],
      raadsthemas: ['Onderwijs'],
    };
    const saved = await expectOk(
      s.api<Org>('PUT', '/api/beheer/college', { as: BEHEERDER, body: { portefeuillehouders: [...before.portefeuillehouders, lotte] } }),
    );
    expect(saved.portefeuillehouders.at(-1)).toEqual(lotte);
    // It shows where POs are created: the organisation everyone reads.
    const org = await expectOk(s.api<Org>('GET', '/api/organisatie', { as: CA }));
    expect(org.portefeuillehouders.map((p) => p.id)).toContain('lotte');
    const po = await expectOk(
      s.api<{ portefeuillehouder: { id: string; name: string } }>('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'lotte' } }),
    );
    expect(po.portefeuillehouder).toMatchObject({ id: 'lotte', name: 'Lotte de Boer' });
    const entry = await lastAudit('beheer.college');
    expect(entry?.actorId).toBe(BEHEERDER);
    expect((entry?.before as Org).portefeuillehouders).toHaveLength(before.portefeuillehouders.length);
    expect((entry?.after as Org).portefeuillehouders).toHaveLength(before.portefeuillehouders.length + 1);
  });

  test('validation errors name the field, in Dutch', async () => {
    const org = await current();
    const bad = async (portefeuillehouders: unknown): Promise<Problems['error']> => {
      const res = await s.api<Problems>('PUT', '/api/beheer/college', { as: BEHEERDER, body: { portefeuillehouders } });
      expect(res.status).toBe(400);
      return res.body.error;
    };
    const ph = { id: 'nieuw', name: 'Nieuw', userId: null, titel: 'wethouder', portefeuilles: [], raadsthemas: [] };
    expect((await bad([{ ...ph, name: '' }])).problems[0]).toMatchObject({ path: 'body.portefeuillehouders.0.name', message: expect.stringMatching(/leeg/) });
    expect((await bad([{ ...ph, titel: 'koning' }])).problems[0]).toMatchObject({
      path: 'body.portefeuillehouders.0.titel',
      message: expect.stringMatching(/burgemeester of wethouder/),
    });
    expect((await bad([ph, { ...ph }])).problems[0]).toMatchObject({ path: 'body.portefeuillehouders.1.id', message: expect.stringMatching(/al in gebruik/) });
    expect((await bad([{ ...ph, userId: 'u-bestaat-niet' }])).problems[0]).toMatchObject({
      path: 'body.portefeuillehouders.0.userId',
      message: 'Kies een bestaande gebruiker.',
    });
    // A member with POs cannot be dropped from the college.
    const res = await s.api<Problems>('PUT', '/api/beheer/college', {
      as: BEHEERDER,
      body: { portefeuillehouders: org.portefeuillehouders.filter((p) => p.id !== 'lotte') },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/lotte.*PO's/);
    expect((await current()).portefeuillehouders).toEqual(org.portefeuillehouders);
  });
});

describe('agenda and schedule', () => {
  test('sections, the seed-001 template, weekday, time and stukken deadline; audited', async () => {
    const body = {
      agendaSections: ['Strategische zaken', 'Tactisch-operationele zaken', 'Dingen van de dag'],
      agendaTemplates: { deventer: ['Strategische zaken', 'Tactisch-operationele zaken', 'Dingen van de dag'], kort: ['Agenda'] },
      poWeekday: 2,
      poTime: '10:30',
      stukkenDeadline: { weekday: 4, time: '16:00' },
    };
    const saved = await expectOk(s.api<Org>('PUT', '/api/beheer/instellingen', { as: BEHEERDER, body }));
    expect(saved).toMatchObject(body);
    expect((await lastAudit('beheer.instellingen'))?.after).toEqual(body);
    // A new PO now falls on Tuesday 10:30 (Amsterdam) with the new sections.
    s.setNow(new Date('2026-12-02T12:00:00Z'));
    const po = await expectOk(s.api<{ startsAt: string; sections: string[] }>('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'bram' } }));
    expect(po.startsAt).toBe('2026-12-08T09:30:00.000Z');
    expect(po.sections).toEqual(body.agendaSections);
  });

  test('bad values are refused naming the field', async () => {
    const bad = async (body: unknown, path: string, message: RegExp): Promise<void> => {
      const res = await s.api<Problems>('PUT', '/api/beheer/instellingen', { as: BEHEERDER, body });
      expect(res.status).toBe(400);
      expect(res.body.error.problems[0]).toMatchObject({ path, message: expect.stringMatching(message) });
    };
    await bad({ poWeekday: 8 }, 'body.poWeekday', /maandag.*zondag/);
    await bad({ poTime: '25:00' }, 'body.poTime', /UU:MM/);
    await bad({ agendaSections: [] }, 'body.agendaSections', /ten minste één sectie/);
    await bad({ agendaSections: ['A', 'A'] }, 'body.agendaSections.1', /staat er al/);
    await bad({}, 'body', /ten minste één veld/);
  });
});

describe('holidays', () => {
  test('built-in Dutch holidays, editable; a PO on one moves and the answer says so', async () => {
    const list = await expectOk(
      s.api<{ items: { date: string; name: string; counts: boolean }[] }>('GET', '/api/beheer/feestdagen?jaar=2027', { as: BEHEERDER }),
    );
    expect(list.items.find((h) => h.name === 'Tweede Paasdag')).toMatchObject({ date: '2027-03-29', counts: true });
    const settings = { national: true, extra: [{ date: '2027-05-07', name: 'Brugdag' }], excluded: ['2027-05-05'] };
    await expectOk(s.api('PUT', '/api/beheer/feestdagen', { as: BEHEERDER, body: settings }));
    expect((await lastAudit('beheer.feestdagen'))?.after).toEqual({ holidays: settings });
    const edited = await expectOk(
      s.api<{ items: { date: string; name: string; counts: boolean }[] }>('GET', '/api/beheer/feestdagen?jaar=2027', { as: BEHEERDER }),
    );
    expect(edited.items.find((h) => h.date === '2027-05-05')?.counts).toBe(false);
    expect(edited.items.find((h) => h.date === '2027-05-07')).toMatchObject({ name: 'Brugdag', counts: true });

    await expectOk(s.api('PUT', '/api/beheer/instellingen', { as: BEHEERDER, body: { poWeekday: 1, poTime: '09:00' } }));
    s.setNow(new Date('2027-03-25T12:00:00Z'));
    const po = await expectOk(s.api<{ startsAt: string; datumVerschoven: unknown }>('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'bram' } }));
    expect(po.startsAt).toBe('2027-03-30T07:00:00.000Z');
    expect(po.datumVerschoven).toEqual({ from: '2027-03-29', holiday: 'Tweede Paasdag' });
    const ordinary = await expectOk(
      s.api<{ datumVerschoven: unknown }>('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'bram', startsAt: '2027-04-12T07:00:00Z' } }),
    );
    expect(ordinary.datumVerschoven).toBeNull();
    s.setNow(new Date());
  });

  test("changing a PO's date onto a holiday moves it as creation does, and the answer says so", async () => {
    const po = await expectOk(
      s.api<{ id: string }>('POST', '/api/pos', { as: CA, body: { portefeuillehouderId: 'bram', startsAt: '2027-04-12T07:00:00Z', sameDayOk: true } }),
    );
    // Koningsdag 2027 is Tuesday 27 April: to Wednesday 28 April, same local time.
    const moved = await expectOk(
      s.api<{ startsAt: string; datumVerschoven: unknown }>('PATCH', `/api/pos/${po.id}`, { as: CA, body: { startsAt: '2027-04-27T07:00:00Z' } }),
    );
    expect(moved.startsAt).toBe('2027-04-28T07:00:00.000Z');
    expect(moved.datumVerschoven).toEqual({ from: '2027-04-27', holiday: 'Koningsdag' });
    const stored = await expectOk(s.api<{ startsAt: string }>('GET', `/api/pos/${po.id}`, { as: CA }));
    expect(stored.startsAt).toBe('2027-04-28T07:00:00.000Z');
    const audit = (await listAudit(s.deps.db, { limit: 50 })).find((e) => e.action === 'po.wijzigen' && e.objectId === po.id);
    expect(audit?.after).toEqual({ startsAt: '2027-04-28T07:00:00.000Z' });
    const ordinary = await expectOk(
      s.api<{ startsAt: string; datumVerschoven: unknown }>('PATCH', `/api/pos/${po.id}`, { as: CA, body: { startsAt: '2027-05-03T07:00:00Z' } }),
    );
    expect(ordinary).toMatchObject({ startsAt: '2027-05-03T07:00:00.000Z', datumVerschoven: null });
    const titleOnly = await expectOk(s.api<{ datumVerschoven: unknown }>('PATCH', `/api/pos/${po.id}`, { as: CA, body: { title: 'PO Bram mei' } }));
    expect(titleOnly.datumVerschoven).toBeNull();
  });

  test('a bad date names the field', async () => {
    const res = await s.api<Problems>('PUT', '/api/beheer/feestdagen', {
      as: BEHEERDER,
      body: { national: true, extra: [{ date: '2027-02-30', name: 'X' }], excluded: [] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.problems[0]).toMatchObject({ path: 'body.extra.0.date', message: expect.stringMatching(/JJJJ-MM-DD/) });
  });
});

describe('the verslag channel and role mappings', () => {
  test('teams and channels come from Graph; the choice is stored and audited', async () => {
    const teams = await expectOk(s.api<{ items: { id: string; name: string }[] }>('GET', '/api/beheer/teams', { as: BEHEERDER }));
    expect(teams.items.map((t) => t.name)).toContain('Bestuursondersteuning');
    const channels = await expectOk(
      s.api<{ items: { id: string; name: string }[] }>('GET', '/api/beheer/teams/team-bestuursondersteuning/kanalen', { as: BEHEERDER }),
    );
    expect(channels.items).toContainEqual({ id: 'channel-bo-college', name: 'Collegevergadering' });
    const plans = await expectOk(
      s.api<{ items: { id: string; name: string }[] }>('GET', '/api/beheer/teams/team-bestuursondersteuning/plannen', { as: BEHEERDER }),
    );
    expect(plans.items).toEqual([{ id: 'plan-bo-acties', name: 'Acties bestuursondersteuning' }]);
    expect((await s.api('GET', '/api/beheer/teams/team-bestaat-niet/kanalen', { as: BEHEERDER })).status).toBe(404);
    const choice = {
      teamId: 'team-bestuursondersteuning',
      channelId: 'channel-bo-college',
      teamName: 'Bestuursondersteuning',
      channelName: 'Collegevergadering',
    };
    const saved = await expectOk(s.api<Org>('PUT', '/api/beheer/kanaal', { as: BEHEERDER, body: { verslagChannel: choice } }));
    expect(saved.verslagChannel).toEqual(choice);
    expect((await lastAudit('beheer.kanaal'))?.after).toEqual({ verslagChannel: choice });
    const res = await s.api<Problems>('PUT', '/api/beheer/kanaal', { as: BEHEERDER, body: { verslagChannel: { ...choice, teamId: '' } } });
    expect(res.status).toBe(400);
    expect(res.body.error.problems[0]?.path).toBe('body.verslagChannel.teamId');
    // Back to the deployment's default for the other tests in this process.
    await expectOk(s.api('PUT', '/api/beheer/kanaal', { as: BEHEERDER, body: { verslagChannel: null } }));
  });

  test('the verslag goes to the channel chosen in Beheer, not the deployment default', async () => {
    const choice = {
      teamId: 'team-bestuursondersteuning',
      channelId: 'channel-bo-college',
      teamName: 'Bestuursondersteuning',
      channelName: 'Collegevergadering',
    };
    await expectOk(s.api('PUT', '/api/beheer/kanaal', { as: BEHEERDER, body: { verslagChannel: choice } }));
    try {
      s.setNow(new Date('2026-12-07T08:00:00Z'));
      const { po } = await closedPo(s);
      await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} }));
      const posted = s.sandbox.state.channel(choice.teamId, choice.channelId).messages.filter((m) => (m.body?.content ?? '').includes(po.id));
      expect(posted).toHaveLength(1);
    } finally {
      s.setNow(new Date());
      await expectOk(s.api('PUT', '/api/beheer/kanaal', { as: BEHEERDER, body: { verslagChannel: null } }));
    }
  });

  test('role mappings are stored; an unknown role is refused naming the field', async () => {
    const roleMappings = [{ kind: 'group', value: 'group-notulisten', role: 'notulist' }];
    const saved = await expectOk(s.api<Org>('PUT', '/api/beheer/rolkoppelingen', { as: BEHEERDER, body: { roleMappings } }));
    expect(saved.roleMappings).toEqual(roleMappings);
    const res = await s.api<Problems>('PUT', '/api/beheer/rolkoppelingen', {
      as: BEHEERDER,
      body: { roleMappings: [{ kind: 'group', value: 'g', role: 'koning' }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.problems[0]).toMatchObject({ path: 'body.roleMappings.0.role', message: expect.stringMatching(/een van deze rollen/) });
  });

  test('GET /api/organisatie shows the role mappings (Entra group ids) to the beheerder only; the rest to everyone', async () => {
    const roleMappings = [{ kind: 'group', value: 'group-geheim-0f3a', role: 'notulist' }];
    await expectOk(s.api('PUT', '/api/beheer/rolkoppelingen', { as: BEHEERDER, body: { roleMappings } }));
    const asBeheerder = await expectOk(s.api<Org>('GET', '/api/organisatie', { as: BEHEERDER }));
    expect(asBeheerder.roleMappings).toEqual(roleMappings);
    for (const who of [CA, PH, GS, NOTULIST, MEDEWERKER]) {
      const res = await s.api<Org>('GET', '/api/organisatie', { as: who });
      expect(res.status).toBe(200);
      expect(res.body).not.toHaveProperty('roleMappings');
      expect(JSON.stringify(res.body)).not.toContain('group-geheim-0f3a');
      // The rest of the answer is the same as the beheerder's.
      const { roleMappings: _mine, ...rest } = asBeheerder;
      expect(res.body).toEqual(rest);
    }
    await expectOk(s.api('PUT', '/api/beheer/rolkoppelingen', { as: BEHEERDER, body: { roleMappings: [] } }));
  });
});

describe('users and roles', () => {
  test('a person found in the directory becomes a user with roles; roles change; audited', async () => {
    const found = await expectOk(
      s.api<{ items: { entraId: string; name: string; email: string; functie: string; userId: string | null }[] }>('GET', '/api/beheer/directory?zoek=hamid', {
        as: BEHEERDER,
      }),
    );
    expect(found.items).toHaveLength(1);
    const hamid = found.items[0]!;
    expect(hamid).toMatchObject({ name: 'Hamid Yilmaz', functie: 'Wethouder', userId: null });
    const user = await expectOk(
      s.api<{ id: string; roles: string[] }>('POST', '/api/beheer/gebruikers', {
        as: BEHEERDER,
        body: { entraId: hamid.entraId, name: hamid.name, email: hamid.email, functie: hamid.functie, roles: ['portefeuillehouder'] },
      }),
    );
    expect(user).toMatchObject({ id: `entra-${hamid.entraId}`, roles: ['portefeuillehouder'] });
    expect((await lastAudit('beheer.gebruiker.toevoegen'))?.after).toMatchObject({ id: user.id, roles: ['portefeuillehouder'] });
    const again = await expectOk(s.api<{ items: { userId: string | null }[] }>('GET', '/api/beheer/directory?zoek=hamid', { as: BEHEERDER }));
    expect(again.items[0]?.userId).toBe(user.id);

    const changed = await expectOk(
      s.api<{ roles: string[] }>('PUT', `/api/beheer/gebruikers/${user.id}/rollen`, {
        as: BEHEERDER,
        body: { roles: ['portefeuillehouder', 'concernadviseur'] },
      }),
    );
    expect(changed.roles).toEqual(['portefeuillehouder', 'concernadviseur']);
    expect(await lastAudit('beheer.rollen.wijzigen')).toMatchObject({
      before: { roles: ['portefeuillehouder'] },
      after: { roles: ['portefeuillehouder', 'concernadviseur'] },
    });
    // No role at all: medewerker.
    expect(
      (await expectOk(s.api<{ roles: string[] }>('PUT', `/api/beheer/gebruikers/${user.id}/rollen`, { as: BEHEERDER, body: { roles: [] } }))).roles,
    ).toEqual(['medewerker']);
  });

  test('the last beheerder keeps the role; unknown users and roles are refused', async () => {
    const res = await s.api<Problems>('PUT', `/api/beheer/gebruikers/${BEHEERDER}/rollen`, { as: BEHEERDER, body: { roles: ['medewerker'] } });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/ten minste één beheerder/);
    expect((await s.api('PUT', '/api/beheer/gebruikers/u-niemand/rollen', { as: BEHEERDER, body: { roles: [] } })).status).toBe(404);
    const bad = await s.api<Problems>('PUT', `/api/beheer/gebruikers/${MEDEWERKER}/rollen`, { as: BEHEERDER, body: { roles: ['koning'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0]?.path).toBe('body.roles.0');
    const short = await s.api<Problems>('GET', '/api/beheer/directory?zoek=a', { as: BEHEERDER });
    expect(short.status).toBe(400);
    expect(short.body.error.problems[0]).toMatchObject({ path: 'query.zoek', message: expect.stringMatching(/ten minste 2 tekens/) });
  });
});
