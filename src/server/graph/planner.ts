/** Actiepunten as Planner tasks: one task per actiepunt, assigned to its owner. */
import { z } from 'zod';
import type { PlannerTask } from '@microsoft/microsoft-graph-types';
import { amsterdamToUtc } from '../../domain/dates';
import { AppError } from '../../shared/errors';
import type { GraphClient } from './client';
import { unexpectedAnswer } from './errors';

export interface NewPlannerTask {
  planId: string;
  title: string;
  /** Entra object id of the owner; null leaves the task unassigned. */
  assigneeEntraId: string | null;
  /** Amsterdam calendar date `YYYY-MM-DD`, or null for no due date. */
  dueDate: string | null;
  bucketId?: string;
}

/** Planner's limit on a task title. */
export const MAX_TASK_TITLE_CHARS = 255;

const taskSchema = z.object({ id: z.string().min(1) });

/**
 * The Planner `dueDateTime` for a date: noon in Amsterdam, so the date shows the same in every
 * time zone a colleague might use.
 */
export function plannerDueDateTime(dueDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate) || Number.isNaN(Date.parse(dueDate))) {
    throw new AppError('validation', `Ongeldige datum voor de taak: "${dueDate}" (verwacht JJJJ-MM-DD).`);
  }
  return amsterdamToUtc(dueDate, '12:00').toISOString();
}

/** Creates the task and returns its id. A title over 255 characters is shortened with "…". */
export async function createPlannerTask(client: GraphClient, task: NewPlannerTask): Promise<string> {
  const title = task.title.trim();
  if (!title) throw new AppError('validation', 'Een taak heeft een titel nodig.');
  const body: PlannerTask & { assignments?: Record<string, { '@odata.type': string; orderHint: string }> } = {
    planId: task.planId,
    title: title.length > MAX_TASK_TITLE_CHARS ? `${title.slice(0, MAX_TASK_TITLE_CHARS - 1)}…` : title,
    ...(task.bucketId ? { bucketId: task.bucketId } : {}),
    ...(task.dueDate ? { dueDateTime: plannerDueDateTime(task.dueDate) } : {}),
    ...(task.assigneeEntraId
      ? { assignments: { [task.assigneeEntraId]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } } }
      : {}),
  };
  const answer = taskSchema.safeParse(await client.post<unknown>('/planner/tasks', body));
  if (!answer.success) throw unexpectedAnswer('taak zonder id', 'POST');
  return answer.data.id;
}
