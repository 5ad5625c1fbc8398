/** Maps every failure to the error catalogue's response shape; refusals are audited. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, ERRORS } from '../../shared/errors';
import type { Deps } from '../deps';
import { appendAudit } from '../store/audit';

export interface ErrorBody {
  error: { id: string; message: string; problems: AppError['problems'] };
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const fe = err as Partial<FastifyError>;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('body_too_large', 'Het verzoek is te groot.', [{ code: 'too_large', path: 'body', message: 'De inhoud is groter dan toegestaan.' }]);
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('validation', 'Stuur de inhoud als application/json.', [{ code: 'media_type', path: 'body', message: 'Alleen JSON wordt geaccepteerd.' }]);
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || (fe.statusCode === 400 && /JSON/i.test(fe.message ?? ''))) {
    return new AppError('validation', 'De inhoud is geen geldige JSON.', [{ code: 'invalid_json', path: 'body', message: fe.message ?? 'ongeldige JSON' }]);
  }
  if (fe.statusCode === 404) return new AppError('not_found');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return new AppError('validation', fe.message);
  return new AppError('internal');
}

export function installErrorHandler(app: FastifyInstance, deps: Deps): void {
  app.setErrorHandler(async (err, req, reply) => {
    const appError = toAppError(err);
    if (appError.id === 'internal') req.log.error({ err }, 'onverwachte fout');
    else req.log.info({ errorId: appError.id, status: appError.status }, appError.message);
    if (appError.id === 'forbidden' && req.actor && req.method !== 'GET') {
      // Refused attempts are part of the BIO log too; a failing log write must not hide the refusal.
      await appendAudit(deps.db, {
        actor: { id: req.actor.user.id, name: req.actor.user.name }, action: `${req.method} ${req.routeOptions.url ?? req.url}`,
        objectType: 'verzoek', objectId: null, poId: null, result: 'geweigerd', origin: req.actor.origin, after: { message: appError.message },
      }).catch((e: unknown) => req.log.error({ err: e }, 'auditregel niet geschreven'));
    }
    const body: ErrorBody = { error: { id: appError.id, message: appError.message, problems: appError.problems } };
    if (appError.id === 'unauthenticated') reply.header('www-authenticate', 'Bearer');
    return reply.status(ERRORS[appError.id].status).send(body);
  });
  app.setNotFoundHandler(async (req, reply) =>
    reply.status(404).send({ error: { id: 'not_found', message: `Onbekend adres: ${req.method} ${req.url}`, problems: [] } } satisfies ErrorBody));
}
