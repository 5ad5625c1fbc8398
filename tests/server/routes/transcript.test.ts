/**
 * What was said per agendapunt (issue 17): the sandbox's transcripts of a meeting run through the
 * API, sliced by the server's timeline; Graph's error cases as states; the read policy; audit;
 * boundary moves; retention.
 */
import { randomUUID } from 'node:crypto';
import { toVtt } from '../../../src/sandbox/routes/transcripts';
import { presentTranscript } from '../../../src/server/transcript/present';
import { purgeExpiredTranscripts } from '../../../src/server/transcript/purge';
import { sliceTranscript } from '../../../src/domain';
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, MEDEWERKER, NOTULIST, OPDRACHTNEMER, PH, startedPo } from '../helpers/factories';

const MIN = 60_000;
type ErrorBody = { error: { id: string; message: string; problems: { path: string; message: string }[] } };
interface TranscriptBody {
  state: string;
  source: string | null;
  stored: boolean;
  incomplete: boolean;
  alignment: { offsetMs: number; on: string } | null;
  turns: { index: number; agendapuntId: string; from: string; to: string; moved: boolean }[];
  items: {
    agendapuntId: string;
    number: string;
    title: string;
    vertrouwelijk: boolean;
    readable: boolean;
    turns: unknown[];
    cues: { start: string; speaker: string; text: string }[];
    speakingTime: { speaker: string; seconds: number }[];
  }[];
  outsideCount: number;
}

/**
 * A PO run through the API: beeld 0-5 min, besluit 5-12, geheim 12-15, beeld again 15-20, ended at
 * 20. Teams started transcribing 30 s before the PO was started in the app.
 */
async function meetingWithTranscript(s: TestServer, opts: { vtt?: string | null; link?: boolean } = {}) {
  const t0 = Date.parse('2026-03-02T09:00:00.000Z') + Math.floor(Math.random() * 1000) * 3 * 3_600_000;
  const at = (m: number): Date => new Date(t0 + m * MIN);
  s.setNow(at(0));
  const { po, items } = await startedPo(s);
  const chatId = `19:meeting_${randomUUID()}@thread.v2`;
  if (opts.link !== false) await expectOk(s.api('PATCH', `/api/pos/${po.id}`, { as: CA, body: { teamsMeetingChatId: chatId } }));
  const turn = async (m: number, itemId: string): Promise<void> => {
    s.setNow(at(m));
    await expectOk(s.api('PUT', `/api/pos/${po.id}/vergadering/huidig-agendapunt`, { as: NOTULIST, body: { agendapuntId: itemId } }));
  };
  await turn(5, items.besluit);
  await turn(12, items.geheim);
  await turn(15, items.beeld);
  s.setNow(at(20));
  await expectOk(s.api('POST', `/api/pos/${po.id}/vergadering/beeindigen`, { as: NOTULIST }));
  s.setNow(at(30));
  const lead = 0.5; // minutes Teams ran ahead of the start
  const cue = (m: number, len: number, speaker: string, text: string) => ({ startMs: (m + lead) * MIN, endMs: (m + lead + len) * MIN, speaker, text });
  const vtt =
    opts.vtt !== undefined
      ? opts.vtt
      : toVtt([
          cue(-0.4, 0.2, 'Bram Visser', 'Zijn we er allemaal?'),
          cue(1, 1, 'Tim de Boer', 'De woningbouw ligt op schema.'),
          cue(4.5, 0.4, 'Bram Visser', 'Dan het uitvoeringsplan.'),
          cue(6, 2, 'Fatima Yilmaz', 'Wij stellen voor in te stemmen met het plan.'),
          cue(7, 1, 'Eva Jansen', 'Eens, met één kanttekening.'),
          cue(13, 1, 'Tim de Boer', 'Het bod op de Zeeweg is 2,1 miljoen.'),
          cue(16, 1, 'Tim de Boer', 'Nog één ding over de woningbouw.'),
          cue(21, 0.5, 'Bram Visser', 'Dank jullie wel.'),
        ]);
  if (opts.link !== false) {
    s.sandbox.state.chat(chatId);
    s.sandbox.state.transcripts.add({ chatId, createdDateTime: new Date(t0 - lead * MIN).toISOString(), endDateTime: at(21).toISOString(), vtt });
  }
  return { po, items, chatId, t0, at };
}

const read = (s: TestServer, poId: string, as = NOTULIST) => s.api<TranscriptBody & ErrorBody>('GET', `/api/pos/${poId}/transcript`, { as });
const texts = (body: TranscriptBody, itemId: string): string[] => body.items.find((i) => i.agendapuntId === itemId)?.cues.map((c) => c.text) ?? [];

describe('transcript per agendapunt', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });
  afterEach(() => {
    s.sandbox.clearFaults();
    s.setNow(new Date());
  });

  test('slices the sandbox transcript by the timeline, with a return to an item and the speaking time per person', async () => {
    const { po, items } = await meetingWithTranscript(s);
    const res = await read(s, po.id);
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body).toMatchObject({ state: 'beschikbaar', source: 'teams', stored: false, incomplete: false, outsideCount: 2 });
    // "Dan het uitvoeringsplan." was said 30 s before the button: it stays with the item before
    // (the notulist can move that boundary, below).
    expect(texts(body, items.beeld)).toEqual(['De woningbouw ligt op schema.', 'Dan het uitvoeringsplan.', 'Nog één ding over de woningbouw.']);
    expect(texts(body, items.besluit)).toEqual(['Wij stellen voor in te stemmen met het plan.', 'Eens, met één kanttekening.']);
    expect(texts(body, items.oordeel)).toEqual([]);
    expect(body.items.find((i) => i.agendapuntId === items.oordeel)?.turns).toEqual([]);
    expect(body.items.find((i) => i.agendapuntId === items.beeld)?.turns).toHaveLength(2);
    expect(body.items.find((i) => i.agendapuntId === items.besluit)?.speakingTime).toEqual([
      { speaker: 'Fatima Yilmaz', seconds: 120 },
      { speaker: 'Eva Jansen', seconds: 60 },
    ]);
    // The confidential item: its excerpt for the notulist (entitled), marked.
    const geheim = body.items.find((i) => i.agendapuntId === items.geheim);
    expect(geheim).toMatchObject({ vertrouwelijk: true, readable: true });
    expect(geheim?.cues.map((c) => c.text)).toEqual(['Het bod op de Zeeweg is 2,1 miljoen.']);
    expect(body.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    // The concernadviseur reads it too.
    expect((await read(s, po.id, CA)).status).toBe(200);
  });

  test('every read is audited, without the words; the words are not in the verslag', async () => {
    const { po } = await meetingWithTranscript(s);
    await expectOk(read(s, po.id));
    const rows = await s.deps.db.query<{ action: string; result: string; actor_id: string; after: Record<string, unknown> }>(
      "SELECT action, result, actor_id, after FROM audit_log WHERE po_id = $1 AND action = 'transcript.lezen'",
      [po.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ result: 'geslaagd', actor_id: NOTULIST, after: { toestand: 'beschikbaar', bron: 'teams', fragmenten: 6 } });
    const everything = JSON.stringify(await s.deps.db.query('SELECT * FROM audit_log WHERE po_id = $1', [po.id]));
    expect(everything).not.toContain('Zeeweg is 2,1');
    expect(everything).not.toContain('woningbouw ligt');
    const verslag = await expectOk(s.api('GET', `/api/pos/${po.id}/verslag`, { as: NOTULIST }));
    const preview = await expectOk(s.api('GET', `/api/pos/${po.id}/verslag/voorbeeld`, { as: NOTULIST }));
    expect(JSON.stringify([verslag, preview])).not.toContain('woningbouw ligt');
  });

  test('only the notulist and the concernadviseur: the portefeuillehouder, an opdrachtnemer and an outsider get 403', async () => {
    const { po } = await meetingWithTranscript(s);
    for (const as of [PH, OPDRACHTNEMER, MEDEWERKER]) {
      const res = await read(s, po.id, as);
      expect(res.status).toBe(403);
      expect(res.body.error.id).toBe('forbidden');
      expect(JSON.stringify(res.body)).not.toContain('woningbouw');
    }
    const moved = await s.api<ErrorBody>('PUT', `/api/pos/${po.id}/transcript/grenzen/1`, { as: PH, body: { at: new Date().toISOString() } });
    expect(moved.status).toBe(403);
    const refusals = await s.deps.db.query<{ actor_id: string }>(
      "SELECT actor_id FROM audit_log WHERE po_id = $1 AND action = 'transcript.lezen' AND result = 'geweigerd' ORDER BY id",
      [po.id],
    );
    expect(refusals.map((r) => r.actor_id)).toEqual([PH, OPDRACHTNEMER, MEDEWERKER]);
    expect((await s.api<ErrorBody>('GET', `/api/pos/${randomUUID()}/transcript`, { as: NOTULIST })).status).toBe(404);
  });

  test('an excerpt of an item the reader may not read carries no words', () => {
    const slice = sliceTranscript({
      cues: [{ startMs: 1000, endMs: 2000, speaker: 'Tim', text: 'Het geheime bod.' }],
      transcriptStartMs: 0,
      turns: [{ itemId: 'g', fromMs: 0, toMs: 10_000 }],
      items: [{ id: 'g', number: '1', title: 'Grondaankoop' }],
    });
    const view = presentTranscript(slice, [{ id: 'g', number: '1', title: 'Grondaankoop', vertrouwelijk: true }], () => false, {
      source: 'teams',
      stored: false,
      retentionDays: 0,
      incomplete: false,
    });
    expect(view.items[0]).toMatchObject({ readable: false, title: 'Vertrouwelijk agendapunt', cues: [], speakingTime: [] });
    expect(JSON.stringify(view)).not.toContain('geheime');
  });

  test('states for no linked meeting, no transcript, not yet available, and permission missing', async () => {
    const unlinked = await meetingWithTranscript(s, { link: false });
    expect((await expectOk(read(s, unlinked.po.id))).state).toBe('geen_vergadering');

    const none = await meetingWithTranscript(s, { link: false });
    const chatId = `19:meeting_${randomUUID()}@thread.v2`;
    await expectOk(s.api('PATCH', `/api/pos/${none.po.id}`, { as: CA, body: { teamsMeetingChatId: chatId } }));
    s.sandbox.state.chat(chatId);
    expect((await expectOk(read(s, none.po.id))).state).toBe('geen_transcript');

    const pending = await meetingWithTranscript(s, { vtt: null });
    expect((await expectOk(read(s, pending.po.id))).state).toBe('nog_niet_beschikbaar');

    const denied = await meetingWithTranscript(s);
    s.sandbox.inject({ status: 403, pathIncludes: '/transcripts', times: 5 });
    const res = await expectOk(read(s, denied.po.id));
    expect(res).toMatchObject({ state: 'geen_toestemming', items: [] });
    const audit = await s.deps.db.query<{ after: { toestand: string } }>("SELECT after FROM audit_log WHERE po_id = $1 AND action = 'transcript.lezen'", [
      denied.po.id,
    ]);
    expect(audit.map((a) => a.after.toestand)).toEqual(['geen_toestemming']);
  });

  test('before the meeting ends there is no transcript to read (409)', async () => {
    s.setNow(new Date());
    const { po } = await startedPo(s);
    const res = await read(s, po.id);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/na afloop van de vergadering/);
  });

  test('the notulist moves a boundary: kept, audited, applied; a boundary outside its neighbours is refused naming the field', async () => {
    const { po, items, at } = await meetingWithTranscript(s);
    const moved = await s.api<TranscriptBody>('PUT', `/api/pos/${po.id}/transcript/grenzen/1`, { as: NOTULIST, body: { at: at(4.4).toISOString() } });
    expect(moved.status).toBe(200);
    expect(texts(moved.body, items.besluit)[0]).toBe('Dan het uitvoeringsplan.');
    expect(moved.body.turns[1]).toMatchObject({ moved: true, from: at(4.4).toISOString() });
    expect(texts(await expectOk(read(s, po.id, CA)), items.besluit)[0]).toBe('Dan het uitvoeringsplan.');
    const audit = await s.deps.db.query<{ before: unknown; after: unknown }>(
      "SELECT before, after FROM audit_log WHERE po_id = $1 AND action = 'transcript.grens_verplaatsen'",
      [po.id],
    );
    expect(audit).toEqual([{ before: { at: at(5).toISOString() }, after: { at: at(4.4).toISOString() } }]);

    const late = await s.api<ErrorBody>('PUT', `/api/pos/${po.id}/transcript/grenzen/1`, { as: NOTULIST, body: { at: at(13).toISOString() } });
    expect(late.status).toBe(400);
    expect(late.body.error.problems[0]).toMatchObject({ path: 'body.at' });
    expect(late.body.error.message).toMatch(/na het einde/);
    const first = await s.api<ErrorBody>('PUT', `/api/pos/${po.id}/transcript/grenzen/0`, { as: NOTULIST, body: { at: at(1).toISOString() } });
    expect(first.status).toBe(400);
    expect(first.body.error.problems[0]?.path).toBe('params.turnIndex');
    const bad = await s.api<ErrorBody>('PUT', `/api/pos/${po.id}/transcript/grenzen/1`, { as: NOTULIST, body: { at: 'straks' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0]?.path).toBe('body.at');
    // Back to the original time: the move is gone.
    const back = await expectOk(s.api<TranscriptBody>('PUT', `/api/pos/${po.id}/transcript/grenzen/1`, { as: NOTULIST, body: { at: at(5).toISOString() } }));
    expect(back.turns[1]?.moved).toBe(false);
  });
});

describe('transcript retention', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ TRANSCRIPT_RETENTION_DAYS: 2 });
  });
  afterAll(async () => {
    await s.close();
  });

  test('kept after the first fetch, served from the store, and removed two days after publication', async () => {
    const { po, at } = await meetingWithTranscript(s);
    const first = await expectOk(read(s, po.id));
    expect(first).toMatchObject({ source: 'teams', stored: true });
    s.sandbox.state.transcripts.clear();
    const second = await expectOk(read(s, po.id));
    expect(second).toMatchObject({ source: 'opgeslagen', stored: true });
    expect(second.items).toEqual(first.items);

    s.setNow(at(60));
    expect((await s.api('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: {} })).status).toBe(200);
    const published = (await s.deps.db.query<{ published_at: Date }>('SELECT published_at FROM verslag_versions WHERE po_id = $1', [po.id]))[0]?.published_at;
    const count = async (): Promise<number> =>
      Number((await s.deps.db.query<{ n: string }>('SELECT count(*) AS n FROM transcripts WHERE po_id = $1', [po.id]))[0]?.n);
    s.setNow(new Date(new Date(published ?? 0).getTime() + 47 * 3_600_000));
    await purgeExpiredTranscripts(s.deps);
    expect(await count()).toBe(1);
    s.setNow(new Date(new Date(published ?? 0).getTime() + 49 * 3_600_000));
    await purgeExpiredTranscripts(s.deps);
    expect(await count()).toBe(0);
    // Not stored again after the retention: fetched on demand (nothing is left in the sandbox now).
    expect((await expectOk(read(s, po.id))).state).toBe('geen_transcript');
    expect(await count()).toBe(0);
    s.setNow(new Date());
  });

  test('a PO that is never published keeps its copy no longer than 30 days after the fetch', async () => {
    const { po } = await meetingWithTranscript(s);
    expect(await expectOk(read(s, po.id))).toMatchObject({ source: 'teams', stored: true });
    const fetchedAt = (await s.deps.db.query<{ fetched_at: Date }>('SELECT fetched_at FROM transcripts WHERE po_id = $1', [po.id]))[0]?.fetched_at;
    const count = async (): Promise<number> =>
      Number((await s.deps.db.query<{ n: string }>('SELECT count(*) AS n FROM transcripts WHERE po_id = $1', [po.id]))[0]?.n);
    s.setNow(new Date(new Date(fetchedAt ?? 0).getTime() + 29 * 24 * 3_600_000));
    await purgeExpiredTranscripts(s.deps);
    expect(await count()).toBe(1);
    s.setNow(new Date(new Date(fetchedAt ?? 0).getTime() + 31 * 24 * 3_600_000));
    await purgeExpiredTranscripts(s.deps);
    expect(await count()).toBe(0);
    s.setNow(new Date());
  });
});
