/** The Graph sandbox over real HTTP: contract, validation, authentication and Graph-shaped errors. */
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import { startGraphSandbox, type GraphSandbox } from '../../src/sandbox';

let sandbox: GraphSandbox;
const auth = { authorization: 'Bearer test-token' };
const json = { ...auth, 'content-type': 'application/json' };
const messagesUrl = (): string => `${sandbox.graphBaseUrl}/teams/team-1/channels/channel-1/messages`;

interface GraphErrorJson {
  error: { code: string; message: string; innerError: { date: string; 'request-id': string } };
}

async function post(url: string, body: unknown, headers: Record<string, string> = json): Promise<Response> {
  return fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
}

beforeAll(async () => {
  sandbox = await startGraphSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(() => {
  sandbox.state.reset();
  sandbox.clearFaults();
});

function expectGraphError(body: unknown, code: string): GraphErrorJson {
  const e = body as GraphErrorJson;
  expect(e.error.code).toBe(code);
  expect(typeof e.error.message).toBe('string');
  expect(e.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(e.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  return e;
}

describe('authentication', () => {
  it('answers 401 InvalidAuthenticationToken without a bearer token, and stores nothing', async () => {
    const res = await post(messagesUrl(), { body: { content: 'hallo' } }, { 'content-type': 'application/json' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expectGraphError(await res.json(), 'InvalidAuthenticationToken');
    expect(sandbox.state.channel('team-1', 'channel-1').messages).toHaveLength(0);
  });

  it('answers 401 for an empty bearer value', async () => {
    const res = await fetch(messagesUrl(), { headers: { authorization: 'Bearer ' } });
    expect(res.status).toBe(401);
  });

  it('uses acceptToken to refuse a token', async () => {
    const strict = await startGraphSandbox({ acceptToken: (t) => t === 'goed' });
    try {
      const url = `${strict.graphBaseUrl}/teams/t/channels/c/messages`;
      expect((await fetch(url, { headers: { authorization: 'Bearer fout' } })).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Bearer goed' } })).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('with tenantJwks, accepts only unexpired Graph tokens signed by the tenant', async () => {
    const tenant = await generateKeyPair('RS256');
    const other = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(tenant.publicKey)), kid: 'tenant-key', alg: 'RS256' };
    const sign = (key: KeyLike, audience: string, expires = '5m') =>
      new SignJWT({ scp: 'ChannelMessage.Send' })
        .setProtectedHeader({ alg: 'RS256', kid: 'tenant-key' })
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(expires)
        .sign(key);
    const strict = await startGraphSandbox({ tenantJwks: { keys: [jwk] } });
    try {
      const status = async (token: string) => (await fetch(`${strict.graphBaseUrl}/chats/c`, { headers: { authorization: `Bearer ${token}` } })).status;
      expect(await status(await sign(tenant.privateKey, 'https://graph.microsoft.com'))).toBe(200);
      expect(await status(await sign(other.privateKey, 'https://graph.microsoft.com'))).toBe(401);
      expect(await status(await sign(tenant.privateKey, 'api://po-overleg'))).toBe(401);
      expect(await status(await sign(tenant.privateKey, 'https://graph.microsoft.com', '-1m'))).toBe(401);
    } finally {
      await strict.close();
    }
  });
});

describe('channel messages', () => {
  it('creates a message with 201 and Graph fields, lists newest first with $top and nextLink', async () => {
    const created = await post(messagesUrl(), { body: { contentType: 'html', content: '<p>eerste</p>' } });
    expect(created.status).toBe(201);
    const first = (await created.json()) as { id: string; webUrl: string; createdDateTime: string; body: { content: string } };
    expect(first.body.content).toBe('<p>eerste</p>');
    expect(first.webUrl).toContain('/channel/team-1/channel-1');
    await post(messagesUrl(), { body: { contentType: 'html', content: '<p>tweede</p>' } });
    await post(messagesUrl(), { body: { content: 'derde' } });

    const page = (await (await fetch(`${messagesUrl()}?$top=2`, { headers: auth })).json()) as {
      value: { body: { content: string } }[];
      '@odata.nextLink': string;
    };
    expect(page.value.map((m) => m.body.content)).toEqual(['derde', '<p>tweede</p>']);
    const rest = (await (await fetch(page['@odata.nextLink'], { headers: auth })).json()) as { value: { id: string }[] };
    expect(rest.value.map((m) => m.id)).toEqual([first.id]);
  });

  it('rejects a malformed chatMessage with a Graph-shaped 400 and stores nothing', async () => {
    const res = await post(messagesUrl(), { body: { contentType: 'markdown', content: 'x' } });
    expect(res.status).toBe(400);
    const e = expectGraphError(await res.json(), 'BadRequest');
    expect(e.error.message).toContain('body.contentType');
    const unknown = await post(messagesUrl(), { body: { content: 'x' }, colour: 'red' });
    expect(expectGraphError(await unknown.json(), 'BadRequest').error.message).toContain("'colour' does not exist");
    const notJson = await fetch(messagesUrl(), { method: 'POST', headers: json, body: '{"body":' });
    expect(notJson.status).toBe(400);
    expect(sandbox.state.channel('team-1', 'channel-1').messages).toHaveLength(0);
  });

  it('requires each mention to be referenced in the body', async () => {
    const mention = { id: 0, mentionText: 'Jan', mentioned: { user: { id: 'u-1', displayName: 'Jan', userIdentityType: 'aadUser' } } };
    const missing = await post(messagesUrl(), { body: { contentType: 'html', content: '<p>Jan</p>' }, mentions: [mention] });
    expect(missing.status).toBe(400);
    const ok = await post(messagesUrl(), { body: { contentType: 'html', content: '<p><at id="0">Jan</at></p>' }, mentions: [mention] });
    expect(ok.status).toBe(201);
  });

  it('threads replies under their message and 404s a reply to an unknown message', async () => {
    const root = (await (await post(messagesUrl(), { body: { content: 'vraag' } })).json()) as { id: string };
    const reply = await post(`${messagesUrl()}/${root.id}/replies`, { body: { content: 'antwoord' } });
    expect(reply.status).toBe(201);
    expect(((await reply.json()) as { replyToId: string }).replyToId).toBe(root.id);
    const replies = (await (await fetch(`${messagesUrl()}/${root.id}/replies`, { headers: auth })).json()) as { value: unknown[] };
    expect(replies.value).toHaveLength(1);
    const lost = await post(`${messagesUrl()}/123/replies`, { body: { content: 'x' } });
    expect(lost.status).toBe(404);
    expectGraphError(await lost.json(), 'NotFound');
  });

  it('answers an unknown path with Graph’s 400 for an unknown segment', async () => {
    const res = await fetch(`${sandbox.graphBaseUrl}/sites/root`, { headers: auth });
    expect(res.status).toBe(400);
    expect(expectGraphError(await res.json(), 'BadRequest').error.message).toContain("'sites'");
  });
});

describe('calendar and planner', () => {
  it('returns the meeting chat with its calendar event, and refuses a 3 MB attachment with 413', async () => {
    const chat = (await (await fetch(`${sandbox.graphBaseUrl}/chats/19:meeting_abc@thread.v2`, { headers: auth })).json()) as {
      onlineMeetingInfo: { calendarEventId: string };
    };
    const eventId = chat.onlineMeetingInfo.calendarEventId;
    expect((await fetch(`${sandbox.graphBaseUrl}/me/events/${eventId}`, { headers: auth })).status).toBe(200);
    const big = Buffer.alloc(3 * 1024 * 1024, 1).toString('base64');
    const res = await post(`${sandbox.graphBaseUrl}/me/events/${eventId}/attachments`, {
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: 'groot.pdf',
      contentBytes: big,
    });
    expect(res.status).toBe(413);
    expectGraphError(await res.json(), 'RequestEntityTooLarge');
    expect(sandbox.state.eventAttachments.get(eventId)).toBeUndefined();
    const missing = await fetch(`${sandbox.graphBaseUrl}/me/events/AAMkNOPE`, { headers: auth });
    expectGraphError(await missing.json(), 'ErrorItemNotFound');
  });

  it('requires the plannerAssignment type on assignments', async () => {
    const res = await post(`${sandbox.graphBaseUrl}/planner/tasks`, { planId: 'p', title: 't', assignments: { 'u-1': { orderHint: ' !' } } });
    expect(res.status).toBe(400);
    expect(sandbox.state.plannerTasks.size).toBe(0);
  });
});

describe('$batch', () => {
  it('runs each request against the same handlers and fails a dependent of a failed request with 424', async () => {
    const res = await post(`${sandbox.graphBaseUrl}/$batch`, {
      requests: [
        {
          id: '1',
          method: 'POST',
          url: '/teams/team-1/channels/channel-1/messages',
          headers: { 'Content-Type': 'application/json' },
          body: { body: { content: 'via batch' } },
        },
        { id: '2', method: 'POST', url: '/planner/tasks', headers: { 'Content-Type': 'application/json' }, body: { title: 'zonder plan' } },
        { id: '3', method: 'GET', url: '/chats/19:x@thread.v2', dependsOn: ['2'] },
      ],
    });
    expect(res.status).toBe(200);
    const { responses } = (await res.json()) as { responses: { id: string; status: number }[] };
    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ['1', 201],
      ['2', 400],
      ['3', 424],
    ]);
    expect(sandbox.state.channel('team-1', 'channel-1').messages).toHaveLength(1);
    expect(sandbox.state.requests.filter((r) => r.viaBatch)).toHaveLength(2);
  });

  it('refuses more than 20 requests', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/chats/c' }));
    const res = await post(`${sandbox.graphBaseUrl}/$batch`, { requests });
    expect(res.status).toBe(400);
    expectGraphError(await res.json(), 'BadRequest');
  });
});
