/** Shared set-up for Graph module tests: a sandbox on a free port and a client pointed at it. */
import { startGraphSandbox, type GraphSandbox } from '../../../src/sandbox';
import { createChannelPacer, createGraphClient, type GraphClient, type GraphClientOptions } from '../../../src/server/graph';

export const SANDBOX_TOKEN = 'sandbox-token-3f9a';

/** No waiting between channel posts, so tests are quick (the pacer has its own test). */
export const noPacing = createChannelPacer({ minIntervalMs: 0 });

export function useSandbox(): () => GraphSandbox {
  let sandbox: GraphSandbox | undefined;
  beforeAll(async () => {
    sandbox = await startGraphSandbox({ port: 0 });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  beforeEach(() => {
    sandbox?.state.reset();
    sandbox?.clearFaults();
  });
  return () => {
    if (!sandbox) throw new Error('sandbox not started');
    return sandbox;
  };
}

export function sandboxClient(sandbox: GraphSandbox, overrides: Partial<GraphClientOptions> = {}): GraphClient {
  return createGraphClient({ baseUrl: sandbox.graphBaseUrl, getToken: async () => SANDBOX_TOKEN, baseBackoffMs: 20, ...overrides });
}
