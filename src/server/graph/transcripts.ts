/**
 * The transcript of a PO's Teams meeting: the online meeting found by the join URL of the meeting
 * chat (`GET /chats/{id}` -> `onlineMeetingInfo.joinWebUrl`, then
 * `GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'`), its transcripts
 * (`GET /me/onlineMeetings/{id}/transcripts`) and their WebVTT
 * (`GET …/transcripts/{id}/content?$format=text/vtt`). Needs the delegated permission
 * OnlineMeetingTranscript.Read.All or the app's resource-specific OnlineMeetingTranscript.Read.Chat.
 *
 * Graph answers 404 when there is no such meeting or transcript, 403 when the permission is
 * missing; a listed transcript whose content answers 404 is not ready yet.
 */
import { z } from 'zod';
import type { GraphClient } from './client';
import { GraphFailure, unexpectedAnswer } from './errors';

const seg = encodeURIComponent;

const chatSchema = z.object({ onlineMeetingInfo: z.object({ joinWebUrl: z.string().nullish() }).nullish() });
const meetingsSchema = z.object({ value: z.array(z.object({ id: z.string().min(1) })) });
const transcriptsSchema = z.object({
  value: z.array(z.object({ id: z.string().min(1), createdDateTime: z.string().nullish(), endDateTime: z.string().nullish() })),
  '@odata.nextLink': z.string().optional(),
});

/** A transcript's content as fetched: its id, when transcription started (Teams' clock), the VTT. */
export interface FetchedTranscript {
  id: string;
  createdDateTime: string | null;
  vtt: string;
}

export type TranscriptFetch =
  | { state: 'beschikbaar'; meetingId: string; transcripts: FetchedTranscript[]; pending: number }
  | { state: 'geen_vergadering' | 'geen_transcript' | 'nog_niet_beschikbaar' | 'geen_toestemming' };

const statusOf = (err: unknown): number | null => (err instanceof GraphFailure ? err.graph.status : null);

/** Reads a body that graph-client left as a stream (text/vtt is neither JSON nor a document to it). */
async function asText(body: unknown): Promise<string> {
  if (typeof body === 'string') return body;
  if (body instanceof ReadableStream) return new Response(body).text();
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return Buffer.from(body as ArrayBuffer).toString('utf8');
  if (body instanceof Blob) return body.text();
  throw unexpectedAnswer('transcript zonder WebVTT-tekst', 'GET');
}

/** The online meeting of a Teams meeting chat, by its join URL; null when there is none. */
export async function findMeetingOfChat(client: GraphClient, chatId: string): Promise<string | null> {
  try {
    return await meetingOfChat(client, chatId);
  } catch (err) {
    if (statusOf(err) === 404) return null;
    throw err;
  }
}

async function meetingOfChat(client: GraphClient, chatId: string): Promise<string | null> {
  const chat = chatSchema.safeParse(await client.get<unknown>(`/chats/${seg(chatId)}`));
  if (!chat.success) throw unexpectedAnswer('chat zonder gegevens', 'GET');
  const joinUrl = chat.data.onlineMeetingInfo?.joinWebUrl;
  if (!joinUrl) return null;
  const filter = `JoinWebUrl eq '${joinUrl.replace(/'/g, "''")}'`;
  const found = meetingsSchema.safeParse(await client.get<unknown>(`/me/onlineMeetings?$filter=${seg(filter)}`));
  if (!found.success) throw unexpectedAnswer('lijst van vergaderingen zonder value', 'GET');
  return found.data.value[0]?.id ?? null;
}

/** The transcripts of the meeting (id and start), oldest first. */
export async function listTranscripts(client: GraphClient, meetingId: string): Promise<{ id: string; createdDateTime: string | null }[]> {
  const found: { id: string; createdDateTime: string | null }[] = [];
  let path: string | null = `/me/onlineMeetings/${seg(meetingId)}/transcripts`;
  for (let page = 0; path; page++) {
    if (page >= 10) throw unexpectedAnswer('te veel transcripten', 'GET');
    const parsed = transcriptsSchema.safeParse(await client.get<unknown>(path));
    if (!parsed.success) throw unexpectedAnswer('lijst van transcripten zonder value', 'GET');
    found.push(...parsed.data.value.map((t) => ({ id: t.id, createdDateTime: t.createdDateTime ?? null })));
    const next = parsed.data['@odata.nextLink'];
    path = next ? client.relativePath(next) : null;
  }
  return found.sort((a, b) => Date.parse(a.createdDateTime ?? '') - Date.parse(b.createdDateTime ?? ''));
}

/** The WebVTT of one transcript; null while it is not ready (404 after being listed). */
export async function transcriptVtt(client: GraphClient, meetingId: string, transcriptId: string): Promise<string | null> {
  try {
    return await asText(await client.get<unknown>(`/me/onlineMeetings/${seg(meetingId)}/transcripts/${seg(transcriptId)}/content?$format=text/vtt`));
  } catch (err) {
    if (statusOf(err) === 404) return null;
    throw err;
  }
}

/**
 * Everything Graph has of the meeting chat's transcripts, as a state the notulist can read: the
 * contents that are ready, or why there is nothing (no meeting, no transcript, not ready, no
 * permission). Other failures (Graph down after the retries) are thrown.
 */
export async function fetchTranscripts(client: GraphClient, chatId: string): Promise<TranscriptFetch> {
  try {
    const meetingId = await findMeetingOfChat(client, chatId);
    if (!meetingId) return { state: 'geen_vergadering' };
    const listed = await listTranscripts(client, meetingId);
    if (listed.length === 0) return { state: 'geen_transcript' };
    const transcripts: FetchedTranscript[] = [];
    for (const t of listed) {
      const vtt = await transcriptVtt(client, meetingId, t.id);
      if (vtt !== null) transcripts.push({ id: t.id, createdDateTime: t.createdDateTime, vtt });
    }
    if (transcripts.length === 0) return { state: 'nog_niet_beschikbaar' };
    return { state: 'beschikbaar', meetingId, transcripts, pending: listed.length - transcripts.length };
  } catch (err) {
    const status = statusOf(err);
    if (status === 403 || (err instanceof GraphFailure && err.id === 'consent_required')) return { state: 'geen_toestemming' };
    if (status === 404) return { state: 'geen_transcript' };
    throw err;
  }
}
