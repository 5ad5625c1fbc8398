/**
 * Channel messages and replies:
 * `POST|GET /teams/{team-id}/channels/{channel-id}/messages`, `GET .../messages/{id}`,
 * `POST|GET .../messages/{id}/replies`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ChatMessage } from '@microsoft/microsoft-graph-types';
import { badRequest, notFound, tooLarge } from '../errors';
import { chatMessageSchema, parseBody } from '../schemas';
import type { NewChatMessage, SandboxState } from '../state';

interface ChannelParams {
  teamId: string;
  channelId: string;
}
interface MessageParams extends ChannelParams {
  messageId: string;
}
interface ListQuery {
  $top?: string;
  $skiptoken?: string;
}

/**
 * Teams refuses messages above roughly 28 KB: counted here, as Teams does, on the whole request
 * body (the HTML as JSON, and the mentions and attachments with it), not on the HTML alone.
 */
export const MAX_MESSAGE_BYTES = 28 * 1024;
const DEFAULT_PAGE = 20;
const MAX_PAGE = 50;

export function channelRoutes(app: FastifyInstance, state: SandboxState): void {
  const base = '/v1.0/teams/:teamId/channels/:channelId/messages';
  const context = (p: ChannelParams, tail: string): string => `${state.baseUrl}/v1.0/$metadata#teams('${p.teamId}')/channels('${p.channelId}')/${tail}`;

  app.post<{ Params: ChannelParams }>(base, async (request, reply) => {
    const input = validMessage(request);
    const { teamId, channelId } = request.params;
    const message = state.postMessage(teamId, channelId, input);
    return reply.code(201).send({ '@odata.context': context(request.params, 'messages/$entity'), ...message });
  });

  app.get<{ Params: ChannelParams; Querystring: ListQuery }>(base, async (request) => {
    const { teamId, channelId } = request.params;
    const page = pageOf(state.channel(teamId, channelId).messages, request, state.baseUrl);
    return { '@odata.context': context(request.params, 'messages'), ...page };
  });

  app.get<{ Params: MessageParams }>(`${base}/:messageId`, async (request) => {
    const { teamId, channelId, messageId } = request.params;
    const message = state.message(teamId, channelId, messageId);
    if (!message) throw notFound(`Message '${messageId}' was not found in the channel.`);
    return { '@odata.context': context(request.params, 'messages/$entity'), ...message };
  });

  app.post<{ Params: MessageParams }>(`${base}/:messageId/replies`, async (request, reply) => {
    const input = validMessage(request);
    const { teamId, channelId, messageId } = request.params;
    if (!state.message(teamId, channelId, messageId)) throw notFound(`Message '${messageId}' was not found in the channel.`);
    const message = state.postMessage(teamId, channelId, input, messageId);
    return reply.code(201).send({ '@odata.context': context(request.params, `messages('${messageId}')/replies/$entity`), ...message });
  });

  app.get<{ Params: MessageParams; Querystring: ListQuery }>(`${base}/:messageId/replies`, async (request) => {
    const { teamId, channelId, messageId } = request.params;
    if (!state.message(teamId, channelId, messageId)) throw notFound(`Message '${messageId}' was not found in the channel.`);
    const replies = [...(state.channel(teamId, channelId).replies.get(messageId) ?? [])].reverse();
    return { '@odata.context': context(request.params, `messages('${messageId}')/replies`), ...pageOf(replies, request, state.baseUrl) };
  });
}

/** Bytes of the request body as received (`Content-Length`), or of the parsed body written out again. */
export function requestBodyBytes(request: FastifyRequest): number {
  const length = Number(request.headers['content-length']);
  return Number.isFinite(length) && length > 0 ? length : Buffer.byteLength(JSON.stringify(request.body ?? null), 'utf8');
}

/** The body as a chatMessage, with the checks Teams adds: mentions and attachments referenced in the body, size. */
function validMessage(request: FastifyRequest): NewChatMessage {
  const input = parseBody(chatMessageSchema, request.body, 'chatMessage');
  const content = input.body.content;
  if (requestBodyBytes(request) > MAX_MESSAGE_BYTES) {
    throw tooLarge(`Message size exceeds the limit of ${MAX_MESSAGE_BYTES / 1024} KB.`);
  }
  if (!content.trim() && !input.attachments?.length) throw badRequest('Message body cannot be empty.');
  const isHtml = input.body.contentType === 'html';
  for (const mention of input.mentions ?? []) {
    if (!isHtml || !new RegExp(`<at\\s+id=["']?${mention.id}["']?\\s*>`, 'i').test(content)) {
      throw badRequest(`Mention with id ${mention.id} is not referenced in the message body as <at id="${mention.id}">.`);
    }
  }
  for (const attachment of input.attachments ?? []) {
    const escaped = attachment.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`<attachment\\s+id=["']${escaped}["']`, 'i').test(content)) {
      throw badRequest(`Attachment '${attachment.id}' is not referenced in the message body as <attachment id="${attachment.id}"></attachment>.`);
    }
  }
  return input;
}

/** One page of a newest-first list, with `@odata.nextLink` when there is more. */
function pageOf(
  items: ChatMessage[],
  request: FastifyRequest<{ Querystring: ListQuery }>,
  baseUrl: string,
): { value: ChatMessage[]; '@odata.count': number; '@odata.nextLink'?: string } {
  const top = request.query.$top === undefined ? DEFAULT_PAGE : Number(request.query.$top);
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE) {
    throw badRequest(`Invalid page size specified: '${request.query.$top ?? ''}'. Must be between 1 and ${MAX_PAGE} inclusive.`);
  }
  const skip = request.query.$skiptoken ? Number(Buffer.from(request.query.$skiptoken, 'base64url').toString()) : 0;
  if (!Number.isInteger(skip) || skip < 0) throw badRequest('Invalid skip token.');
  const value = items.slice(skip, skip + top);
  const path = request.url.split('?')[0] ?? '';
  const next = skip + top < items.length ? Buffer.from(String(skip + top)).toString('base64url') : undefined;
  return {
    '@odata.count': value.length,
    ...(next ? { '@odata.nextLink': `${baseUrl}${path}?$top=${top}&$skiptoken=${next}` } : {}),
    value,
  };
}
