/**
 * Putting the agenda in the invite: refused, with the reasons at the items, until every item is
 * complete (the domain's checkAgenda, and the server's agendaCheck); then the agenda block in the
 * body is replaced, the Word agenda replaces an earlier attachment of the same name, and the
 * appointment is linked to its PO (custom property `poId`, and the Teams meeting chat when the
 * invite already has a Teams meeting). Everything is fetched before the invite is touched.
 */
import { blocksInvite, checkAgenda } from '../../domain';
import type { Problem } from '../../shared/errors';
import type { AppointmentHost } from '../host/appointment';
import { replaceAgendaBlock, teamsChatIdFromBody, wrapAgendaBlock } from './agendaBlock';
import type { Api } from '../shared/api';
import type { PoView } from '../shared/types';

/** The custom property that links the appointment to its PO. */
export const PO_ID_PROPERTY = 'poId';

/** Every problem that blocks the invite: the server's check and the domain's, each once. */
export function agendaProblems(po: Pick<PoView, 'agendapunten' | 'sections' | 'agendaCheck'>): Problem[] {
  const seen = new Set<string>();
  return [...po.agendaCheck.problems, ...checkAgenda(po).problems].filter(blocksInvite).filter((p) => {
    const key = `${p.code} ${p.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Problems per agendapunt id (from `agendapunt:<id>` paths), and those about the agenda as a whole. */
export function problemsByItem(problems: Problem[]): { byItem: Map<string, Problem[]>; general: Problem[] } {
  const byItem = new Map<string, Problem[]>();
  const general: Problem[] = [];
  for (const p of problems) {
    const id = p.path.startsWith('agendapunt:') ? p.path.slice('agendapunt:'.length) : null;
    if (id) byItem.set(id, [...(byItem.get(id) ?? []), p]);
    else general.push(p);
  }
  return { byItem, general };
}

/** Base64 of bytes (Office attaches files as base64), in chunks so large documents do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The file name of the Word agenda: the server's, or the same rule the server uses. */
export const agendaFileName = (po: Pick<PoView, 'title'>, fromServer: string | null): string =>
  fromServer ?? `Agenda ${po.title}.docx`.replace(/[\\/*<>?:|"#%]/g, '-');

export async function linkAppointment(host: AppointmentHost, poId: string): Promise<void> {
  await host.setCustomProperty(PO_ID_PROPERTY, poId);
}

export const linkedPoId = (host: AppointmentHost): Promise<string | null> => host.getCustomProperty(PO_ID_PROPERTY);

export type InsertResult =
  { ok: false; problems: Problem[] } | { ok: true; replacedBlocks: number; attachmentName: string; replacedAttachments: number; teamsChatLinked: boolean };

export async function insertAgendaIntoInvite(host: AppointmentHost, api: Api, po: PoView): Promise<InsertResult> {
  const problems = agendaProblems(po);
  if (problems.length > 0) return { ok: false, problems };

  const [html, docx, body, attachments] = await Promise.all([api.agendaHtml(po.id), api.agendaDocx(po.id), host.getBodyHtml(), host.listAttachments()]);
  const next = replaceAgendaBlock(body, wrapAgendaBlock(html, po.id));
  await host.setBodyHtml(next.body);

  const name = agendaFileName(po, docx.fileName);
  const earlier = attachments.filter((a) => a.name === name);
  for (const a of earlier) await host.removeAttachment(a.id);
  await host.addAttachment(name, toBase64(docx.bytes));

  await linkAppointment(host, po.id);
  const chatId = teamsChatIdFromBody(next.body);
  let teamsChatLinked = chatId !== null && chatId === po.teamsMeetingChatId;
  if (chatId && !teamsChatLinked && po.rights.editAgenda) {
    teamsChatLinked = await api.updatePo(po.id, { teamsMeetingChatId: chatId }).then(
      () => true,
      () => false,
    );
  }
  return { ok: true, replacedBlocks: next.replaced, attachmentName: name, replacedAttachments: earlier.length, teamsChatLinked };
}
