/** Retries, their bound, and how Graph failures reach the app's error catalogue. */
import { GraphFailure, postChannelMessage } from '../../../src/server/graph';
import { AppError } from '../../../src/shared/errors';
import { SANDBOX_TOKEN, noPacing, sandboxClient, useSandbox } from './helpers';

const sandbox = useSandbox();
const post = (client: ReturnType<typeof sandboxClient>, html = '<p>Verslag</p>') =>
  postChannelMessage(client, 'team', 'channel', { html }, { pacer: noPacing });
const messages = () => sandbox().state.channel('team', 'channel').messages;
const posts = () => sandbox().state.requests.filter((r) => r.method === 'POST');

/**
 * Virtual time: the client's waits are recorded and pass at once, so the tests assert on the waits
 * the policy chose, never on wall-clock windows.
 */
function virtualClock(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms) => {
      waits.push(ms);
    },
  };
}

async function failureOf(promise: Promise<unknown>): Promise<GraphFailure> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GraphFailure);
  return err as GraphFailure;
}

describe('retrying', () => {
  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    sandbox().inject({ status: 429, retryAfterSeconds: 1 });
    const clock = virtualClock();
    await post(sandboxClient(sandbox(), { sleep: clock.sleep }));
    expect(clock.waits).toEqual([1_000]);
    expect(posts()).toHaveLength(2);
    expect(messages()).toHaveLength(1);
  });

  it('gives up on 503 after the retry bound with graph_failed, and nothing is posted', async () => {
    sandbox().inject({ status: 503, times: 10 });
    const failure = await failureOf(post(sandboxClient(sandbox(), { maxRetries: 2 })));
    expect(failure.id).toBe('graph_failed');
    expect(failure.graph).toMatchObject({ status: 503, code: 'ServiceUnavailable', attempts: 3, outcomeUncertain: false });
    expect(failure.message).toContain('503 ServiceUnavailable');
    expect(posts()).toHaveLength(3);
    expect(messages()).toHaveLength(0);
  });

  it('does not wait longer than the total bound: a Retry-After beyond it fails at once', async () => {
    sandbox().inject({ status: 429, retryAfterSeconds: 30 });
    const clock = virtualClock();
    const failure = await failureOf(post(sandboxClient(sandbox(), { maxTotalWaitMs: 5_000, sleep: clock.sleep })));
    expect(clock.waits).toEqual([]);
    expect(failure.graph.status).toBe(429);
    expect(posts()).toHaveLength(1);
  });

  it('keeps the waits between retries within maxTotalWaitMs when Graph sends no Retry-After', async () => {
    const { waits, sleep } = virtualClock();
    const client = sandboxClient(sandbox(), { maxRetries: 10, baseBackoffMs: 100, maxTotalWaitMs: 1_000, sleep });
    sandbox().inject({ status: 503, times: 20 });
    await failureOf(post(client));
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(waits[1]).toBeGreaterThan(waits[0] ?? Infinity);
    expect(waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1_000);
  });

  it('never repeats a POST after a 504 (it may have been applied), but does repeat a GET', async () => {
    sandbox().inject({ status: 504, method: 'POST' });
    const failure = await failureOf(post(sandboxClient(sandbox())));
    expect(failure.graph.outcomeUncertain).toBe(true);
    expect(posts()).toHaveLength(1);

    sandbox().inject({ status: 504, method: 'GET' });
    const client = sandboxClient(sandbox());
    await expect(client.get('/chats/19:x@thread.v2')).resolves.toMatchObject({ id: '19:x@thread.v2' });
    expect(sandbox().state.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
  });
});

describe('error mapping', () => {
  it('maps 403 for a missing permission to consent_required and keeps the Graph code', async () => {
    sandbox().inject({ status: 403 });
    const failure = await failureOf(post(sandboxClient(sandbox())));
    expect(failure.id).toBe('consent_required');
    expect(failure.status).toBe(403);
    expect(failure.message).toMatch(/^Toestemming nodig/);
    expect(failure.message).toContain('403 Forbidden');
    expect(posts()).toHaveLength(1);
  });

  it('maps an expired token (401) to graph_failed, and never puts the token in the message', async () => {
    sandbox().inject({ status: 401 });
    const failure = await failureOf(post(sandboxClient(sandbox())));
    expect(failure.id).toBe('graph_failed');
    expect(failure.message).toContain('401 InvalidAuthenticationToken');
    expect(failure.message).not.toContain(SANDBOX_TOKEN);
  });

  it('passes an AppError from the token provider through unchanged, without calling Graph', async () => {
    const client = sandboxClient(sandbox(), {
      getToken: async () => {
        throw new AppError('consent_required');
      },
    });
    await expect(post(client)).rejects.toMatchObject({ id: 'consent_required' });
    expect(sandbox().state.requests).toHaveLength(0);
  });

  it('maps a Graph-shaped 400 to graph_failed with Graph’s message', async () => {
    const client = sandboxClient(sandbox());
    const failure = await failureOf(client.post('/teams/t/channels/c/messages', { body: { contentType: 'markdown', content: 'x' } }));
    expect(failure.id).toBe('graph_failed');
    expect(failure.message).toContain('400 BadRequest');
    expect(failure.message).toContain('body.contentType');
  });
});
