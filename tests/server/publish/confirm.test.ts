/**
 * The way out of an uncertain publication when the channel stays unreadable: someone who may
 * publish checks the channel and says whether the post is there (`publish/confirm.ts`). Nothing is
 * ever posted twice by the app: "it is there" continues without posting it again, "it is not
 * there" posts it once more, once.
 */
import { SANDBOX_CHANNEL_ID } from '../../../src/server/graphPort';
import { partMarker } from '../../../src/server/render';
import type { PublicationView } from '../../../src/shared/contract/views';
import { startTestServer, type TestServer } from '../helpers/server';
import { CA, expectOk, MEDEWERKER, NOTULIST, OPDRACHTNEMER, PH, record } from '../helpers/factories';
import { channelOf, closedPo, count, longPo, messagesFor, publicationStatuses, publish, repliesTo, withMarker, type ErrorBody } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});
afterEach(() => s.sandbox.clearFaults());

type Decision = { geplaatst: boolean; messageUrl?: string; stap?: string };
const stand = (poId: string, as = NOTULIST) => s.api<PublicationView & ErrorBody>('GET', `/api/pos/${poId}/verslag/publicatie`, { as });
const confirm = (poId: string, body: Decision, as = NOTULIST) =>
  s.api<PublicationView & ErrorBody & { error: { problems: { path: string }[] } }>('POST', `/api/pos/${poId}/verslag/publicatie/bevestigen`, { as, body });
const poStatus = async (poId: string) => (await expectOk(s.api<{ status: string }>('GET', `/api/pos/${poId}`, { as: NOTULIST }))).status;
/** The link Teams copies for a channel message (a reply: its own id, and the message it is under). */
const teamsLink = (id: string, parent = id) =>
  `https://teams.microsoft.com/l/message/${encodeURIComponent(SANDBOX_CHANNEL_ID)}/${id}?tenantId=t&groupId=g&parentMessageId=${parent}&createdTime=${id}`;

async function auditDecisions(poId: string): Promise<unknown[]> {
  const rows = await s.deps.db.query<{ after: unknown }>(
    `SELECT after FROM audit_log WHERE po_id = $1 AND action = 'verslag.publicatie_bevestigen' ORDER BY at`,
    [poId],
  );
  return rows.map((r) => r.after);
}

/** Posting is allowed, reading the channel is not: every recovery read answers 403. */
const refuseReads = (path = '/messages') => s.sandbox.inject({ status: 403, pathIncludes: path, method: 'GET', times: 1_000 });

describe('the message is uncertain and the channel cannot be read', () => {
  test('"it is there": the PO is published with exactly one message, not posted again; the link gives the message id', async () => {
    const { po } = await closedPo(s);
    const posts = count(s, 'POST', '/messages');
    s.sandbox.inject({ dropAfterSuccess: '504', pathIncludes: '/messages', method: 'POST' });
    refuseReads();
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');

    const before = await expectOk(stand(po.id));
    expect(before).toMatchObject({
      status: 'onzeker',
      version: 1,
      kind: 'verslag',
      mayConfirm: true,
      uncertain: { step: 'bericht', post: 'bericht', needsLink: false },
    });
    const [message] = messagesFor(s, po.id);
    const link = teamsLink(message?.id ?? '');
    const after = await expectOk(confirm(po.id, { geplaatst: true, messageUrl: link, stap: 'bericht' }));
    expect(after).toMatchObject({ status: 'onzeker', uncertain: null });
    expect(await auditDecisions(po.id)).toEqual([{ beslissing: 'staat in het kanaal', stap: 'bericht', stapStatus: 'klaar', messageUrl: link }]);

    // The channel is still unreadable: the next publish continues without looking or posting.
    const done = await expectOk(publish(s, po.id));
    expect(done.version).toBe(1);
    expect(done.webUrl).toBe(link);
    expect(count(s, 'POST', '/messages') - posts).toBe(1);
    expect(messagesFor(s, po.id)).toHaveLength(1);
    expect(await poStatus(po.id)).toBe('gepubliceerd');
    expect(await publicationStatuses(s, po.id)).toEqual(['geplaatst']);
    const [version] = await s.deps.db.query<{ message_id: string }>('SELECT message_id FROM verslag_versions WHERE po_id = $1', [po.id]);
    expect(version?.message_id).toBe(message?.id);
    expect((await expectOk(stand(po.id))).status).toBe('geplaatst');
    // Nothing is uncertain any more.
    expect((await confirm(po.id, { geplaatst: true })).status).toBe(409);
  });

  test('"it is there" without a link: published without the message\'s link, still one message', async () => {
    const { po } = await closedPo(s);
    s.sandbox.inject({ dropAfterSuccess: 'destroy', pathIncludes: '/messages', method: 'POST' });
    refuseReads();
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');
    await expectOk(confirm(po.id, { geplaatst: true }));
    const done = await expectOk(publish(s, po.id));
    expect(done.webUrl).toBeNull();
    expect(messagesFor(s, po.id)).toHaveLength(1);
    expect(await poStatus(po.id)).toBe('gepubliceerd');
  });

  test('"it is not there": the next publish posts it exactly once; the uncertain send is never sent again', async () => {
    const { po } = await closedPo(s);
    const posts = count(s, 'POST', '/messages');
    // The POST is not applied and not answered (504): nothing reached the channel.
    s.sandbox.inject({ status: 504, pathIncludes: '/messages', method: 'POST' });
    refuseReads();
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');
    expect(messagesFor(s, po.id)).toHaveLength(0);

    const after = await expectOk(confirm(po.id, { geplaatst: false, stap: 'bericht' }));
    expect(after.uncertain).toBeNull();
    expect(await auditDecisions(po.id)).toEqual([
      { beslissing: 'staat niet in het kanaal: opnieuw plaatsen', stap: 'bericht', stapStatus: 'vervallen', opnieuw: 'bericht#2' },
    ]);
    expect(count(s, 'POST', '/messages') - posts).toBe(1);

    const done = await expectOk(publish(s, po.id));
    expect(done.version).toBe(1);
    expect(count(s, 'POST', '/messages') - posts).toBe(2);
    expect(messagesFor(s, po.id)).toHaveLength(1);
    expect(withMarker(messagesFor(s, po.id), `Verslagversie: ${done.versionId}`)).toBe(1);
    expect(await poStatus(po.id)).toBe('gepubliceerd');
    const steps = await s.deps.db.query<{ step: string; status: string }>('SELECT step, status FROM graph_steps WHERE run_id = $1 ORDER BY position, step', [
      done.versionId,
    ]);
    expect(steps.map((r) => `${r.step}:${r.status}`)).toEqual(['bestand:klaar', 'bericht:vervallen', 'bericht#2:klaar']);
  });

  test('when the resend is uncertain too, it can be settled again, and nothing is posted a third time', async () => {
    const { po } = await closedPo(s);
    s.sandbox.inject({ status: 504, pathIncludes: '/messages', method: 'POST' });
    refuseReads();
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');
    await expectOk(confirm(po.id, { geplaatst: false }));
    s.sandbox.inject({ dropAfterSuccess: '504', pathIncludes: '/messages', method: 'POST' });
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');
    expect((await expectOk(stand(po.id))).uncertain?.step).toBe('bericht#2');
    // A decision about the step seen earlier is refused: the user saw another one.
    expect((await confirm(po.id, { geplaatst: true, stap: 'bericht' })).status).toBe(409);
    await expectOk(confirm(po.id, { geplaatst: true, stap: 'bericht#2' }));
    await expectOk(publish(s, po.id));
    expect(messagesFor(s, po.id)).toHaveLength(1);
  });
});

describe('a thread', () => {
  test('an uncertain message with replies to follow needs its link; with it, the replies go under it, each once', async () => {
    const po = await longPo(s, { items: 8 });
    s.sandbox.inject({ dropAfterSuccess: '504', pathIncludes: '/messages', method: 'POST' });
    refuseReads();
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');
    expect((await expectOk(stand(po.id))).uncertain).toMatchObject({ step: 'bericht', needsLink: true });

    const noLink = await confirm(po.id, { geplaatst: true });
    expect(noLink.status).toBe(400);
    expect(noLink.body.error.problems[0]?.path).toBe('body.messageUrl');
    const [message] = messagesFor(s, po.id);
    const id = message?.id ?? '';
    const other = await confirm(po.id, { geplaatst: true, messageUrl: teamsLink(id).replace(encodeURIComponent(SANDBOX_CHANNEL_ID), 'ander-kanaal') });
    expect(other.status).toBe(400);
    expect((await confirm(po.id, { geplaatst: true, messageUrl: 'javascript:alert(1)' })).status).toBe(400);

    await expectOk(confirm(po.id, { geplaatst: true, messageUrl: teamsLink(id) }));
    const done = await expectOk(publish(s, po.id));
    const replies = repliesTo(s, id);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(messagesFor(s, po.id)).toHaveLength(1);
    for (let n = 1; n <= replies.length; n++) expect(withMarker(replies, partMarker(done.versionId, n, replies.length))).toBe(1);
  });

  test('an uncertain reply, "not there": posted once more under the same message; its resend uncertain, "there": not again', async () => {
    const po = await longPo(s, { items: 8 });
    // Reply 1 is not applied and not answered; the thread cannot be read.
    s.sandbox.inject({ status: 504, pathIncludes: '/replies', method: 'POST' });
    refuseReads('/replies');
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');
    const [message] = messagesFor(s, po.id);
    const view = await expectOk(stand(po.id));
    expect(view.uncertain).toMatchObject({ step: 'deel:1', post: 'reactie', part: 1, needsLink: false, threadUrl: message?.webUrl });
    await expectOk(confirm(po.id, { geplaatst: false, stap: 'deel:1' }));

    // Its resend lands, but that answer is lost too: "it is there" (with the reply's own link).
    s.sandbox.inject({ dropAfterSuccess: 'destroy', pathIncludes: '/replies', method: 'POST' });
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');
    expect((await expectOk(stand(po.id))).uncertain).toMatchObject({ step: 'deel:1#2', post: 'reactie', part: 1 });
    const [reply1] = repliesTo(s, message?.id ?? '');
    expect((await confirm(po.id, { geplaatst: true, messageUrl: teamsLink(message?.id ?? '') })).status).toBe(400);
    expect((await confirm(po.id, { geplaatst: true, messageUrl: teamsLink(reply1?.id ?? '', '1') })).status).toBe(400);
    await expectOk(confirm(po.id, { geplaatst: true, messageUrl: teamsLink(reply1?.id ?? '', message?.id ?? '') }));

    const done = await expectOk(publish(s, po.id));
    const replies = repliesTo(s, message?.id ?? '');
    const parts = (await s.deps.db.query('SELECT 1 FROM graph_steps WHERE run_id = $1 AND step LIKE $2 AND status = $3', [done.versionId, 'deel:%', 'klaar']))
      .length;
    expect(replies).toHaveLength(parts);
    for (let n = 1; n <= parts; n++) expect(withMarker(replies, partMarker(done.versionId, n, parts))).toBe(1);
    expect(messagesFor(s, po.id)).toHaveLength(1);
    expect(channelOf(s).messages.filter((m) => (m.body?.content ?? '').includes(po.id))).toHaveLength(1);
  });
});

describe('a correction', () => {
  test('its uncertain reply, "it is there": version 2 is published with that reply once, under the first message', async () => {
    const { po, items } = await closedPo(s);
    await expectOk(publish(s, po.id));
    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/correctie`, { as: NOTULIST }));
    await record(s, po.id, { kind: 'toezegging', agendapuntId: items.besluit, text: 'Raad voor 1 maart informeren', aan: 'gemeenteraad', ownerName: 'Bram' });
    s.sandbox.inject({ dropAfterSuccess: 'destroy', pathIncludes: '/replies', method: 'POST' });
    refuseReads('/replies');
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');
    const [root] = messagesFor(s, po.id);
    expect((await expectOk(stand(po.id))).uncertain).toMatchObject({ step: 'deel:1', post: 'reactie', needsLink: false, threadUrl: root?.webUrl });
    await expectOk(confirm(po.id, { geplaatst: true, stap: 'deel:1' }));
    const v2 = await expectOk(publish(s, po.id));
    expect(v2.version).toBe(2);
    expect(messagesFor(s, po.id)).toHaveLength(1);
    const replies = repliesTo(s, root?.id ?? '');
    expect(replies.filter((r) => (r.body?.content ?? '').includes('Gecorrigeerd verslag (versie 2)'))).toHaveLength(1);
    expect(withMarker(replies, partMarker(v2.versionId, 1, 1))).toBe(1);
  });
});

describe('refusals', () => {
  test('only those who may publish may settle it (403); the others may see the stand', async () => {
    const { po } = await closedPo(s);
    s.sandbox.inject({ dropAfterSuccess: '504', pathIncludes: '/messages', method: 'POST' });
    refuseReads();
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');
    for (const who of [PH, OPDRACHTNEMER, MEDEWERKER]) {
      const res = await confirm(po.id, { geplaatst: true }, who);
      expect([who, res.status, res.body.error.id]).toEqual([who, 403, 'forbidden']);
    }
    expect((await expectOk(stand(po.id, PH))).mayConfirm).toBe(false);
    expect((await stand(po.id, MEDEWERKER)).status).toBe(403);
    expect((await expectOk(stand(po.id, CA))).uncertain?.step).toBe('bericht');
    expect(await auditDecisions(po.id)).toEqual([]);
    // The concernadviseur may.
    await expectOk(confirm(po.id, { geplaatst: true }, CA));
  });

  test('nothing uncertain: refused with a Dutch 409, also for a publication that is open but not uncertain', async () => {
    const { po } = await closedPo(s);
    const none = await confirm(po.id, { geplaatst: true });
    expect(none.status).toBe(409);
    expect(none.body.error.message).toContain('niets te bevestigen');
    expect((await expectOk(stand(po.id))).status).toBe('geen');

    // The message is posted and a reply refused (4xx): open, nothing uncertain; publishing again finishes it.
    const long = await longPo(s, { items: 8 });
    s.sandbox.inject({ status: 403, pathIncludes: '/replies', method: 'POST' });
    expect((await publish(s, long.id)).status).toBe(403);
    expect(await publicationStatuses(s, long.id)).toEqual(['onzeker']);
    expect((await expectOk(stand(long.id))).uncertain).toBeNull();
    expect((await confirm(long.id, { geplaatst: false })).status).toBe(409);
    await expectOk(publish(s, long.id));
    expect((await confirm(long.id, { geplaatst: false })).status).toBe(409);
    expect(messagesFor(s, long.id)).toHaveLength(1);
  });

  test('a link only with "it is there"', async () => {
    const { po } = await closedPo(s);
    s.sandbox.inject({ status: 504, pathIncludes: '/messages', method: 'POST' });
    refuseReads();
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');
    expect((await confirm(po.id, { geplaatst: false, messageUrl: teamsLink('1') })).status).toBe(400);
    expect((await expectOk(stand(po.id))).uncertain?.step).toBe('bericht');
  });
});
