/**
 * Roles at sign-in with Entra tokens: the first member of the admin group becomes beheerder on an
 * empty database; mapped groups and app roles add roles; anyone else is a medewerker.
 */
import type { DevSigner } from '../../../src/server/auth/tokens';
import { findUserByEntraId } from '../../../src/server/store/directory';
import { startTestServer, type TestServer } from '../helpers/server';

const ADMINS = 'group-po-beheer';
let s: TestServer;
let signer: DevSigner;

beforeAll(async () => {
  s = await startTestServer({ ENTRA_ADMIN_GROUP_ID: ADMINS }, { seed: false });
  signer = s.deps.devSigner!;
  // As in production: a verified token of an unknown colleague makes a user (no development sign-in).
  (s.deps as { devSigner: DevSigner | null }).devSigner = null;
});
afterAll(async () => { await s.close(); });

const me = async (oid: string, opts: { groups?: string[]; appRoles?: string[] } = {}): Promise<{ status: number; body: { id: string; roles: string[] } }> => {
  const token = await signer.issue({ entraId: oid, name: `Persoon ${oid}`, email: `${oid}@gemeente.example` }, opts);
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
    method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ roleMappings: [{ kind: 'group', value: 'group-notulisten', role: 'notulist' }, { kind: 'appRole', value: 'PO.Concernadviseur', role: 'concernadviseur' }] }),
  });
  expect(res.status).toBe(200);
  expect((await me('oid-4', { groups: ['group-notulisten'] })).body.roles).toEqual(['notulist']);
  expect((await me('oid-5', { appRoles: ['PO.Concernadviseur'] })).body.roles).toEqual(['concernadviseur']);
  // oid-1 was a medewerker; now in the notulisten group it becomes notulist (and stays known by its id).
  const later = await me('oid-1', { groups: ['group-notulisten'] });
  expect(later.body).toMatchObject({ id: 'entra-oid-1', roles: ['notulist'] });
  expect((await findUserByEntraId(s.deps.db, 'oid-1'))?.roles).toEqual(['notulist']);
});
