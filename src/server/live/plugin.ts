/**
 * The live channel: `GET /api/pos/:poId/live` (WebSocket). Wires the ChangeBus (commits on this
 * instance, with their changes) and, on PostgreSQL, LISTEN/NOTIFY (commits on other instances) to
 * the hub; pings every socket and drops the ones that stop answering.
 */
import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { Deps } from '../deps';
import { listenForChanges, type ChangeListener } from '../store/notify';
import { acceptLiveSocket } from './connection';
import { LiveHub } from './hub';

export interface LiveOptions {
  /** Ping interval; a socket that did not answer the previous ping is closed. */
  heartbeatMs?: number;
  helloTimeoutMs?: number;
  /** Per socket: more unsent bytes than this and the client is dropped (it resumes by seq). */
  maxBufferedBytes?: number;
}

const DEFAULTS: Required<LiveOptions> = { heartbeatMs: 30_000, helloTimeoutMs: 10_000, maxBufferedBytes: 4 * 1024 * 1024 };

/**
 * The WebSocket upgrade machinery. Registered before the app's own hooks: its request hook marks
 * upgrade requests, so an upgrade refused by authentication (401) still closes its socket.
 */
export async function registerLiveTransport(app: FastifyInstance): Promise<void> {
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
}

export function registerLive(app: FastifyInstance, deps: Deps, options: LiveOptions = {}): LiveHub {
  const opts = { ...DEFAULTS, ...options };
  const log = app.log.child({ module: 'live' });
  const hub = new LiveHub({ db: deps.db, log });

  const pg = deps.db.kind === 'postgresql';
  // Commits on this instance come with their changes; other instances hear of theirs by NOTIFY,
  // which the committing transaction sends (see commands/context.ts).
  const offBus = deps.changes.onChange((poId, changes) => hub.deliver(poId, changes));
  let listener: ChangeListener | null = null;
  if (pg && deps.config.DATABASE_URL) {
    listener = listenForChanges({
      url: deps.config.DATABASE_URL,
      onChange: (poId, seq) => hub.notify(poId, seq),
      onConnected: () => hub.resyncAll(),
      onError: (err, retryInMs) => log.warn({ err, retryInMs }, 'live: LISTEN-verbinding verbroken; opnieuw verbinden'),
    });
  } else if (pg) {
    log.info('live: geen DATABASE_URL; alleen wijzigingen van deze instantie worden live doorgegeven');
  }

  const alive = new WeakMap<WebSocket, boolean>();
  const heartbeat = setInterval(() => {
    for (const socket of app.websocketServer.clients) {
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
  }, opts.heartbeatMs);
  heartbeat.unref();

  app.get<{ Params: { poId: string } }>('/api/pos/:poId/live', { websocket: true }, (socket, req) => {
    alive.set(socket, true);
    socket.on('pong', () => alive.set(socket, true));
    acceptLiveSocket(socket, req.params.poId, { deps, hub, log: req.log, opts });
  });

  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    offBus();
    await Promise.all([hub.close(), listener?.close()]);
  });
  return hub;
}
