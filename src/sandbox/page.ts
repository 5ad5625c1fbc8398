/**
 * The pages a person looks at: `GET /` (the most recently active channel),
 * `GET /channel/{teamId}/{channelId}` and downloads of uploaded files (`GET /files/...`).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { escapeHtml } from '../shared/html';
import { channelVersion, renderMessages, renderPage } from './render';
import type { SandboxState } from './state';

interface PageQuery {
  fragment?: string;
}

const DEFAULT_TEAM = 'team-po-overleg';
const DEFAULT_CHANNEL = 'channel-verslagen';

export function pageRoutes(app: FastifyInstance, state: SandboxState): void {
  const show = (reply: FastifyReply, teamId: string, channelId: string, fragment: boolean): FastifyReply => {
    const channel = state.activeChannels().find((c) => c.teamId === teamId && c.channelId === channelId);
    reply.header('cache-control', 'no-store').header('x-sandbox-version', channelVersion(channel));
    if (fragment) return reply.type('text/html; charset=utf-8').send(renderMessages(channel));
    const nonce = randomBytes(16).toString('base64');
    const others = state
      .activeChannels()
      .map((c) => ({ teamId: c.teamId, channelId: c.channelId, href: `/channel/${encodeURIComponent(c.teamId)}/${encodeURIComponent(c.channelId)}` }));
    return reply
      .header(
        'content-security-policy',
        `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; connect-src 'self'; img-src 'self' data: https:; base-uri 'none'; form-action 'none'`,
      )
      .type('text/html; charset=utf-8')
      .send(renderPage({ channel, teamId, channelId, others, nonce }));
  };

  app.get<{ Querystring: PageQuery }>('/', async (request, reply) => {
    const latest = state.activeChannels()[0];
    return show(reply, latest?.teamId ?? DEFAULT_TEAM, latest?.channelId ?? DEFAULT_CHANNEL, request.query.fragment === '1');
  });

  app.get<{ Params: { teamId: string; channelId: string }; Querystring: PageQuery }>('/channel/:teamId/:channelId', async (request, reply) =>
    show(reply, request.params.teamId, request.params.channelId, request.query.fragment === '1'),
  );

  app.get<{ Params: { driveId: string; itemId: string; name?: string } }>('/files/:driveId/:itemId/:name?', async (request, reply) => {
    const file = state.fileById(request.params.driveId, request.params.itemId);
    if (!file) {
      return reply
        .code(404)
        .type('text/html; charset=utf-8')
        .send(
          `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Niet gevonden</title></head><body><main><h1>Bestand niet gevonden</h1><p>${escapeHtml(request.params.itemId)} staat niet (meer) in de sandbox.</p></main></body></html>`,
        );
    }
    const name = file.item.name ?? 'bestand';
    return reply
      .type(file.item.file?.mimeType ?? 'application/octet-stream')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
      .send(file.content);
  });
}
