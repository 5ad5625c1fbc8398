/**
 * The PO's calendar item: find it from the meeting chat, put the agenda in its body, list, attach
 * and remove documents. Uses `/me/events`, so the signed-in user must be the organiser (the event
 * id in `chat.onlineMeetingInfo.calendarEventId` is the organiser's).
 */
import { z } from 'zod';
import type { Event, FileAttachment } from '@microsoft/microsoft-graph-types';
import { AppError } from '../../shared/errors';
import type { GraphClient } from './client';
import { GraphFailure, unexpectedAnswer } from './errors';

/** Outlook takes attachments below 3 MB in one request; larger ones need an upload session. */
export const MAX_EVENT_ATTACHMENT_BYTES = 3 * 1024 * 1024;

const chatSchema = z.object({ id: z.string(), onlineMeetingInfo: z.object({ calendarEventId: z.string().nullish() }).nullish() });
const attachmentSchema = z.object({ id: z.string().min(1) });
const eventSchema = z.object({ body: z.object({ content: z.string().nullish() }).nullish() });
const attachmentListSchema = z.object({
  value: z.array(z.object({ id: z.string().min(1), name: z.string().nullish() })),
  '@odata.nextLink': z.string().optional(),
});

const seg = encodeURIComponent;

/** The calendar event of a Teams meeting chat. */
export async function getCalendarEventIdForChat(client: GraphClient, chatId: string): Promise<string> {
  const chat = chatSchema.safeParse(await client.get<unknown>(`/chats/${seg(chatId)}`));
  if (!chat.success) throw unexpectedAnswer('chat zonder id', 'GET');
  const eventId = chat.data.onlineMeetingInfo?.calendarEventId;
  if (!eventId) throw new AppError('not_found', 'Bij deze chat hoort geen vergadering in de agenda.');
  return eventId;
}

/** The HTML body of the calendar item ('' when it has none). */
export async function getEventBody(client: GraphClient, eventId: string): Promise<string> {
  const event = eventSchema.safeParse(await client.get<unknown>(`/me/events/${seg(eventId)}?$select=body`));
  if (!event.success) throw unexpectedAnswer('agenda-item zonder body', 'GET');
  return event.data.body?.content ?? '';
}

/** The attachments of the calendar item, by id and name (without their content). */
export async function listEventAttachments(client: GraphClient, eventId: string): Promise<{ id: string; name: string }[]> {
  const found: { id: string; name: string }[] = [];
  let path: string | null = `/me/events/${seg(eventId)}/attachments?$select=id,name`;
  for (let page = 0; path; page++) {
    if (page >= 20) throw unexpectedAnswer('te veel bijlagen om na te kijken', 'GET');
    const parsed = attachmentListSchema.safeParse(await client.get<unknown>(path));
    if (!parsed.success) throw unexpectedAnswer('lijst van bijlagen zonder value', 'GET');
    found.push(...parsed.data.value.map((a) => ({ id: a.id, name: a.name ?? '' })));
    const next = parsed.data['@odata.nextLink'];
    path = next ? client.relativePath(next) : null;
  }
  return found;
}

/** Removes an attachment; one that is already gone (404) counts as removed. */
export async function deleteEventAttachment(client: GraphClient, eventId: string, attachmentId: string): Promise<void> {
  try {
    await client.delete(`/me/events/${seg(eventId)}/attachments/${seg(attachmentId)}`);
  } catch (err) {
    if (err instanceof GraphFailure && err.graph.status === 404) return;
    throw err;
  }
}

/** Replaces the body of the calendar item with this HTML (the agenda). */
export async function updateEventBody(client: GraphClient, eventId: string, html: string): Promise<void> {
  const patch: Event = { body: { contentType: 'html', content: html } };
  await client.patch<unknown>(`/me/events/${seg(eventId)}`, patch);
}

/** Attaches a file to the calendar item; refuses 3 MB or more before calling Graph. */
export async function attachFile(
  client: GraphClient,
  eventId: string,
  name: string,
  bytes: Uint8Array,
  contentType = 'application/octet-stream',
): Promise<{ id: string }> {
  if (!name.trim()) throw new AppError('validation', 'Een bijlage heeft een naam nodig.');
  if (bytes.byteLength >= MAX_EVENT_ATTACHMENT_BYTES) {
    const mb = (bytes.byteLength / (1024 * 1024)).toFixed(1).replace('.', ',');
    throw new AppError(
      'body_too_large',
      `De bijlage "${name}" is ${mb} MB; Outlook neemt bij een agenda-item bijlagen tot 3 MB aan. Deel het stuk als koppeling.`,
    );
  }
  const attachment: FileAttachment & { '@odata.type': string } = {
    '@odata.type': '#microsoft.graph.fileAttachment',
    name,
    contentType,
    contentBytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
  const answer = attachmentSchema.safeParse(await client.post<unknown>(`/me/events/${seg(eventId)}/attachments`, attachment));
  if (!answer.success) throw unexpectedAnswer('bijlage zonder id', 'POST');
  return { id: answer.data.id };
}

/** Graph's `dateTimeTimeZone` for an instant, in UTC (Outlook shows it in each reader's zone). */
const utc = (instant: string): { dateTime: string; timeZone: string } => ({ dateTime: new Date(instant).toISOString().replace(/Z$/, ''), timeZone: 'UTC' });
const createdEventSchema = z.object({ id: z.string().min(1) });
const joinSchema = z.object({ onlineMeetingInfo: z.object({ joinWebUrl: z.string().nullish() }).nullish() });

/** The join link of a Teams meeting chat's online meeting (null when the chat has none). */
export async function getJoinUrlForChat(client: GraphClient, chatId: string): Promise<string | null> {
  const chat = joinSchema.safeParse(await client.get<unknown>(`/chats/${seg(chatId)}`));
  if (!chat.success) throw unexpectedAnswer('chat zonder vergaderinformatie', 'GET');
  return chat.data.onlineMeetingInfo?.joinWebUrl ?? null;
}

export interface NewMeeting {
  subject: string;
  html: string;
  start: string;
  end: string;
  attendee: { email: string; name: string };
  /** The same id on a retried POST returns the first event instead of a second one. */
  transactionId: string;
}

/** A meeting in the signed-in user's calendar with one attendee (`POST /me/events`). */
export async function createMeeting(client: GraphClient, m: NewMeeting): Promise<{ id: string }> {
  const event: Event = {
    subject: m.subject,
    body: { contentType: 'html', content: m.html },
    start: utc(m.start),
    end: utc(m.end),
    attendees: [{ emailAddress: { address: m.attendee.email, name: m.attendee.name }, type: 'required' }],
    allowNewTimeProposals: false,
    transactionId: m.transactionId,
  };
  const answer = createdEventSchema.safeParse(await client.post<unknown>('/me/events', event));
  if (!answer.success) throw unexpectedAnswer('afspraak zonder id', 'POST');
  return { id: answer.data.id };
}

/** Moves a meeting to a new start and end (`PATCH /me/events/{id}`); Outlook sends the attendee the update. */
export async function moveMeeting(client: GraphClient, eventId: string, start: string, end: string): Promise<void> {
  const patch: Event = { start: utc(start), end: utc(end) };
  await client.patch<unknown>(`/me/events/${seg(eventId)}`, patch);
}

/** Cancels a meeting with a message to its attendees (`POST /me/events/{id}/cancel`); one already gone counts as cancelled. */
export async function cancelMeeting(client: GraphClient, eventId: string, comment: string): Promise<void> {
  try {
    await client.post<unknown>(`/me/events/${seg(eventId)}/cancel`, { comment });
  } catch (err) {
    if (err instanceof GraphFailure && err.graph.status === 404) return;
    throw err;
  }
}
