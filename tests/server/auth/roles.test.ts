/**
 * Roles at sign-in with Entra tokens: the first member of the admin group becomes beheerder on an
 * empty database; mapped groups and app roles add roles, and take them away again when the person
 * left the group (roles given by hand stay); anyone else is a medewerker.
 */
import type { DevSigner } from '../../../src/server/auth/tokens';
import { listAudit } from '../../../src/server/store/audit';
import { findUserByEntraId } from '../../../src/server/store/directory';
import { startTestServer, type TestServer } from '../helpers/server';

const ADMINS = 'group-po-beheer';
let s: TestServer;
let signer: DevSigner;
let signIns = 0;

beforeAll(async () => {
  s = await startTestServer({ ENTRA_ADMIN_GROUP_ID: ADMINS }, { seed: false });
  signer = s.deps.devSigner!;
  // As in production: a verified token of an unknown colleague makes a user (no development sign-in).
  (s.deps as { devSigner: DevSigner | null }).devSigner = null;
});
afterAll(async () => {
  await s.close();
});

const me = async (
  oid: string,
  opts: { groups?: string[]; appRoles?: string[]; groupsOverage?: boolean } = {},
): Promise<{ status: number; body: { id: string; roles: string[] } }> => {
  // A token of its own each time (its expiry differs): the same token within 30 s is a remembered session.
  const token = await signer.issue({ entraId: oid, name: `Persoon ${oid}`, email: `${oid}@gemeente.example` }, { ...opts, expiresIn: `${3600 + signIns++}s` });
  const res = await fetch(`${s.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { id: string; roles: string[] } };
};

test('first run: a colleague outside the admin group is a medewerker; the first one in it becomes beheerder, the next not', async () => {
  expect((await me('oid-1', { groups: ['group-iets-anders'] })).body.roles).toEqual(['medewerker']);
  const first = await me('oid-2', { groups: [ADMINS] });
  expect(first.body.roles).toEqual(['beheerder']);
  // The beheerder can set up the organisation from an empty database.
  const token = await signer.issue({ entraId: 'oid-2', name: 'Persoon oid-2', email: 'oid-2@gemeente.example' }, { groups: [ADMINS] });
  const org = await fetch(`${s.url}/api/beheer/organisatie`, { headers: { authorization: `Bearer ${token}` } });
  expect(org.status).toBe(200);
  expect(((await org.json()) as { configured: boolean }).configured).toBe(false);
  expect((await me('oid-3', { groups: [ADMINS] })).body.roles).toEqual(['medewerker']);
});

test('mapped groups and app roles add roles at sign-in, without taking any away', async () => {
  const token = await signer.issue({ entraId: 'oid-2', name: 'Persoon oid-2', email: 'oid-2@gemeente.example' }, { groups: [ADMINS] });
  const res = await fetch(`${s.url}/api/beheer/rolkoppelingen`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      roleMappings: [
        { kind: 'group', value: 'group-notulisten', role: 'notulist' },
        { kind: 'appRole', value: 'PO.Concernadviseur', role: 'concernadviseur' },
      ],
    }),
  });
  expect(res.status).toBe(200);
  expect((await me('oid-4', { groups: ['group-notulisten'] })).body.roles).toEqual(['notulist']);
  expect((await me('oid-5', { appRoles: ['PO.Concernadviseur'] })).body.roles).toEqual(['concernadviseur']);
  // oid-1 was a medewerker; now in the notulisten group it becomes notulist (and stays known by its id).
  const later = await me('oid-1', { groups: ['group-notulisten'] });
  expect(later.body).toMatchObject({ id: 'entra-oid-1', roles: ['notulist'] });
  expect((await findUserByEntraId(s.deps.db, 'oid-1'))?.roles).toEqual(['notulist']);
});

const beheer = async (method: string, path: string, body: unknown): Promise<Response> => {
  const token = await signer.issue({ entraId: 'oid-2', name: 'Persoon oid-2', email: 'oid-2@gemeente.example' }, { groups: [ADMINS] });
  return fetch(`${s.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
};
const roleAudits = async (userId: string) =>
  (await listAudit(s.deps.db, { limit: 200 })).filter((e) => e.action === 'aanmelden.rollen' && e.objectId === userId);

test('a mapped role is taken away at the next sign-in without the group or app role; audited', async () => {
  expect((await me('oid-6', { groups: ['group-notulisten'], appRoles: ['PO.Concernadviseur'] })).body.roles.sort()).toEqual(['concernadviseur', 'notulist']);
  // Left the notulisten group, still has the app role.
  expect((await me('oid-6', { groups: ['group-iets-anders'], appRoles: ['PO.Concernadviseur'] })).body.roles).toEqual(['concernadviseur']);
  // The app role gone too: back to medewerker.
  expect((await me('oid-6', { groups: ['group-iets-anders'] })).body.roles).toEqual(['medewerker']);
  expect((await findUserByEntraId(s.deps.db, 'oid-6'))?.roles).toEqual(['medewerker']);
  const audits = await roleAudits('entra-oid-6');
  expect(audits.map((a) => a.after)).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ roles: ['medewerker'], ingetrokken: ['concernadviseur'], toegevoegd: [] }),
      expect.objectContaining({ roles: ['concernadviseur'], ingetrokken: ['notulist'], toegevoegd: [] }),
    ]),
  );
  // Back in the group: the role comes back.
  expect((await me('oid-6', { groups: ['group-notulisten'] })).body.roles).toEqual(['notulist']);
});

test('roles given by hand in Beheer stay when the group is gone, also one a mapping gave too', async () => {
  expect((await me('oid-7', { groups: ['group-notulisten'] })).body.roles).toEqual(['notulist']);
  // The beheerder gives the person the role portefeuillehouder-ondersteuner by hand, and keeps notulist: notulist stays mapped.
  expect((await beheer('PUT', '/api/beheer/gebruikers/entra-oid-7/rollen', { roles: ['notulist', 'concernadviseur'] })).status).toBe(200);
  // Out of the group: the mapped notulist goes, the hand-given concernadviseur stays.
  expect((await me('oid-7', { groups: [] })).body.roles).toEqual(['concernadviseur']);
  // A role given by hand before a mapping gives it too is the hand's: it stays when the group is gone.
  expect((await beheer('PUT', '/api/beheer/gebruikers/entra-oid-7/rollen', { roles: ['concernadviseur', 'notulist'] })).status).toBe(200);
  expect((await me('oid-7', { groups: ['group-notulisten'] })).body.roles.sort()).toEqual(['concernadviseur', 'notulist']);
  expect((await me('oid-7', { groups: ['group-weer-anders'] })).body.roles.sort()).toEqual(['concernadviseur', 'notulist']);
});

test("the first run's beheerder stays beheerder after leaving the admin group; a token without its groups (overage) takes nothing away", async () => {
  expect((await me('oid-2', { groups: [] })).body.roles).toContain('beheerder');
  expect((await me('oid-8', { groups: ['group-notulisten'] })).body.roles).toEqual(['notulist']);
  expect((await me('oid-8', { groupsOverage: true })).body.roles).toEqual(['notulist']);
  expect((await me('oid-8', {})).body.roles).toEqual(['medewerker']);
});
