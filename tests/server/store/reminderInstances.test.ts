/**
 * Two server instances on one database run the reminder scheduler at the same moment: every
 * reminder reaches its owner once. On PostgreSQL (`npm run test:pg`) the second instance has its
 * own connection pool, as a second process would; on PGlite both share the one engine.
 */
import { createDeps } from '../../../src/server/bootstrap';
import type { Deps } from '../../../src/server/deps';
import { tick } from '../../../src/server/reminders/scheduler';
import { listJobs } from '../../../src/server/store/jobs';
import { CA, expectOk, OPDRACHTNEMER, OPDRACHTNEMER2 } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';

let s: TestServer;
let second: Deps;
beforeAll(async () => {
  s = await startTestServer();
  second = process.env.TEST_DATABASE_URL
    ? await createDeps(s.deps.config, { devKeyFile: null, sandboxBaseUrl: s.sandbox.graphBaseUrl, now: () => s.deps.now() })
    : s.deps;
});
afterAll(async () => {
  if (second !== s.deps) await second.db.close();
  await s.close();
});

test('two instances ticking at once send each reminder exactly once', async () => {
  s.setNow(new Date('2026-12-01T09:00:00Z'));
  const nummers = Array.from({ length: 12 }, (_, i) => `X-${i}`);
  for (const [i, nummer] of nummers.entries())
    await expectOk(
      s.api('POST', '/api/raadsregister', {
        as: CA,
        body: {
          soort: i % 2 ? 'motie' : 'toezegging',
          nummer,
          raadsvergadering: '2026-11-12',
          titel: `Onderwerp ${nummer}`,
          portefeuillehouderId: 'bram',
          opdrachtnemerId: i % 3 ? OPDRACHTNEMER : OPDRACHTNEMER2,
          deadline: '2026-12-04',
        },
      }),
    );
  s.sandbox.state.activities.length = 0;
  const results = await Promise.all([tick(s.deps), tick(second), tick(s.deps), tick(second)]);
  // The concernadviseur's weekly digest (it counts these entries too) is planned and sent once as well.
  const digests = (await listJobs(s.deps.db, { kind: 'weekoverzicht' })).length;
  expect(digests).toBeLessThanOrEqual(1);
  expect(results.reduce((n, r) => n + r.planned, 0)).toBe(12 + digests);
  expect(results.reduce((n, r) => n + r.sent, 0)).toBe(12 + digests);
  const reminders = (): typeof s.sandbox.state.activities => s.sandbox.state.activities.filter((a) => a.activityType === 'herinnering');
  const sent = reminders().map((a) => a.previewText.split(': ')[2]?.split(' ')[0]);
  expect(sent.sort()).toEqual([...nummers].sort());
  // Later rounds on either instance send nothing again.
  await Promise.all([tick(s.deps), tick(second)]);
  expect(reminders()).toHaveLength(12);
  expect(s.sandbox.state.activities).toHaveLength(12 + digests);
  expect((await listJobs(s.deps.db, { kind: 'herinnering' })).every((j) => j.status === 'klaar' && j.attempts === 1)).toBe(true);
});
