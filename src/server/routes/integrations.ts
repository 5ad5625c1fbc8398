/** Routes that reach out through Graph or render documents: preview, documents, invite, Planner. */
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps';
import { defineRoute } from '../http/route';
import { agendaDocument, agendaFileName, sendAgendaToInvite } from '../publish/agenda';
import { createPlannerTasks } from '../publish/planner';
import { linkOptions } from '../publish/links';
import { planVerslagPosts, renderVerslagDocx } from '../render';
import { readInvolved, readVerslag } from '../read';
import { poParams } from '../../shared/contract/common';
import { agendaHtmlResponse, inviteBody, inviteResponse, plannerResponse } from '../../shared/contract/agenda';
import { previewResponse } from '../../shared/contract/verslag';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const attachment = (name: string): string => `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function registerIntegrationRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/verslag/voorbeeld',
    tag: 'Verslag',
    response: previewResponse,
    summary: 'Het verslag precies zoals het in het Teams-kanaal komt (bericht en eventuele antwoorden)',
    params: poParams,
    handler: async ({ params, actor }) => {
      const { model, versionId } = await readVerslag(deps, actor, params.poId, 'openbaar');
      // As it will be posted (or was: a published text names its version). The .docx link points to
      // this server's copy until the upload gives Teams' own.
      const links = linkOptions(deps.config);
      const fileUrl = `${links.appUrl.replace(/\/+$/, '')}/api/pos/${encodeURIComponent(params.poId)}/verslag.docx`;
      const plan = planVerslagPosts(model, { ...links, versionId: versionId ?? '(nieuwe versie)', fileUrl, mentions: true });
      const messages = [plan.main.html, ...plan.replies.map((r) => r.html)];
      return { html: messages.join('<hr>'), posts: messages.length, messages };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/verslag.docx',
    tag: 'Verslag',
    summary: 'Het verslag als Word-document (openbare inhoud)',
    response: { file: DOCX },
    params: poParams,
    handler: async ({ params, actor, reply }) => {
      const { model, versionId } = await readVerslag(deps, actor, params.poId, 'openbaar');
      const bytes = await renderVerslagDocx(model, { ...linkOptions(deps.config), versionId: versionId ?? 'werkversie' });
      return reply
        .type(DOCX)
        .header('content-disposition', attachment(`Verslag ${model.titel}.docx`))
        .send(bytes);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/agenda.html',
    tag: 'Agenda',
    summary: 'De agenda als HTML voor de uitnodiging (tussen vaste markeringen)',
    response: agendaHtmlResponse,
    params: poParams,
    handler: async ({ params, actor }) => agendaDocument(deps, actor, params.poId, 'html'),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/agenda.docx',
    tag: 'Agenda',
    summary: 'De agenda als Word-document',
    response: { file: DOCX },
    params: poParams,
    handler: async ({ params, actor, reply }) => {
      const bytes = await agendaDocument(deps, actor, params.poId, 'docx');
      const { po } = await readInvolved(deps, actor, params.poId, 'deze agenda te lezen');
      return reply
        .type(DOCX)
        .header('content-disposition', attachment(agendaFileName(po)))
        .send(bytes);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/agenda/uitnodiging',
    tag: 'Agenda',
    response: inviteResponse,
    summary: 'Agenda in de Outlook-uitnodiging zetten (vervangt een eerdere agenda) en als Word-bijlage toevoegen',
    params: poParams,
    body: inviteBody,
    handler: async ({ params, body, actor }) => sendAgendaToInvite(deps, actor, params.poId, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/pos/:poId/planner',
    tag: 'Vergadering',
    summary: 'Actiepunten als Planner-taken (eenmaal per actiepunt)',
    response: plannerResponse,
    params: poParams,
    handler: async ({ params, actor }) => createPlannerTasks(deps, actor, params.poId),
  });
}
