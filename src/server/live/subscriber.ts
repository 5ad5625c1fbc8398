/** One connected socket of one user on one PO, as the channel sees it: a cursor and a sender. */
import type { WebSocket } from 'ws';
import type { PoReader, User } from '../../domain';
import type { ErrorId } from '../../shared/errors';
import { LIVE_CLOSE } from '../../shared/contract/live';

export interface Subscriber {
  readonly user: User;
  /** The last seq this subscriber has (from a state or a change); later messages start after it. */
  seq: number;
  /** What of the PO this user may read (domain/readPolicy.ts), from the channel's snapshot; set when admitted, renewed on every state. */
  reader: PoReader | null;
  readonly open: boolean;
  /** Sends one serialized server message (as a text frame); closes the socket when the client cannot keep up. */
  send(message: string | Buffer): void;
  /** Refuses or ends the subscription: an `error` message, then a close with a short Dutch reason. */
  refuse(code: number, id: ErrorId, message: string): void;
}

export interface SocketSubscriberOptions {
  /** More than this many bytes waiting to be sent: the client is too slow and is dropped (it resumes by seq). */
  maxBufferedBytes: number;
  onSlow(): void;
}

/** A WebSocket's close reason is at most 123 bytes of UTF-8. */
export function closeReason(message: string): string {
  if (Buffer.byteLength(message) <= 123) return message;
  let reason = message;
  while (Buffer.byteLength(`${reason}…`) > 123) reason = reason.slice(0, -1);
  return `${reason}…`;
}

export function socketSubscriber(socket: WebSocket, user: User, opts: SocketSubscriberOptions): Subscriber {
  let closing = false;
  const close = (code: number, reason: string): void => {
    if (closing) return;
    closing = true;
    socket.close(code, closeReason(reason));
    // A client that does not read will not read the close frame either.
    setTimeout(() => socket.terminate(), 5000).unref();
  };
  return {
    user,
    seq: 0,
    reader: null,
    get open() {
      return !closing && socket.readyState === socket.OPEN;
    },
    send(message) {
      if (closing || socket.readyState !== socket.OPEN) return;
      if (socket.bufferedAmount > opts.maxBufferedBytes) {
        opts.onSlow();
        close(LIVE_CLOSE.tooSlow, 'De verbinding loopt te ver achter; maak opnieuw verbinding.');
        return;
      }
      socket.send(message, { binary: false });
    },
    refuse(code, id, message) {
      if (closing) return;
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type: 'error', error: { id, message } }));
      close(code, message);
    },
  };
}
