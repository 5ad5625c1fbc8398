/**
 * The aanschuivers' invitations (issue 14): every expert on an item (`adviseurIds`) gets their own
 * calendar event for the planned slot of that item, with the PO's Teams join link in the body.
 * After every change of the agenda the stored invitations are brought in line with the wanted ones
 * (domain/aanschuiven.ts#planInvitations): new ones created, moved ones PATCHed, dropped ones
 * cancelled. Idempotent: the event id is kept per aanschuiver and item, and a create carries a
 * `transactionId` of the item and person, so a retried POST returns the first event.
 *
 * Runs after the change is committed, as the user who made it (the organiser of the events); a
 * Graph failure leaves the stored state as far as it got and is retried by the next change.
 */
import { createHash } from 'node:crypto';
import { planInvitations, wantedInvitations, type WantedInvitation } from '../../domain';
import { escapeHtml } from '../../shared/html';
import type { Deps } from '../deps';
import { cancelMeeting, createMeeting, getJoinUrlForChat, moveMeeting, type GraphClient } from '../graph';
import type { Actor } from '../http/route';
import { involvedReader } from '../read';
import { dutchDate, dutchTime } from '../render/dutchDate';
import { amsterdamDate } from '../../shared/amsterdam';
import { listUsers } from '../store/directory';
import { deleteInvitation, listInvitations, saveInvitation } from '../store/invitations';

export interface InvitationSync {
  created: number;
  moved: number;
  cancelled: number;
}

const transactionIdOf = (i: { agendapuntId: string; userId: string }): string =>
  createHash('sha256').update(`po-overleg:aanschuiven:${i.agendapuntId}:${i.userId}`).digest('hex').slice(0, 32);

export async function syncAanschuivers(deps: Deps, actor: Actor, poId: string): Promise<InvitationSync> {
  const { full: po, reader, org } = await involvedReader(deps, actor, poId, 'de uitnodigingen van dit PO bij te werken');
  if (!reader.rights.editAgenda) return { created: 0, moved: 0, cancelled: 0 };
  const stored = await listInvitations(deps.db, poId);
  // Before the meeting only; a cancelled or past PO keeps no invitations.
  const open = (po.status === 'concept' || po.status === 'vastgesteld') && !po.geannuleerd;
  const wanted = open ? wantedInvitations(po) : [];
  const plan = planInvitations(wanted, stored);
  if (plan.create.length + plan.move.length + plan.cancel.length === 0) return { created: 0, moved: 0, cancelled: 0 };

  const client = deps.graph.clientFor(actor);
  const users = new Map((await listUsers(deps.db)).map((u) => [u.id, u]));
  const ph = org.portefeuillehouders.find((p) => p.id === po.portefeuillehouderId)?.name ?? 'de portefeuillehouder';
  const joinUrl = po.teamsMeetingChatId && plan.create.length > 0 ? await joinUrlOf(client, po.teamsMeetingChatId) : null;
  const vertrouwelijk = new Set(po.agendapunten.filter((i) => i.vertrouwelijk).map((i) => i.id));

  for (const w of plan.create) {
    const user = users.get(w.userId);
    if (!user) continue;
    const { id } = await createMeeting(client, {
      subject: `Aanschuiven bij het PO van ${ph}: ${vertrouwelijk.has(w.agendapuntId) ? 'vertrouwelijk agendapunt' : w.title}`,
      html: bodyOf(w, ph, joinUrl, vertrouwelijk.has(w.agendapuntId)),
      start: w.start,
      end: w.end,
      attendee: { email: user.email, name: user.name },
      transactionId: transactionIdOf(w),
    });
    await saveInvitation(deps.db, poId, { agendapuntId: w.agendapuntId, userId: w.userId, eventId: id, start: w.start, end: w.end });
  }
  for (const m of plan.move) {
    await moveMeeting(client, m.eventId, m.start, m.end);
    await saveInvitation(deps.db, poId, { agendapuntId: m.agendapuntId, userId: m.userId, eventId: m.eventId, start: m.start, end: m.end });
  }
  for (const c of plan.cancel) {
    if (c.eventId) await cancelMeeting(client, c.eventId, `U hoeft niet meer aan te schuiven bij het PO van ${ph}.`);
    await deleteInvitation(deps.db, c.agendapuntId, c.userId);
  }
  return { created: plan.create.length, moved: plan.move.length, cancelled: plan.cancel.length };
}

async function joinUrlOf(client: GraphClient, chatId: string): Promise<string | null> {
  try {
    return await getJoinUrlForChat(client, chatId);
  } catch {
    // Without the link the invitation still names the time; the PO's own invite has the link.
    return null;
  }
}

function bodyOf(w: WantedInvitation, ph: string, joinUrl: string | null, vertrouwelijk: boolean): string {
  const when = `${dutchDate(amsterdamDate(new Date(w.start)))}, ${dutchTime(w.start)}–${dutchTime(w.end)}`;
  const what = vertrouwelijk ? 'een vertrouwelijk agendapunt' : `het agendapunt "${escapeHtml(w.title)}"`;
  const join = joinUrl
    ? `<p><a href="${escapeHtml(joinUrl)}">Deelnemen aan de Teams-vergadering</a></p>`
    : '<p>De link naar de Teams-vergadering staat in de uitnodiging van het PO.</p>';
  return `<p>U schuift aan bij het portefeuillehoudersoverleg van ${escapeHtml(ph)} voor ${what}.</p><p>Gepland: ${escapeHtml(when)}. Verschuift de agenda, dan wordt deze afspraak bijgewerkt.</p>${join}`;
}

/**
 * After a change of the agenda: the invitations brought in line; a Graph failure is logged, not
 * the change's failure (the change is committed; the next change or a retry settles the invitations).
 */
export async function syncAanschuiversQuietly(
  deps: Deps,
  actor: Actor,
  poId: string,
  log: { warn: (obj: object, msg: string) => void },
): Promise<InvitationSync | null> {
  try {
    return await syncAanschuivers(deps, actor, poId);
  } catch (err) {
    log.warn({ err: err instanceof Error ? err.message : String(err), poId }, 'uitnodigingen van aanschuivers niet bijgewerkt');
    return null;
  }
}
