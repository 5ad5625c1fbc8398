/** Which host is this? Teams when teams-js initialises, otherwise the browser. */
import { browserHost, type BrowserHostOptions } from './browser';
import type { Host } from './host';
import { connectTeams } from './teams';

export async function connectHost(browser: BrowserHostOptions): Promise<Host> {
  return (await connectTeams()) ?? browserHost(browser);
}

/** The Shell's connect for a Teams surface (`Shell connect={teamsOrBrowser({ frameContext })}`). */
export const teamsOrBrowser = (browser: BrowserHostOptions) => (): Promise<Host> => connectHost(browser);
