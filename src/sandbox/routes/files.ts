/**
 * Channel files: `GET /teams/{team-id}/channels/{channel-id}/filesFolder`, the simple upload
 * `PUT /drives/{drive-id}/items/{parent-id}:/{filename}:/content` and `GET /drives/{drive-id}/items/{id}`.
 * Registered as its own plugin so that any request body arrives as raw bytes.
 */
import type { FastifyInstance } from 'fastify';
import { badRequest, notFound, tooLarge } from '../errors';
import type { SandboxState } from '../state';

/** Graph's simple upload accepts files up to 250 MB; the sandbox keeps files in memory, so less. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export function fileRoutes(state: SandboxState) {
  return async function files(app: FastifyInstance): Promise<void> {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_request, body, done) => done(null, body));

    app.get<{ Params: { teamId: string; channelId: string } }>('/v1.0/teams/:teamId/channels/:channelId/filesFolder', async (request) => {
      const { teamId, channelId } = request.params;
      state.channel(teamId, channelId);
      return {
        '@odata.context': `${state.baseUrl}/v1.0/$metadata#teams('${teamId}')/channels('${channelId}')/filesFolder/$entity`,
        ...state.filesFolder(teamId, channelId),
      };
    });

    app.get<{ Params: { driveId: string; itemId: string } }>('/v1.0/drives/:driveId/items/:itemId', async (request) => {
      const file = state.fileById(request.params.driveId, request.params.itemId);
      if (!file) throw notFound('Item not found', 'itemNotFound');
      return { '@odata.context': `${state.baseUrl}/v1.0/$metadata#drives('${request.params.driveId}')/items/$entity`, ...file.item };
    });

    // The path has the form `{parent-id}:/{filename}:/content`, which a route pattern cannot express.
    app.put<{ Params: { driveId: string; '*': string } }>('/v1.0/drives/:driveId/items/*', async (request, reply) => {
      const match = /^([^/:]+):\/(.+):\/content$/.exec(request.params['*']);
      if (!match) throw badRequest(`Resource not found for the segment '${request.params['*']}'.`);
      const parentId = decodeURIComponent(match[1] ?? '');
      const fileName = decodeURIComponent(match[2] ?? '');
      if (/[\\/*<>?:|"]/.test(fileName) || !fileName.trim()) {
        throw badRequest(`The provided name '${fileName}' contains characters that are not allowed.`);
      }
      const body = request.body;
      const content = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      if (content.length > MAX_UPLOAD_BYTES) throw tooLarge('The file is too large for a simple upload; use an upload session.');
      const { driveId } = request.params;
      if (!state.hasFolder(driveId, parentId)) throw notFound('Item not found', 'itemNotFound');
      const { item, created } = state.upload(driveId, parentId, fileName, content);
      return reply.code(created ? 201 : 200).send({ '@odata.context': `${state.baseUrl}/v1.0/$metadata#drives('${driveId}')/items/$entity`, ...item });
    });
  };
}
