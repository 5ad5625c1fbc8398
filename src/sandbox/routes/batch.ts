/**
 * JSON batching: `POST /$batch` with up to 20 requests, each executed against the sandbox's own
 * handlers (so it meets the same authentication, faults and validation), in order; a request
 * whose `dependsOn` failed gets 424 Failed Dependency.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { badRequest, graphErrorBody, requestIds } from '../errors';
import { batchSchema, parseBody, type BatchStep } from '../schemas';

export const MAX_BATCH_REQUESTS = 20;

interface StepResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** `batchMarker` is the header value by which the server recognises a step of a batch. */
export function batchRoutes(app: FastifyInstance, batchMarker: string): void {
  app.post('/v1.0/$batch', async (request) => {
    const { requests } = parseBody(batchSchema, request.body, 'batchRequest');
    if (requests.length > MAX_BATCH_REQUESTS) {
      throw badRequest(`Number of requests in the batch exceeds the limit of ${MAX_BATCH_REQUESTS}.`);
    }
    const ids = new Set(requests.map((r) => r.id.toLowerCase()));
    if (ids.size !== requests.length) throw badRequest('Batch request ids must be unique.');
    for (const step of requests) {
      const unknown = step.dependsOn?.find((d) => !ids.has(d.toLowerCase()));
      if (unknown) throw badRequest(`Request '${step.id}' depends on unknown request '${unknown}'.`);
    }

    const { requestId, clientRequestId } = requestIds(request);
    const statuses = new Map<string, number>();
    const responses: StepResponse[] = [];
    for (const step of requests) {
      const failedDependency = step.dependsOn?.some((d) => (statuses.get(d.toLowerCase()) ?? 424) >= 400);
      const response = failedDependency
        ? stepError(step.id, 424, 'FailedDependency', 'A request this request depends on failed.', requestId, clientRequestId)
        : await runStep(app, step, request.headers.authorization ?? '', batchMarker, requestId, clientRequestId);
      statuses.set(step.id.toLowerCase(), response.status);
      responses.push(response);
    }
    return { responses };
  });
}

async function runStep(
  app: FastifyInstance,
  step: BatchStep,
  authorization: string,
  batchMarker: string,
  requestId: string,
  clientRequestId: string,
): Promise<StepResponse> {
  const relative = step.url.replace(/^\/+/, '');
  if (/^https?:/i.test(relative) || /^v1\.0\//i.test(relative) || relative.startsWith('$batch')) {
    return stepError(step.id, 400, 'BadRequest', 'The url of a batch request must be relative to the version, e.g. /me/events.', requestId, clientRequestId);
  }
  const headers: Record<string, string> = { ...lowerKeys(step.headers ?? {}), authorization, 'x-sandbox-batch': batchMarker };
  const options: InjectOptions = { method: step.method, url: `/v1.0/${relative}`, headers };
  if (step.body !== undefined) {
    const contentType = headers['content-type'];
    if (!contentType) {
      return stepError(step.id, 400, 'BadRequest', 'A Content-Type header is required when a body is given.', requestId, clientRequestId);
    }
    // A JSON body is given as JSON; any other body as a base64 string.
    options.payload =
      contentType.startsWith('application/json') || typeof step.body !== 'string'
        ? JSON.stringify(step.body)
        : Buffer.from(step.body, 'base64');
  }
  const result = await app.inject(options);
  const contentType = String(result.headers['content-type'] ?? '');
  const out: Record<string, string> = {};
  if (contentType) out['Content-Type'] = contentType;
  if (result.headers['retry-after'] !== undefined) out['Retry-After'] = String(result.headers['retry-after']);
  const body = contentType.includes('json') && result.body ? (JSON.parse(result.body) as unknown) : undefined;
  return { id: step.id, status: result.statusCode, headers: out, ...(body === undefined ? {} : { body }) };
}

function stepError(id: string, status: number, code: string, message: string, requestId: string, clientRequestId: string): StepResponse {
  return { id, status, headers: { 'Content-Type': 'application/json' }, body: graphErrorBody(code, message, requestId, clientRequestId) };
}

const lowerKeys = (headers: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
