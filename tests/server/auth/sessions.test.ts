/**
 * Token sessions: a verified token and its user are remembered for SESSION_TTL_MS, never past the
 * token's expiry, per server (deps). The verifier and the user lookup are fakes that count calls;
 * Date.now is moved by hand.
 */
import type { TokenClaims } from '../../../src/server/auth/tokens';
import { SESSION_TTL_MS, sessionForToken, userForToken } from '../../../src/server/auth/authenticate';
import type { Deps } from '../../../src/server/deps';
import type { Role } from '../../../src/domain';
import { AppError } from '../../../src/shared/errors';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const HOUR = 3_600_000;
let clock = T0;
beforeEach(() => {
  clock = T0;
  jest.spyOn(Date, 'now').mockImplementation(() => clock);
});
afterEach(() => jest.restoreAllMocks());

interface UserRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  functie: string;
  entra_id: string | null;
  demo: boolean;
  mapped_roles: Role[];
}
const row = (roles: Role[], id = 'u-noor'): UserRow => ({
  id,
  name: 'Noor Bakker',
  email: 'noor@velsen.example',
  roles,
  functie: 'notulist',
  entra_id: 'oid-noor',
  demo: false,
  mapped_roles: [],
});
const claims = (expiresAt: number): TokenClaims => ({
  oid: 'oid-noor',
  tid: 'tenant',
  name: 'Noor Bakker',
  preferredUsername: 'noor@velsen.example',
  expiresAt,
});

/** Fake deps for one server: a verifier that accepts every token until `expiresAt`, and one user. */
function fakeServer(opts: { expiresAt?: number; user?: UserRow } = {}) {
  const verify = jest.fn(async (_token: string): Promise<TokenClaims> => claims(opts.expiresAt ?? T0 + 8 * HOUR));
  const query = jest.fn(async (_text: string, _params?: unknown[]): Promise<unknown[]> => [opts.user ?? row(['notulist'])]);
  const deps = { verifier: { verify }, db: { query }, devSigner: {} } as unknown as Deps;
  return { deps, verify, query };
}

test('a second call within the session time checks no signature and reads no user again', async () => {
  const { deps, verify, query } = fakeServer();
  const first = await sessionForToken(deps, 'token-a');
  expect(first).toMatchObject({ user: { id: 'u-noor', roles: ['notulist'], entraId: 'oid-noor' }, expiresAt: T0 + 8 * HOUR });
  clock = T0 + SESSION_TTL_MS - 1;
  expect(await userForToken(deps, 'token-a')).toEqual(first.user);
  expect(verify).toHaveBeenCalledTimes(1);
  expect(query).toHaveBeenCalledTimes(1);
  expect(query.mock.calls[0]?.[1]).toEqual(['oid-noor']);
});

test('after the session time the token is checked and the user read again, so a changed role takes effect', async () => {
  const { deps, verify, query } = fakeServer();
  expect((await userForToken(deps, 'token-a')).roles).toEqual(['notulist']);
  query.mockResolvedValue([row(['concernadviseur'])]);
  clock = T0 + SESSION_TTL_MS - 1;
  expect((await userForToken(deps, 'token-a')).roles).toEqual(['notulist']);
  clock = T0 + SESSION_TTL_MS;
  expect((await userForToken(deps, 'token-a')).roles).toEqual(['concernadviseur']);
  expect(verify).toHaveBeenCalledTimes(2);
  expect(query).toHaveBeenCalledTimes(2);
  // The fresh session is remembered in its turn.
  clock = T0 + 2 * SESSION_TTL_MS - 1;
  await userForToken(deps, 'token-a');
  expect(verify).toHaveBeenCalledTimes(2);
});

test('a token that expires in 5 s is checked again after 5 s, although sessions last 30 s', async () => {
  expect(SESSION_TTL_MS).toBe(30_000);
  const { deps, verify } = fakeServer({ expiresAt: T0 + 5_000 });
  await sessionForToken(deps, 'kort');
  clock = T0 + 4_999;
  await sessionForToken(deps, 'kort');
  expect(verify).toHaveBeenCalledTimes(1);
  verify.mockRejectedValue(new AppError('unauthenticated', 'Het token is niet geldig (ERR_JWT_EXPIRED).'));
  clock = T0 + 5_000;
  await expect(sessionForToken(deps, 'kort')).rejects.toMatchObject({ id: 'unauthenticated' });
  expect(verify).toHaveBeenCalledTimes(2);
});

test('a token the verifier rejects is not remembered: the next call checks it again and rejects again', async () => {
  const { deps, verify, query } = fakeServer();
  verify.mockRejectedValue(new AppError('unauthenticated', 'Het token is niet geldig (ERR_JWS_INVALID).'));
  await expect(userForToken(deps, 'vals')).rejects.toThrow(/niet geldig/);
  clock = T0 + 1;
  await expect(userForToken(deps, 'vals')).rejects.toThrow(/niet geldig/);
  expect(verify).toHaveBeenCalledTimes(2);
  expect(query).not.toHaveBeenCalled();
});

test('a token of an unknown user is not remembered: the user is looked up again next time', async () => {
  const { deps, verify, query } = fakeServer();
  query.mockResolvedValueOnce([]);
  await expect(userForToken(deps, 'nieuw')).rejects.toMatchObject({ id: 'unauthenticated' });
  expect((await userForToken(deps, 'nieuw')).id).toBe('u-noor');
  expect(verify).toHaveBeenCalledTimes(2);
  expect(query).toHaveBeenCalledTimes(2);
});

test('each token has its own session', async () => {
  const { deps, verify } = fakeServer();
  await userForToken(deps, 'token-a');
  await userForToken(deps, 'token-b');
  await userForToken(deps, 'token-a');
  expect(verify.mock.calls.map(([token]) => token)).toEqual(['token-a', 'token-b']);
});

test('two servers do not share sessions: each checks the token and reads its own user', async () => {
  const one = fakeServer({ user: row(['notulist'], 'u-een') });
  const two = fakeServer({ user: row(['medewerker'], 'u-twee') });
  expect((await userForToken(one.deps, 'zelfde-token')).id).toBe('u-een');
  expect((await userForToken(two.deps, 'zelfde-token')).id).toBe('u-twee');
  expect((await userForToken(one.deps, 'zelfde-token')).id).toBe('u-een');
  expect(one.verify).toHaveBeenCalledTimes(1);
  expect(two.verify).toHaveBeenCalledTimes(1);
});
