/**
 * The notulist's outbox: every write (method, path, body with its client-generated id) is stored
 * before it is sent, so it survives a reload or a dropped connection, and is sent in order, one at
 * a time, until the server has it. The API is idempotent on the record id, so sending a write twice
 * (the answer was lost) is harmless: the retry gets 200 with the stored record.
 *
 * One outbox per browser profile and storage key; two tabs sharing a key are not coordinated.
 */
import { backoffDelay, type BackoffOptions } from './backoff';

/** What the outbox needs of `localStorage`; an in-memory map in tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the outbox needs of a `fetch` Response. */
export interface ResponseLike {
  status: number;
  json(): Promise<unknown>;
}

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface OutboxWrite {
  /** The outbox's own id for this entry. */
  id: string;
  method: WriteMethod;
  /** API path, e.g. `/api/pos/<poId>/vastleggingen`. */
  path: string;
  body?: unknown;
  queuedAt: string;
  /** Failed attempts so far. */
  attempts: number;
}

export type OutboxEvent =
  | { type: 'sent'; write: OutboxWrite; status: number }
  /** 409 record_deleted: someone removed the record meanwhile; the write is dropped. */
  | { type: 'deleted'; write: OutboxWrite }
  /** Refused for good (validation, rights, state): dropped, so it does not block the writes after it. */
  | { type: 'rejected'; write: OutboxWrite; status: number; error: { id: string; message: string } | null }
  /** Not delivered now (network, 401, 429, 5xx): tried again after `retryInMs`. */
  | { type: 'retrying'; write: OutboxWrite; retryInMs: number; status: number | null };

export interface OutboxStatus {
  pending: number;
  /** "3 wijzigingen nog niet verzonden", or null when everything is sent. */
  text: string | null;
}

export interface OutboxOptions {
  storage: StorageLike;
  /** Sends one write (adding the token); throws when there was no answer. */
  send: (write: OutboxWrite) => Promise<ResponseLike>;
  /** Storage key (default `po-overleg.outbox`); use one per signed-in user. */
  key?: string;
  backoff?: BackoffOptions;
  random?: () => number;
  /** Start sending what a previous page left (default true). */
  autoStart?: boolean;
}

export interface Outbox {
  /** Stores the write and starts sending. */
  enqueue(write: { method: WriteMethod; path: string; body?: unknown }): OutboxWrite;
  pending(): number;
  list(): OutboxWrite[];
  /** Sends now (e.g. when the live connection is back); resolves when the queue is empty or a send failed. */
  flush(): Promise<void>;
  /** Called with the status now and after every change, with the event that caused it. */
  subscribe(listener: (status: OutboxStatus, event: OutboxEvent | null) => void): () => void;
  /** Stops retry timers (the stored writes stay). */
  stop(): void;
}

export function pendingText(n: number): string | null {
  if (n <= 0) return null;
  return n === 1 ? '1 wijziging nog niet verzonden' : `${n} wijzigingen nog niet verzonden`;
}

/** Statuses worth another try: no answer, an expired token, rate limits and server trouble. */
const RETRY = (status: number): boolean => status === 401 || status === 408 || status === 425 || status === 429 || status >= 500;

async function errorOf(res: ResponseLike): Promise<{ id: string; message: string } | null> {
  try {
    const body = (await res.json()) as { error?: { id?: unknown; message?: unknown } } | null;
    const id = body?.error?.id;
    const message = body?.error?.message;
    return typeof id === 'string' ? { id, message: typeof message === 'string' ? message : '' } : null;
  } catch {
    return null;
  }
}

const newId = (): string =>
  typeof globalThis.crypto?.randomUUID === 'function' ? globalThis.crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

export function createOutbox(opts: OutboxOptions): Outbox {
  const key = opts.key ?? 'po-overleg.outbox';
  const listeners = new Set<(status: OutboxStatus, event: OutboxEvent | null) => void>();
  let queue = load();
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;

  function load(): OutboxWrite[] {
    try {
      const parsed: unknown = JSON.parse(opts.storage.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? (parsed as OutboxWrite[]) : [];
    } catch {
      return [];
    }
  }

  function save(): void {
    try {
      if (queue.length === 0) opts.storage.removeItem(key);
      else opts.storage.setItem(key, JSON.stringify(queue));
    } catch {
      // Storage full or unavailable: the queue still lives in memory for this page.
    }
  }

  function emit(event: OutboxEvent | null): void {
    const status = { pending: queue.length, text: pendingText(queue.length) };
    for (const listener of listeners) listener(status, event);
  }

  function done(write: OutboxWrite, event: OutboxEvent): void {
    queue = queue.filter((w) => w.id !== write.id);
    save();
    emit(event);
  }

  /** Sends the head of the queue until it is empty or a write must wait. */
  async function drain(): Promise<void> {
    for (let write = queue[0]; write; write = queue[0]) {
      let res: ResponseLike | null = null;
      try {
        res = await opts.send(write);
      } catch {
        res = null;
      }
      if (res && res.status >= 200 && res.status < 300) {
        failures = 0;
        done(write, { type: 'sent', write, status: res.status });
        continue;
      }
      const error = res ? await errorOf(res) : null;
      if (res && res.status === 409 && error?.id === 'record_deleted') {
        done(write, { type: 'deleted', write });
        continue;
      }
      if (res && !RETRY(res.status)) {
        done(write, { type: 'rejected', write, status: res.status, error });
        continue;
      }
      write.attempts += 1;
      save();
      const retryInMs = backoffDelay(failures, opts.backoff, opts.random);
      failures += 1;
      emit({ type: 'retrying', write, retryInMs, status: res?.status ?? null });
      timer = setTimeout(() => void outbox.flush(), retryInMs);
      return;
    }
  }

  const outbox: Outbox = {
    enqueue(input) {
      const write: OutboxWrite = { id: newId(), method: input.method, path: input.path, body: input.body, queuedAt: new Date().toISOString(), attempts: 0 };
      queue = [...queue, write];
      save();
      emit(null);
      void outbox.flush();
      return write;
    },
    pending: () => queue.length,
    list: () => queue.map((w) => ({ ...w })),
    flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      // A flush while sending lets the current run go on: it sends everything queued, in order.
      running ??= drain().finally(() => {
        running = null;
      });
      return running;
    },
    subscribe(listener) {
      listeners.add(listener);
      listener({ pending: queue.length, text: pendingText(queue.length) }, null);
      return () => listeners.delete(listener);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
  if (opts.autoStart !== false && queue.length > 0) void outbox.flush();
  return outbox;
}
