/**
 * Graph failures in the app's error catalogue: missing consent or permission becomes
 * `consent_required`, anything else that still fails after the retries becomes `graph_failed`.
 * The message keeps Graph's status and code for the logs; tokens never appear in it.
 */
import { GraphError } from '@microsoft/microsoft-graph-client';
import { AppError, ERRORS } from '../../shared/errors';

export interface GraphFailureDetails {
  method: string;
  /** HTTP status from Graph; null when no answer came (connection lost, timeout). */
  status: number | null;
  /** Graph's error code, e.g. `TooManyRequests`, `Forbidden`. */
  code: string | null;
  requestId: string | null;
  attempts: number;
  /**
   * True when a write may have been applied although it reported failure (connection lost,
   * 5xx timeout on POST). Check before repeating it, e.g. with `findMessageContaining`.
   */
  outcomeUncertain: boolean;
}

/** The catalogue ids a Graph failure can carry: per use, so the user reads what did not work. */
export type GraphFailureId = 'consent_required' | 'graph_failed' | 'invite_failed' | 'planner_failed';

export class GraphFailure extends AppError {
  constructor(
    id: GraphFailureId,
    message: string,
    readonly graph: GraphFailureDetails,
  ) {
    super(id, message);
    this.name = 'GraphFailure';
  }
}

export const isOutcomeUncertain = (err: unknown): boolean => err instanceof GraphFailure && err.graph.outcomeUncertain;

const CONSENT_PATTERN =
  /consent|AADSTS65001|AADSTS650057|AADSTS90094|missing (scope|role|application) permissions|insufficient privileges|Authorization_RequestDenied|scp or roles claim|does not have the required permissions/i;

/** True for a 401/403 that an administrator fixes by granting the app's permissions. */
export function isConsentProblem(status: number | null, code: string | null, message: string): boolean {
  if (status !== 401 && status !== 403) return false;
  return CONSENT_PATTERN.test(`${code ?? ''} ${message}`);
}

/** Removes anything that looks like a token: bearer values and JWTs. */
export function redactSecrets(text: string): string {
  return text
    .replace(/Bearer\s+[^\s"',;]+/gi, 'Bearer [verwijderd]')
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[token verwijderd]')
    .slice(0, 500);
}

const UNCERTAIN_STATUSES = new Set([500, 502, 504]);

/** Maps whatever a Graph call threw to an `AppError` (an `AppError` passes through unchanged). */
export function toAppError(err: unknown, method: string, attempts = 1): AppError {
  if (err instanceof AppError) return err;
  const isWrite = method.toUpperCase() !== 'GET';
  let status: number | null = null;
  let code: string | null = null;
  let requestId: string | null = null;
  let message: string;
  if (err instanceof GraphError) {
    // The client reports a lost connection as status -1 with the fetch error's name as code.
    status = err.statusCode > 0 ? err.statusCode : null;
    code = err.code;
    requestId = err.requestId;
    message = err.message;
  } else {
    code = err instanceof Error ? err.name : null;
    message = err instanceof Error ? err.message : String(err);
  }
  const outcomeUncertain = isWrite && (status === null || UNCERTAIN_STATUSES.has(status));
  const id = isConsentProblem(status, code, message) ? 'consent_required' : 'graph_failed';
  const what = `Graph ${method.toUpperCase()} ${status ?? 'geen antwoord'} ${code ?? ''}`.trim();
  const detail = `${what}: ${redactSecrets(message || 'onbekende fout')}; ${attempts} ${attempts === 1 ? 'poging' : 'pogingen'}`;
  const uncertain = outcomeUncertain ? '; onbekend of de wijziging is doorgevoerd' : '';
  return new GraphFailure(id, `${ERRORS[id].nl} [${detail}${uncertain}]`, {
    method: method.toUpperCase(),
    status,
    code,
    requestId,
    attempts,
    outcomeUncertain,
  });
}

/**
 * Graph answered 2xx, but without what we rely on (an id). For a write the change was made, we just
 * do not know what it made: uncertain, so it is looked up rather than sent again.
 */
export function unexpectedAnswer(what: string, method: string): GraphFailure {
  return new GraphFailure('graph_failed', `${ERRORS.graph_failed.nl} [Graph ${method}: onverwacht antwoord, ${what}]`, {
    method,
    status: null,
    code: 'UnexpectedResponse',
    requestId: null,
    attempts: 1,
    outcomeUncertain: method.toUpperCase() !== 'GET',
  });
}

/** What the user was doing when Graph failed; the message says that, not "Teams kon het verslag niet ontvangen". */
export type GraphUse = 'uitnodiging' | 'planner';

const USE_ERROR: Record<GraphUse, { failed: GraphFailureId; consent: string }> = {
  uitnodiging: { failed: 'invite_failed', consent: 'Toestemming nodig: de beheerder moet de app toegang tot de agenda in Outlook geven.' },
  planner: { failed: 'planner_failed', consent: 'Toestemming nodig: de beheerder moet de app toegang tot Planner geven.' },
};

/**
 * A Graph failure as the error of this use: `graph_failed` becomes `invite_failed` or
 * `planner_failed` with its own Dutch text, missing consent names what needs it; Graph's details
 * (status, code, uncertainty) are kept. Anything else passes through unchanged.
 */
export function forUse(err: unknown, use: GraphUse): unknown {
  if (!(err instanceof GraphFailure)) return err;
  const detail = /\[[^\]]*\]$/.exec(err.message)?.[0] ?? '';
  const mapped = USE_ERROR[use];
  if (err.id === 'consent_required') return new GraphFailure('consent_required', `${mapped.consent} ${detail}`.trim(), err.graph);
  if (err.id !== 'graph_failed') return err;
  return new GraphFailure(mapped.failed, `${ERRORS[mapped.failed].nl} ${detail}`.trim(), err.graph);
}
