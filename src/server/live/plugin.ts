/**
 * The live channel: `GET /api/pos/:poId/live` (WebSocket). Wires the ChangeBus (commits on this
 * instance, with their changes) and, on PostgreSQL, LISTEN/NOTIFY (commits on other instances) to
 * the hub; pings every socket and drops the ones that stop answering, and closes them all with
 * 1001 (going away) when the server stops. Checks the Origin of the upgrade and counts each user's
 * connections.
 */
import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { AppError } from '../../shared/errors';
import type { SignInGuard } from '../auth/signInGuard';
import type { Config } from '../config';
import type { Deps } from '../deps';
import { isHostOrigin } from '../http/frameAncestors';
import { announceChanges, announcement, listenForChanges, senderTag, type ChangeListener } from '../store/notify';
import { acceptLiveSocket, type ConnectionSlots } from './connection';
import { LiveHub } from './hub';
import { LIVE_CLOSE } from '../../shared/contract/live';
import type { PoChange } from '../store/changes';

export interface LiveOptions {
  /** Ping interval; a socket that did not answer the previous ping is closed. */
  heartbeatMs?: number;
  helloTimeoutMs?: number;
  /** Per socket: more unsent bytes than this and the client is dropped (it resumes by seq). */
  maxBufferedBytes?: number;
  /** On PostgreSQL: how often the channels' cursors are compared with the database (lost notifications). */
  sweepMs?: number;
}

const DEFAULTS: Required<LiveOptions> = { heartbeatMs: 30_000, helloTimeoutMs: 10_000, maxBufferedBytes: 4 * 1024 * 1024, sweepMs: 5_000 };

/** How long a server that stops waits for its live clients to answer the close before cutting them off. */
const CLOSE_GRACE_MS = 1000;

/**
 * The WebSocket upgrade machinery. Registered before the app's own hooks: its request hook marks
 * upgrade requests, so an upgrade refused by authentication (401) still closes its socket.
 */
export async function registerLiveTransport(app: FastifyInstance): Promise<void> {
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 }, preClose: closeLiveSockets });
}

/**
 * The server stops (Fastify's close, as on SIGTERM): every socket is closed with 1001, going away,
 * so its client reconnects with backoff (to another instance, or to this one restarted) and
 * resumes from its last seq. A client that does not answer the close within the grace period is
 * cut off, so the shutdown never waits for it (`ws` itself would wait 30 s).
 */
function closeLiveSockets(this: FastifyInstance, done: () => void): void {
  const wss = this.websocketServer;
  for (const socket of wss.clients) socket.close(LIVE_CLOSE.goingAway, 'De server stopt; de verbinding wordt hersteld.');
  const cutOff = setTimeout(() => {
    for (const socket of wss.clients) socket.terminate();
  }, CLOSE_GRACE_MS);
  cutOff.unref();
  // Called once every socket has closed.
  wss.close(() => {
    clearTimeout(cutOff);
    done();
  });
}

/**
 * Whether a browser on `origin` may open the live channel: the app's own origin (the host it is
 * reached at, or APP_BASE_URL's) and the Teams and Outlook hosts that may frame it
 * (http/frameAncestors.ts). A request without Origin is not from a browser page (the tests'
 * client, the bench, a script): it is let through, since it could send any Origin it liked and
 * the hello's token is required all the same. Origin `null` (a sandboxed frame, a file) is refused.
 */
export function liveOriginAllowed(origin: string | undefined, req: FastifyRequest, config: Config): boolean {
  if (origin === undefined) return true;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  if (!/^https?:\/\//i.test(origin)) return false;
  if (host === req.host.toLowerCase()) return true;
  if (config.APP_BASE_URL && new URL(config.APP_BASE_URL).origin === origin.toLowerCase()) return true;
  return isHostOrigin(origin);
}

/** Live connections per user on this instance, with a maximum (0: none). */
function connectionSlots(max: number): ConnectionSlots {
  const open = new Map<string, number>();
  return {
    max,
    take(userId) {
      const n = open.get(userId) ?? 0;
      if (max > 0 && n >= max) return false;
      open.set(userId, n + 1);
      return true;
    },
    give(userId) {
      const n = (open.get(userId) ?? 1) - 1;
      if (n > 0) open.set(userId, n);
      else open.delete(userId);
    },
  };
}

/**
 * The heartbeat in slices of about a second: each socket is pinged once per `heartbeatMs`, but a
 * slice of them at a time. Pinging thousands of sockets at once costs a write to each in one turn
 * of the event loop, and every live change waited behind it (1,300 sockets: 13–27 ms here, idle).
 */
export function heartbeatSlices(heartbeatMs: number): {
  everyMs: number;
  assign(socket: object): void;
  slotOf(socket: object): number;
  next(): number;
} {
  const slices = Math.max(1, Math.round(heartbeatMs / 1000));
  const slots = new WeakMap<object, number>();
  let assigned = 0;
  let turn = -1;
  return {
    everyMs: heartbeatMs / slices,
    assign: (socket) => void slots.set(socket, assigned++ % slices),
    slotOf: (socket) => slots.get(socket) ?? 0,
    next: () => (turn = (turn + 1) % slices),
  };
}

export function registerLive(app: FastifyInstance, deps: Deps, options: LiveOptions = {}, guard: SignInGuard | null = null): LiveHub {
  const opts = { ...DEFAULTS, ...options };
  const log = app.log.child({ module: 'live' });
  const hub = new LiveHub({ db: deps.db, log });
  const slots = connectionSlots(deps.config.LIVE_MAX_CONNECTIONS_PER_USER);

  const pg = deps.db.kind === 'postgresql';
  const sender = senderTag();
  // Commits on this instance come with their changes (ChangeBus, after the commit): this
  // instance's clients get them from memory, and on PostgreSQL the other instances are told by
  // NOTIFY, with the changes when they fit. Told after the hub, so this instance's own
  // notification finds the channel served.
  const offBus = deps.changes.onChange((poId, changes, announced) => {
    hub.deliver(poId, changes);
    if (pg && !announced)
      announceChanges(deps.db, poId, changes, sender).catch((err: unknown) =>
        log.warn({ err, poId }, 'live: NOTIFY mislukt; andere instanties lezen de wijziging bij de volgende vergelijking'),
      );
  });
  // A command's own changes are announced with its COMMIT, in the same trip to the database.
  const announcer = (poId: string, changes: PoChange[]): ReturnType<typeof announcement> => announcement(poId, changes, sender);
  if (pg) deps.changes.announcer = announcer;
  let listener: ChangeListener | null = null;
  let sweep: NodeJS.Timeout | null = null;
  if (pg && deps.config.DATABASE_URL) {
    listener = listenForChanges({
      url: deps.config.DATABASE_URL,
      sender,
      onChange: ({ poId, seq, changes }) => (changes ? hub.deliver(poId, changes) : hub.notify(poId, seq)),
      onConnected: () => hub.resyncAll(),
      onError: (err, retryInMs) => log.warn({ err, retryInMs }, 'live: LISTEN-verbinding verbroken; opnieuw verbinden'),
    });
    // A notification can be lost (its instance stopped right after the commit): every channel's
    // cursor is compared with its PO now and then, in one query, and those behind catch up.
    sweep = setInterval(() => {
      hub.sweep().catch((err: unknown) => log.warn({ err }, 'live: volgnummers vergelijken mislukt'));
    }, opts.sweepMs);
    sweep.unref();
  } else if (pg) {
    log.info('live: geen DATABASE_URL; alleen wijzigingen van deze instantie worden live doorgegeven');
  }

  const alive = new WeakMap<WebSocket, boolean>();
  const beat = heartbeatSlices(opts.heartbeatMs);
  const heartbeat = setInterval(() => {
    const turn = beat.next();
    for (const socket of app.websocketServer.clients) {
      if (beat.slotOf(socket) !== turn) continue;
      if (alive.get(socket) === false) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      try {
        socket.ping();
      } catch {
        socket.terminate();
      }
    }
  }, beat.everyMs);
  heartbeat.unref();

  app.get<{ Params: { poId: string } }>(
    '/api/pos/:poId/live',
    {
      websocket: true,
      // Refused before the upgrade: a page of another site may not open the channel in a user's browser.
      preValidation: async (req) => {
        if (liveOriginAllowed(req.headers.origin, req, deps.config)) return;
        req.log.warn({ origin: String(req.headers.origin).slice(0, 200) }, 'live: verbinding van een andere herkomst geweigerd');
        throw new AppError('forbidden', 'Deze site mag geen live-verbinding met PO-overleg openen (Origin niet toegestaan).');
      },
    },
    (socket, req) => {
      alive.set(socket, true);
      beat.assign(socket);
      socket.on('pong', () => alive.set(socket, true));
      acceptLiveSocket(socket, req.params.poId, { deps, hub, log: req.log, opts, req, guard, slots });
    },
  );

  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    if (sweep) clearInterval(sweep);
    offBus();
    if (deps.changes.announcer === announcer) deps.changes.announcer = null;
    await Promise.all([hub.close(), listener?.close()]);
  });
  return hub;
}
