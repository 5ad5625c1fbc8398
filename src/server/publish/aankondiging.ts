/**
 * Sharing Tuesday's announcement in the organisation's verslag channel (the Graph channel module;
 * the sandbox in development): only what is not confidential, with a link to the list in the app.
 * Audited as `aankondiging.delen`.
 */
import { mayTrackCollege } from '../../domain';
import type { ShareResult } from '../../shared/contract/college';
import { fail } from '../../shared/errors';
import { requireOrganisation, requireRight } from '../commands/context';
import { appBaseUrl } from '../config';
import type { Deps } from '../deps';
import { postChannelMessage } from '../graph';
import { verslagChannelOf } from '../graphPort';
import type { Actor } from '../http/route';
import { wholeAnnouncement } from '../read/college';
import { aankondigingHtml, AANKONDIGING_TITLE } from '../render/aankondiging';
import { appendAudit } from '../store/audit';

/** The announcement list in the personal tab, for a browser. */
export const aankondigingUrl = (deps: Deps, collegeDatum: string): string =>
  `${appBaseUrl(deps.config).replace(/\/+$/, '')}/app/tab#aankondiging/${encodeURIComponent(collegeDatum)}`;

export async function shareAankondiging(deps: Deps, actor: Actor, collegeDatum: string): Promise<ShareResult> {
  requireRight(mayTrackCollege(actor.user), 'de aankondiging te delen');
  const org = await requireOrganisation(deps.db);
  const channel = verslagChannelOf(deps.graph, org) ?? fail('not_configured', 'Er is geen kanaal gekozen: kies in Beheer het kanaal voor de verslagen.');
  const view = await wholeAnnouncement(deps, actor, collegeDatum);
  const { html, shown, hidden } = aankondigingHtml(view, aankondigingUrl(deps, collegeDatum));
  const posted = await postChannelMessage(deps.graph.clientFor(actor), channel.teamId, channel.channelId, {
    html,
    subject: `${AANKONDIGING_TITLE} ${collegeDatum}`,
  });
  await appendAudit(deps.db, {
    actor: { id: actor.user.id, name: actor.user.name },
    action: 'aankondiging.delen',
    objectType: 'aankondiging',
    objectId: collegeDatum,
    result: 'geslaagd',
    origin: actor.origin,
    after: { messageId: posted.id, besluitpunten: shown, vertrouwelijk: hidden },
  });
  return { messageId: posted.id, webUrl: posted.webUrl, shown, hidden };
}
