/**
 * Step 2 of a publication: post to Teams through Graph as recorded steps (`journal.ts`), so a
 * retry continues where an attempt stopped, and a request whose answer was lost is looked up in
 * Teams, never sent again blindly. The steps (run id: the publication's id):
 *
 *   bestand  PUT the .docx into the channel's files. Uncertain: sent again; a PUT under the same
 *            name replaces the file, so it can never make two.
 *   bericht  POST the verslag message; marker `Verslagversie: <id>` (its last line). Uncertain:
 *            the channel's messages are read, newest first (GET …/messages), for the marker.
 *   deel:N   POST reply N of M under the message; marker `Verslagversie: <id>, deel N van M`.
 *            Uncertain: the thread is read (GET …/messages/{id}/replies) for the marker.
 *
 * When the channel stays unreadable, someone who may publish settles an uncertain post by what
 * they saw (`confirm.ts`): `klaar` without sending, or `vervallen` with a resend `bericht#2` /
 * `deel:N#2` (same request and marker) in its place.
 *
 * A correction is `bestand` and `deel:N` replies ("Gecorrigeerd verslag") under the first
 * publication's message. Every request body is stored when the plan is made, so a retry sends
 * exactly what was planned; until a post has been sent, the plan is made again from the verslag
 * as it is now (the attempt may have refreshed it).
 */
import { z } from 'zod';
import { diffVerslag, type VerslagModel } from '../../domain';
import type { Deps } from '../deps';
import type { Sql } from '../store/db';
import {
  channelMessageWebUrl,
  findMessageContaining,
  findReplyContaining,
  postChannelMessage,
  postReply,
  uploadToChannelFiles,
  type ChannelMention,
  type ChannelPost as GraphPost,
  type GraphClient,
} from '../graph';
import { partMarker, planVerslagPosts, poLinkHtml, renderVerslagDocx, VERSLAG_LINK_TEXT, type ChannelPost } from '../render';
import { dropSteps, loadSteps, planSteps, type GraphStep, type NewStep } from '../store/graphSteps';
import { updatePublication, type Publication } from '../store/publications';
import { listVersions, type VerslagVersion } from '../store/verslagen';
import { correctionPosts } from './correctionHtml';
import { runStep, type StepResult } from './journal';
import { linkOptions } from './links';

export const versionMarker = (id: string): string => `Verslagversie: ${id}`;

export const FILE_STEP = 'bestand';
export const MESSAGE_STEP = 'bericht';
export const partStep = (n: number): string => `deel:${n}`;
/**
 * A post sent again after the user said an uncertain one is not in the channel (`confirm.ts`): the
 * uncertain step is `vervallen` (never sent again) and this one takes its place, `bericht#2`,
 * `deel:1#2`, with the same request and marker.
 */
export const resendStep = (step: string, n: number): string => `${baseStep(step)}#${n}`;
/** What a step posts, without the resend count: `bericht`, `deel:N` or `bestand`. */
export const baseStep = (step: string): string => step.split('#')[0] ?? step;
/** A step that posts to the channel (what readers see), as opposed to the upload. */
export const isPostStep = (s: Pick<GraphStep, 'step'>): boolean => {
  const base = baseStep(s.step);
  return base === MESSAGE_STEP || base.startsWith('deel:');
};
/** The posts still to be made or made, in order: a `vervallen` post was replaced by its resend. */
export const livePosts = <S extends Pick<GraphStep, 'step' | 'status' | 'position'>>(steps: S[]): S[] =>
  steps.filter((s) => isPostStep(s) && s.status !== 'vervallen').sort((a, b) => a.position - b.position);

/** How many pages of 50 channel messages are read to find an unanswered message again. */
const MESSAGE_PAGES = 5;
/**
 * Messages last changed this long before the step was first sent cannot be it: the channel is read
 * back to there, not to its start. Generous, for clock differences between this server and Teams.
 */
const LOOK_BACK_MS = 60 * 60 * 1000;

/** Where reading the channel may stop (`sentAt`: when the step was first sent); without it, nowhere. */
const lookBackFrom = (step: GraphStep): Date | undefined => (step.sentAt ? new Date(Date.parse(step.sentAt) - LOOK_BACK_MS) : undefined);

interface Channel {
  teamId: string;
  channelId: string;
}

const toMentions = (post: ChannelPost): ChannelMention[] =>
  post.mentions.map((m) => ({ id: m.id, mentionText: m.mentionText, userId: m.mentioned.user.id, displayName: m.mentioned.user.displayName }));

const storedPostSchema = z.object({
  html: z.string(),
  mentions: z.array(z.object({ id: z.number(), mentionText: z.string(), userId: z.string(), displayName: z.string().optional() })),
});

/** The request body stored with a step. */
function storedPost(step: GraphStep): GraphPost {
  const parsed = storedPostSchema.safeParse(step.request);
  if (!parsed.success) throw new Error(`Stap ${step.step} van publicatie ${step.runId} heeft geen geldig bericht.`);
  return parsed.data;
}

const fileName = (m: VerslagModel, version: number): string => `Verslag ${m.titel} v${version}.docx`.replace(/[\\/*<>?:|"#%]/g, '-').slice(0, 150);

async function save(deps: Deps, p: Publication, patch: Partial<Publication>): Promise<void> {
  Object.assign(p, patch);
  await updatePublication(deps.db, p.id, patch);
}

/** The publication's steps; when no post was ever sent they are dropped, and planned again from the current verslag. */
async function currentSteps(deps: Deps, p: Publication): Promise<GraphStep[]> {
  const steps = await loadSteps(deps.db, p.id);
  if (steps.some((s) => isPostStep(s) && s.status !== 'gepland')) return steps;
  if (steps.length > 0) await dropSteps(deps.db, p.id);
  return [];
}

async function ensureStep(deps: Deps, p: Publication, step: NewStep): Promise<GraphStep> {
  const steps = await planSteps(deps.db, p.id, [step]);
  const found = steps.find((s) => s.step === step.step);
  if (!found) throw new Error(`Stap ${step.step} is niet vastgelegd.`);
  return found;
}

/** The .docx in the channel's files; its link (null when Graph gave none). */
async function uploadDocx(deps: Deps, client: GraphClient, ch: Channel, p: Publication, steps: GraphStep[]): Promise<string | null> {
  const name = fileName(p.publicModel, p.version);
  const step = steps.find((s) => s.step === FILE_STEP) ?? (await ensureStep(deps, p, { step: FILE_STEP, position: 0, request: { name }, marker: name }));
  const result = await runStep(deps, step, {
    send: async () => {
      const bytes = await renderVerslagDocx(p.publicModel, { ...linkOptions(deps.config), versionId: p.id });
      const uploaded = await uploadToChannelFiles(client, ch.teamId, ch.channelId, name, bytes);
      return { id: uploaded.id, url: uploaded.webUrl };
    },
    // A PUT under the same name replaces the file: sending it again cannot make a second one.
    find: 'resend',
  });
  if (p.fileUrl !== result.url) await save(deps, p, { fileUrl: result.url });
  return result.url;
}

/** Posts the planned message and replies in order; `parent`: the message a correction replies under (the first publication's). */
async function postSteps(
  deps: Deps,
  client: GraphClient,
  ch: Channel,
  p: Publication,
  steps: GraphStep[],
  parent: { id: string; webUrl: string | null } | null,
): Promise<void> {
  const posts = livePosts(steps);
  for (const [i, step] of posts.entries()) {
    const marker = step.marker ?? '';
    if (baseStep(step.step) === MESSAGE_STEP) {
      const r = await runStep(deps, step, {
        send: async () => sent(await postChannelMessage(client, ch.teamId, ch.channelId, storedPost(step))),
        find: async () =>
          found(await findMessageContaining(client, ch.teamId, ch.channelId, marker, { maxPages: MESSAGE_PAGES, notBefore: lookBackFrom(step) })),
      });
      // Only a message the user confirmed without its link has no id (`confirm.ts` asks for the link when replies follow).
      if (!r.id && i < posts.length - 1)
        throw new Error('Het verslagbericht staat in het kanaal, maar zonder id vastgelegd: de reacties kunnen er niet onder.');
      await save(deps, p, { messageId: r.id, webUrl: r.url ?? (r.id ? await webUrlOf(client, ch, r.id) : null) });
      continue;
    }
    const under = parent ?? (p.messageId ? { id: p.messageId, webUrl: p.webUrl } : null);
    if (!under) throw new Error('Een reactie kan pas worden geplaatst als het bericht er is.');
    const r = await runStep(deps, step, {
      send: async () => sent(await postReply(client, ch.teamId, ch.channelId, under.id, storedPost(step))),
      find: async () => found(await findReplyContaining(client, ch.teamId, ch.channelId, under.id, marker)),
    });
    // A correction is known by its first reply; a verslag by its message.
    const first = parent && i === 0 ? { messageId: r.id, webUrl: r.url ?? parent.webUrl } : {};
    await save(deps, p, { repliesPosted: i + (parent ? 1 : 0), ...first });
  }
}

const sent = (m: { id: string; webUrl: string | null }): StepResult => ({ id: m.id, url: m.webUrl });
const found = (m: { id: string; webUrl: string | null } | null): StepResult | null => (m ? sent(m) : null);

/**
 * The message's link when the answer to posting it had none: read once. Reading it is a nicety
 * (the UI shows "Openen in Teams"); when the read fails the verslag is published without the link.
 */
async function webUrlOf(client: GraphClient, ch: Channel, messageId: string): Promise<string | null> {
  try {
    return await channelMessageWebUrl(client, ch.teamId, ch.channelId, messageId);
  } catch {
    return null;
  }
}

/** The first publication: the verslag as a message (with replies, or pointing to the .docx when long), plus the .docx. */
async function postVerslag(deps: Deps, client: GraphClient, ch: Channel, p: Publication): Promise<void> {
  let steps = await currentSteps(deps, p);
  const fileUrl = await uploadDocx(deps, client, ch, p, steps);
  if (!steps.some(isPostStep)) {
    const plan = planVerslagPosts(p.publicModel, { ...linkOptions(deps.config), versionId: p.id, fileUrl, mentions: true });
    const total = plan.replies.length;
    steps = await planSteps(deps.db, p.id, [
      { step: MESSAGE_STEP, position: 1, request: { html: plan.main.html, mentions: toMentions(plan.main) }, marker: versionMarker(p.id) },
      ...plan.replies.map((r, i): NewStep => ({
        step: partStep(i + 1),
        position: i + 2,
        request: { html: r.html, mentions: toMentions(r) },
        marker: partMarker(p.id, i + 1, total),
      })),
    ]);
  }
  await postSteps(deps, client, ch, p, steps, null);
}

/** A correction: replies "Gecorrigeerd verslag" under the first publication's message. */
async function postCorrection(
  deps: Deps,
  client: GraphClient,
  ch: Channel,
  p: Publication,
  first: VerslagVersion & { messageId: string },
  previous: VerslagVersion,
): Promise<void> {
  let steps = await currentSteps(deps, p);
  const fileUrl = await uploadDocx(deps, client, ch, p, steps);
  if (!steps.some(isPostStep)) {
    const bodies = correctionPosts({
      version: p.version,
      reason: p.reason,
      changes: diffVerslag(previous.publicModel, p.publicModel),
      versionId: p.id,
      linkHtml: poLinkHtml(linkOptions(deps.config), p.poId, VERSLAG_LINK_TEXT),
      fileUrl,
    });
    steps = await planSteps(
      deps.db,
      p.id,
      bodies.map((html, i): NewStep => ({
        step: partStep(i + 1),
        position: i + 1,
        request: { html, mentions: [] },
        marker: partMarker(p.id, i + 1, bodies.length),
      })),
    );
  }
  await postSteps(deps, client, ch, p, steps, { id: first.messageId, webUrl: first.webUrl });
}

/**
 * The message the publication's replies go under: for a correction the first publication's message
 * (as `postPublication` chooses), else its own message; null while that is not known.
 */
export async function threadOf(
  sql: Sql,
  p: Pick<Publication, 'kind' | 'poId' | 'messageId' | 'webUrl'>,
): Promise<{ id: string; webUrl: string | null } | null> {
  if (p.kind === 'correctie') {
    const [first] = await listVersions(sql, p.poId);
    if (first?.messageId) return { id: first.messageId, webUrl: first.webUrl };
  }
  return p.messageId ? { id: p.messageId, webUrl: p.webUrl } : null;
}

export async function postPublication(deps: Deps, client: GraphClient, ch: Channel, p: Publication): Promise<void> {
  if (p.kind === 'correctie') {
    const versions = await listVersions(deps.db, p.poId);
    const first = versions[0];
    const previous = versions.at(-1);
    // Without the first message (published before it had an id), a correction is a message of its own.
    if (first?.messageId && previous) return postCorrection(deps, client, ch, p, { ...first, messageId: first.messageId }, previous);
  }
  await postVerslag(deps, client, ch, p);
}
