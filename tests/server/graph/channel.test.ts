/** Publishing to a channel through the Graph module, against the sandbox over real HTTP. */
import { findMessageContaining, findReplyContaining, isOutcomeUncertain, postChannelMessage, postReply, uploadToChannelFiles } from '../../../src/server/graph';
import { AppError } from '../../../src/shared/errors';
import { noPacing, sandboxClient, useSandbox } from './helpers';

const sandbox = useSandbox();
const TEAM = 'team-po-overleg';
const CHANNEL = '19:verslagen@thread.tacv2';
const channel = () => sandbox().state.channel(TEAM, CHANNEL);

describe('postChannelMessage', () => {
  it('posts exactly one message with the given HTML and mention, and returns its id and webUrl', async () => {
    const client = sandboxClient(sandbox());
    const html = '<h2>Verslag PO Wonen</h2><p>Voor <at id="0">Fatima de Vries</at>: akkoord.</p>';
    const posted = await postChannelMessage(
      client,
      TEAM,
      CHANNEL,
      { html, mentions: [{ id: 0, mentionText: 'Fatima de Vries', userId: 'entra-fatima' }] },
      { pacer: noPacing },
    );
    expect(channel().messages).toHaveLength(1);
    const stored = channel().messages[0];
    expect(stored?.id).toBe(posted.id);
    expect(stored?.body).toEqual({ contentType: 'html', content: html });
    expect(stored?.mentions?.[0]?.mentioned?.user?.id).toBe('entra-fatima');
    expect(posted.webUrl).toContain(sandbox().url);
    expect(Date.parse(posted.createdDateTime ?? '')).not.toBeNaN();
    // The token went to the sandbox: it accepted the request (a missing one is a 401).
    expect(sandbox().state.requests.map((r) => r.method)).toEqual(['POST']);
  });

  it('puts a reply under its message', async () => {
    const client = sandboxClient(sandbox());
    const root = await postChannelMessage(client, TEAM, CHANNEL, { html: '<p>Verslag</p>' }, { pacer: noPacing });
    const reply = await postReply(client, TEAM, CHANNEL, root.id, { html: '<p>Besluitpunt 1</p>' }, { pacer: noPacing });
    expect(channel().messages).toHaveLength(1);
    expect(
      channel()
        .replies.get(root.id)
        ?.map((m) => [m.id, m.body?.content]),
    ).toEqual([[reply.id, '<p>Besluitpunt 1</p>']]);
  });
});

describe('exactly-once publishing after an uncertain outcome', () => {
  it('reports a lost answer on POST as uncertain, does not repeat it, and finds the message by its marker', async () => {
    const client = sandboxClient(sandbox());
    const marker = 'Kenmerk PO-2025-03-10-a1b2';
    sandbox().inject({ dropAfterSuccess: 'destroy', method: 'POST' });

    const failure = await postChannelMessage(client, TEAM, CHANNEL, { html: `<p>Verslag</p><p>${marker}</p>` }, { pacer: noPacing }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).id).toBe('graph_failed');
    expect(isOutcomeUncertain(failure)).toBe(true);
    expect(sandbox().state.requests.filter((r) => r.method === 'POST')).toHaveLength(1);

    const found = await findMessageContaining(client, TEAM, CHANNEL, marker);
    expect(found?.id).toBe(channel().messages[0]?.id);
    expect(channel().messages).toHaveLength(1);
  });

  it('returns null when no message has the marker, and follows nextLink to older pages', async () => {
    const client = sandboxClient(sandbox());
    sandbox().state.postMessage(TEAM, CHANNEL, { body: { contentType: 'html', content: '<p>oud Kenmerk X-1</p>' } });
    for (let i = 0; i < 60; i++) sandbox().state.postMessage(TEAM, CHANNEL, { body: { content: `ander bericht ${i}` } });

    expect(await findMessageContaining(client, TEAM, CHANNEL, 'Kenmerk X-2')).toBeNull();
    const old = await findMessageContaining(client, TEAM, CHANNEL, 'Kenmerk X-1', { top: 50 });
    expect(old?.id).toBe(channel().messages.at(-1)?.id);
    expect(sandbox().state.requests.filter((r) => r.path.endsWith('/messages')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('answers are checked for what the app needs: an id', () => {
  it('takes a 201 without webUrl and createdDateTime as the message it is, posted once', async () => {
    const client = sandboxClient(sandbox());
    sandbox().inject({ omitProperties: ['webUrl', 'createdDateTime'], method: 'POST', times: 2 });
    const root = await postChannelMessage(client, TEAM, CHANNEL, { html: '<p>Verslag</p>' }, { pacer: noPacing });
    const reply = await postReply(client, TEAM, CHANNEL, root.id, { html: '<p>Deel 1</p>' }, { pacer: noPacing });
    expect(root).toEqual({ id: channel().messages[0]?.id, webUrl: null, createdDateTime: null });
    expect(reply.id).toBe(channel().replies.get(root.id)?.[0]?.id);
    expect(channel().messages).toHaveLength(1);
    expect(channel().replies.get(root.id)).toHaveLength(1);
  });

  it('reports a 2xx without an id on a write as uncertain: it was applied, so it is looked up, not sent again', async () => {
    const client = sandboxClient(sandbox());
    sandbox().inject({ omitProperties: ['id'], method: 'POST' });
    const failure = await postChannelMessage(client, TEAM, CHANNEL, { html: '<p>x</p>' }, { pacer: noPacing }).catch((e: unknown) => e);
    expect(isOutcomeUncertain(failure)).toBe(true);
    expect(channel().messages).toHaveLength(1);
  });

  it("reads the file's link when the upload answers without one", async () => {
    const client = sandboxClient(sandbox());
    sandbox().inject({ omitProperties: ['webUrl'], method: 'PUT' });
    const file = await uploadToChannelFiles(client, TEAM, CHANNEL, 'Verslag.docx', Buffer.from('PK'));
    expect(file.webUrl).toMatch(/\/files\//);
    expect(sandbox().state.requests.map((r) => r.method)).toEqual(['GET', 'PUT', 'GET']);
  });
});

describe('finding a reply or message again by its marker', () => {
  it('finds the reply with the marker in the thread, and null when it is not there', async () => {
    const client = sandboxClient(sandbox());
    const root = await postChannelMessage(client, TEAM, CHANNEL, { html: '<p>Verslag</p>' }, { pacer: noPacing });
    for (let i = 1; i <= 3; i++) await postReply(client, TEAM, CHANNEL, root.id, { html: `<p>Verslagversie: v1, deel ${i} van 12</p>` }, { pacer: noPacing });
    const second = channel().replies.get(root.id)?.[1];
    expect((await findReplyContaining(client, TEAM, CHANNEL, root.id, 'Verslagversie: v1, deel 2 van 12'))?.id).toBe(second?.id);
    // "deel 1 van" is no part of "deel 11 van": a marker finds only its own part.
    expect(await findReplyContaining(client, TEAM, CHANNEL, root.id, 'Verslagversie: v1, deel 11 van 12')).toBeNull();
  });

  it('refuses to say "not there" when the channel has more messages than it reads', async () => {
    const client = sandboxClient(sandbox());
    for (let i = 0; i < 120; i++) sandbox().state.postMessage(TEAM, CHANNEL, { body: { content: `bericht ${i}` } });
    const failure = await findMessageContaining(client, TEAM, CHANNEL, 'Verslagversie: ontbreekt', { top: 50, maxPages: 2 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).message).toContain('te veel berichten');
    expect(await findMessageContaining(client, TEAM, CHANNEL, 'Verslagversie: ontbreekt', { top: 50, maxPages: 3 })).toBeNull();
  });

  it('reads back only to `notBefore`: a message last changed before it ends the search with "not there"', async () => {
    const client = sandboxClient(sandbox());
    for (let i = 0; i < 120; i++) sandbox().state.postMessage(TEAM, CHANNEL, { body: { content: `oud bericht ${i}` } });
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000).toISOString();
    for (const m of channel().messages) Object.assign(m, { createdDateTime: twoHoursAgo, lastModifiedDateTime: twoHoursAgo });
    sandbox().state.postMessage(TEAM, CHANNEL, { body: { content: 'nieuw bericht' } });
    const notBefore = new Date(Date.now() - 3600_000);
    expect(await findMessageContaining(client, TEAM, CHANNEL, 'Verslagversie: ontbreekt', { top: 50, maxPages: 1, notBefore })).toBeNull();
    await expect(findMessageContaining(client, TEAM, CHANNEL, 'Verslagversie: ontbreekt', { top: 50, maxPages: 1 })).rejects.toBeInstanceOf(AppError);
  });
});

describe('uploadToChannelFiles', () => {
  it('uploads to the channel folder and returns a webUrl that serves the same bytes', async () => {
    const client = sandboxClient(sandbox());
    const bytes = Buffer.from('PK\u0003\u0004 verslag-docx-inhoud');
    const file = await uploadToChannelFiles(client, TEAM, CHANNEL, 'Verslag PO 10 maart 2025.docx', bytes);
    expect(file.webUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\//);
    expect(file.attachmentId).toMatch(/^[0-9A-F-]{36}$/);
    const download = await fetch(file.webUrl ?? '');
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('refuses a file name SharePoint does not allow, without calling Graph', async () => {
    const client = sandboxClient(sandbox());
    await expect(uploadToChannelFiles(client, TEAM, CHANNEL, 'a/b.docx', Buffer.from('x'))).rejects.toMatchObject({ id: 'validation' });
    expect(sandbox().state.requests).toHaveLength(0);
  });
});
