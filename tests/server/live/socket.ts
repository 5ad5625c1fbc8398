/** A raw WebSocket client for live channel tests: it says hello and records every message. */
import WebSocket from 'ws';
import type { LiveChange, RedactedChange, ServerMessage } from '../../../src/shared/contract/live';
import type { TestServer } from '../helpers/server';

export type ChangeMessage = { type: 'change'; seq: number; change: LiveChange | RedactedChange };

export interface LiveSocket {
  ws: WebSocket;
  messages: ServerMessage[];
  /** Resolves with the first message (from `from` on) that matches, or rejects after `timeoutMs`. */
  waitFor(pred: (m: ServerMessage) => boolean, opts?: { from?: number; timeoutMs?: number }): Promise<ServerMessage>;
  changes(): ChangeMessage[];
  /** The seqs this socket received, from states and changes, in order. */
  seqs(): number[];
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

export const wsUrl = (baseUrl: string, poId: string): string => `${baseUrl.replace(/^http/, 'ws')}/api/pos/${poId}/live`;

export async function openLive(
  s: Pick<TestServer, 'url' | 'token'>,
  poId: string,
  as: string | { token: string } | null,
  opts: { lastSeq?: number } = {},
): Promise<LiveSocket> {
  const ws = new WebSocket(wsUrl(s.url, poId));
  const messages: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as ServerMessage);
    for (const w of [...waiters]) w();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      for (const w of [...waiters]) w();
    });
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  if (as !== null) {
    const token = typeof as === 'string' ? await s.token(as) : as.token;
    ws.send(JSON.stringify({ type: 'hello', token, ...(opts.lastSeq === undefined ? {} : { lastSeq: opts.lastSeq }) }));
  }
  const waitFor: LiveSocket['waitFor'] = (pred, o = {}) =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = messages.slice(o.from ?? 0).find(pred);
        if (found) {
          done();
          resolve(found);
        } else if (ws.readyState === WebSocket.CLOSED) {
          done();
          reject(new Error(`gesloten zonder het verwachte bericht; ontvangen: ${JSON.stringify(messages).slice(0, 2000)}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`geen verwacht bericht binnen ${o.timeoutMs ?? 5000} ms; ontvangen: ${JSON.stringify(messages).slice(0, 2000)}`));
      }, o.timeoutMs ?? 5000);
      const done = (): void => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  return {
    ws,
    messages,
    waitFor,
    changes: () => messages.filter((m): m is ChangeMessage => m.type === 'change'),
    seqs: () => messages.flatMap((m) => (m.type === 'change' || m.type === 'state' ? [m.seq] : [])),
    closed,
    async close() {
      if (ws.readyState !== WebSocket.CLOSED) {
        ws.close();
        await closed;
      }
    },
  };
}

/** Waits until `socket` has a message with `seq` (a change or a state at or beyond it). */
export const reachSeq = (socket: LiveSocket, seq: number, timeoutMs = 5000): Promise<ServerMessage> =>
  socket.waitFor((m) => (m.type === 'change' || m.type === 'state') && m.seq >= seq, { timeoutMs });
