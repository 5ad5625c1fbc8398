/**
 * Graph-shaped errors: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`,
 * the format Microsoft Graph v1.0 returns (see https://learn.microsoft.com/graph/errors).
 * Handlers throw `GraphHttpError`; the server's error handler turns it into this body.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id': string };
  };
}

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

export const badRequest = (message: string): GraphHttpError => new GraphHttpError(400, 'BadRequest', message);
export const notFound = (message: string, code = 'NotFound'): GraphHttpError => new GraphHttpError(404, code, message);
export const tooLarge = (message: string): GraphHttpError => new GraphHttpError(413, 'RequestEntityTooLarge', message);

/** The `request-id` the sandbox gives each request (Fastify's request id) and the client's own id. */
export function requestIds(request: FastifyRequest): { requestId: string; clientRequestId: string } {
  const client = request.headers['client-request-id'];
  return { requestId: request.id, clientRequestId: typeof client === 'string' && client ? client : request.id };
}

export function graphErrorBody(code: string, message: string, requestId: string, clientRequestId: string): GraphErrorBody {
  // Graph writes the date without a zone designator, e.g. "2024-03-18T09:12:44".
  const date = new Date().toISOString().slice(0, 19);
  return { error: { code, message, innerError: { date, 'request-id': requestId, 'client-request-id': clientRequestId } } };
}

export function sendGraphError(request: FastifyRequest, reply: FastifyReply, err: GraphHttpError): FastifyReply {
  const { requestId, clientRequestId } = requestIds(request);
  return reply
    .code(err.status)
    .headers(err.headers)
    .type('application/json')
    .send(graphErrorBody(err.code, err.message, requestId, clientRequestId));
}
