/**
 * Issue 11, case 5: Planner. One task per actiepunt, each carrying its kenmerk, however Graph
 * answers: a lost or late answer is resolved by reading the plan's tasks; an unreadable plan
 * creates nothing twice.
 */
import { createGraphPort } from '../../../src/server/graphPort';
import { plannerReference } from '../../../src/server/publish/planner';
import { startTestServer, type TestServer } from '../helpers/server';
import { expectOk, NOTULIST } from '../helpers/factories';
import { closedPo, count, longPo, type ErrorBody } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});
afterEach(() => s.sandbox.clearFaults());

type PlannerResult = { created: number; skipped: number; vertrouwelijk: number };
const plan = (poId: string) => s.api<PlannerResult & ErrorBody>('POST', `/api/pos/${poId}/planner`, { as: NOTULIST });

/** The PO's public actiepunten and, per actiepunt, the tasks in the plan that carry its kenmerk. */
async function tasksPerActiepunt(poId: string): Promise<{ id: string; plannerTaskId: string | null; tasks: string[] }[]> {
  const po = await expectOk(s.api<{ records: { id: string; kind: string; plannerTaskId?: string | null }[] }>('GET', `/api/pos/${poId}`, { as: NOTULIST }));
  const all = [...s.sandbox.state.plannerTasks.values()];
  return po.records
    .filter((r) => r.kind === 'actiepunt')
    .map((r) => ({
      id: r.id,
      plannerTaskId: r.plannerTaskId ?? null,
      tasks: all.filter((t) => (t.title ?? '').endsWith(`[PO-overleg ${plannerReference(r.id)}]`)).map((t) => t.id ?? ''),
    }));
}

async function runStatuses(poId: string): Promise<string[]> {
  const rows = await s.deps.db.query<{ status: string }>(`SELECT status FROM graph_runs WHERE po_id = $1 AND kind = 'planner' ORDER BY started_at, id`, [poId]);
  return rows.map((r) => r.status);
}

test("every task carries its actiepunt's kenmerk, and each request is recorded before and after", async () => {
  const po = await longPo(s, { items: 4 });
  expect(await expectOk(plan(po.id))).toEqual({ created: 4, skipped: 0, vertrouwelijk: 0 });
  const per = await tasksPerActiepunt(po.id);
  expect(per).toHaveLength(4);
  for (const a of per) expect(a.tasks).toEqual([a.plannerTaskId]);
  const steps = await s.deps.db.query<{ status: string; tries: number; sent_at: unknown; done_at: unknown; result_id: string }>(
    `SELECT s.* FROM graph_steps s JOIN graph_runs r ON r.id = s.run_id WHERE r.po_id = $1`,
    [po.id],
  );
  expect(steps).toHaveLength(4);
  for (const step of steps) expect(step).toMatchObject({ status: 'klaar', tries: 1, sent_at: expect.anything(), done_at: expect.anything() });
  expect(steps.map((st) => st.result_id).sort()).toEqual(per.map((a) => a.plannerTaskId).sort());
  expect(await runStatuses(po.id)).toEqual(['klaar']);
});

test('a task whose answer was lost is found by its kenmerk in the plan, not made twice', async () => {
  const po = await longPo(s, { items: 3 });
  const posts = count(s, 'POST', '/planner/tasks');
  s.sandbox.inject({ dropAfterSuccess: 'destroy', pathIncludes: '/planner/tasks', method: 'POST' });
  expect(await expectOk(plan(po.id))).toMatchObject({ created: 3 });
  expect(count(s, 'POST', '/planner/tasks') - posts).toBe(3);
  for (const a of await tasksPerActiepunt(po.id)) expect(a.tasks).toEqual([a.plannerTaskId]);
});

test('when the plan cannot be read the task is not made again: planner_uncertain, and the next run resolves it', async () => {
  const po = await longPo(s, { items: 3 });
  const posts = count(s, 'POST', '/planner/tasks');
  s.sandbox.inject({ dropAfterSuccess: '504', pathIncludes: '/planner/tasks', method: 'POST' });
  s.sandbox.inject({ status: 403, pathIncludes: '/planner/plans/', method: 'GET', times: 1_000 });

  const first = await plan(po.id);
  expect(first.status).toBe(502);
  expect(first.body.error.id).toBe('planner_uncertain');
  expect(first.body.error.message).toContain('controleer het plan');
  expect(first.body.error.message).not.toContain('verslag nu niet ontvangen');
  expect(await runStatuses(po.id)).toEqual(['onzeker']);
  // Again, still unreadable: nothing new is created while the first task is uncertain.
  expect((await plan(po.id)).body.error.id).toBe('planner_uncertain');
  expect(count(s, 'POST', '/planner/tasks') - posts).toBe(1);

  s.sandbox.clearFaults();
  expect(await expectOk(plan(po.id))).toMatchObject({ created: 3, skipped: 0 });
  expect(count(s, 'POST', '/planner/tasks') - posts).toBe(3);
  for (const a of await tasksPerActiepunt(po.id)) expect(a.tasks).toEqual([a.plannerTaskId]);
  expect((await runStatuses(po.id)).every((st) => st === 'klaar' || st === 'mislukt')).toBe(true);
  expect(await expectOk(plan(po.id))).toMatchObject({ created: 0, skipped: 3 });
});

test('a creation timed out by the client is resolved by listing the plan', async () => {
  const normal = s.deps.graph;
  s.deps.graph = createGraphPort(s.deps.config, { sandboxBaseUrl: s.sandbox.graphBaseUrl, client: { attemptTimeoutMs: 400 } });
  try {
    const po = await longPo(s, { items: 2 });
    const posts = count(s, 'POST', '/planner/tasks');
    s.sandbox.inject({ delayAnswerMs: 3_000, pathIncludes: '/planner/tasks', method: 'POST' });
    expect(await expectOk(plan(po.id))).toMatchObject({ created: 2 });
    expect(count(s, 'POST', '/planner/tasks') - posts).toBe(2);
    for (const a of await tasksPerActiepunt(po.id)) expect(a.tasks).toEqual([a.plannerTaskId]);
  } finally {
    s.deps.graph = normal;
  }
});

test('a Planner error says Planner failed, in Dutch, and creates nothing', async () => {
  const { po } = await closedPo(s);
  s.sandbox.inject({ status: 503, retryAfterSeconds: 0, pathIncludes: '/planner/tasks', times: 10 });
  const res = await plan(po.id);
  expect(res.status).toBe(502);
  expect(res.body.error.id).toBe('planner_failed');
  expect(res.body.error.message).toMatch(/^Planner kon de actiepunten nu niet als taken ontvangen/);
  expect(await runStatuses(po.id)).toEqual(['mislukt']);
  s.sandbox.clearFaults();
  expect(await expectOk(plan(po.id))).toEqual({ created: 1, skipped: 0, vertrouwelijk: 1 });
});

test('two clicks at once make each task once', async () => {
  const po = await longPo(s, { items: 3 });
  const posts = count(s, 'POST', '/planner/tasks');
  const both = await Promise.all([plan(po.id), plan(po.id)]);
  // Refused while the other runs (409), or, if it came after, it finds nothing left to do.
  for (const r of both) expect([200, 409]).toContain(r.status);
  expect(both.reduce((n, r) => n + (r.status === 200 ? r.body.created : 0), 0)).toBe(3);
  expect(count(s, 'POST', '/planner/tasks') - posts).toBe(3);
  for (const x of await tasksPerActiepunt(po.id)) expect(x.tasks).toHaveLength(1);
});
