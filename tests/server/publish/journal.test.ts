/**
 * The journal's state machine for one Graph write (src/server/publish/journal.ts), on a real
 * database: what is sent, looked up or refused in each recorded state.
 */
import { randomUUID } from 'node:crypto';
import { toAppError } from '../../../src/server/graph';
import { runStep, StepUncertain, type StepActions } from '../../../src/server/publish/journal';
import { openDatabase, type Database } from '../../../src/server/store/db';
import { loadSteps, planSteps, updateStep, type GraphStep } from '../../../src/server/store/graphSteps';
import { AppError } from '../../../src/shared/errors';

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ pgliteDataDir: 'memory://' });
});
afterAll(async () => {
  await db.close();
});
const deps = () => ({ db, now: () => new Date('2026-12-07T10:00:00Z') });

/** A planned step, optionally put in a state as an earlier attempt left it. */
async function step(status: GraphStep['status'] = 'gepland'): Promise<GraphStep> {
  const runId = randomUUID();
  await planSteps(db, runId, [{ step: 'bericht', position: 1, request: { html: '<p>x</p>' }, marker: 'Verslagversie: x' }]);
  if (status !== 'gepland') await updateStep(db, { runId, step: 'bericht' }, { status });
  const [s] = await loadSteps(db, runId);
  if (!s) throw new Error('geen stap');
  return s;
}

/** Actions that count their calls; `send` and `find` answer as told. */
function actions(
  opts: { send?: () => Promise<{ id: string }>; find?: () => Promise<{ id: string } | null> } = {},
): StepActions & { sent: number; looked: number } {
  const a = {
    sent: 0,
    looked: 0,
    send: async () => {
      a.sent++;
      const r = await (opts.send ?? (async () => ({ id: 'nieuw' })))();
      return { id: r.id, url: null };
    },
    find: async () => {
      a.looked++;
      const r = await (opts.find ?? (async () => null))();
      return r ? { id: r.id, url: null } : null;
    },
  };
  return a;
}

const lost = (): AppError => toAppError(new TypeError('fetch failed'), 'POST');
const refused = (): AppError => toAppError(Object.assign(new Error('Forbidden'), { name: 'Forbidden' }), 'GET');
const status = async (s: GraphStep): Promise<string | undefined> => (await loadSteps(db, s.runId))[0]?.status;

test('planned: recorded as sent, sent once, recorded as done with its id', async () => {
  const s = await step();
  const a = actions();
  expect(await runStep(deps(), s, a)).toEqual({ id: 'nieuw', url: null });
  expect([a.sent, a.looked]).toEqual([1, 0]);
  expect((await loadSteps(db, s.runId))[0]).toMatchObject({ status: 'klaar', resultId: 'nieuw', tries: 1, sentAt: '2026-12-07T10:00:00.000Z' });
});

test('done: nothing is sent or looked up', async () => {
  const s = await step('klaar');
  const a = actions();
  await runStep(deps(), s, a);
  expect([a.sent, a.looked]).toEqual([0, 0]);
});

test.each(['verzonden', 'onzeker'] as const)('%s and found: not sent again', async (state) => {
  const s = await step(state);
  const a = actions({ find: async () => ({ id: 'gevonden' }) });
  expect((await runStep(deps(), s, a)).id).toBe('gevonden');
  expect([a.sent, a.looked]).toEqual([0, 1]);
  expect(await status(s)).toBe('klaar');
});

test('sent before and not there: sent (once)', async () => {
  const s = await step('verzonden');
  const a = actions();
  await runStep(deps(), s, a);
  expect([a.sent, a.looked]).toEqual([1, 1]);
});

test('sent before and the look is refused: not sent, stays onzeker', async () => {
  const s = await step('onzeker');
  const a = actions({
    find: async () => {
      throw refused();
    },
  });
  const err = await runStep(deps(), s, a).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StepUncertain);
  expect((err as StepUncertain).phase).toBe('look');
  expect(a.sent).toBe(0);
  expect(await status(s)).toBe('onzeker');
});

test('an answer lost on sending: looked up at once; not there yet, it stays onzeker for the next attempt', async () => {
  const s = await step();
  const a = actions({
    send: async () => {
      throw lost();
    },
  });
  const err = await runStep(deps(), s, a).catch((e: unknown) => e);
  expect((err as StepUncertain).phase).toBe('send');
  expect([a.sent, a.looked]).toEqual([1, 1]);
  expect(await status(s)).toBe('onzeker');
});

test('a refusal (nothing applied): back to planned, and the error as it was', async () => {
  const s = await step();
  const a = actions({
    send: async () => {
      throw toAppError(new Error('Bad Request'), 'GET');
    },
  });
  await expect(runStep(deps(), s, a)).rejects.toBeInstanceOf(AppError);
  expect(await status(s)).toBe('gepland');
});

test('an idempotent request whose answer was lost is planned again, with the error as it was', async () => {
  const s = await step();
  await expect(
    runStep(deps(), s, {
      send: async () => {
        throw lost();
      },
      find: 'resend',
    }),
  ).rejects.toMatchObject({ id: 'graph_failed' });
  expect((await loadSteps(db, s.runId))[0]).toMatchObject({ status: 'gepland', tries: 1 });
});

test('idempotent requests are sent again instead of looked up', async () => {
  const s = await step('onzeker');
  let sent = 0;
  await runStep(deps(), s, {
    send: async () => {
      sent++;
      return { id: 'x', url: null };
    },
    find: 'resend',
  });
  expect(sent).toBe(1);
});

test('two attempts on one step: the second is refused, the request goes once', async () => {
  const s = await step();
  const copy = { ...s };
  let release: () => void = () => undefined;
  const slow = actions({
    send: () =>
      new Promise((resolve) => {
        release = () => resolve({ id: 'eens' });
      }),
  });
  const first = runStep(deps(), s, slow);
  await new Promise((r) => setImmediate(r));
  const second = actions();
  await expect(runStep(deps(), copy, second)).rejects.toMatchObject({ id: 'conflict' });
  release();
  await first;
  expect(slow.sent + second.sent).toBe(1);
});
