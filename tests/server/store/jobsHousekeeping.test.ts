/**
 * The scheduler's housekeeping (issue 15): finished jobs are purged once older than
 * JOB_RETENTION_DAYS (30 by default), on several instances at once without taking a row twice;
 * jobs still to run are never touched. And the weekly digest counts the raadsregister entries a
 * concernadviseur follows up besides the PO records.
 */
import { purgeJobs, tick } from '../../../src/server/reminders/scheduler';
import { claimJobs, finishJob, listJobs, planJobs, retryJob } from '../../../src/server/store/jobs';
import { digestText } from '../../../src/domain';
import { digestCounts } from '../../../src/server/store/reminders';
import { CA, createPo, expectOk, OPDRACHTNEMER } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});

const DAY = 86_400_000;
const at = (iso: string, days = 0): string => new Date(Date.parse(iso) + days * DAY).toISOString();

test('finished jobs go after the retention, on two purges at once each once; planned and running ones stay', async () => {
  expect(s.deps.config.JOB_RETENTION_DAYS).toBe(30);
  const t0 = '2026-10-01T09:00:00.000Z';
  const jobs = Array.from({ length: 8 }, (_, i) => ({ key: `test:purge:${i}`, kind: 'test', payload: { i }, runAt: t0 }));
  expect(await planJobs(s.deps.db, jobs, t0)).toBe(8);
  const claimed = (await claimJobs(s.deps.db, t0, 100, 60_000)).filter((j) => j.kind === 'test');
  expect(claimed).toHaveLength(8);
  // Five done, one given up, one running, one back to planned (a retry far in the future).
  for (const j of claimed.slice(0, 5)) await finishJob(s.deps.db, j.id, t0, { sent: true });
  await retryJob(s.deps.db, claimed[5]!.id, null, 'geweigerd', t0);
  await retryJob(s.deps.db, claimed[7]!.id, at(t0, 400), 'later', t0);

  s.setNow(new Date(at(t0, 29)));
  expect(await purgeJobs(s.deps)).toBe(0);

  s.setNow(new Date(at(t0, 31)));
  const purged = await Promise.all([purgeJobs(s.deps), purgeJobs(s.deps), purgeJobs(s.deps)]);
  expect(purged.reduce((a, b) => a + b, 0)).toBe(6);
  const left = (await listJobs(s.deps.db, { kind: 'test' })).map((j) => [j.key, j.status]);
  expect(left.sort()).toEqual([
    ['test:purge:6', 'bezig'],
    ['test:purge:7', 'gepland'],
  ]);
  // The scheduler's round purges too, and reports it.
  await finishJob(s.deps.db, claimed[6]!.id, at(t0, 31), null);
  s.setNow(new Date(at(t0, 62)));
  expect((await tick(s.deps)).purged).toBe(1);
  expect((await listJobs(s.deps.db, { kind: 'test' })).map((j) => j.key)).toEqual(['test:purge:7']);
});

test('the weekly digest counts open raadsregister entries of the concernadviseur once, overdue ones as overdue', async () => {
  s.setNow(new Date('2026-12-07T08:00:00Z'));
  await createPo(s, { startsAt: '2026-12-14T08:00:00.000Z' });
  const today = '2026-12-07';
  const countOf = async (userId: string) => (await digestCounts(s.deps.db, today)).find((c) => c.userId === userId) ?? { open: 0, overdue: 0, raadsOpen: 0 };
  const before = await countOf(CA);
  const add = (nummer: string, body: Record<string, unknown>) =>
    expectOk(
      s.api('POST', '/api/raadsregister', {
        as: CA,
        body: { soort: 'motie', nummer, raadsvergadering: '2026-11-12', titel: `Motie ${nummer}`, portefeuillehouderId: 'bram', ...body },
      }),
    );
  // Bram's (Eva supports his PO, entered it, and is not the opdrachtnemer): counted once, overdue.
  await add('D-1', { opdrachtnemerId: OPDRACHTNEMER, deadline: '2026-12-01' });
  // Due later: open, not overdue.
  await add('D-2', { opdrachtnemerId: null, deadline: '2027-01-15' });
  // Closed: not counted.
  await add('D-3', { opdrachtnemerId: null, deadline: '2026-11-01', status: 'afgerond' });
  const after = await countOf(CA);
  expect(after.open - before.open).toBe(2);
  expect(after.overdue - before.overdue).toBe(1);
  // Told apart in the digest's text.
  expect(after.raadsOpen - before.raadsOpen).toBe(2);
  expect(digestText(after.open, after.overdue, after.raadsOpen)).toBe(
    `Weekoverzicht opvolging: ${after.open} open (${after.raadsOpen} uit het raadsregister), waarvan ${after.overdue} over de deadline`,
  );
  // The opdrachtnemer gets reminders per entry, not the concernadviseur's digest.
  expect((await digestCounts(s.deps.db, today)).some((c) => c.userId === OPDRACHTNEMER)).toBe(false);
});
