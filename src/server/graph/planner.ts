/**
 * Actiepunten as Planner tasks: one task per actiepunt, assigned to its owner, paced per plan.
 * A task carries the actiepunt's reference in its title (`[PO-overleg <kenmerk>]`): the title is
 * the only property a plan's task list (`GET /planner/plans/{id}/tasks`) returns that the app may
 * set freely. The task's description lives in `plannerTaskDetails`, which the list does not return
 * (it would take one read per task to look there); `conversationThreadId` must name a real group
 * conversation and `orderHint` is rewritten by Planner, so neither can carry a reference.
 */
import { z } from 'zod';
import type { PlannerTask } from '@microsoft/microsoft-graph-types';
import { amsterdamToUtc } from '../../domain/dates';
import { AppError, ERRORS } from '../../shared/errors';
import type { GraphClient } from './client';
import { GraphFailure, unexpectedAnswer } from './errors';
import { sharedPlannerPacer, type ChannelPacer } from './pacing';

export interface NewPlannerTask {
  planId: string;
  title: string;
  /** Entra object id of the owner; null leaves the task unassigned. */
  assigneeEntraId: string | null;
  /** Amsterdam calendar date `YYYY-MM-DD`, or null for no due date. */
  dueDate: string | null;
  bucketId?: string;
  /** A short reference that finds the task again in the plan, e.g. the actiepunt's kenmerk. */
  reference?: string;
}

/** Planner's limit on a task title. */
export const MAX_TASK_TITLE_CHARS = 255;

const taskSchema = z.object({ id: z.string().min(1) });
const listSchema = z.object({
  value: z.array(z.object({ id: z.string().min(1), title: z.string().nullish() })),
  '@odata.nextLink': z.string().optional(),
});

const seg = encodeURIComponent;

/** The text in a task title that finds it again: `[PO-overleg 3f9a2b1c4d5e]`. */
export const plannerMarker = (reference: string): string => `[PO-overleg ${reference}]`;

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

/** The title: the text, shortened with "…" to leave room for the marker, which always stays whole. */
export function plannerTaskTitle(text: string, reference?: string): string {
  const title = text.trim().replace(/\s+/g, ' ');
  if (!title) throw new AppError('validation', 'Een taak heeft een titel nodig.');
  const marker = reference ? ` ${plannerMarker(reference)}` : '';
  const room = MAX_TASK_TITLE_CHARS - marker.length;
  return `${title.length > room ? `${title.slice(0, room - 1)}…` : title}${marker}`;
}

export type PlannerTaskBody = PlannerTask & { assignments?: Record<string, { '@odata.type': string; orderHint: string }> };

/** The request body that creates the task (checked here, stored by the caller, sent by `createPlannerTask`). */
export function plannerTaskBody(task: NewPlannerTask): PlannerTaskBody {
  return {
    planId: task.planId,
    title: plannerTaskTitle(task.title, task.reference),
    ...(task.bucketId ? { bucketId: task.bucketId } : {}),
    ...(task.dueDate ? { dueDateTime: plannerDueDateTime(task.dueDate) } : {}),
    ...(task.assigneeEntraId ? { assignments: { [task.assigneeEntraId]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } } } : {}),
  };
}

/** Creates the task (paced per plan) and returns its id. Accepts a task or a body made by `plannerTaskBody`. */
export async function createPlannerTask(client: GraphClient, task: NewPlannerTask | PlannerTaskBody, opts: { pacer?: ChannelPacer } = {}): Promise<string> {
  const body = 'assigneeEntraId' in task ? plannerTaskBody(task) : task;
  if (!body.planId || !body.title) throw new AppError('validation', 'Een taak heeft een plan en een titel nodig.');
  await (opts.pacer ?? sharedPlannerPacer).wait('planner', body.planId);
  const answer = taskSchema.safeParse(await client.post<unknown>('/planner/tasks', body));
  if (!answer.success) throw unexpectedAnswer('taak zonder id', 'POST');
  return answer.data.id;
}

/**
 * The task of the plan whose title contains `marker`, or null: reads the plan's task list page by
 * page (Planner returns no more than a few hundred tasks per plan).
 */
export async function findPlannerTask(client: GraphClient, planId: string, marker: string, opts: { maxPages?: number } = {}): Promise<{ id: string } | null> {
  if (!marker.trim()) throw new AppError('validation', 'Een leeg kenmerk kan niet worden gezocht.');
  let path: string | null = `/planner/plans/${seg(planId)}/tasks`;
  for (let page = 0; path && page < (opts.maxPages ?? 20); page++) {
    const parsed = listSchema.safeParse(await client.get<unknown>(path));
    if (!parsed.success) throw unexpectedAnswer('takenlijst zonder value', 'GET');
    const hit = parsed.data.value.find((t) => (t.title ?? '').includes(marker));
    if (hit) return { id: hit.id };
    const next = parsed.data['@odata.nextLink'];
    path = next ? client.relativePath(next) : null;
  }
  // More tasks than we read: "not there" would be a guess, and a guess may create the task twice.
  if (path)
    throw new GraphFailure('planner_failed', `${ERRORS.planner_failed.nl} [Graph GET: te veel taken om het kenmerk in na te kijken]`, {
      method: 'GET',
      status: null,
      code: 'NotReadToTheEnd',
      requestId: null,
      attempts: 1,
      outcomeUncertain: false,
    });
  return null;
}
