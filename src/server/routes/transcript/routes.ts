/** What was said per agendapunt: the Teams transcript sliced by the agenda, and moving a boundary. */
import type { FastifyInstance } from 'fastify';
import { moveTranscriptBoundary } from '../../commands/transcript';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { readTranscript } from '../../read/transcript';
import { poParams } from '../../../shared/contract/common';
import { boundaryBody, boundaryParams, transcriptResponse } from '../../../shared/contract/transcript';

export function registerTranscriptRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/transcript',
    tag: 'Verslag',
    summary: 'Wat er per agendapunt gezegd is (transcript van de Teams-vergadering; alleen notulist en concernadviseur)',
    params: poParams,
    response: transcriptResponse,
    handler: async ({ params, actor }) => readTranscript(deps, actor, params.poId),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/pos/:poId/transcript/grenzen/:turnIndex',
    tag: 'Verslag',
    summary: 'De grens vóór een beurt in het transcript verplaatsen (notulist, concernadviseur)',
    params: boundaryParams,
    body: boundaryBody,
    response: transcriptResponse,
    handler: async ({ params, body, actor }) => {
      await moveTranscriptBoundary(deps, actor, params.poId, params.turnIndex, body.at);
      return readTranscript(deps, actor, params.poId);
    },
  });
}
