/**
 * JSON batching: `POST /$batch` with up to 20 requests, each executed against the sandbox's own
 * handlers (so it meets the same authentication, faults and validation), in order; a request
 * whose `dependsOn` failed gets 424 Failed Dependency.
 * Steps go over loopback HTTP to the sandbox itself rather than `app.inject`: light-my-request
 * loads the ESM-only `cookie` package, which Jest on Node 20 cannot require.
 */
import type { FastifyInstance } from 'fastify';
import { badRequest, graphErrorBody, requestIds } from '../errors';
import { batchSchema, parseBody, type BatchStep } from '../schemas';

export const MAX_BATCH_REQUESTS = 20;

interface StepResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/**
 * `batchMarker` is the header value by which the server recognises a step of a batch;
 * `baseUrl` gives the origin the sandbox listens on.
 */
export function batchRoutes(app: FastifyInstance, batchMarker: string, baseUrl: () => string): void {
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
        : await runStep(baseUrl(), step, request.headers.authorization ?? '', batchMarker, requestId, clientRequestId);
      statuses.set(step.id.toLowerCase(), response.status);
      responses.push(response);
    }
    return { responses };
  });
}

async function runStep(
  baseUrl: string,
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
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (step.body !== undefined) {
    const contentType = headers['content-type'];
    if (!contentType) {
      return stepError(step.id, 400, 'BadRequest', 'A Content-Type header is required when a body is given.', requestId, clientRequestId);
    }
    // A JSON body is given as JSON; any other body as a base64 string.
    body =
      contentType.startsWith('application/json') || typeof step.body !== 'string'
        ? JSON.stringify(step.body)
        : new Uint8Array(Buffer.from(step.body, 'base64'));
  }
  let result: Response;
  try {
    result = await fetch(`${baseUrl}/v1.0/${relative}`, { method: step.method, headers, ...(body === undefined ? {} : { body }) });
  } catch {
    return stepError(step.id, 504, 'GatewayTimeout', 'The gateway did not receive a timely response from the upstream server.', requestId, clientRequestId);
  }
  const contentType = result.headers.get('content-type') ?? '';
  const out: Record<string, string> = {};
  if (contentType) out['Content-Type'] = contentType;
  const retryAfter = result.headers.get('retry-after');
  if (retryAfter !== null) out['Retry-After'] = retryAfter;
  const text = await result.text();
  const parsed = contentType.includes('json') && text ? (JSON.parse(text) as unknown) : undefined;
  return { id: step.id, status: result.status, headers: out, ...(parsed === undefined ? {} : { body: parsed }) };
}

function stepError(id: string, status: number, code: string, message: string, requestId: string, clientRequestId: string): StepResponse {
  return { id, status, headers: { 'Content-Type': 'application/json' }, body: graphErrorBody(code, message, requestId, clientRequestId) };
}

const lowerKeys = (headers: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
