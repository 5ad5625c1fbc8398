/**
 * Issue 11: exactly once, whatever Graph does. The verslag, its replies and a correction against a
 * sandbox that drops, delays, thins out and refuses answers: every case ends with exactly one
 * message and one reply per part.
 */
import { createGraphPort } from '../../../src/server/graphPort';
import { partMarker } from '../../../src/server/render';
import { startTestServer, type TestServer } from '../helpers/server';
import { expectOk, NOTULIST, record } from '../helpers/factories';
import { channelOf, closedPo, count, longPo, messagesFor, publicationStatuses, publish, repliesTo, withMarker, type ErrorBody } from './helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s.close();
});
afterEach(() => s.sandbox.clearFaults());

/** The PO's one message and its replies, checked: one message, and each of the `parts` replies exactly once. */
function expectOneMessageAndEachPartOnce(poId: string, versionId: string, parts: number): void {
  const messages = messagesFor(s, poId);
  expect(messages).toHaveLength(1);
  const replies = repliesTo(s, messages[0]?.id ?? '');
  expect(replies).toHaveLength(parts);
  for (let n = 1; n <= parts; n++) expect(withMarker(replies, partMarker(versionId, n, parts))).toBe(1);
}

describe('1. the recovery read is refused', () => {
  test('the attempt stays onzeker, the user is told to check the channel, and no second message is ever posted', async () => {
    const { po } = await closedPo(s);
    const posts = count(s, 'POST', '/messages');
    // The message lands, its answer is lost, and reading the channel is refused (posting allowed, reading not).
    s.sandbox.inject({ dropAfterSuccess: '504', pathIncludes: '/messages', method: 'POST' });
    s.sandbox.inject({ status: 403, pathIncludes: '/messages', method: 'GET', times: 1_000 });

    const first = await publish(s, po.id);
    expect(first.status).toBe(502);
    expect(first.body.error.id).toBe('publish_uncertain');
    expect(first.body.error.message).toContain('Onzeker of het verslag in Teams staat: controleer het kanaal');
    expect(await publicationStatuses(s, po.id)).toEqual(['onzeker']);

    const second = await publish(s, po.id);
    expect(second.body.error.id).toBe('publish_uncertain');
    expect(await publicationStatuses(s, po.id)).toEqual(['onzeker']);
    expect(count(s, 'POST', '/messages') - posts).toBe(1);
    expect(messagesFor(s, po.id)).toHaveLength(1);

    // A transient failure of the read (503 beyond the retries) is no different.
    s.sandbox.clearFaults();
    s.sandbox.inject({ status: 503, retryAfterSeconds: 0, pathIncludes: '/messages', method: 'GET', times: 4 });
    expect((await publish(s, po.id)).body.error.id).toBe('publish_uncertain');

    // Once the channel can be read, the next attempt finds the message and finishes.
    const done = await expectOk(publish(s, po.id));
    expect(done.version).toBe(1);
    expect(count(s, 'POST', '/messages') - posts).toBe(1);
    expect(messagesFor(s, po.id)).toHaveLength(1);
    expect(done.webUrl).toBe(messagesFor(s, po.id)[0]?.webUrl);
    expect(await publicationStatuses(s, po.id)).toEqual(['geplaatst']);
  });
});

describe('2. an uncertain reply is not posted again', () => {
  test('a reply whose answer was lost is found in the thread by its marker; every part is there once', async () => {
    const po = await longPo(s, { items: 8 });
    const preview = await expectOk(s.api<{ posts: number }>('GET', `/api/pos/${po.id}/verslag/voorbeeld`, { as: NOTULIST }));
    const parts = preview.posts - 1;
    expect(parts).toBeGreaterThanOrEqual(2);
    // Reply 1 lands, its answer is lost, and the thread cannot be read right after.
    s.sandbox.inject({ dropAfterSuccess: 'destroy', pathIncludes: '/replies', method: 'POST' });
    s.sandbox.inject({ status: 403, pathIncludes: '/replies', method: 'GET' });

    const first = await publish(s, po.id);
    expect(first.body.error.id).toBe('publish_uncertain');
    expect(await publicationStatuses(s, po.id)).toEqual(['onzeker']);
    const done = await expectOk(publish(s, po.id));
    expectOneMessageAndEachPartOnce(po.id, done.versionId, parts);
    expect(count(s, 'POST', '/replies')).toBeGreaterThanOrEqual(parts);
    expect(await publicationStatuses(s, po.id)).toEqual(['geplaatst']);
  });

  test('a reply answered with 504 after it landed is found right away, in the same attempt', async () => {
    const po = await longPo(s, { items: 8 });
    const replies = count(s, 'POST', '/replies');
    s.sandbox.inject({ dropAfterSuccess: '504', pathIncludes: '/replies', method: 'POST' });
    const done = await expectOk(publish(s, po.id));
    const parts = repliesTo(s, messagesFor(s, po.id)[0]?.id ?? '').length;
    expectOneMessageAndEachPartOnce(po.id, done.versionId, parts);
    expect(count(s, 'POST', '/replies') - replies).toBe(parts);
  });
});

describe('3. a 201 without webUrl is a message that exists', () => {
  test('posted once, every reply once, on the first attempt; the link is read afterwards', async () => {
    const po = await longPo(s, { items: 8 });
    const [messages, replies] = [count(s, 'POST', '/messages'), count(s, 'POST', '/replies')];
    s.sandbox.inject({ omitProperties: ['webUrl', 'createdDateTime'], method: 'POST', pathIncludes: '/messages', times: 1_000 });
    const done = await expectOk(publish(s, po.id));
    const [message] = messagesFor(s, po.id);
    const parts = repliesTo(s, message?.id ?? '').length;
    expect(parts).toBeGreaterThanOrEqual(2);
    expectOneMessageAndEachPartOnce(po.id, done.versionId, parts);
    expect(count(s, 'POST', '/messages') - messages).toBe(1);
    expect(count(s, 'POST', '/replies') - replies).toBe(parts);
    expect(done.webUrl).toBe(message?.webUrl);
  });
});

describe('4. the size budget counts the whole request body', () => {
  test('a reply with 30 @mentions stays under 28 KB as Graph receives it; posted once, every part once', async () => {
    const po = await longPo(s, { items: 3, actiepunten: 30, chars: 3_000 });
    const before = s.sandbox.state.requests.length;
    const done = await expectOk(publish(s, po.id));
    const posted = s.sandbox.state.requests.slice(before).filter((r) => r.method === 'POST' && /\/(messages|replies)$/.test(r.path));
    for (const r of posted) expect(r.bytes).toBeLessThanOrEqual(28 * 1024);
    const [message] = messagesFor(s, po.id);
    const thread = [message, ...repliesTo(s, message?.id ?? '')];
    const most = thread.reduce((n, m) => Math.max(n, m?.mentions?.length ?? 0), 0);
    expect(most).toBeGreaterThanOrEqual(30);
    expectOneMessageAndEachPartOnce(po.id, done.versionId, thread.length - 1);
  });

  test(`a verslag that needs more than a few replies is posted as a summary with the .docx`, async () => {
    const po = await longPo(s, { items: 16 });
    const replies = count(s, 'POST', '/replies');
    const done = await expectOk(publish(s, po.id));
    const [message] = messagesFor(s, po.id);
    expect(messagesFor(s, po.id)).toHaveLength(1);
    expect(repliesTo(s, message?.id ?? '')).toHaveLength(0);
    expect(count(s, 'POST', '/replies')).toBe(replies);
    const html = message?.body?.content ?? '';
    expect(html).toContain('het volledige verslag, met alle agendapunten, staat in het Word-document hieronder');
    expect(html).toContain(`<a href="${done.fileUrl ?? '(geen)'}">Verslag als Word-document</a>`);
    expect([...s.sandbox.state.files.values()].filter((f) => f.item.webUrl === done.fileUrl)).toHaveLength(1);
  });
});

describe('answers later than the client waits', () => {
  let normal: TestServer['deps']['graph'];
  beforeAll(() => {
    normal = s.deps.graph;
    s.deps.graph = createGraphPort(s.deps.config, { sandboxBaseUrl: s.sandbox.graphBaseUrl, client: { attemptTimeoutMs: 400 } });
  });
  afterAll(() => {
    s.deps.graph = normal;
  });

  test('a message whose answer comes after the time limit is looked up and not posted again', async () => {
    const { po } = await closedPo(s);
    const posts = count(s, 'POST', '/messages');
    s.sandbox.inject({ delayAnswerMs: 3_000, pathIncludes: '/messages', method: 'POST' });
    const done = await expectOk(publish(s, po.id));
    expect(done.version).toBe(1);
    expect(messagesFor(s, po.id)).toHaveLength(1);
    expect(count(s, 'POST', '/messages') - posts).toBe(1);
  });
});

describe('a correction', () => {
  test('its replies are posted once under the first message, also when an answer was lost and the thread could not be read', async () => {
    const { po, items } = await closedPo(s);
    await expectOk(publish(s, po.id));
    await expectOk(s.api('POST', `/api/pos/${po.id}/verslag/correctie`, { as: NOTULIST }));
    await record(s, po.id, { kind: 'toezegging', agendapuntId: items.besluit, text: 'Raad voor 1 maart informeren', aan: 'gemeenteraad', ownerName: 'Bram' });
    s.sandbox.inject({ dropAfterSuccess: 'destroy', pathIncludes: '/replies', method: 'POST' });
    s.sandbox.inject({ status: 403, pathIncludes: '/replies', method: 'GET' });
    const first = await s.api<ErrorBody>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: { reason: 'Toezegging ontbrak' } });
    expect(first.body.error.id).toBe('publish_uncertain');
    const v2 = await expectOk(
      s.api<{ version: number; versionId: string }>('POST', `/api/pos/${po.id}/verslag/publiceren`, { as: NOTULIST, body: { reason: 'Toezegging ontbrak' } }),
    );
    expect(v2.version).toBe(2);
    const [root] = messagesFor(s, po.id);
    expect(messagesFor(s, po.id)).toHaveLength(1);
    const replies = repliesTo(s, root?.id ?? '');
    expect(replies.filter((r) => (r.body?.content ?? '').includes('Gecorrigeerd verslag (versie 2)'))).toHaveLength(1);
    expect(withMarker(replies, partMarker(v2.versionId, 1, 1))).toBe(1);
    expect(channelOf(s).messages.filter((m) => (m.body?.content ?? '').includes('Gecorrigeerd'))).toHaveLength(0);
  });
});
