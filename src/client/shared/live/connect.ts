/**
 * The live connection to one PO, for the browser (global WebSocket) and for Node tests (`ws`
 * injected). It says hello with a fresh token, reconnects with exponential backoff and jitter,
 * resumes from the last seq it has, drops duplicates by seq, and reconnects when a seq is missing
 * or the line goes quiet. Refusals (4401 twice in a row, 4403, 4404, 4429: too many connections) end it.
 * A server that stops closes with 1001 (going away): that is retried like a dropped line, with
 * backoff and jitter, so the clients of a stopped instance do not all come back at the same moment.
 */
import type { LiveChange, LivePo, PresenceUser, RedactedChange, ServerMessage } from '../../../shared/contract/live';
import { LIVE_CLOSE } from '../../../shared/contract/live';
import { backoffDelay, type BackoffOptions } from './backoff';

/** The parts of the browser's (and `ws`'s) socket events the connection reads. */
export interface WebSocketEventLike {
  readonly type: string;
  /** 'message' */
  readonly data?: unknown;
  /** 'close' */
  readonly code?: number;
  readonly reason?: string;
}

/** What the connection needs of a WebSocket: the browser's and `ws`'s both fit. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: WebSocketEventLike) => void): void;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export type LiveStatus =
  | { state: 'connecting'; attempt: number }
  /** Joined: the state or the missed changes have arrived. */
  | { state: 'live'; seq: number | undefined }
  | { state: 'offline'; attempt: number; retryInMs: number; code: number }
  /** The server refused (4401 twice, 4403, 4404, 4429): no more attempts. */
  | { state: 'refused'; code: number; reason: string; errorId: string | null }
  | { state: 'closed' };

export interface ConnectLiveOptions {
  /** The app's origin (`https://…`, or `wss://…`); `/api/pos/<poId>/live` is added. */
  url: string;
  poId: string;
  /** A bearer token for the API (asked again for every connection, so it can be renewed). */
  getToken: () => string | Promise<string>;
  /** Resume after this seq (e.g. kept from an earlier page); without it, the first message is a state. */
  lastSeq?: number;
  WebSocketImpl?: WebSocketConstructor;
  onState: (message: { seq: number; po: LivePo }) => void;
  onChange: (message: { seq: number; change: LiveChange | RedactedChange }) => void;
  onPresence?: (users: PresenceUser[]) => void;
  onStatus?: (status: LiveStatus) => void;
  backoff?: BackoffOptions;
  /** Application ping interval; silence for two intervals counts as a lost connection (default 25 s). */
  heartbeatMs?: number;
  random?: () => number;
}

export interface LiveConnection {
  /** The last seq received (from a state or a change). */
  readonly lastSeq: number | undefined;
  /** Reconnect now (e.g. the browser is back online), without waiting for the backoff. */
  reconnect(): void;
  close(): void;
}

const OPEN = 1;
/** Refusals that another attempt would meet again: no more attempts (1013, try again later, is retried with backoff). */
const FINAL = new Set<number>([LIVE_CLOSE.forbidden, LIVE_CLOSE.notFound, LIVE_CLOSE.tooManyConnections]);

export function liveUrl(base: string, poId: string): string {
  const url = new URL(`${base.replace(/\/+$/, '')}/api/pos/${encodeURIComponent(poId)}/live`);
  url.protocol = url.protocol === 'https:' || url.protocol === 'wss:' ? 'wss:' : 'ws:';
  return url.toString();
}

export function connectLive(opts: ConnectLiveOptions): LiveConnection {
  const Impl: WebSocketConstructor | undefined = opts.WebSocketImpl ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!Impl) throw new Error('Geen WebSocket beschikbaar: geef WebSocketImpl mee.');
  const Socket: WebSocketConstructor = Impl;
  const heartbeatMs = opts.heartbeatMs ?? 25_000;
  let lastSeq = opts.lastSeq;
  let attempt = 0;
  let authFailures = 0;
  let stopped = false;
  let socket: WebSocketLike | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  const status = (s: LiveStatus): void => opts.onStatus?.(s);

  function open(): void {
    retryTimer = null;
    if (stopped) return;
    status({ state: 'connecting', attempt });
    const ws = new Socket(liveUrl(opts.url, opts.poId));
    socket = ws;
    let joined = false;
    let refusal: { id: string; message: string } | null = null;
    let lastHeard = Date.now();
    const current = (): boolean => socket === ws && !stopped;

    ws.addEventListener('open', () => {
      void Promise.resolve()
        .then(() => opts.getToken())
        .then((token) => {
          if (current() && ws.readyState === OPEN) ws.send(JSON.stringify({ type: 'hello', token, ...(lastSeq === undefined ? {} : { lastSeq }) }));
        })
        .catch(() => drop(ws, 1006));
    });
    // Also covers a connection attempt that hangs: silence for two intervals ends this socket.
    heartbeat = setInterval(() => {
      if (!current()) return;
      if (Date.now() - lastHeard > 2 * heartbeatMs) drop(ws, 1006);
      else if (ws.readyState === OPEN) ws.send('{"type":"ping"}');
    }, heartbeatMs);
    ws.addEventListener('message', (event) => {
      if (!current()) return;
      lastHeard = Date.now();
      const msg = parse(event.data);
      if (!msg) return;
      const join = (): void => {
        if (joined) return;
        joined = true;
        attempt = 0;
        authFailures = 0;
        status({ state: 'live', seq: lastSeq });
      };
      switch (msg.type) {
        case 'state':
          lastSeq = msg.seq;
          opts.onState({ seq: msg.seq, po: msg.po });
          return join();
        case 'change':
          if (lastSeq !== undefined && msg.seq <= lastSeq) return; // Already have it.
          if (lastSeq !== undefined && msg.seq !== lastSeq + 1) return drop(ws, 1006); // A gap: resume from what we have.
          lastSeq = msg.seq;
          opts.onChange({ seq: msg.seq, change: msg.change });
          return;
        case 'presence':
          opts.onPresence?.(msg.users);
          return join(); // Sent once the state or the missed changes are through.
        case 'error':
          refusal = msg.error;
          return;
        default:
          return;
      }
    });
    ws.addEventListener('close', (event) => {
      if (!current()) return;
      const code = event.code ?? 1006;
      if (code === LIVE_CLOSE.unauthenticated) authFailures += 1;
      if (FINAL.has(code) || authFailures >= 2) {
        finish();
        status({ state: 'refused', code, reason: refusal?.message ?? event.reason ?? '', errorId: refusal?.id ?? null });
        return;
      }
      scheduleRetry(code);
    });
    ws.addEventListener('error', () => undefined); // A 'close' follows.
  }

  function clearHeartbeat(): void {
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
  }

  /** Gives up on this socket (without waiting for a close that a dead line may never deliver). */
  function drop(ws: WebSocketLike, code: number): void {
    if (socket !== ws) return;
    try {
      ws.close();
    } catch {
      // Closing a socket that never opened may throw; it is abandoned either way.
    }
    scheduleRetry(code);
  }

  function scheduleRetry(code: number): void {
    socket = null;
    clearHeartbeat();
    if (stopped || retryTimer) return;
    const retryInMs = backoffDelay(attempt, opts.backoff, opts.random);
    status({ state: 'offline', attempt, retryInMs, code });
    attempt += 1;
    retryTimer = setTimeout(open, retryInMs);
  }

  function finish(): void {
    stopped = true;
    socket = null;
    clearHeartbeat();
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
  }

  open();
  return {
    get lastSeq() {
      return lastSeq;
    },
    reconnect() {
      if (stopped) return;
      const ws = socket;
      socket = null;
      clearHeartbeat();
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      try {
        ws?.close();
      } catch {
        // See drop().
      }
      open();
    },
    close() {
      const ws = socket;
      finish();
      ws?.close(1000);
      status({ state: 'closed' });
    },
  };
}

function parse(data: unknown): ServerMessage | null {
  try {
    const msg: unknown = JSON.parse(typeof data === 'string' ? data : String(data));
    return typeof msg === 'object' && msg !== null && typeof (msg as { type?: unknown }).type === 'string' ? (msg as ServerMessage) : null;
  } catch {
    return null;
  }
}
