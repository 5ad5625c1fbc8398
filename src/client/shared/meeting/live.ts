/**
 * What the meeting surfaces see of a PO during the meeting: the live state, presence, the
 * connection, the writes not yet sent, and `send` for the notulist's and chair's writes. The
 * adapter onto the live-channel library (src/client/shared/live) is useLivePo.ts.
 */
import type { NewRecord, PoView, PresenceUser, RecordPatch } from '../types';

export type Connection = 'connecting' | 'online' | 'offline';

export type MeetingWrite =
  | { type: 'record.add'; record: NewRecord }
  | { type: 'record.edit'; id: string; patch: RecordPatch }
  | { type: 'record.remove'; id: string }
  | { type: 'current'; agendapuntId: string | null };

/** `sent`: the server has it; `queued`: kept in the outbox until the connection is back. */
export type WriteOutcome = { status: 'sent' | 'queued' } | { status: 'confirmation_required' } | { status: 'failed'; error: unknown };

export interface LiveView {
  po: PoView | null;
  presence: PresenceUser[];
  connection: Connection;
  /** Writes in the outbox, not yet confirmed by the server. */
  pending: number;
  /** Records whose write is still in the outbox. */
  pendingIds: ReadonlySet<string>;
  /** The channel refused this user or PO for good (signed out, no access, no such PO). */
  fatal: unknown;
  send: (write: MeetingWrite) => Promise<WriteOutcome>;
}
