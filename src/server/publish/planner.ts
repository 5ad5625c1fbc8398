/**
 * Actiepunten as Planner tasks (optional per organisation): one task per actiepunt, owner assigned,
 * due date set; the task id is kept on the actiepunt so no task is made twice. Actiepunten of
 * confidential items are never sent: the plan is read by all its members.
 *
 * Exactly once: each task is a recorded step `taak:<actiepunt id>` of a Planner run
 * (`runs.ts`, `journal.ts`), recorded before its POST and after the answer, paced per plan
 * (`graph/pacing.ts`). The task's title ends with the actiepunt's kenmerk (`[PO-overleg 3f9a…]`).
 * A creation whose answer was lost (timeout, 504, connection gone) is resolved by reading the
 * plan's tasks (GET /planner/plans/{id}/tasks) for that kenmerk: found, it is that task; not
 * there, it is created; when the plan cannot be read, it is not created again and the user hears
 * `planner_uncertain`. A later run resolves it first, before it creates anything else.
 */
import { fail } from '../../shared/errors';
import { organisationReader, visiblePo, type PoRecord } from '../../domain';
import { changePo, requireRight } from '../commands/context';
import { involvedReader } from '../read';
import type { Deps } from '../deps';
import { createPlannerTask, findPlannerTask, plannerMarker, plannerTaskBody, type GraphClient, type PlannerTaskBody } from '../graph';
import type { Actor } from '../http/route';
import { listUsers, loadOrganisation } from '../store/directory';
import { liveSteps, planSteps, type GraphStep } from '../store/graphSteps';
import { findRecord, updateRecord } from '../store/pos';
import { runStep } from './journal';
import { beginRun, failRun, finishRunOk } from './runs';
import { plannerPlanOf } from '../graphPort';

/** The kenmerk of an actiepunt in its task title: the first 12 letters and digits of its id. */
export const plannerReference = (recordId: string): string => recordId.replace(/[^0-9a-zA-Z]/g, '').slice(0, 12);

const taskStep = (recordId: string): string => `taak:${recordId}`;

function storedTask(step: GraphStep): PlannerTaskBody {
  const body = step.request as PlannerTaskBody | null;
  if (!body || typeof body.planId !== 'string' || typeof body.title !== 'string') throw new Error(`Stap ${step.step} heeft geen geldige taak.`);
  return body;
}

async function recordTaskId(deps: Deps, actor: Actor, poId: string, recordId: string, taskId: string): Promise<void> {
  await changePo(deps, actor, poId, 'planner.taak', async (tx) => {
    const current = await findRecord(tx.sql, recordId);
    if (!current || current.record.kind !== 'actiepunt' || current.record.plannerTaskId === taskId) return;
    const after = { ...current.record, plannerTaskId: taskId };
    await updateRecord(tx.sql, after);
    tx.changed({
      objectType: 'actiepunt',
      objectId: recordId,
      before: { plannerTaskId: current.record.plannerTaskId },
      after: { plannerTaskId: taskId },
      change: { type: 'record.updated', payload: after },
    });
  });
}

/** Runs one task's step: an earlier run's unanswered one is looked up first; returns the task id. */
async function taskOf(deps: Deps, client: GraphClient, step: GraphStep, planId: string): Promise<string> {
  const body = storedTask(step);
  const marker = step.marker ?? '';
  const result = await runStep(deps, step, {
    send: async () => ({ id: await createPlannerTask(client, body), url: null }),
    find: async () => {
      const found = await findPlannerTask(client, body.planId || planId, marker);
      return found ? { id: found.id, url: null } : null;
    },
  });
  if (!result.id) throw new Error(`Stap ${step.step}: de taak is aangemaakt, maar zonder id vastgelegd.`);
  return result.id;
}

export async function createPlannerTasks(deps: Deps, actor: Actor, poId: string): Promise<{ created: number; skipped: number; vertrouwelijk: number }> {
  const planId = plannerPlanOf(deps.graph, await loadOrganisation(deps.db)) ?? fail('not_configured', 'Er is geen Planner-plan ingesteld (PLANNER_PLAN_ID).');
  const { full, reader } = await involvedReader(deps, actor, poId);
  requireRight(reader.rights.publish || reader.rights.editAgenda, 'Planner-taken aan te maken');
  // A Planner plan is read by all its members: actiepunten of confidential items stay out of it.
  const po = visiblePo(full, organisationReader(full));
  const vertrouwelijk = full.records.filter((r) => r.kind === 'actiepunt').length - po.records.filter((r) => r.kind === 'actiepunt').length;
  if (po.status === 'concept' || po.status === 'vastgesteld') fail('invalid_state', 'Actiepunten ontstaan pas tijdens de vergadering.');
  const actiepunten = po.records.filter((r): r is Extract<PoRecord, { kind: 'actiepunt' }> => r.kind === 'actiepunt');
  const entra = new Map((await listUsers(deps.db)).map((u) => [u.id, u.entraId]));
  const client = deps.graph.clientFor(actor);

  const run = await beginRun(deps, actor, poId, 'planner', planId);
  let created = 0;
  let skipped = 0;
  try {
    // What earlier runs did or may have done, per actiepunt (a task made, or one sent without an answer).
    const earlier = new Map((await liveSteps(deps.db, poId, 'planner', 'taak:')).map((s) => [s.step, s]));
    for (const [i, r] of actiepunten.entries()) {
      if (r.plannerTaskId) {
        skipped++;
        continue;
      }
      const step =
        earlier.get(taskStep(r.id)) ??
        (
          await planSteps(deps.db, run.id, [
            {
              step: taskStep(r.id),
              position: i,
              request: plannerTaskBody({
                planId,
                title: r.text,
                assigneeEntraId: r.ownerId ? (entra.get(r.ownerId) ?? null) : null,
                dueDate: r.dueDate,
                reference: plannerReference(r.id),
              }),
              marker: plannerMarker(plannerReference(r.id)),
            },
          ])
        ).find((s) => s.step === taskStep(r.id));
      if (!step) throw new Error(`Stap ${taskStep(r.id)} is niet vastgelegd.`);
      await recordTaskId(deps, actor, poId, r.id, await taskOf(deps, client, step, planId));
      created++;
    }
  } catch (err) {
    throw await failRun(deps, actor, run, 'planner', err);
  }
  await finishRunOk(deps, run);
  return { created, skipped, vertrouwelijk };
}
