/** Fault injection, over HTTP and in code, and the request log. */
import { startGraphSandbox, type GraphSandbox } from '../../src/sandbox';

let sandbox: GraphSandbox;
const json = { authorization: 'Bearer test-token', 'content-type': 'application/json' };
const messagesUrl = (): string => `${sandbox.graphBaseUrl}/teams/t/channels/c/messages`;
const postMessage = (content: string): Promise<Response> =>
  fetch(messagesUrl(), { method: 'POST', headers: json, body: JSON.stringify({ body: { content } }) });

beforeAll(async () => {
  sandbox = await startGraphSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' });
});

describe('faults set over HTTP', () => {
  it('throttles the given number of matching requests with Retry-After, then lets them through', async () => {
    const set = await fetch(`${sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 429, retryAfterSeconds: 2, times: 2, pathIncludes: '/messages' }),
    });
    expect(set.status).toBe(201);
    // A request to another path is not affected.
    expect((await fetch(`${sandbox.graphBaseUrl}/chats/x`, { headers: json })).status).toBe(200);
    const first = await postMessage('een');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(((await first.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');
    expect((await postMessage('twee')).status).toBe(429);
    expect((await postMessage('drie')).status).toBe(201);
    expect(sandbox.state.channel('t', 'c').messages).toHaveLength(1);
  });

  it('clears faults with DELETE and refuses an invalid fault', async () => {
    await fetch(`${sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 503, times: 5 }),
    });
    expect((await fetch(`${sandbox.url}/_sandbox/faults`, { method: 'DELETE' })).status).toBe(204);
    expect((await postMessage('na wissen')).status).toBe(201);
    const bad = await fetch(`${sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 418 }),
    });
    expect(bad.status).toBe(400);
  });

  it('logs the requests received, with method, path and time', async () => {
    await postMessage('gelogd');
    await fetch(`${messagesUrl()}?$top=5`, { headers: json });
    const { requests } = (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as {
      requests: { method: string; path: string; at: string }[];
    };
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1.0/teams/t/channels/c/messages', 'GET /v1.0/teams/t/channels/c/messages']);
    expect(Date.parse(requests[0]?.at ?? '')).not.toBeNaN();
  });
});

describe('faults set in code', () => {
  it('answers 403 Forbidden naming the missing permission', async () => {
    sandbox.inject({ status: 403 });
    const res = await postMessage('x');
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('Forbidden');
    expect(body.error.message).toContain('ChannelMessage.Send');
  });

  it('drops the connection after applying the request', async () => {
    sandbox.inject({ dropAfterSuccess: 'destroy', method: 'POST' });
    await expect(postMessage('misschien')).rejects.toThrow();
    expect(sandbox.state.channel('t', 'c').messages.map((m) => m.body?.content)).toEqual(['misschien']);
  });

  it('answers 504 after applying the request', async () => {
    sandbox.inject({ dropAfterSuccess: '504' });
    const res = await postMessage('toch gelukt');
    expect(res.status).toBe(504);
    expect(sandbox.state.channel('t', 'c').messages).toHaveLength(1);
    expect((await postMessage('volgende')).status).toBe(201);
  });
});

describe('answers that are late, thin or refused', () => {
  it("applies the request and holds the answer back past the caller's time limit", async () => {
    sandbox.inject({ delayAnswerMs: 1_500, method: 'POST' });
    const aborted = await fetch(messagesUrl(), {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ body: { content: 'traag' } }),
      signal: AbortSignal.timeout(200),
    }).catch((e: unknown) => e);
    expect((aborted as { name?: string }).name).toBe('TimeoutError');
    expect(sandbox.state.channel('t', 'c').messages.map((m) => m.body?.content)).toEqual(['traag']);
  });

  it('answers without the properties Graph does not promise', async () => {
    sandbox.inject({ omitProperties: ['webUrl', 'createdDateTime'], pathIncludes: '/messages' });
    const res = await postMessage('kaal');
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.id).toBe(sandbox.state.channel('t', 'c').messages[0]?.id);
    expect(body).not.toHaveProperty('webUrl');
    expect(body).not.toHaveProperty('createdDateTime');
    expect(body).toHaveProperty('body');
  });

  it('refuses a read while writes go through (a user who may post but not read)', async () => {
    sandbox.inject({ status: 403, method: 'GET', pathIncludes: '/messages', times: 2 });
    expect((await postMessage('geplaatst')).status).toBe(201);
    const read = await fetch(`${messagesUrl()}?$top=5`, { headers: json });
    expect(read.status).toBe(403);
    expect(((await read.json()) as { error: { code: string } }).error.code).toBe('Forbidden');
  });

  it('counts the whole request body against the 28 KB limit, mentions included', async () => {
    const mentions = Array.from({ length: 40 }, (_, i) => ({
      id: i,
      mentionText: `Collega ${i}`,
      mentioned: { user: { id: `00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`, displayName: `Collega ${i}`, userIdentityType: 'aadUser' } },
    }));
    const tags = mentions.map((m) => `<at id="${m.id}">${m.mentionText}</at>`).join(' ');
    const html = `<p>${tags}</p><p>${'x'.repeat(24_000 - tags.length)}</p>`;
    expect(Buffer.byteLength(html)).toBeLessThan(28 * 1024);
    const body = JSON.stringify({ body: { contentType: 'html', content: html }, mentions });
    expect(Buffer.byteLength(body)).toBeGreaterThan(28 * 1024);
    const res = await fetch(messagesUrl(), { method: 'POST', headers: json, body });
    expect(res.status).toBe(413);
    expect(sandbox.state.channel('t', 'c').messages).toHaveLength(0);
    const { requests } = (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as { requests: { bytes: number }[] };
    expect(requests.at(-1)?.bytes).toBe(Buffer.byteLength(body));
  });
});
