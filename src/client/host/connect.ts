/** Which host is this? Teams when teams-js initialises, otherwise the browser. */
import { browserHost, type BrowserHostOptions } from './browser';
import type { Host } from './host';
import { connectTeams } from './teams';

export async function connectHost(browser: BrowserHostOptions): Promise<Host> {
  return (await connectTeams()) ?? browserHost(browser);
}
