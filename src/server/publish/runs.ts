/**
 * The invite and Planner as runs (store/graphSteps.ts): one run per PO and kind at a time; every
 * Graph write of a run is a recorded step (`journal.ts`). A run ends `klaar`, `mislukt` (nothing
 * of it may exist in Microsoft 365) or `onzeker` (a step's outcome is unknown; a later run
 * resolves it by looking before it sends anything of its own).
 */
import { randomUUID } from 'node:crypto';
import { AppError, ERRORS } from '../../shared/errors';
import type { Deps } from '../deps';
import { forUse, type GraphUse } from '../graph';
import type { Actor } from '../http/route';
import { appendAudit } from '../store/audit';
import { closeSettledRuns, finishRun, loadSteps, startRun, type GraphRun, type RunKind } from '../store/graphSteps';
import { STALE_ATTEMPT_MS } from './attempt';
import { mayExist, messageOf, StepUncertain } from './journal';

const KIND: Record<GraphUse, RunKind> = { uitnodiging: 'uitnodiging', planner: 'planner' };
const UNCERTAIN = { uitnodiging: 'invite_uncertain', planner: 'planner_uncertain' } as const;
const BUSY = { uitnodiging: 'De agenda wordt op dit moment al in de uitnodiging gezet.', planner: 'De Planner-taken worden op dit moment al aangemaakt.' };

export async function beginRun(deps: Deps, actor: Actor, poId: string, use: GraphUse, target: string): Promise<GraphRun> {
  const run = { id: randomUUID(), poId, kind: KIND[use], target, actorId: actor.user.id, startedAt: deps.now().toISOString() };
  if (!(await startRun(deps.db, run, STALE_ATTEMPT_MS))) throw new AppError('conflict', BUSY[use]);
  return { ...run, status: 'bezig', finishedAt: null, lastError: null };
}

export async function finishRunOk(deps: Deps, run: GraphRun): Promise<void> {
  const now = deps.now().toISOString();
  await finishRun(deps.db, run.id, { status: 'klaar', finishedAt: now });
  await closeSettledRuns(deps.db, run.poId, run.kind, now);
}

/**
 * Closes a failed run (`onzeker` while one of its steps has an unknown outcome, else `mislukt`),
 * audits it, and answers the error the user gets: uncertain steps as `invite_uncertain` or
 * `planner_uncertain`, Graph failures in the words of this use.
 */
export async function failRun(deps: Deps, actor: Actor, run: GraphRun, use: GraphUse, err: unknown): Promise<unknown> {
  const now = deps.now().toISOString();
  // Open while a step of its own has an unknown outcome; an earlier run's uncertain step keeps that run open.
  const open = (await loadSteps(deps.db, run.id)).some((s) => mayExist(s) && s.status !== 'klaar');
  const message = messageOf(err);
  await finishRun(deps.db, run.id, { status: open ? 'onzeker' : 'mislukt', lastError: message, finishedAt: open ? null : now });
  await closeSettledRuns(deps.db, run.poId, run.kind, now);
  await appendAudit(deps.db, {
    actor: { id: actor.user.id, name: actor.user.name },
    action: use === 'planner' ? 'planner.taak' : 'agenda.uitnodiging',
    objectType: use === 'planner' ? 'planner' : 'agenda',
    objectId: run.id,
    poId: run.poId,
    result: 'mislukt',
    origin: actor.origin,
    after: { status: open ? 'onzeker' : 'mislukt', error: message.slice(0, 500) },
  });
  if (err instanceof StepUncertain) {
    const id = UNCERTAIN[use];
    return new AppError(id, `${ERRORS[id].nl} [${err.message.slice(0, 500)}]`);
  }
  return forUse(err, use);
}
