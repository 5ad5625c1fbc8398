/**
 * Meeting transcripts as Graph serves them:
 * - `GET /me/onlineMeetings?$filter=JoinWebUrl eq '<url>'`: the meeting of a chat's join URL
 *   (an empty list when there is none);
 * - `GET /me/onlineMeetings/{id}/transcripts`: `{ id, meetingId, createdDateTime, endDateTime }`
 *   (404 for an unknown meeting);
 * - `GET /me/onlineMeetings/{id}/transcripts/{id}/content?$format=text/vtt`: WebVTT, or 404 while
 *   the content is not ready yet.
 * A missing permission is an injected 403 fault (`/_sandbox/faults` with `pathIncludes: '/transcripts'`).
 *
 * Control (no token): `POST /_sandbox/transcripts` `{ chatId, createdDateTime?, vtt | null }` adds
 * a transcript to the chat's meeting (`vtt: null`: listed, content not ready; no `vtt` given: a
 * realistic demo transcript of an hour); `DELETE /_sandbox/transcripts` removes them all.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { badRequest, notFound } from '../errors';
import type { SandboxState } from '../state';

export interface SandboxTranscript {
  id: string;
  chatId: string;
  createdDateTime: string;
  endDateTime: string;
  /** null: listed, but the content is not ready yet. */
  vtt: string | null;
}

/** The transcripts the sandbox holds, per meeting chat. */
export class TranscriptStore {
  private readonly byChat = new Map<string, SandboxTranscript[]>();

  add(t: Omit<SandboxTranscript, 'id'>): SandboxTranscript {
    const list = this.byChat.get(t.chatId) ?? [];
    const full = { ...t, id: `MSMjMCMj${createHash('sha256').update(`${t.chatId}:${list.length}`).digest('base64url').slice(0, 40)}` };
    this.byChat.set(t.chatId, [...list, full]);
    return full;
  }

  of(chatId: string): SandboxTranscript[] {
    return this.byChat.get(chatId) ?? [];
  }

  clear(): void {
    this.byChat.clear();
  }
}

/** The online meeting id Graph would give the meeting of this chat (base64 of organiser and thread). */
export const meetingIdOf = (chatId: string): string => Buffer.from(`1*sandbox-user*0**${chatId}`).toString('base64url');
const chatOfMeeting = (meetingId: string): string | null => {
  const raw = Buffer.from(meetingId, 'base64url').toString();
  return raw.startsWith('1*sandbox-user*0**') ? raw.slice('1*sandbox-user*0**'.length) : null;
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const vttTime = (raw: number): string => {
  const ms = Math.max(0, Math.round(raw));
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

/** WebVTT as Teams writes it: an id line per cue, `<v Speaker>` spans. */
export function toVtt(cues: { startMs: number; endMs: number; speaker: string; text: string }[]): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    'WEBVTT',
    '',
    ...cues.map(
      (c, i) =>
        `${createHash('md5').update(String(i)).digest('hex').slice(0, 8)}-${i}/${i + 10}\n${vttTime(c.startMs)} --> ${vttTime(c.endMs)}\n<v ${c.speaker}>${escape(c.text)}</v>\n`,
    ),
  ].join('\n');
}

const SPEAKERS = ['Bram Visser', 'Eva Jansen', 'Tim de Boer', 'Noor El Amrani', 'Carla Smit'];
const LINES = [
  'Dank je wel, dan gaan we verder.',
  'Ik wil hier graag even op reageren.',
  'De stukken zijn op tijd aangeleverd en getoetst.',
  'Wat betekent dit voor de planning richting het college?',
  'We hebben nog twee varianten uitgewerkt.',
  'De raad heeft hier vorig jaar een motie over aangenomen.',
  'Kunnen we dat als actiepunt noteren?',
  'Ik zeg toe dat we dat voor de zomer terugkoppelen.',
  'Het budget is toereikend, maar het is krap.',
  'Eens, laten we dat zo doen.',
];

/** A realistic transcript: `minutes` long, turns of speakers every few seconds, some overlapping. */
export function demoVtt(minutes = 60): string {
  const cues: { startMs: number; endMs: number; speaker: string; text: string }[] = [];
  let t = 2_000;
  for (let i = 0; t < minutes * 60_000; i++) {
    const length = 2_500 + ((i * 7919) % 6_000);
    const speaker = SPEAKERS[(i * 3 + (i >> 2)) % SPEAKERS.length] ?? 'Onbekend';
    cues.push({ startMs: t, endMs: t + length, speaker, text: LINES[(i * 13) % LINES.length] ?? '' });
    // Every fifth cue someone else talks through the end of it.
    t += i % 5 === 4 ? length - 800 : length + 300;
  }
  return toVtt(cues);
}

const addSchema = z.strictObject({
  chatId: z.string().min(1).max(500),
  createdDateTime: z.string().datetime({ offset: true }).optional(),
  endDateTime: z.string().datetime({ offset: true }).optional(),
  vtt: z.string().max(5_000_000).nullable().optional(),
});

export function transcriptRoutes(app: FastifyInstance, state: SandboxState): void {
  const meetingOf = (meetingId: string): string => {
    const chatId = chatOfMeeting(meetingId);
    if (!chatId || !state.chats.has(chatId)) throw notFound('The requested online meeting was not found.', 'NotFound');
    return chatId;
  };
  const present = (t: SandboxTranscript): Record<string, unknown> => ({
    id: t.id,
    meetingId: meetingIdOf(t.chatId),
    callId: null,
    contentCorrelationId: t.id.slice(8, 44),
    transcriptContentUrl: `${state.baseUrl}/v1.0/users/sandbox-user/onlineMeetings/${meetingIdOf(t.chatId)}/transcripts/${t.id}/content`,
    createdDateTime: t.createdDateTime,
    endDateTime: t.endDateTime,
    meetingOrganizer: { user: { id: 'sandbox-user', displayName: 'Sandbox-gebruiker' } },
  });

  app.get<{ Querystring: { $filter?: string } }>('/v1.0/me/onlineMeetings', async (request) => {
    const m = /^\s*JoinWebUrl\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(request.query.$filter ?? '');
    if (!m) throw badRequest("Filter on JoinWebUrl is required, e.g. $filter=JoinWebUrl eq '<url>'.");
    const url = (m[1] ?? '').replace(/''/g, "'");
    const chat = [...state.chats.values()].find((c) => c.onlineMeetingInfo?.joinWebUrl === url);
    const value = chat?.id ? [{ id: meetingIdOf(chat.id), joinWebUrl: url, subject: chat.topic, chatInfo: { threadId: chat.id } }] : [];
    return { '@odata.context': `${state.baseUrl}/v1.0/$metadata#users('sandbox-user')/onlineMeetings`, value };
  });

  app.get<{ Params: { meetingId: string } }>('/v1.0/me/onlineMeetings/:meetingId/transcripts', async (request) => {
    const chatId = meetingOf(request.params.meetingId);
    return {
      '@odata.context': `${state.baseUrl}/v1.0/$metadata#users('sandbox-user')/onlineMeetings('${request.params.meetingId}')/transcripts`,
      value: state.transcripts.of(chatId).map(present),
    };
  });

  app.get<{ Params: { meetingId: string; transcriptId: string } }>(
    '/v1.0/me/onlineMeetings/:meetingId/transcripts/:transcriptId/content',
    async (request, reply) => {
      const chatId = meetingOf(request.params.meetingId);
      const t = state.transcripts.of(chatId).find((x) => x.id === request.params.transcriptId);
      if (!t) throw notFound('The requested transcript was not found.', 'NotFound');
      if (t.vtt === null) throw notFound('The transcript content is not available yet.', 'NotFound');
      return reply.type('text/vtt').send(t.vtt);
    },
  );

  app.post('/_sandbox/transcripts', async (request, reply) => {
    const parsed = addSchema.safeParse(request.body);
    if (!parsed.success) throw badRequest(`Invalid transcript: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
    const { chatId, vtt } = parsed.data;
    state.chat(chatId);
    const created = parsed.data.createdDateTime ?? new Date().toISOString();
    const text = vtt === undefined ? demoVtt() : vtt;
    const end = parsed.data.endDateTime ?? new Date(Date.parse(created) + 3_600_000).toISOString();
    const added = state.transcripts.add({ chatId, createdDateTime: new Date(created).toISOString(), endDateTime: new Date(end).toISOString(), vtt: text });
    return reply.code(201).send(present(added));
  });

  app.delete('/_sandbox/transcripts', async (_request, reply) => {
    state.transcripts.clear();
    return reply.code(204).send();
  });
}
