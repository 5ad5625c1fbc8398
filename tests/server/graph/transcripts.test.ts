/** The meeting's transcripts through Graph, against the sandbox: lookup by join URL, list, WebVTT, errors. */
import { parseVtt } from '../../../src/domain';
import { demoVtt, meetingIdOf, toVtt } from '../../../src/sandbox/routes/transcripts';
import { fetchTranscripts, findMeetingOfChat, listTranscripts, transcriptVtt } from '../../../src/server/graph/transcripts';
import { mergeTranscripts } from '../../../src/server/transcript/source';
import { sandboxClient, useSandbox } from './helpers';

const sandbox = useSandbox();
const CHAT = "19:meeting_O'Brien_NjQ5@thread.v2";

describe('transcripts', () => {
  it('finds the meeting by the chat join URL (a quote in it escaped), lists its transcripts oldest first and reads their WebVTT', async () => {
    const client = sandboxClient(sandbox());
    sandbox().state.chat(CHAT);
    const vtt = toVtt([{ startMs: 3120, endMs: 7480, speaker: 'Jan de Vries', text: 'Goedemorgen <allemaal> & welkom' }]);
    sandbox().state.transcripts.add({
      chatId: CHAT,
      createdDateTime: '2026-03-02T09:30:00.000Z',
      endDateTime: '2026-03-02T10:00:00.000Z',
      vtt: 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Eva>Tweede deel.</v>\n',
    });
    sandbox().state.transcripts.add({ chatId: CHAT, createdDateTime: '2026-03-02T09:00:00.000Z', endDateTime: '2026-03-02T09:29:00.000Z', vtt });

    const meetingId = await findMeetingOfChat(client, CHAT);
    expect(meetingId).toBe(meetingIdOf(CHAT));
    const listed = await listTranscripts(client, meetingId ?? '');
    expect(listed.map((t) => t.createdDateTime)).toEqual(['2026-03-02T09:00:00.000Z', '2026-03-02T09:30:00.000Z']);
    const text = await transcriptVtt(client, meetingId ?? '', listed[0]?.id ?? '');
    expect(parseVtt(text ?? '')).toEqual([{ startMs: 3120, endMs: 7480, speaker: 'Jan de Vries', text: 'Goedemorgen <allemaal> & welkom' }]);
    const request = sandbox().state.requests.find((r) => r.path.endsWith('/content'));
    expect(request?.method).toBe('GET');

    // Two transcripts of one meeting on the first one's clock.
    const fetched = await fetchTranscripts(client, CHAT);
    if (fetched.state !== 'beschikbaar') throw new Error(fetched.state);
    const merged = mergeTranscripts(fetched.transcripts);
    expect(merged.startAt).toBe('2026-03-02T09:00:00.000Z');
    expect(merged.cues.map((c) => [c.startMs, c.text])).toEqual([
      [3120, 'Goedemorgen <allemaal> & welkom'],
      [30 * 60_000 + 1000, 'Tweede deel.'],
    ]);
  });

  it('names each case Graph answers: no transcript (the sandbox makes a chat on first use), not ready (also when only one of two is), no permission; Graph down stays an error', async () => {
    const client = sandboxClient(sandbox());
    expect(await fetchTranscripts(client, '19:meeting_onbekend@thread.v2')).toEqual({ state: 'geen_transcript' });
    sandbox().state.chats.clear();
    sandbox().state.chat(CHAT);
    expect(await fetchTranscripts(client, CHAT)).toEqual({ state: 'geen_transcript' });
    sandbox().state.transcripts.add({ chatId: CHAT, createdDateTime: '2026-03-02T09:00:00.000Z', endDateTime: '2026-03-02T10:00:00.000Z', vtt: null });
    expect(await fetchTranscripts(client, CHAT)).toEqual({ state: 'nog_niet_beschikbaar' });
    sandbox().state.transcripts.add({ chatId: CHAT, createdDateTime: '2026-03-02T10:00:00.000Z', endDateTime: '2026-03-02T10:30:00.000Z', vtt: demoVtt(1) });
    expect(await fetchTranscripts(client, CHAT)).toMatchObject({ state: 'beschikbaar', pending: 1 });
    sandbox().inject({ status: 403, pathIncludes: '/onlineMeetings' });
    expect(await fetchTranscripts(client, CHAT)).toEqual({ state: 'geen_toestemming' });
    sandbox().inject({ status: 503, pathIncludes: '/transcripts', times: 10 });
    await expect(fetchTranscripts(sandboxClient(sandbox(), { maxRetries: 1 }), CHAT)).rejects.toMatchObject({ id: 'graph_failed' });
  });

  it('the demo transcript is realistic: an hour of cues, several speakers, some overlapping', () => {
    const cues = parseVtt(demoVtt(60));
    expect(cues.length).toBeGreaterThan(500);
    expect(new Set(cues.map((c) => c.speaker)).size).toBeGreaterThanOrEqual(4);
    expect(cues.some((c, i) => i > 0 && c.startMs < (cues[i - 1]?.endMs ?? 0))).toBe(true);
    expect(cues.at(-1)?.startMs).toBeLessThan(60 * 60_000);
  });
});
