/** The college cycle: Tuesday's announcement (list, .docx, share), a besluitpunt's college steps, the terugkoppeling on a PO. */
import type { FastifyInstance } from 'fastify';
import { takeStep } from '../../commands/college';
import { changeOrganisation, requireBeheerder } from '../../commands/beheer';
import { requireOrganisation } from '../../commands/context';
import { collegeberichtDraft } from '../../read/collegebericht';
import { langetermijnplanning, planningCsv, wholePlanning } from '../../read/planning';
import { planningExportQuery, planningQuery, planningResponse } from '../../../shared/contract/planning';
import { collegeberichtFileName, renderCollegeberichtDocx } from '../../render/collegeberichtDocx';
import { templateProblems } from '../../../domain';
import { fail } from '../../../shared/errors';
import { organisationResponse } from '../../../shared/contract/models';
import type { Deps } from '../../deps';
import { defineRoute } from '../../http/route';
import { shareAankondiging } from '../../publish/aankondiging';
import { announcement, currentAnnouncementDate, terugkoppeling, wholeAnnouncement } from '../../read/college';
import { aankondigingFileName, renderAankondigingDocx } from '../../render/aankondiging';
import { poParams } from '../../../shared/contract/common';
import {
  aankondigingDatumResponse,
  aankondigingQuery,
  aankondigingResponse,
  besluitpuntParams,
  collegeberichtBody,
  collegeDatumParams,
  collegeStepBody,
  collegeTrackResponse,
  shareResponse,
  terugkoppelingQuery,
  terugkoppelingResponse,
} from '../../../shared/contract/college';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const attachment = (name: string): string => `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function registerCollegeRoutes(app: FastifyInstance, deps: Deps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/aankondiging',
    tag: 'Collegeplanning',
    summary: 'De collegedatum van de aankondiging van vandaag (de collegedag van de organisatie, feestdagen meegerekend)',
    response: aankondigingDatumResponse,
    handler: async ({ actor }) => currentAnnouncementDate(deps, actor),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/aankondiging/:collegeDatum',
    tag: 'Collegeplanning',
    summary: 'Aankondiging college: de besluitpunten voor het college van deze datum, met hun status',
    response: aankondigingResponse,
    params: collegeDatumParams,
    query: aankondigingQuery,
    handler: async ({ params, query, actor }) => announcement(deps, actor, params.collegeDatum, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/aankondiging/:collegeDatum/docx',
    tag: 'Collegeplanning',
    summary: 'Aankondiging college als Word-document',
    response: { file: DOCX },
    params: collegeDatumParams,
    handler: async ({ params, actor, reply }) => {
      const view = await wholeAnnouncement(deps, actor, params.collegeDatum);
      const org = await requireOrganisation(deps.db);
      const bytes = await renderAankondigingDocx(view, org.name);
      return reply
        .type(DOCX)
        .header('content-disposition', attachment(aankondigingFileName(params.collegeDatum)))
        .send(bytes);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/aankondiging/:collegeDatum/delen',
    tag: 'Collegeplanning',
    summary: 'Aankondiging college delen in het kanaal van de verslagen (zonder vertrouwelijke besluitpunten)',
    response: shareResponse,
    params: collegeDatumParams,
    handler: async ({ params, actor }) => shareAankondiging(deps, actor, params.collegeDatum),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/besluitpunten/:recordId/college',
    tag: 'Collegeplanning',
    summary: 'Volgende stap van een besluitpunt richting college: aangekondigd, geagendeerd, besloten, aangehouden, teruggenomen',
    response: collegeTrackResponse,
    params: besluitpuntParams,
    body: collegeStepBody,
    handler: async ({ params, body, actor }) => {
      const track = await takeStep(deps, actor, params.recordId, body);
      return { state: track.state, steps: track.steps };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/pos/:poId/terugkoppeling-college',
    tag: 'Collegeplanning',
    summary: 'Vast agendapunt "Terugkoppeling college": besluitpunten van deze portefeuillehouder met hun collegestatus sinds het vorige PO',
    response: terugkoppelingResponse,
    params: poParams,
    query: terugkoppelingQuery,
    handler: async ({ params, query, actor }) => terugkoppeling(deps, actor, params.poId, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/besluitpunten/:recordId/collegebericht.docx',
    tag: 'Collegeplanning',
    summary: 'Concept-collegebericht van een besluitpunt (Word), in het sjabloon van de gemeente',
    response: { file: DOCX },
    params: besluitpuntParams,
    handler: async ({ params, actor, reply }) => {
      const draft = await collegeberichtDraft(deps, actor, params.recordId);
      const bytes = await renderCollegeberichtDocx(draft);
      return reply
        .type(DOCX)
        .header('content-disposition', attachment(collegeberichtFileName(draft.onderwerp)))
        .send(bytes);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/beheer/collegebericht',
    tag: 'Beheer',
    summary: 'Het sjabloon van het collegebericht: kop, velden (volgorde en namen) en slottekst',
    response: organisationResponse,
    body: collegeberichtBody,
    handler: async ({ body, actor }) => {
      requireBeheerder(actor);
      const problems = templateProblems(body);
      if (problems.length > 0) fail('validation', problems[0]!.message, problems);
      return changeOrganisation(deps, actor, 'beheer.collegebericht', { collegebericht: body });
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/langetermijnplanning',
    tag: 'Collegeplanning',
    summary: 'Langetermijnplanning: agendapunten per maand met beoogde college- en raadsdatum, categorie en raadsthema',
    response: planningResponse,
    query: planningQuery,
    handler: async ({ query, actor }) => langetermijnplanning(deps, actor, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/langetermijnplanning.csv',
    tag: 'Collegeplanning',
    summary: 'Langetermijnplanning als CSV (zelfde filters)',
    response: { file: 'text/csv' },
    query: planningExportQuery,
    handler: async ({ query, actor, reply }) => {
      const csv = planningCsv(await wholePlanning(deps, actor, query));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="langetermijnplanning.csv"').send(csv);
    },
  });
}
