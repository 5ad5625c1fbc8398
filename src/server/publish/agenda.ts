/**
 * The agenda for the calendar invite: as HTML for the event body and as a Word attachment. Only an
 * agenda whose every item is labelled can be sent.
 *
 * Sending is a run of recorded steps (`runs.ts`, `journal.ts`), so the invite ends with one agenda
 * block and one agenda attachment however often it is sent and whatever Graph answers:
 *   inhoud     PATCH the body with the agenda block replaced (or added inside `<body>`).
 *              Uncertain: sent again; the same PATCH twice gives the same body.
 *   weg:<id>   DELETE an earlier agenda attachment: the one an earlier run recorded, and any with
 *              the agenda's file name. Uncertain: sent again; a DELETE of what is gone is a 404.
 *   bijlage    POST the new .docx; marker: its file name. Uncertain: the event's attachments are
 *              read (GET …/attachments) for that name; earlier ones of that name were deleted just
 *              before, so the name finds this one.
 * A run that cannot read the attachments while an earlier run's attachment is uncertain adds
 * nothing (it could be a second one) and the user hears `invite_uncertain`.
 */
import { blocksInvite, checkAgenda, organisationReader, visiblePo } from '../../domain';
import { fail } from '../../shared/errors';
import { changePo, requireRight } from '../commands/context';
import { involvedReader, readInvolved } from '../read';
import type { Deps } from '../deps';
import {
  attachFile,
  deleteEventAttachment,
  forUse,
  GraphFailure,
  getCalendarEventIdForChat,
  getEventBody,
  listEventAttachments,
  updateEventBody,
  type GraphClient,
} from '../graph';
import type { Actor } from '../http/route';
import { insertAgendaBlock, renderAgendaDocx, renderAgendaHtml, type AgendaRenderInput } from '../render';
import { listUsers } from '../store/directory';
import { liveSteps, planSteps, updateStep, type GraphRun, type GraphStep, type NewStep } from '../store/graphSteps';
import type { LoadedPo } from '../store/pos';
import type { OrganisationConfig } from '../../domain';
import { runStep, StepUncertain } from './journal';
import { linkOptions } from './links';
import { beginRun, failRun, finishRunOk } from './runs';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function renderInput(deps: Deps, po: LoadedPo, org: OrganisationConfig): Promise<AgendaRenderInput> {
  const users = new Map((await listUsers(deps.db)).map((u) => [u.id, u.name]));
  return { po, org, userName: (id) => users.get(id), ...linkOptions(deps.config) };
}

/** Refused, with every problem at its item, while an item has no purpose (or is otherwise incomplete). */
function assertSendable(po: LoadedPo): void {
  const problems = checkAgenda(po).problems.filter(blocksInvite);
  if (problems.length > 0)
    fail('agenda_not_ready', `De agenda kan nog niet in de uitnodiging: ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}.`, problems);
}

export async function agendaDocument(deps: Deps, actor: Actor, poId: string, format: 'html' | 'docx'): Promise<{ html: string } | Buffer> {
  const { po, org } = await readInvolved(deps, actor, poId, 'deze agenda te lezen');
  const input = await renderInput(deps, po, org);
  return format === 'html' ? { html: renderAgendaHtml(input) } : renderAgendaDocx(input);
}

export const agendaFileName = (po: Pick<LoadedPo, 'title'>): string => `Agenda ${po.title}.docx`.replace(/[\\/*<>?:|"#%]/g, '-');

async function step(deps: Deps, run: GraphRun, s: NewStep): Promise<GraphStep> {
  const found = (await planSteps(deps.db, run.id, [s])).find((x) => x.step === s.step);
  if (!found) throw new Error(`Stap ${s.step} is niet vastgelegd.`);
  return found;
}

/**
 * The attachments to remove before the new one is added: earlier agenda attachments on this event
 * (recorded by earlier runs, or carrying an agenda file name). Settles earlier runs' unanswered
 * attachments: the listing shows them by name, and they are removed with the rest.
 */
async function earlierAttachments(deps: Deps, client: GraphClient, run: GraphRun, eventId: string, name: string): Promise<string[]> {
  const added = (await liveSteps(deps.db, run.poId, 'uitnodiging', 'bijlage')).filter((s) => s.target === eventId && s.runId !== run.id);
  const removed = new Set(
    (await liveSteps(deps.db, run.poId, 'uitnodiging', 'weg:')).filter((s) => s.status === 'klaar').map((s) => s.step.slice('weg:'.length)),
  );
  const known = added.filter((s) => s.status === 'klaar' && s.resultId && !removed.has(s.resultId)).map((s) => s.resultId as string);
  const unsure = added.filter((s) => s.status !== 'klaar');
  let listed: { id: string; name: string }[];
  try {
    listed = await listEventAttachments(client, eventId);
  } catch (err) {
    // Without the list, the recorded ones can still go; an unanswered one cannot be found, and
    // adding another could make two.
    const [first] = unsure;
    if (first) throw new StepUncertain(first, 'look', err);
    return known;
  }
  const names = new Set([name, ...added.map((s) => s.marker ?? '')].filter(Boolean));
  for (const s of unsure) await updateStep(deps.db, s, { status: 'vervallen', lastError: `vervangen door run ${run.id}` });
  return [...new Set([...known, ...listed.filter((a) => names.has(a.name)).map((a) => a.id)])];
}

/**
 * Puts the agenda in the Outlook event of the PO's Teams meeting (or the given event): the agenda
 * block in the body is replaced, not added twice; the .docx replaces the earlier one.
 */
export async function sendAgendaToInvite(
  deps: Deps,
  actor: Actor,
  poId: string,
  opts: { eventId?: string },
): Promise<{ eventId: string; attachmentId: string }> {
  const { full, reader, org } = await involvedReader(deps, actor, poId);
  requireRight(reader.rights.editAgenda, 'de agenda in de uitnodiging te zetten');
  assertSendable(full);
  // The invite goes to everyone invited, also to experts for one item: the organisation's view.
  const po = visiblePo(full, organisationReader(full));
  const client = deps.graph.clientFor(actor);
  const chatId = po.teamsMeetingChatId;
  let eventId: string;
  try {
    eventId =
      opts.eventId ??
      (chatId
        ? await getCalendarEventIdForChat(client, chatId)
        : fail('validation', 'Dit PO is nog niet aan een Teams-vergadering gekoppeld; geef een eventId.', [
            { code: 'required', path: 'body.eventId', message: 'Koppel eerst de vergadering of geef het agenda-item op.' },
          ]));
    // An event id the user gave is checked before anything is recorded: an unknown one is their typo.
    if (opts.eventId) await getEventBody(client, eventId);
  } catch (err) {
    if (err instanceof GraphFailure && err.graph.status === 404) {
      fail('not_found', 'Dit agenda-item bestaat niet (meer) in Outlook.', [
        { code: 'unknown_event', path: 'body.eventId', message: 'Kies de uitnodiging van deze vergadering.' },
      ]);
    }
    throw forUse(err, 'uitnodiging');
  }
  const input = await renderInput(deps, po, org);
  const name = agendaFileName(po);
  const block = renderAgendaHtml(input);

  const run = await beginRun(deps, actor, poId, 'uitnodiging', eventId);
  let attachmentId: string;
  try {
    const inhoud = await step(deps, run, { step: 'inhoud', position: 0, request: { agenda: block }, marker: null });
    await runStep(deps, inhoud, {
      send: async () => {
        await updateEventBody(client, eventId, insertAgendaBlock(await getEventBody(client, eventId), block));
        return { id: eventId, url: null };
      },
      find: 'resend',
    });
    for (const [i, id] of (await earlierAttachments(deps, client, run, eventId, name)).entries()) {
      const weg = await step(deps, run, { step: `weg:${id}`, position: 1 + i, request: null, marker: null });
      await runStep(deps, weg, {
        send: async () => {
          await deleteEventAttachment(client, eventId, id);
          return { id, url: null };
        },
        find: 'resend',
      });
    }
    const bijlage = await step(deps, run, { step: 'bijlage', position: 1000, request: { name }, marker: name });
    const bytes = await renderAgendaDocx(input);
    const added = await runStep(deps, bijlage, {
      send: async () => ({ id: (await attachFile(client, eventId, name, bytes, DOCX)).id, url: null }),
      find: async () => {
        const hit = (await listEventAttachments(client, eventId)).find((a) => a.name === name);
        return hit ? { id: hit.id, url: null } : null;
      },
    });
    attachmentId = added.id ?? fail('internal', 'De bijlage is toegevoegd, maar zonder id vastgelegd.');
  } catch (err) {
    throw await failRun(deps, actor, run, 'uitnodiging', err);
  }
  await finishRunOk(deps, run);
  await changePo(deps, actor, poId, 'agenda.uitnodiging', async (tx) => {
    tx.changed({ objectType: 'agenda', objectId: poId, after: { eventId, attachmentId } });
  });
  return { eventId, attachmentId };
}
