/**
 * The live channel's wire protocol, spoken by the server (src/server/live) and the browser client
 * (src/client/shared/live). Types and constants only: no imports at run time, so the client can
 * bundle it.
 *
 * `GET /api/pos/:poId/live` upgraded to a WebSocket. The browser cannot set headers on a WebSocket,
 * so the first message is `{ type: 'hello', token, lastSeq? }` with the same bearer token the REST
 * API takes. Then the server sends a `state` (or, when `lastSeq` is given and still close, the
 * missed `change`s), `presence`, and from then on every change of the PO in `seq` order.
 */
import type { Agendapunt, ItemTimings, Po, PoRecord, PoRole, PoStatus } from '../../domain';
import type { ErrorId } from '../errors';
import type { PoView } from './views';

/** The PO as the REST API presents it to this user (`GET /api/pos/:poId`). */
export type LivePo = PoView;

/** Close codes: 44xx mirror the HTTP status of the refusal; the client does not retry those (4401 once). */
export const LIVE_CLOSE = {
  /** Bad, expired or missing token, or no hello in time. */
  unauthenticated: 4401,
  /** The user may not read this PO (or lost that right). */
  forbidden: 4403,
  /** No such PO. */
  notFound: 4404,
  /** This user has the most live connections open the server allows (LIVE_MAX_CONNECTIONS_PER_USER). */
  tooManyConnections: 4429,
  /** Too many refused sign-ins from this address: try again later (with backoff). */
  tryAgainLater: 1013,
  /** The client fell too far behind (its send buffer overflowed): reconnect and resume. */
  tooSlow: 4008,
  /** The server is shutting down: reconnect and resume. */
  goingAway: 1001,
} as const;

/** Changes further behind than this are not replayed: the client gets a fresh state instead. */
export const LIVE_MAX_REPLAY = 1000;

interface ChangeMeta {
  at: string;
  actorId: string | null;
}

/** One change of a PO as stored in `po_changes`, by type. */
export type LiveChange =
  | (ChangeMeta & { type: 'record.added' | 'record.updated'; payload: PoRecord })
  | (ChangeMeta & { type: 'record.removed'; payload: { id: string } })
  | (ChangeMeta & { type: 'po.current'; payload: { currentAgendapuntId: string | null; timings?: ItemTimings } })
  | (ChangeMeta & { type: 'po.status'; payload: { status: PoStatus; currentAgendapuntId?: string | null; correctionOpen?: boolean } })
  | (ChangeMeta & {
      type: 'po.updated';
      payload: Partial<Pick<Po, 'title' | 'startsAt' | 'concernadviseurId' | 'notulistId' | 'participantIds' | 'aanwezigen' | 'teamsMeetingChatId'>>;
    })
  | (ChangeMeta & { type: 'agendapunt.added' | 'agendapunt.updated'; payload: Agendapunt })
  | (ChangeMeta & { type: 'agendapunt.removed'; payload: { id: string } })
  | (ChangeMeta & { type: 'agenda.reordered'; payload: { id: string; section: string; position: number }[] })
  | (ChangeMeta & { type: 'verslag.approved'; payload: { by: string; at: string } })
  | (ChangeMeta & { type: 'verslag.published'; payload: { version: number; versionId: string } })
  | (ChangeMeta & { type: 'po.created'; payload: { id: string } });

/** Sent instead of a change this user may not read (a confidential item's content): keeps `seq` gapless. */
export interface RedactedChange {
  type: 'redacted';
}

export interface PresenceUser {
  id: string;
  name: string;
  roles: PoRole[];
}

export type ServerMessage =
  | { type: 'state'; seq: number; po: LivePo }
  | { type: 'change'; seq: number; change: LiveChange | RedactedChange }
  | { type: 'presence'; users: PresenceUser[] }
  | { type: 'pong' }
  /** Sent just before the server closes the socket with a 44xx code. */
  | { type: 'error'; error: { id: ErrorId; message: string } };

export type ClientMessage =
  | { type: 'hello'; token: string; lastSeq?: number }
  /** Application-level heartbeat (browsers cannot see WebSocket ping frames): answered with `pong`. */
  | { type: 'ping' };
