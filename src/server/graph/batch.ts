/**
 * JSON batching (`POST /$batch`): several Graph requests in one round trip, 20 per batch.
 * Each step gets its own status; a throttled step (429) is reported, not retried, so the
 * caller decides what to repeat.
 */
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { GraphClient } from './client';
import { unexpectedAnswer } from './errors';

export const MAX_BATCH_STEPS = 20;

export interface BatchStep {
  /** Unique within the batch; the result carries it back. */
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the version, e.g. `/planner/tasks`. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  dependsOn?: string[];
}

export interface BatchResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const answerSchema = z.object({
  responses: z.array(z.object({ id: z.string(), status: z.number().int(), headers: z.record(z.string(), z.string()).optional(), body: z.unknown() })),
});

/** Runs the steps in batches of 20 and returns one result per step, in the order given. */
export async function runBatch(client: GraphClient, steps: BatchStep[]): Promise<BatchResult[]> {
  if (new Set(steps.map((s) => s.id.toLowerCase())).size !== steps.length) {
    throw new AppError('validation', 'Elke stap in een batch heeft een eigen id nodig.');
  }
  if (steps.length > MAX_BATCH_STEPS && steps.some((s) => s.dependsOn?.length)) {
    throw new AppError('validation', `Een batch met afhankelijke stappen mag hoogstens ${MAX_BATCH_STEPS} stappen hebben.`);
  }
  const results: BatchResult[] = [];
  for (let i = 0; i < steps.length; i += MAX_BATCH_STEPS) {
    const chunk = steps.slice(i, i + MAX_BATCH_STEPS);
    const requests = chunk.map((s) => ({
      id: s.id,
      method: s.method,
      url: s.url,
      ...(s.dependsOn?.length ? { dependsOn: s.dependsOn } : {}),
      ...(s.body === undefined ? {} : { body: s.body, headers: { 'Content-Type': 'application/json', ...s.headers } }),
      ...(s.body === undefined && s.headers ? { headers: s.headers } : {}),
    }));
    const answer = answerSchema.safeParse(await client.post<unknown>('/$batch', { requests }));
    if (!answer.success) throw unexpectedAnswer('batch zonder responses', 'POST');
    const byId = new Map(answer.data.responses.map((r) => [r.id.toLowerCase(), r]));
    for (const step of chunk) {
      const r = byId.get(step.id.toLowerCase());
      if (!r) throw unexpectedAnswer(`geen antwoord op stap ${step.id}`, 'POST');
      results.push({ id: step.id, status: r.status, headers: r.headers ?? {}, body: r.body });
    }
  }
  return results;
}
