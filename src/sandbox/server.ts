/**
 * The sandbox's Fastify app: every `/v1.0` request is logged, needs `Authorization: Bearer <token>`,
 * may meet an injected fault, and gets Graph-shaped errors. Routes live in `routes/`.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { GraphHttpError, badRequest, graphErrorBody, requestIds, sendGraphError, tooLarge } from './errors';
import { faultError, type AnswerFault, type FaultController } from './faults';
import { pageRoutes } from './page';
import { activityRoutes } from './routes/activity';
import { batchRoutes } from './routes/batch';
import { calendarRoutes } from './routes/calendar';
import { channelRoutes } from './routes/channels';
import { controlRoutes } from './routes/control';
import { directoryRoutes } from './routes/directory';
import { fileRoutes } from './routes/files';
import { transcriptRoutes } from './routes/transcripts';
import type { SandboxState } from './state';

export interface SandboxOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  host?: string;
  /** When given, a bearer token must be a JWT signed by one of these keys, unexpired, for Graph. */
  tenantJwks?: JSONWebKeySet;
  /** Accepted `aud` values when `tenantJwks` is given (default: Graph's two audiences). */
  tokenAudiences?: string[];
  /** Extra check on the bearer token; false answers 401 InvalidAuthenticationToken. */
  acceptToken?: (token: string) => boolean;
  /** Where a sandbox defect (a 500) is reported; default stderr. */
  onInternalError?: (err: unknown) => void;
}

const GRAPH_AUDIENCES = ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'];
const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';
/** Largest JSON body; Graph's own limit is 4 MB, the sandbox lets a bigger one reach its checks. */
const BODY_LIMIT = 16 * 1024 * 1024;

type TokenCheck = (token: string) => Promise<boolean>;

function tokenCheck(opts: SandboxOptions): TokenCheck {
  const jwks = opts.tenantJwks ? createLocalJWKSet(opts.tenantJwks) : undefined;
  const audience = opts.tokenAudiences ?? GRAPH_AUDIENCES;
  return async (token) => {
    if (opts.acceptToken && !opts.acceptToken(token)) return false;
    if (!jwks) return true;
    try {
      await jwtVerify(token, jwks, { audience });
      return true;
    } catch {
      return false;
    }
  };
}

const unauthorized = (message: string): GraphHttpError =>
  new GraphHttpError(401, 'InvalidAuthenticationToken', message, { 'WWW-Authenticate': WWW_AUTHENTICATE });

/** A JSON answer without these top-level properties; any other answer as it is. */
function omitProperties(payload: unknown, names: string[]): unknown {
  if (typeof payload !== 'string') return payload;
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return payload;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return payload;
  const kept = Object.fromEntries(Object.entries(parsed).filter(([key]) => !names.includes(key)));
  return JSON.stringify(kept);
}

export function buildSandboxApp(opts: SandboxOptions, state: SandboxState, faults: FaultController): FastifyInstance {
  const app = Fastify({ logger: false, genReqId: () => randomUUID(), bodyLimit: BODY_LIMIT });
  const checkToken = tokenCheck(opts);
  const batchMarker = randomUUID();
  const answers = new WeakMap<IncomingMessage, AnswerFault>();
  /** Answers held back by `delayAnswerMs`: sent at once when the sandbox closes. */
  const delays = new Set<() => void>();
  app.addHook('onClose', async () => {
    for (const release of delays) release();
    delays.clear();
  });

  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/v1.0/')) return;
    const viaBatch = request.headers['x-sandbox-batch'] === batchMarker;
    const length = Number(request.headers['content-length'] ?? 0);
    state.logRequest({ method: request.method, path, at: new Date().toISOString(), viaBatch, bytes: Number.isFinite(length) ? length : 0 });
    const { requestId, clientRequestId } = requestIds(request);
    reply.header('request-id', requestId).header('client-request-id', clientRequestId);

    const header = request.headers.authorization ?? '';
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    if (!token) throw unauthorized('Access token is empty.');
    if (!(await checkToken(token))) throw unauthorized('Access token validation failure. Invalid audience.');

    const fault = faults.take(request.method, path);
    if (!fault) return;
    if ('status' in fault) {
      const err = faultError(fault, path);
      throw err.status === 401 ? new GraphHttpError(401, err.code, err.message, { ...err.headers, 'WWW-Authenticate': WWW_AUTHENTICATE }) : err;
    }
    answers.set(request.raw, fault);
  });

  // The request has been applied; now lose, delay or thin out the answer.
  app.addHook('onSend', async (request, reply, payload) => {
    const fault = answers.get(request.raw);
    if (!fault || reply.statusCode >= 400) return payload;
    answers.delete(request.raw);
    if ('delayAnswerMs' in fault) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          delays.delete(release);
          resolve();
        }, fault.delayAnswerMs);
        const release = (): void => {
          clearTimeout(timer);
          resolve();
        };
        delays.add(release);
      });
      return payload;
    }
    if ('omitProperties' in fault) return omitProperties(payload, fault.omitProperties);
    if (fault.dropAfterSuccess === 'destroy') {
      request.raw.socket.destroy();
      return payload;
    }
    const { requestId, clientRequestId } = requestIds(request);
    reply.code(504).type('application/json');
    return JSON.stringify(
      graphErrorBody('GatewayTimeout', 'The gateway did not receive a timely response from the upstream server.', requestId, clientRequestId),
    );
  });

  app.setErrorHandler((err: FastifyError | GraphHttpError, request, reply) => {
    if (err instanceof GraphHttpError) return sendGraphError(request, reply, err);
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendGraphError(request, reply, tooLarge('Maximum request length exceeded.'));
    if (err.statusCode !== undefined && err.statusCode < 500) {
      return sendGraphError(
        request,
        reply,
        badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'),
      );
    }
    (
      opts.onInternalError ??
      ((e: unknown) => process.stderr.write(`Graph-sandbox: interne fout: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`))
    )(err);
    return sendGraphError(request, reply, new GraphHttpError(500, 'generalException', 'General exception while processing.'));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/v1.0/')) {
      const segment = path.slice('/v1.0/'.length).split('/')[0] ?? '';
      return sendGraphError(request, reply, badRequest(`Resource not found for the segment '${decodeURIComponent(segment)}'.`));
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('Niet gevonden in de Graph-sandbox.');
  });

  channelRoutes(app, state);
  calendarRoutes(app, state);
  directoryRoutes(app, state);
  transcriptRoutes(app, state);
  activityRoutes(app, state);
  batchRoutes(app, batchMarker, () => state.baseUrl);
  controlRoutes(app, state, faults);
  pageRoutes(app, state);
  void app.register(fileRoutes(state));
  return app;
}
