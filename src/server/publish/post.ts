/**
 * Step 2 of a publication: post to Teams through Graph, saving progress after every request so a
 * retry continues where this attempt stopped. After an uncertain outcome it first looks for the
 * message carrying this version's marker before posting anything again.
 */
import { diffVerslag, type VerslagModel } from '../../domain';
import type { Deps } from '../deps';
import {
  findMessageContaining, postChannelMessage, postReply, uploadToChannelFiles,
  type ChannelMention, type GraphClient, type PostedMessage,
} from '../graph';
import { appBaseUrl } from '../config';
import { CHANNEL_MESSAGE_LIMIT_BYTES, escapeHtml, planChannelPosts, renderVerslagDocx, type ChannelPost } from '../render';
import { listVersions } from '../store/verslagen';
import { updatePublication, type Publication } from '../store/publications';
import { correctionPosts } from './correctionHtml';

export const versionMarker = (id: string): string => `Verslagversie: ${id}`;

const toMentions = (post: ChannelPost): ChannelMention[] =>
  post.mentions.map((m) => ({ id: m.id, mentionText: m.mentionText, userId: m.mentioned.user.id, displayName: m.mentioned.user.displayName }));

const fileName = (m: VerslagModel, version: number): string =>
  `Verslag ${m.titel} v${version}.docx`.replace(/[\\/*<>?:|"#%]/g, '-').slice(0, 150);

interface Channel { teamId: string; channelId: string }

async function save(deps: Deps, p: Publication, patch: Partial<Publication>): Promise<void> {
  Object.assign(p, patch);
  await updatePublication(deps.db, p.id, patch);
}

async function findReply(client: GraphClient, ch: Channel, messageId: string, marker: string): Promise<PostedMessage | null> {
  const path = `/teams/${encodeURIComponent(ch.teamId)}/channels/${encodeURIComponent(ch.channelId)}/messages/${encodeURIComponent(messageId)}/replies?$top=50`;
  const page = await client.get<{ value?: { id: string; webUrl?: string | null; createdDateTime?: string | null; body?: { content?: string | null } }[] }>(path);
  const hit = (page.value ?? []).find((r) => (r.body?.content ?? '').includes(marker));
  return hit ? { id: hit.id, webUrl: hit.webUrl ?? '', createdDateTime: hit.createdDateTime ?? '' } : null;
}

async function uploadDocx(deps: Deps, client: GraphClient, ch: Channel, p: Publication): Promise<void> {
  if (p.fileUrl) return;
  const bytes = await renderVerslagDocx(p.publicModel, { appUrl: appBaseUrl(deps.config), versionId: p.id });
  const uploaded = await uploadToChannelFiles(client, ch.teamId, ch.channelId, fileName(p.publicModel, p.version), bytes);
  await save(deps, p, { fileUrl: uploaded.webUrl });
}

/** The first publication: the verslag as a message (and replies when it is large), plus the .docx. */
async function postVerslag(deps: Deps, client: GraphClient, ch: Channel, p: Publication): Promise<void> {
  const marker = versionMarker(p.id);
  if (!p.messageId && p.attempts > 1) {
    const found = await findMessageContaining(client, ch.teamId, ch.channelId, marker);
    if (found) await save(deps, p, { messageId: found.id, webUrl: found.webUrl });
  }
  await uploadDocx(deps, client, ch, p);
  const appUrl = appBaseUrl(deps.config);
  const plan = planChannelPosts(p.publicModel, { appUrl, versionId: p.id, mentions: true }, CHANNEL_MESSAGE_LIMIT_BYTES - 1_000);
  if (!p.messageId) {
    const docLink = p.fileUrl ? `<p><a href="${escapeHtml(p.fileUrl)}">Verslag als Word-document</a></p>` : '';
    const posted = await postChannelMessage(client, ch.teamId, ch.channelId, { html: plan.main.html + docLink, mentions: toMentions(plan.main) });
    await save(deps, p, { messageId: posted.id, webUrl: posted.webUrl });
  }
  for (let i = p.repliesPosted; i < plan.replies.length; i++) {
    const reply = plan.replies[i]!;
    await postReply(client, ch.teamId, ch.channelId, p.messageId!, { html: reply.html, mentions: toMentions(reply) });
    await save(deps, p, { repliesPosted: i + 1 });
  }
}

/** A correction: replies "Gecorrigeerd verslag" under the first publication's message. */
async function postCorrection(deps: Deps, client: GraphClient, ch: Channel, p: Publication): Promise<void> {
  const versions = await listVersions(deps.db, p.poId);
  const first = versions[0];
  const previous = versions.at(-1);
  if (!first?.messageId || !previous) return postVerslag(deps, client, ch, p);
  const marker = versionMarker(p.id);
  const posts = (fileUrl: string | null): string[] => correctionPosts({
    version: p.version, reason: p.reason, changes: diffVerslag(previous.publicModel, p.publicModel), marker,
    link: `${appBaseUrl(deps.config)}/app/tab?po=${p.poId}`, fileUrl,
  });
  if (p.repliesPosted === 0 && p.attempts > 1) {
    // The marker is in the last post: finding it means every post of the correction landed.
    const found = await findReply(client, ch, first.messageId, marker);
    if (found) await save(deps, p, { repliesPosted: posts(p.fileUrl).length, messageId: found.id, webUrl: found.webUrl || first.webUrl });
  }
  await uploadDocx(deps, client, ch, p);
  const ordered = posts(p.fileUrl);
  for (let i = p.repliesPosted; i < ordered.length; i++) {
    const posted = await postReply(client, ch.teamId, ch.channelId, first.messageId, { html: ordered[i]! });
    await save(deps, p, { repliesPosted: i + 1, ...(i === 0 ? { messageId: posted.id, webUrl: posted.webUrl || first.webUrl } : {}) });
  }
}

export async function postPublication(deps: Deps, client: GraphClient, ch: Channel, p: Publication): Promise<void> {
  if (p.kind === 'correctie') await postCorrection(deps, client, ch, p);
  else await postVerslag(deps, client, ch, p);
}
