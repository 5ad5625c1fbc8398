/**
 * One WebSocket from `upgrade` to `close`: the hello (token and last seq), authentication with the
 * REST API's own token check, then membership of the PO's channel. Refusals close with 4401, 4403
 * or 4404 and a Dutch reason, after an `error` message with the catalogue id. When the token
 * expires the socket is closed with 4401; the client reconnects with a fresh token and resumes.
 * A refused token is audited and counted like the API's (auth/signInGuard.ts; past the address's
 * limit: 1013, try again later); a user with too many connections open is refused with 4429.
 */
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { isRemembered, originOf, sessionForToken } from '../auth/authenticate';
import type { SignInGuard } from '../auth/signInGuard';
import type { Deps } from '../deps';
import type { LiveHub } from './hub';
import { LIVE_CLOSE } from '../../shared/contract/live';
import { closeReason, socketSubscriber, type Subscriber } from './subscriber';

export interface ConnectionOptions {
  /** Time to send the hello. */
  helloTimeoutMs: number;
  maxBufferedBytes: number;
}

/** Each user's open live connections on this instance (live/plugin.ts). */
export interface ConnectionSlots {
  readonly max: number;
  /** False when the user has `max` open already. */
  take(userId: string): boolean;
  give(userId: string): void;
}

const hello = z.object({
  type: z.literal('hello'),
  token: z.string().min(1).max(16_384),
  lastSeq: z.number().int().min(0).optional(),
});
const poIdParam = z.string().uuid();

function parse(data: unknown): unknown {
  try {
    return JSON.parse(String(data));
  } catch {
    return null;
  }
}

export function acceptLiveSocket(
  socket: WebSocket,
  poIdRaw: string,
  ctx: {
    deps: Deps;
    hub: LiveHub;
    log: FastifyBaseLogger;
    opts: ConnectionOptions;
    /** The upgrade request: the address and user agent of a refused sign-in. */
    req: FastifyRequest;
    guard: SignInGuard | null;
    slots: ConnectionSlots;
  },
): void {
  const { deps, hub, log, opts, req, guard, slots } = ctx;
  let sub: Subscriber | null = null;
  let slotOf: string | null = null;
  let greeted = false;
  const refuse = (code: number, id: 'unauthenticated' | 'not_found' | 'rate_limited', message: string): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type: 'error', error: { id, message } }));
    socket.close(code, closeReason(message));
  };
  let expiryTimer: NodeJS.Timeout | null = null;
  const helloTimer = setTimeout(
    () => refuse(LIVE_CLOSE.unauthenticated, 'unauthenticated', 'Geen aanmelding ontvangen: stuur eerst hello met een token.'),
    opts.helloTimeoutMs,
  );
  helloTimer.unref();

  socket.on('close', () => {
    clearTimeout(helloTimer);
    if (expiryTimer) clearTimeout(expiryTimer);
    if (sub) hub.leave(poIdRaw, sub);
    if (slotOf !== null) slots.give(slotOf);
    slotOf = null;
  });
  socket.on('error', (err) => log.debug({ err }, 'live: socketfout'));

  socket.on('message', (data) => {
    const msg = parse(data);
    if (greeted) {
      if (sub && typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === 'ping') sub.send('{"type":"pong"}');
      return;
    }
    greeted = true;
    clearTimeout(helloTimer);
    const parsed = hello.safeParse(msg);
    if (!parsed.success) return refuse(LIVE_CLOSE.unauthenticated, 'unauthenticated', 'Het eerste bericht moet hello met een token zijn.');
    void admit(parsed.data.token, parsed.data.lastSeq);
  });

  async function admit(token: string, lastSeq: number | undefined): Promise<void> {
    const attempt = { origin: originOf(req), request: `live /api/pos/${poIdRaw.slice(0, 40)}/live` };
    if (guard && !isRemembered(deps, token) && guard.retryAfter(attempt.origin.ip) > 0) {
      guard.limited(attempt);
      return refuse(LIVE_CLOSE.tryAgainLater, 'rate_limited', 'Te veel mislukte aanmeldingen vanaf dit adres; probeer het later opnieuw.');
    }
    try {
      const { user, expiresAt } = await sessionForToken(deps, token, attempt.origin);
      if (!poIdParam.safeParse(poIdRaw).success) return refuse(LIVE_CLOSE.notFound, 'not_found', `PO ${poIdRaw.slice(0, 40)} bestaat niet.`);
      if (socket.readyState !== socket.OPEN) return;
      if (!slots.take(user.id)) {
        log.warn({ userId: user.id, max: slots.max }, 'live: te veel verbindingen van één gebruiker');
        return refuse(
          LIVE_CLOSE.tooManyConnections,
          'rate_limited',
          `U heeft al ${slots.max} live-verbindingen open. Sluit een ander venster of tabblad en laad deze pagina opnieuw.`,
        );
      }
      slotOf = user.id;
      sub = socketSubscriber(socket, user, {
        maxBufferedBytes: opts.maxBufferedBytes,
        onSlow: () => log.warn({ poId: poIdRaw, userId: user.id, buffered: socket.bufferedAmount }, 'live: client loopt te ver achter; verbinding gesloten'),
      });
      // The token's expiry ends the socket too: the client comes back with a fresh token and
      // resumes from its last seq, so a meeting longer than a token's life loses nothing.
      expiryTimer = setTimeout(
        () => refuse(LIVE_CLOSE.unauthenticated, 'unauthenticated', 'Uw aanmelding is verlopen; meld opnieuw aan.'),
        Math.min(Math.max(0, expiresAt - Date.now()), 2 ** 31 - 1),
      );
      expiryTimer.unref();
      await hub.join(poIdRaw, sub, lastSeq);
    } catch (err) {
      if (err instanceof AppError && err.id === 'unauthenticated') {
        await guard?.refused(req, attempt, err.message, token);
        return refuse(LIVE_CLOSE.unauthenticated, 'unauthenticated', err.message);
      }
      log.error({ err, poId: poIdRaw }, 'live: aansluiten mislukt');
      if (socket.readyState === socket.OPEN) socket.close(1011, closeReason('Er ging iets mis aan onze kant.'));
    }
  }
}
