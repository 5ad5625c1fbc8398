/** Builds the HTTP server: logging, limits, authentication, routes, errors and static files. */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { LIMITS } from '../shared/limits';
import { authenticate } from './auth/authenticate';
import { SignInGuard } from './auth/signInGuard';
import type { Deps } from './deps';
import { installErrorHandler } from './http/errors';
import { applySecurityHeaders, installRateLimits } from './http/security';
import { registerLive, registerLiveTransport, type LiveOptions } from './live/plugin';
import { registerAgendaRoutes } from './routes/agenda/routes';
import { registerMeetingRoutes } from './routes/meeting/routes';
import { registerOversightRoutes } from './routes/oversight/routes';
import { registerPoRoutes } from './routes/pos/routes';
import { registerAddinAssets } from './routes/system/addinAssets';
import { registerClientConfigRoute } from './routes/system/clientConfig';
import { registerSystemRoutes } from './routes/system/routes';
import { registerVerslagRoutes } from './routes/verslag/routes';
import { registerVerzoekRoutes } from './routes/verzoeken/routes';
import { registerIntegrationRoutes } from './routes/integrations';
import { registerBeheerRoutes } from './routes/beheer/routes';
import { registerTranscriptRoutes } from './routes/transcript/routes';
import { registerAfterMeetingRoutes } from './routes/afterMeeting/routes';
import type { LiveHub } from './live/hub';
import { registerRaadsregisterRoutes } from './routes/raadsregister/routes';
import { registerCollegeRoutes } from './routes/college/routes';
import { registerTranscriptPurge } from './transcript/purge';
import { frontEndBuildingPage, startPage } from './startPage';
import { listUsers } from './store/directory';

export interface AppOptions {
  /** URL of the Graph sandbox page, shown on the start page. */
  sandboxUrl?: string | null;
  /** Live channel timings and limits (tests shorten them). */
  live?: LiveOptions;
}

export async function buildApp(deps: Deps, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      deps.config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: deps.config.LOG_LEVEL,
            redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[verwijderd]' },
          },
    bodyLimit: LIMITS.bodyBytes,
    genReqId: (req) => String(req.headers['x-request-id'] ?? randomUUID()).slice(0, 100),
    // X-Forwarded-For/-Proto/-Host only from the proxies TRUST_PROXY names (the audit log's address).
    trustProxy: deps.config.TRUST_PROXY,
  });
  app.decorateRequest('actor', null);
  await registerLiveTransport(app);
  const limits = await installRateLimits(app, deps.config);
  const guard = new SignInGuard({ db: deps.db, log: app.log, failures: limits.signInFailures, maxAuditEntries: deps.config.AUDIT_SIGNIN_FAILURES });
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) req.actor = await authenticate(deps, req, reply, guard);
  });
  app.addHook('onRequest', limits.limitRoutes);
  // CSP (pages: the app's own scripts; API: nothing), HSTS over https, no-store on the API.
  app.addHook('onSend', async (req, reply, payload) => {
    applySecurityHeaders(deps.config, req, reply, payload);
    return payload;
  });
  app.addHook('onClose', async () => guard.close());
  installErrorHandler(app, deps);

  registerSystemRoutes(app, deps);
  registerClientConfigRoute(app, deps);
  registerAddinAssets(app);
  registerFrontEnd(app);
  registerPoRoutes(app, deps);
  registerAgendaRoutes(app, deps);
  registerMeetingRoutes(app, deps);
  registerVerslagRoutes(app, deps);
  registerVerzoekRoutes(app, deps);
  registerOversightRoutes(app, deps);
  registerIntegrationRoutes(app, deps);
  registerBeheerRoutes(app, deps);
  registerTranscriptRoutes(app, deps);
  registerRaadsregisterRoutes(app, deps);
  registerCollegeRoutes(app, deps);
  registerTranscriptPurge(app, deps);
  // Attendance suggestions ask the live channel (registered next) who is connected.
  let hub: LiveHub | null = null;
  registerAfterMeetingRoutes(app, deps, (poId) => hub?.presentUserIds(poId) ?? []);
  hub = registerLive(app, deps, opts.live, guard);

  app.get('/', async (_req, reply) => {
    const users = deps.devSigner ? await listUsers(deps.db, { demoOnly: true }) : [];
    return reply
      .type('text/html; charset=utf-8')
      .send(startPage({ users, store: deps.db.kind, sandboxUrl: opts.sandboxUrl ?? null, devMode: deps.devSigner !== null }));
  });
  return app;
}

/** The surfaces of the built front end (webpack.config.js): `/app/<surface>` serves `dist/client/<surface>.html`. */
const SURFACES = ['tab', 'channel', 'config', 'meeting', 'stage', 'outlook'] as const;

/**
 * Serves the front end from dist/client (built by `npm run build`; `npm start` builds it in the
 * background when stale, and until then each surface answers 503 with a page that refreshes itself).
 */
function registerFrontEnd(app: FastifyInstance, dir = path.join(process.cwd(), 'dist', 'client')): void {
  for (const surface of SURFACES) {
    app.get(`/app/${surface}`, async (_req, reply) => {
      const file = path.join(dir, `${surface}.html`);
      if (!existsSync(file)) {
        return reply.status(503).header('retry-after', '3').header('cache-control', 'no-store').type('text/html; charset=utf-8').send(frontEndBuildingPage());
      }
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(readFileSync(file));
    });
  }
  // The folder the build will fill, so its scripts are served once they are there.
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    return;
  }
  // Scripts carry a content hash in their name: cached for good.
  void app.register(fastifyStatic, {
    root: dir,
    prefix: '/app/',
    decorateReply: false,
    index: false,
    immutable: true,
    maxAge: '365d',
    allowedPath: (p) => p.endsWith('.js'),
  });
}
