/**
 * Publishing to a Teams channel: a message, replies under it, finding an earlier message or reply
 * by a marker (for exactly-once publishing after an uncertain outcome) and uploading a file to the
 * channel's files folder. Answers are checked for what the app needs (an id), not for every
 * property the documentation shows: Graph does not promise `webUrl` or `createdDateTime` on every
 * answer, and a 201 without them is a message that exists.
 */
import { z } from 'zod';
import type { ChatMessage } from '@microsoft/microsoft-graph-types';
import { AppError, ERRORS } from '../../shared/errors';
import type { GraphClient } from './client';
import { GraphFailure, unexpectedAnswer } from './errors';
import { sharedChannelPacer, type ChannelPacer } from './pacing';
import { escapeHtml } from '../../shared/html';

export interface ChannelMention {
  /** Matches `<at id="N">` in the html. */
  id: number;
  mentionText: string;
  /** Entra object id of the person mentioned. */
  userId: string;
  displayName?: string;
}

/** A file in SharePoint shown as a card under the message; the html must contain `<attachment id="{id}"></attachment>`. */
export interface ChannelFileReference {
  id: string;
  name: string;
  contentUrl: string;
}

export interface ChannelPost {
  /** Message HTML, already escaped by the renderer. */
  html: string;
  mentions?: ChannelMention[];
  attachments?: ChannelFileReference[];
  subject?: string;
}

export interface PostedMessage {
  id: string;
  /** Null when Graph's answer did not carry it. */
  webUrl: string | null;
  createdDateTime: string | null;
}

export interface UploadedFile {
  id: string;
  /** Null when neither the upload's answer nor a read of the item gave one. */
  webUrl: string | null;
  name: string;
  /** The GUID in the item's eTag: the id a reference attachment in a message needs; null if absent. */
  attachmentId: string | null;
}

const postedSchema = z.object({ id: z.string().min(1), webUrl: z.string().nullish(), createdDateTime: z.string().nullish() });
const listSchema = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      webUrl: z.string().nullish(),
      createdDateTime: z.string().nullish(),
      lastModifiedDateTime: z.string().nullish(),
      body: z.object({ content: z.string().nullish() }).nullish(),
    }),
  ),
  '@odata.nextLink': z.string().optional(),
});
const folderSchema = z.object({ id: z.string().min(1), parentReference: z.object({ driveId: z.string().min(1) }) });
const uploadedSchema = z.object({ id: z.string().min(1), webUrl: z.string().nullish(), name: z.string().nullish(), eTag: z.string().nullish() });
const itemSchema = z.object({ webUrl: z.string().nullish() });

/** Graph's simple upload limit. */
export const MAX_SIMPLE_UPLOAD_BYTES = 250 * 1024 * 1024;

const seg = encodeURIComponent;
const messagesPath = (teamId: string, channelId: string): string => `/teams/${seg(teamId)}/channels/${seg(channelId)}/messages`;

/** The request body of a message or reply, exactly as it is sent (the renderer budgets its size on this shape). */
export function chatMessageBody(post: ChannelPost): ChatMessage {
  return {
    body: { contentType: 'html', content: post.html },
    ...(post.subject ? { subject: post.subject } : {}),
    ...(post.mentions?.length
      ? {
          mentions: post.mentions.map((m) => ({
            id: m.id,
            mentionText: m.mentionText,
            mentioned: { user: { id: m.userId, displayName: m.displayName ?? m.mentionText, userIdentityType: 'aadUser' as const } },
          })),
        }
      : {}),
    ...(post.attachments?.length
      ? { attachments: post.attachments.map((a) => ({ id: a.id, contentType: 'reference', contentUrl: a.contentUrl, name: a.name })) }
      : {}),
  };
}

function posted(answer: unknown, method: string): PostedMessage {
  const parsed = postedSchema.safeParse(answer);
  if (!parsed.success) throw unexpectedAnswer('bericht zonder id', method);
  return { id: parsed.data.id, webUrl: parsed.data.webUrl || null, createdDateTime: parsed.data.createdDateTime || null };
}

export async function postChannelMessage(
  client: GraphClient,
  teamId: string,
  channelId: string,
  post: ChannelPost,
  opts: { pacer?: ChannelPacer } = {},
): Promise<PostedMessage> {
  await (opts.pacer ?? sharedChannelPacer).wait(teamId, channelId);
  return posted(await client.post<unknown>(messagesPath(teamId, channelId), chatMessageBody(post)), 'POST');
}

/** A reply in the thread of `messageId`; paced per channel to stay under Graph's limit. */
export async function postReply(
  client: GraphClient,
  teamId: string,
  channelId: string,
  messageId: string,
  post: ChannelPost,
  opts: { pacer?: ChannelPacer } = {},
): Promise<PostedMessage> {
  await (opts.pacer ?? sharedChannelPacer).wait(teamId, channelId);
  const path = `${messagesPath(teamId, channelId)}/${seg(messageId)}/replies`;
  return posted(await client.post<unknown>(path, chatMessageBody(post)), 'POST');
}

/**
 * The most recent channel message whose body contains `marker`, or null. Reads newest first,
 * up to `maxPages` pages of `top` messages, and stops at a message last changed before `notBefore`
 * (so an old channel need not be read to its start); throws when there were more pages than that
 * and `notBefore` was not reached (so "not there" is never a guess).
 * Use a marker in the visible text (e.g. "Kenmerk PO-2025-03-10-a1b2"): Teams may strip HTML
 * comments and unknown attributes.
 */
export async function findMessageContaining(
  client: GraphClient,
  teamId: string,
  channelId: string,
  marker: string,
  opts: { top?: number; maxPages?: number; notBefore?: Date } = {},
): Promise<PostedMessage | null> {
  if (!marker.trim()) throw new AppError('validation', 'Een leeg kenmerk kan niet worden gezocht.');
  const top = Math.min(Math.max(opts.top ?? 50, 1), 50);
  const needles = [marker, escapeHtml(marker)];
  let path: string | null = `${messagesPath(teamId, channelId)}?$top=${top}`;
  for (let page = 0; path && page < (opts.maxPages ?? 3); page++) {
    const parsed = listSchema.safeParse(await client.get<unknown>(path));
    if (!parsed.success) throw unexpectedAnswer('lijst van berichten zonder value', 'GET');
    for (const message of parsed.data.value) {
      const content = message.body?.content ?? '';
      if (needles.some((n) => content.includes(n))) {
        return { id: message.id, webUrl: message.webUrl || null, createdDateTime: message.createdDateTime || null };
      }
      // Whether Graph orders by creation or by last activity, nothing after a message last changed
      // before `notBefore` can have been created after it.
      const changed = message.lastModifiedDateTime ?? message.createdDateTime;
      if (opts.notBefore && changed && Date.parse(changed) < opts.notBefore.getTime()) return null;
    }
    const next = parsed.data['@odata.nextLink'];
    path = next ? client.relativePath(next) : null;
  }
  if (path) throw notReadToTheEnd('berichten');
  return null;
}

/**
 * More pages than we read: "not found" would be a guess, and a guess may post twice. A GET
 * failure, so the caller treats it as "could not look".
 */
function notReadToTheEnd(what: string): GraphFailure {
  return new GraphFailure('graph_failed', `${ERRORS.graph_failed.nl} [Graph GET: te veel ${what} om het kenmerk in na te kijken]`, {
    method: 'GET',
    status: null,
    code: 'NotReadToTheEnd',
    requestId: null,
    attempts: 1,
    outcomeUncertain: false,
  });
}

/**
 * The most recent reply under `messageId` whose body contains `marker`, or null: reads the thread
 * newest first, up to `maxPages` pages of 50.
 */
export async function findReplyContaining(
  client: GraphClient,
  teamId: string,
  channelId: string,
  messageId: string,
  marker: string,
  opts: { maxPages?: number } = {},
): Promise<PostedMessage | null> {
  if (!marker.trim()) throw new AppError('validation', 'Een leeg kenmerk kan niet worden gezocht.');
  const needles = [marker, escapeHtml(marker)];
  let path: string | null = `${messagesPath(teamId, channelId)}/${seg(messageId)}/replies?$top=50`;
  for (let page = 0; path && page < (opts.maxPages ?? 10); page++) {
    const parsed = listSchema.safeParse(await client.get<unknown>(path));
    if (!parsed.success) throw unexpectedAnswer('lijst van reacties zonder value', 'GET');
    const hit = parsed.data.value.find((r) => needles.some((n) => (r.body?.content ?? '').includes(n)));
    if (hit) return { id: hit.id, webUrl: hit.webUrl || null, createdDateTime: hit.createdDateTime || null };
    const next = parsed.data['@odata.nextLink'];
    path = next ? client.relativePath(next) : null;
  }
  if (path) throw notReadToTheEnd('reacties');
  return null;
}

/** The link to a message, read when the answer to posting it had none; null when Graph has none either. */
export async function channelMessageWebUrl(client: GraphClient, teamId: string, channelId: string, messageId: string): Promise<string | null> {
  const parsed = itemSchema.safeParse(await client.get<unknown>(`${messagesPath(teamId, channelId)}/${seg(messageId)}`));
  return parsed.success ? parsed.data.webUrl || null : null;
}

/** Uploads (or replaces) a file in the channel's folder in the team's document library. */
export async function uploadToChannelFiles(
  client: GraphClient,
  teamId: string,
  channelId: string,
  fileName: string,
  content: Uint8Array,
): Promise<UploadedFile> {
  if (!fileName.trim() || /[\\/*<>?:|"]/.test(fileName)) {
    throw new AppError('validation', `De bestandsnaam "${fileName}" bevat tekens die SharePoint niet toestaat.`);
  }
  if (content.byteLength > MAX_SIMPLE_UPLOAD_BYTES) {
    throw new AppError('body_too_large', 'Het bestand is groter dan 250 MB en kan niet in één keer naar Teams.');
  }
  const folder = folderSchema.safeParse(await client.get<unknown>(`/teams/${seg(teamId)}/channels/${seg(channelId)}/filesFolder`));
  if (!folder.success) throw unexpectedAnswer('filesFolder zonder id of parentReference.driveId', 'GET');
  const { id: parentId, parentReference } = folder.data;
  const path = `/drives/${seg(parentReference.driveId)}/items/${seg(parentId)}:/${seg(fileName)}:/content`;
  const uploaded = uploadedSchema.safeParse(await client.putBytes<unknown>(path, content, 'application/octet-stream'));
  if (!uploaded.success) throw unexpectedAnswer('upload zonder id', 'PUT');
  const { id, eTag } = uploaded.data;
  // The link is what the verslag needs of the file: read it when the upload's answer left it out.
  let webUrl = uploaded.data.webUrl || null;
  if (!webUrl) {
    const item = itemSchema.safeParse(await client.get<unknown>(`/drives/${seg(parentReference.driveId)}/items/${seg(id)}?$select=webUrl`));
    webUrl = item.success ? item.data.webUrl || null : null;
  }
  const guid = /\{([0-9a-f-]{36})\}/i.exec(eTag ?? '')?.[1] ?? null;
  return { id, webUrl, name: uploaded.data.name || fileName, attachmentId: guid };
}
