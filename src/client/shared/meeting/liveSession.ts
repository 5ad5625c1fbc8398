/**
 * The live PO of a meeting surface on top of the live-channel library (src/client/shared/live):
 * `connectLive` keeps the PO current (`applyChange`), `createOutbox` stores every write of the
 * notulist and chair before sending it, in order, until the server has it. This class turns both
 * into the state the surfaces render and gives each write an outcome (sent, queued while offline,
 * confirmation required, refused).
 */
import { applyChange, connectLive, createOutbox, type LiveConnection, type LiveStatus, type Outbox, type OutboxEvent, type OutboxWrite } from '../live';
import { ERRORS, type ErrorId } from '../../../shared/errors';
import { ApiError } from '../api';
import { localStore } from '../storage';
import type { PoView, PresenceUser } from '../types';
import type { Connection, MeetingWrite, WriteOutcome } from './live';

export interface SessionState {
  po: PoView | null;
  presence: PresenceUser[];
  connection: Connection;
  /** Writes in the outbox (not yet confirmed), in order. */
  pending: MeetingWrite[];
  /** Writes the server confirmed that the live state may not show yet (kept a few seconds). */
  settling: MeetingWrite[];
  fatal: unknown;
}

const enc = encodeURIComponent;

/** A meeting write as the outbox stores it: the API request. */
export function toRequest(poId: string, w: MeetingWrite): { method: 'POST' | 'PATCH' | 'DELETE' | 'PUT'; path: string; body?: unknown } {
  const base = `/api/pos/${enc(poId)}`;
  switch (w.type) {
    case 'record.add':
      return { method: 'POST', path: `${base}/vastleggingen`, body: w.record };
    case 'record.edit':
      return { method: 'PATCH', path: `${base}/vastleggingen/${enc(w.id)}`, body: w.patch };
    case 'record.remove':
      return { method: 'DELETE', path: `${base}/vastleggingen/${enc(w.id)}` };
    case 'current':
      return { method: 'PUT', path: `${base}/vergadering/huidig-agendapunt`, body: { agendapuntId: w.agendapuntId } };
  }
}

/** The meeting write an outbox entry stands for (also for entries a previous page left). */
export function fromRequest(w: Pick<OutboxWrite, 'method' | 'path' | 'body'>): MeetingWrite | null {
  const record = /\/vastleggingen\/([^/]+)$/.exec(w.path);
  if (w.method === 'POST' && w.path.endsWith('/vastleggingen'))
    return { type: 'record.add', record: w.body as Extract<MeetingWrite, { type: 'record.add' }>['record'] };
  if (w.method === 'PATCH' && record?.[1])
    return { type: 'record.edit', id: decodeURIComponent(record[1]), patch: w.body as Extract<MeetingWrite, { type: 'record.edit' }>['patch'] };
  if (w.method === 'DELETE' && record?.[1]) return { type: 'record.remove', id: decodeURIComponent(record[1]) };
  if (w.method === 'PUT' && w.path.endsWith('/huidig-agendapunt'))
    return { type: 'current', agendapuntId: (w.body as { agendapuntId: string | null }).agendapuntId };
  return null;
}

const isErrorId = (id: string | null | undefined): id is ErrorId => !!id && Object.prototype.hasOwnProperty.call(ERRORS, id);

function connectionOf(s: LiveStatus): Connection {
  return s.state === 'live' ? 'online' : s.state === 'connecting' ? 'connecting' : 'offline';
}

export class LiveSession {
  state: SessionState = { po: null, presence: [], connection: 'connecting', pending: [], settling: [], fatal: null };
  private connection: LiveConnection | null = null;
  private readonly outbox: Outbox;
  private readonly waiters = new Map<string, (o: WriteOutcome) => void>();
  private readonly settleTimers: ReturnType<typeof setTimeout>[] = [];
  private unsubscribe: () => void = () => undefined;

  constructor(
    private readonly poId: string,
    userId: string,
    private readonly getToken: () => Promise<string>,
    private readonly onChange: (s: SessionState) => void,
  ) {
    this.outbox = createOutbox({
      storage: localStore(),
      key: `po-overleg.outbox.${userId}.${poId}`,
      autoStart: false,
      send: async (w) =>
        fetch(w.path, {
          method: w.method,
          headers: { authorization: `Bearer ${await this.getToken()}`, ...(w.body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: w.body === undefined ? undefined : JSON.stringify(w.body),
        }),
    });
  }

  start(): void {
    this.unsubscribe = this.outbox.subscribe((_status, event) => this.onOutbox(event));
    this.connection = connectLive({
      url: window.location.origin,
      poId: this.poId,
      getToken: this.getToken,
      onState: ({ po }) => this.set({ po }),
      onChange: (message) => {
        if (!this.state.po) return;
        const po = applyChange(this.state.po, message);
        this.set({ po, settling: this.state.settling.filter((w) => !this.shows(po, w)) });
      },
      onPresence: (presence) => this.set({ presence }),
      onStatus: (s) => {
        const refused = s.state === 'refused' ? new ApiError(s.code - 4000, isErrorId(s.errorId) ? s.errorId : 'forbidden', s.reason) : null;
        this.set({ connection: connectionOf(s), ...(refused ? { fatal: refused } : {}) });
        if (s.state === 'live') void this.outbox.flush();
      },
    });
    window.addEventListener('online', this.onOnline);
    void this.outbox.flush();
  }

  stop(): void {
    window.removeEventListener('online', this.onOnline);
    this.unsubscribe();
    this.outbox.stop();
    this.connection?.close();
    this.settleTimers.forEach((t) => clearTimeout(t));
  }

  send(write: MeetingWrite): Promise<WriteOutcome> {
    return new Promise((resolve) => {
      const entry = this.outbox.enqueue(toRequest(this.poId, write));
      this.waiters.set(entry.id, resolve);
    });
  }

  private onOnline = (): void => {
    this.connection?.reconnect();
    void this.outbox.flush();
  };

  /** Does the live PO already show this confirmed write? */
  private shows(po: PoView, w: MeetingWrite): boolean {
    switch (w.type) {
      case 'record.add':
        return po.records.some((r) => r.id === w.record.id);
      case 'record.edit':
        return false;
      case 'record.remove':
        return !po.records.some((r) => r.id === w.id);
      case 'current':
        return po.currentAgendapuntId === w.agendapuntId;
    }
  }

  private onOutbox(event: OutboxEvent | null): void {
    const pending = this.outbox
      .list()
      .map(fromRequest)
      .filter((w): w is MeetingWrite => w !== null);
    let settling = this.state.settling;
    if (event?.type === 'sent') {
      const w = fromRequest(event.write);
      if (w && !(this.state.po && this.shows(this.state.po, w))) {
        settling = [...settling, w];
        this.settleTimers.push(setTimeout(() => this.set({ settling: this.state.settling.filter((s) => s !== w) }), 5_000));
      }
    }
    this.set({ pending, settling, ...(event?.type === 'retrying' && event.status === null ? { connection: 'offline' as const } : {}) });
    if (!event) return;
    if (event.type === 'retrying') {
      // Writes go out in order: everything waiting is queued behind this one until it gets through.
      for (const resolve of this.waiters.values()) resolve({ status: 'queued' });
      this.waiters.clear();
      return;
    }
    const resolve = this.waiters.get(event.write.id);
    if (!resolve) return;
    if (event.type === 'sent') {
      resolve({ status: 'sent' });
    } else if (event.type === 'rejected' && event.error?.id === 'confirmation_required') {
      resolve({ status: 'confirmation_required' });
    } else {
      const id = event.type === 'deleted' ? 'record_deleted' : isErrorId(event.error?.id) ? event.error.id : 'internal';
      resolve({
        status: 'failed',
        error: new ApiError(event.type === 'deleted' ? 409 : event.status, id, event.type === 'rejected' ? (event.error?.message ?? '') : ''),
      });
    }
    this.waiters.delete(event.write.id);
  }

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }
}
