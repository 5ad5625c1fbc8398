/**
 * The agenda for the calendar invite: as HTML for the event body and as a Word attachment. Only an
 * agenda whose every item is labelled can be sent.
 */
import { checkAgenda, organisationReader, visiblePo } from '../../domain';
import { fail } from '../../shared/errors';
import { changePo, requireRight } from '../commands/context';
import { involvedReader, readInvolved } from '../read';
import { appBaseUrl } from '../config';
import type { Deps } from '../deps';
import { attachFile, getCalendarEventIdForChat, updateEventBody } from '../graph';
import type { Actor } from '../http/route';
import { insertAgendaBlock, renderAgendaDocx, renderAgendaHtml, type AgendaRenderInput } from '../render';
import { listUsers } from '../store/directory';
import type { LoadedPo } from '../store/pos';
import type { OrganisationConfig } from '../../domain';

async function renderInput(deps: Deps, po: LoadedPo, org: OrganisationConfig): Promise<AgendaRenderInput> {
  const users = new Map((await listUsers(deps.db)).map((u) => [u.id, u.name]));
  return { po, org, userName: (id) => users.get(id), appUrl: appBaseUrl(deps.config) };
}

/** Refused, with every problem at its item, while an item has no purpose (or is otherwise incomplete). */
function assertSendable(po: LoadedPo): void {
  const { problems } = checkAgenda(po);
  if (problems.length > 0) fail('agenda_not_ready', `De agenda kan nog niet in de uitnodiging: ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}.`, problems);
}

export async function agendaDocument(deps: Deps, actor: Actor, poId: string, format: 'html' | 'docx'): Promise<{ html: string } | Buffer> {
  const { po, org } = await readInvolved(deps, actor, poId, 'deze agenda te lezen');
  const input = await renderInput(deps, po, org);
  return format === 'html' ? { html: renderAgendaHtml(input) } : renderAgendaDocx(input);
}

export const agendaFileName = (po: Pick<LoadedPo, 'title'>): string => `Agenda ${po.title}.docx`.replace(/[\\/*<>?:|"#%]/g, '-');

/**
 * Puts the agenda in the Outlook event of the PO's Teams meeting (or the given event): the agenda
 * block in the body is replaced, not added twice; the .docx is attached.
 */
export async function sendAgendaToInvite(deps: Deps, actor: Actor, poId: string, opts: { eventId?: string }): Promise<{ eventId: string; attachmentId: string }> {
  const { full, reader, org } = await involvedReader(deps, actor, poId);
  requireRight(reader.rights.editAgenda, 'de agenda in de uitnodiging te zetten');
  assertSendable(full);
  // The invite goes to everyone invited, also to experts for one item: the organisation's view.
  const po = visiblePo(full, organisationReader(full));
  const client = deps.graph.clientFor(actor);
  const chatId = po.teamsMeetingChatId;
  const eventId = opts.eventId ?? (chatId ? await getCalendarEventIdForChat(client, chatId) : fail('validation', 'Dit PO is nog niet aan een Teams-vergadering gekoppeld; geef een eventId.', [{ code: 'required', path: 'body.eventId', message: 'Koppel eerst de vergadering of geef het agenda-item op.' }]));
  const input = await renderInput(deps, po, org);
  const event = await client.get<{ body?: { content?: string | null } }>(`/me/events/${encodeURIComponent(eventId)}?$select=body`);
  await updateEventBody(client, eventId, insertAgendaBlock(event.body?.content ?? '', renderAgendaHtml(input)));
  const attachment = await attachFile(client, eventId, agendaFileName(po), await renderAgendaDocx(input), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  await changePo(deps, actor, poId, 'agenda.uitnodiging', async (tx) => {
    tx.changed({ objectType: 'agenda', objectId: poId, after: { eventId, attachmentId: attachment.id } });
  });
  return { eventId, attachmentId: attachment.id };
}
