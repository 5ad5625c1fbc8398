/**
 * The sign-in guard on its own: refused tokens audited one by one up to the limit per address and
 * window, the rest summarised once the window is over (or the server closes), and an address
 * blocked for the rest of its window when the failure limiter says so. The audit log is a fake
 * that collects entries; the clock is moved by hand.
 */
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { SignInGuard, type SignInAttempt } from '../../../src/server/auth/signInGuard';
import type { Limiter } from '../../../src/server/http/security';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
let clock = T0;

interface Written {
  action: string;
  result: string;
  actorId: unknown;
  origin: { ip: string };
  after: Record<string, unknown>;
}

function guard(opts: { maxAuditEntries: number; failures?: Limiter | null }): { guard: SignInGuard; written: Written[] } {
  const written: Written[] = [];
  const db = {
    query: async (_text: string, params: unknown[]) => {
      const [actorId, , action, , , , result, origin, , after] = params;
      written.push({
        actorId,
        action: String(action),
        result: String(result),
        origin: JSON.parse(String(origin)) as Written['origin'],
        after: JSON.parse(String(after)) as Written['after'],
      });
      return [];
    },
  };
  const log = { error: jest.fn() } as unknown as FastifyBaseLogger;
  return { guard: new SignInGuard({ db, log, failures: opts.failures ?? null, maxAuditEntries: opts.maxAuditEntries, now: () => clock }), written };
}

const req = {} as FastifyRequest;
const from = (ip: string): SignInAttempt => ({ origin: { ip, userAgent: 'test', requestId: 'r' }, request: 'GET /api/me' });

beforeEach(() => {
  clock = T0;
});

test('up to the limit each refusal is its own entry; the rest of the minute is one summary with the count', async () => {
  const { guard: g, written } = guard({ maxAuditEntries: 2 });
  for (let i = 0; i < 5; i++) await g.refused(req, from('198.51.100.1'), 'Het token is niet geldig.', null);
  await g.refused(req, from('198.51.100.2'), 'Het token is niet geldig.', null);
  expect(written.map((w) => w.origin.ip)).toEqual(['198.51.100.1', '198.51.100.1', '198.51.100.2']);
  expect(written[0]).toMatchObject({
    action: 'aanmelden',
    result: 'geweigerd',
    actorId: null,
    after: { reason: 'Het token is niet geldig.', request: 'GET /api/me' },
  });

  await g.flushExpired();
  expect(written).toHaveLength(3); // The minute is not over yet.
  clock += 60_000;
  await g.flushExpired();
  expect(written).toHaveLength(4);
  expect(written[3]).toMatchObject({
    action: 'aanmelden',
    result: 'geweigerd',
    origin: { ip: '198.51.100.1' },
    after: { summary: { from: new Date(T0).toISOString(), to: new Date(T0 + 60_000).toISOString(), notLoggedSeparately: 3, refusedByLimit: 0 } },
  });
  await g.close();
  expect(written).toHaveLength(4); // Nothing left to summarise for the second address.
});

test('a new minute starts counting again; the summary of the old one is written then, or when the server closes', async () => {
  const { guard: g, written } = guard({ maxAuditEntries: 1 });
  await g.refused(req, from('198.51.100.3'), 'a', null);
  await g.refused(req, from('198.51.100.3'), 'b', null);
  clock += 61_000;
  await g.refused(req, from('198.51.100.3'), 'c', null);
  await g.refused(req, from('198.51.100.3'), 'd', null);
  await g.close();
  expect(written.map((w) => w.after.reason)).toEqual(['a', expect.stringMatching(/^Meer dan 1 /), 'c', expect.stringMatching(/^Meer dan 1 /)]);
  expect(written.filter((w) => w.after.summary).map((w) => (w.after.summary as { notLoggedSeparately: number }).notLoggedSeparately)).toEqual([1, 1]);
});

test('an address the failure limiter reports over its limit is blocked until its window ends; requests refused then are counted', async () => {
  let over = false;
  const failures = (async () => ({ isAllowed: false, isExceeded: over, ttlInSeconds: 42 })) as unknown as Limiter;
  const { guard: g, written } = guard({ maxAuditEntries: 0, failures });
  await g.refused(req, from('198.51.100.4'), 'x', null);
  expect(g.retryAfter('198.51.100.4')).toBe(0);
  over = true;
  await g.refused(req, from('198.51.100.4'), 'x', null);
  expect(g.retryAfter('198.51.100.4')).toBe(42);
  expect(g.retryAfter('198.51.100.5')).toBe(0);
  g.limited(from('198.51.100.4'));
  clock += 42_000;
  expect(g.retryAfter('198.51.100.4')).toBe(0);
  await g.close();
  // AUDIT_SIGNIN_FAILURES=0: every refusal is its own entry; the summary counts what the limit refused.
  expect(written.filter((w) => w.after.reason === 'x')).toHaveLength(2);
  expect(written.at(-1)?.after.summary).toMatchObject({ notLoggedSeparately: 0, refusedByLimit: 1 });
});
