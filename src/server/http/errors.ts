/**
 * Maps every failure to the error catalogue's response shape; refusals are audited. A database
 * error the client caused (an unknown id, a value already taken, a value Postgres cannot store)
 * is a 4xx naming the field, not a 500: the safety net behind the schemas and the commands' checks.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, ERRORS } from '../../shared/errors';
import type { Deps } from '../deps';
import { appendAudit } from '../store/audit';
import { databaseFailure, SQLSTATE, type DatabaseFailure } from '../store/dbErrors';

export interface ErrorBody {
  error: { id: string; message: string; problems: AppError['problems'] };
}

/** What a referenced table holds, in the words of the message: `Kies een bestaande gebruiker.` */
const REFERENCED: Record<string, { noun: string; choose: string }> = {
  users: { noun: 'gebruiker', choose: 'Kies een bestaande gebruiker.' },
  pos: { noun: 'PO', choose: 'Kies een bestaand PO.' },
  agendapunten: { noun: 'agendapunt', choose: 'Kies een bestaand agendapunt.' },
  records: { noun: 'vastlegging', choose: 'Kies een bestaande vastlegging.' },
};

/** Unique constraints whose violation the user can understand and fix. */
const TAKEN: Record<string, string> = {
  pos_teams_meeting_chat_id_key: 'Deze Teams-vergadering is al aan een ander PO gekoppeld.',
  records_pkey: 'Dit id is al in gebruik.',
};

/** Values Postgres refused to store, by SQLSTATE. */
const REFUSED_VALUES: Record<string, string> = {
  '22001': 'bevat een waarde die te lang is',
  '22003': 'bevat een getal buiten het toegestane bereik',
  '22007': 'bevat een ongeldige datum of een ongeldig tijdstip',
  '22008': 'bevat een datum of tijdstip buiten het toegestane bereik',
  '22009': 'bevat een ongeldige tijdzone',
  '22021': 'bevat een ongeldig teken',
  '22P02': 'bevat een waarde in een ongeldige vorm',
  '22P05': 'bevat een ongeldig teken',
  '54000': 'bevat een waarde die te groot is',
};

const camel = (column: string): string => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/**
 * Where a column came from in the request: `owner_id` is `body.ownerId` when the body has an
 * ownerId, else the params or the query that have it, else `body.ownerId`.
 */
export function fieldOfColumn(req: Pick<FastifyRequest, 'body' | 'params' | 'query'> | null, column: string): string {
  const name = camel(column);
  const has = (part: unknown): boolean => typeof part === 'object' && part !== null && Object.prototype.hasOwnProperty.call(part, name);
  if (req && !has(req.body)) {
    if (has(req.params)) return `params.${name}`;
    if (has(req.query)) return `query.${name}`;
  }
  return `body.${name}`;
}

/** A database error the client caused, as the catalogue's 4xx; null for anything else (a 500). */
export function fromDatabaseFailure(f: DatabaseFailure, fieldOf: (column: string) => string): AppError | null {
  const column = f.columns.at(-1);
  const path = column ? fieldOf(column) : 'body';
  if (f.code === SQLSTATE.foreignKeyViolation) {
    if (f.stillReferenced) return new AppError('conflict', 'Hier wordt nog naar verwezen; het kan niet worden verwijderd of gewijzigd.');
    const ref = REFERENCED[f.referencedTable ?? ''] ?? { noun: 'verwijzing', choose: 'Kies iets dat bestaat.' };
    return new AppError('validation', `Onbekende ${ref.noun}${f.value === null ? '' : ` "${f.value}"`}.`, [{ code: 'unknown', path, message: ref.choose }]);
  }
  if (f.code === SQLSTATE.uniqueViolation) {
    const message = TAKEN[f.constraint ?? ''] ?? 'Deze waarde is al in gebruik.';
    return new AppError('duplicate', message, [{ code: 'duplicate', path, message }]);
  }
  const refused = REFUSED_VALUES[f.code];
  if (refused) return new AppError('validation', `Ongeldige invoer: ${path} ${refused}.`, [{ code: 'invalid_value', path, message: `${path}: ${refused}` }]);
  return null;
}

export function toAppError(err: unknown, req: Pick<FastifyRequest, 'body' | 'params' | 'query'> | null = null): AppError {
  if (err instanceof AppError) return err;
  const db = databaseFailure(err);
  if (db) return fromDatabaseFailure(db, (column) => fieldOfColumn(req, column)) ?? new AppError('internal');
  const fe = err as Partial<FastifyError>;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return new AppError('body_too_large', 'Het verzoek is te groot.', [{ code: 'too_large', path: 'body', message: 'De inhoud is groter dan toegestaan.' }]);
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return new AppError('validation', 'Stuur de inhoud als application/json.', [
      { code: 'media_type', path: 'body', message: 'Alleen JSON wordt geaccepteerd.' },
    ]);
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || (fe.statusCode === 400 && /JSON/i.test(fe.message ?? ''))) {
    return new AppError('validation', 'De inhoud is geen geldige JSON.', [{ code: 'invalid_json', path: 'body', message: fe.message ?? 'ongeldige JSON' }]);
  }
  if (fe.statusCode === 404) return new AppError('not_found');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return new AppError('validation', fe.message);
  return new AppError('internal');
}

export function installErrorHandler(app: FastifyInstance, deps: Deps): void {
  app.setErrorHandler(async (err, req, reply) => {
    const appError = toAppError(err, req);
    if (appError.id === 'internal') req.log.error({ err }, 'onverwachte fout');
    // The client's fault, but a check before the database should have said so: worth a look.
    else if (!(err instanceof AppError) && databaseFailure(err)) req.log.warn({ err, errorId: appError.id }, 'databasefout als invoerfout beantwoord');
    else req.log.info({ errorId: appError.id, status: appError.status }, appError.message);
    if (appError.id === 'forbidden' && req.actor && req.method !== 'GET') {
      // Refused attempts are part of the BIO log too; a failing log write must not hide the refusal.
      await appendAudit(deps.db, {
        actor: { id: req.actor.user.id, name: req.actor.user.name },
        action: `${req.method} ${req.routeOptions.url ?? req.url}`,
        objectType: 'verzoek',
        objectId: null,
        poId: null,
        result: 'geweigerd',
        origin: req.actor.origin,
        after: { message: appError.message },
      }).catch((e: unknown) => req.log.error({ err: e }, 'auditregel niet geschreven'));
    }
    const body: ErrorBody = { error: { id: appError.id, message: appError.message, problems: appError.problems } };
    if (appError.id === 'unauthenticated') reply.header('www-authenticate', 'Bearer');
    return reply.status(ERRORS[appError.id].status).send(body);
  });
  app.setNotFoundHandler(async (req, reply) =>
    reply.status(404).send({ error: { id: 'not_found', message: `Onbekend adres: ${req.method} ${req.url}`, problems: [] } } satisfies ErrorBody),
  );
}
