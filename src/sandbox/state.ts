/**
 * The sandbox's memory: channels with messages and replies, channel files, calendar events with
 * attachments, meeting chats and Planner tasks. Objects are kept in the shapes of
 * `@microsoft/microsoft-graph-types`, so routes return them as Graph would.
 */
import type { SentActivity } from './routes/activity';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { TranscriptStore } from './routes/transcripts';
import type {
  Chat,
  ChatMessage,
  ChatMessageAttachment,
  ChatMessageMention,
  DriveItem,
  Event,
  FileAttachment,
  ItemBody,
  PlannerTask,
} from '@microsoft/microsoft-graph-types';

export interface RequestLogEntry {
  method: string;
  /** Path without the query string, e.g. `/v1.0/teams/t/channels/c/messages`. */
  path: string;
  /** ISO time the request arrived. */
  at: string;
  /** True for a request executed as part of a `$batch`. */
  viaBatch: boolean;
  /** Size of the request body as received (`Content-Length`), 0 without one. */
  bytes: number;
}

export interface NewChatMessage {
  body: { contentType?: 'html' | 'text'; content: string };
  subject?: string | null;
  importance?: 'normal' | 'high' | 'urgent';
  mentions?: ChatMessageMention[];
  attachments?: ChatMessageAttachment[];
}

export interface ChannelView {
  teamId: string;
  channelId: string;
  /** Root messages, newest first. */
  messages: ChatMessage[];
  /** Replies per root message id, oldest first (as Teams shows a thread). */
  replies: Map<string, ChatMessage[]>;
  /** Increases with every message or reply in any channel: orders channels by recent activity. */
  lastActivity: number;
}

export interface StoredFile {
  item: DriveItem;
  content: Buffer;
  guid: string;
  version: number;
}

const SANDBOX_USER = { id: 'sandbox-user', displayName: 'Sandbox-gebruiker', userIdentityType: 'aadUser' as const };
/** The sender of every message (Graph adds the OData type to the identity). */
const SANDBOX_SENDER = { '@odata.type': '#microsoft.graph.teamworkUserIdentity', ...SANDBOX_USER };

const shortHash = (s: string, length = 24): string => createHash('sha256').update(s).digest('base64url').slice(0, length);
const randomId = (length = 28): string => randomBytes(length).toString('base64url').slice(0, length);

export class SandboxState {
  /** Origin the sandbox listens on; used in `webUrl`s. Set by `startGraphSandbox`. */
  baseUrl = 'http://127.0.0.1:3979';
  readonly requests: RequestLogEntry[] = [];
  readonly events = new Map<string, Event>();
  readonly eventAttachments = new Map<string, FileAttachment[]>();
  readonly chats = new Map<string, Chat>();
  readonly plannerTasks = new Map<string, PlannerTask>();
  readonly files = new Map<string, StoredFile>();
  readonly transcripts = new TranscriptStore();
  /** Teams activity-feed notifications sent (routes/activity.ts). */
  readonly activities: SentActivity[] = [];
  private readonly channels = new Map<string, ChannelView>();
  private lastMessageId = 0;
  private activity = 0;

  /** Notes a request; the log keeps the latest 10 000. */
  logRequest(entry: RequestLogEntry): void {
    this.requests.push(entry);
    if (this.requests.length > 10_000) this.requests.splice(0, this.requests.length - 10_000);
  }

  /** Forgets everything, including the request log. */
  reset(): void {
    this.requests.length = 0;
    for (const map of [this.events, this.eventAttachments, this.chats, this.plannerTasks, this.files, this.channels]) map.clear();
    this.transcripts.clear();
    this.activities.length = 0;
  }

  /** The channel; created on first use, so any configured team and channel id works. */
  channel(teamId: string, channelId: string): ChannelView {
    const key = `${teamId}\u0000${channelId}`;
    let channel = this.channels.get(key);
    if (!channel) {
      channel = { teamId, channelId, messages: [], replies: new Map(), lastActivity: 0 };
      this.channels.set(key, channel);
    }
    return channel;
  }

  /** Channels that have messages, most recently active first. */
  activeChannels(): ChannelView[] {
    return [...this.channels.values()].filter((c) => c.messages.length > 0).sort((a, b) => b.lastActivity - a.lastActivity);
  }

  channelUrl(teamId: string, channelId: string): string {
    return `${this.baseUrl}/channel/${encodeURIComponent(teamId)}/${encodeURIComponent(channelId)}`;
  }

  postMessage(teamId: string, channelId: string, input: NewChatMessage, replyToId: string | null = null): ChatMessage {
    const channel = this.channel(teamId, channelId);
    // Graph's channel message ids are millisecond timestamps; keep them unique and increasing.
    const id = String(Math.max(Date.now(), this.lastMessageId + 1));
    this.lastMessageId = Number(id);
    const now = new Date(Number(id)).toISOString();
    const message: ChatMessage = {
      id,
      replyToId,
      etag: id,
      messageType: 'message',
      createdDateTime: now,
      lastModifiedDateTime: now,
      lastEditedDateTime: null,
      deletedDateTime: null,
      subject: input.subject ?? null,
      summary: null,
      chatId: null,
      importance: input.importance ?? 'normal',
      locale: 'en-us',
      webUrl: `${this.channelUrl(teamId, channelId)}#bericht-${replyToId ?? id}`,
      from: { application: null, device: null, user: SANDBOX_SENDER },
      body: { contentType: input.body.contentType ?? 'text', content: input.body.content } satisfies ItemBody,
      channelIdentity: { teamId, channelId },
      attachments: input.attachments ?? [],
      mentions: input.mentions ?? [],
      reactions: [],
    };
    if (replyToId === null) {
      channel.messages.unshift(message);
    } else {
      const thread = channel.replies.get(replyToId) ?? [];
      thread.push(message);
      channel.replies.set(replyToId, thread);
    }
    channel.lastActivity = ++this.activity;
    return message;
  }

  message(teamId: string, channelId: string, id: string): ChatMessage | undefined {
    return this.channel(teamId, channelId).messages.find((m) => m.id === id);
  }

  private folderRef(teamId: string, channelId: string): { driveId: string; id: string } {
    return { driveId: `b!${shortHash(`drive:${teamId}`, 40)}`, id: `01${shortHash(`folder:${teamId}:${channelId}`, 32).toUpperCase()}` };
  }

  /** True when `folderId` is the files folder of a known channel in drive `driveId`. */
  hasFolder(driveId: string, folderId: string): boolean {
    return [...this.channels.values()].some((c) => {
      const ref = this.folderRef(c.teamId, c.channelId);
      return ref.driveId === driveId && ref.id === folderId;
    });
  }

  /** The channel's folder in the team's document library ("Gedeelde documenten/<kanaal>"). */
  filesFolder(teamId: string, channelId: string): DriveItem {
    const { driveId, id } = this.folderRef(teamId, channelId);
    return {
      id,
      name: channelId,
      createdDateTime: new Date(0).toISOString(),
      lastModifiedDateTime: new Date().toISOString(),
      webUrl: `${this.baseUrl}/files/${encodeURIComponent(driveId)}/${encodeURIComponent(id)}`,
      size: 0,
      parentReference: { driveId, driveType: 'documentLibrary' },
      folder: { childCount: [...this.files.values()].filter((f) => f.item.parentReference?.id === id).length },
    };
  }

  /** Stores a file under `parentId`; an existing file with the same name is replaced, as Graph does. */
  upload(driveId: string, parentId: string, fileName: string, content: Buffer): { item: DriveItem; created: boolean } {
    const key = `${driveId}\u0000${parentId}\u0000${fileName.toLowerCase()}`;
    const existing = this.files.get(key);
    const id = existing?.item.id ?? `01${randomId(32).toUpperCase()}`;
    const guid = randomUUID().toUpperCase();
    const now = new Date().toISOString();
    const item: DriveItem = {
      id,
      name: fileName,
      createdDateTime: existing?.item.createdDateTime ?? now,
      lastModifiedDateTime: now,
      // Graph's eTag carries the file's GUID, which a reference attachment in a message uses.
      eTag: `"{${existing?.guid ?? guid}},${(existing?.version ?? 0) + 1}"`,
      size: content.length,
      webUrl: `${this.baseUrl}/files/${encodeURIComponent(driveId)}/${encodeURIComponent(id)}/${encodeURIComponent(fileName)}`,
      parentReference: { driveId, driveType: 'documentLibrary', id: parentId },
      file: { mimeType: mimeTypeOf(fileName) },
    };
    this.files.set(key, { item, content, guid: existing?.guid ?? guid, version: (existing?.version ?? 0) + 1 });
    return { item, created: !existing };
  }

  fileById(driveId: string, itemId: string): StoredFile | undefined {
    return [...this.files.values()].find((f) => f.item.id === itemId && f.item.parentReference?.driveId === driveId);
  }

  /** The meeting chat; created on first use together with its calendar event. */
  chat(chatId: string): Chat {
    let chat = this.chats.get(chatId);
    if (!chat) {
      const event = this.seedEvent({ id: `AAMkAD${shortHash(`event:${chatId}`, 40)}=`, subject: 'Portefeuillehoudersoverleg (sandbox)' });
      chat = {
        id: chatId,
        topic: event.subject ?? null,
        createdDateTime: new Date().toISOString(),
        lastUpdatedDateTime: new Date().toISOString(),
        chatType: 'meeting',
        webUrl: `${this.baseUrl}/chat/${encodeURIComponent(chatId)}`,
        tenantId: 'sandbox-tenant',
        onlineMeetingInfo: {
          calendarEventId: event.id ?? null,
          joinWebUrl: `${this.baseUrl}/meet/${encodeURIComponent(chatId)}`,
          organizer: { id: SANDBOX_USER.id, displayName: SANDBOX_USER.displayName, userIdentityType: 'aadUser' },
        },
      };
      this.chats.set(chatId, chat);
    }
    return chat;
  }

  /** Adds (or replaces) a calendar event; tests use it to prepare an event to update. */
  seedEvent(event: Event & { id: string }): Event {
    const start = new Date(Date.now() + 24 * 3600 * 1000);
    const full: Event = {
      subject: 'Portefeuillehoudersoverleg',
      body: { contentType: 'html', content: '' },
      start: { dateTime: start.toISOString().replace('Z', '0000'), timeZone: 'UTC' },
      end: { dateTime: new Date(start.getTime() + 3600 * 1000).toISOString().replace('Z', '0000'), timeZone: 'UTC' },
      isOnlineMeeting: true,
      hasAttachments: false,
      webLink: `${this.baseUrl}/event/${encodeURIComponent(event.id)}`,
      createdDateTime: new Date().toISOString(),
      lastModifiedDateTime: new Date().toISOString(),
      ...event,
    };
    this.events.set(event.id, full);
    return full;
  }

  newPlannerTaskId(): string {
    return randomId(28);
  }
}

function mimeTypeOf(fileName: string): string {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    pdf: 'application/pdf',
    html: 'text/html',
    txt: 'text/plain',
  };
  return types[ext] ?? 'application/octet-stream';
}
