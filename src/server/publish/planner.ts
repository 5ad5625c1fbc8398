/**
 * Actiepunten as Planner tasks (optional per organisation): one task per actiepunt, owner assigned,
 * due date set; the task id is kept on the actiepunt so no task is made twice. Actiepunten of
 * confidential items are never sent: the plan is read by all its members.
 */
import { fail } from '../../shared/errors';
import { organisationReader, visiblePo } from '../../domain';
import { changePo, requireRight } from '../commands/context';
import { involvedReader } from '../read';
import type { Deps } from '../deps';
import { createPlannerTask } from '../graph';
import type { Actor } from '../http/route';
import { listUsers } from '../store/directory';
import { findRecord, updateRecord } from '../store/pos';

export async function createPlannerTasks(deps: Deps, actor: Actor, poId: string): Promise<{ created: number; skipped: number; vertrouwelijk: number }> {
  const planId = deps.graph.plannerPlanId ?? fail('not_configured', 'Er is geen Planner-plan ingesteld (PLANNER_PLAN_ID).');
  const { full, reader } = await involvedReader(deps, actor, poId);
  requireRight(reader.rights.publish || reader.rights.editAgenda, 'Planner-taken aan te maken');
  // A Planner plan is read by all its members: actiepunten of confidential items stay out of it.
  const po = visiblePo(full, organisationReader(full));
  const vertrouwelijk = full.records.filter((r) => r.kind === 'actiepunt').length - po.records.filter((r) => r.kind === 'actiepunt').length;
  if (po.status === 'concept' || po.status === 'vastgesteld') fail('invalid_state', 'Actiepunten ontstaan pas tijdens de vergadering.');
  const entra = new Map((await listUsers(deps.db)).map((u) => [u.id, u.entraId]));
  const client = deps.graph.clientFor(actor);
  let created = 0;
  let skipped = 0;
  for (const r of po.records) {
    if (r.kind !== 'actiepunt') continue;
    if (r.plannerTaskId) { skipped++; continue; }
    const taskId = await createPlannerTask(client, { planId, title: r.text, assigneeEntraId: r.ownerId ? entra.get(r.ownerId) ?? null : null, dueDate: r.dueDate });
    await changePo(deps, actor, poId, 'planner.taak', async (tx) => {
      const current = await findRecord(tx.sql, r.id);
      if (!current || current.record.kind !== 'actiepunt') return;
      const after = { ...current.record, plannerTaskId: taskId };
      await updateRecord(tx.sql, after);
      tx.changed({ objectType: 'actiepunt', objectId: r.id, before: { plannerTaskId: null }, after: { plannerTaskId: taskId }, change: { type: 'record.updated', payload: after } });
    });
    created++;
  }
  return { created, skipped, vertrouwelijk };
}
