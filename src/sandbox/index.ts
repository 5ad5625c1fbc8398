/**
 * A local Microsoft Graph sandbox for development, demos and tests: the Graph v1.0 endpoints
 * PO-overleg uses, in memory, with fault injection and a page that shows the channel.
 * Not production code: nothing under `src/server` imports it except the development start-up.
 */
import { buildSandboxApp, type SandboxOptions } from './server';
import { FaultController, type ActiveFault, type SandboxFault } from './faults';
import { SandboxState } from './state';

export type { SandboxOptions } from './server';
export type { SandboxFault, ActiveFault } from './faults';
export { SandboxState, type RequestLogEntry, type ChannelView } from './state';

export interface GraphSandbox {
  /** Origin, e.g. `http://127.0.0.1:3979`: the channel page lives here. */
  url: string;
  /** Graph base URL to configure the app with, e.g. `http://127.0.0.1:3979/v1.0`. */
  graphBaseUrl: string;
  state: SandboxState;
  /** Adds a fault for the next matching request(s); see `SandboxFault`. */
  inject(fault: SandboxFault): void;
  clearFaults(): void;
  activeFaults(): ActiveFault[];
  close(): Promise<void>;
}

export async function startGraphSandbox(opts: SandboxOptions = {}): Promise<GraphSandbox> {
  const state = new SandboxState();
  const faults = new FaultController();
  const app = buildSandboxApp(opts, state, faults);
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ port: opts.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}`;
  state.baseUrl = url;
  return {
    url,
    graphBaseUrl: `${url}/v1.0`,
    state,
    inject: (fault) => faults.inject(fault),
    clearFaults: () => faults.clear(),
    activeFaults: () => faults.list(),
    close: () => app.close(),
  };
}
