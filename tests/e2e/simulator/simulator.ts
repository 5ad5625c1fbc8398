/**
 * A Teams host simulator for the browser tests (test-only: served by the test through Playwright's
 * routing at https://teams.microsoft.com, NOT by the product server). The page embeds one surface
 * of the app in an iframe and answers the teams-js postMessage protocol (hostScript.ts), so the
 * real teams-js code paths run in Chromium: initialize with a frame context (content, sidePanel,
 * meetingStage or settings), getContext, authentication.getAuthToken (a development token), theme
 * changes, sharing to the stage and a config page's save.
 *
 * The origin is Teams' own, so the app's `frame-ancestors` and teams-js's origin check pass as in
 * Teams; the test grants the page access to the local network (Chromium's Local Network Access).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { hostScript, type SimulatorCall, type SimulatorConfig } from './hostScript';

export const SIMULATOR_ORIGIN = 'https://teams.microsoft.com';

export interface SimulatorOptions {
  /** The surface, e.g. `http://127.0.0.1:1234/app/meeting`. */
  appUrl: string;
  frameContext: SimulatorConfig['frameContext'];
  /** The SSO token the host hands out (a development token of the signed-in user). */
  token: string;
  user: { id: string; name: string; upn: string };
  theme?: 'default' | 'dark' | 'contrast';
  locale?: string;
  meetingChatId?: string;
  channel?: { id: string; name: string; team: string };
  /** What a deep link opened the tab on (its `context.subEntityId`; teams-js: `page.subPageId`). */
  subEntityId?: string;
}

const FRAME_SIZE: Record<SimulatorConfig['frameContext'], { width: number; height: number }> = {
  content: { width: 1200, height: 820 },
  settings: { width: 720, height: 560 },
  sidePanel: { width: 320, height: 820 },
  meetingStage: { width: 1280, height: 720 },
};

/** The runtime a current Teams web client announces (the capabilities the app uses). */
const RUNTIME = {
  apiVersion: 4,
  isLegacyTeams: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: {
    app: { lifecycle: { caching: {} } },
    appInstallDialog: {},
    authentication: {},
    dialog: { card: {}, url: {} },
    meeting: { stage: {} },
    pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, tabs: {}, fullTrust: {} },
    sharing: {},
    teams: { fullTrust: {} },
  },
};

export function simulatorPage(o: SimulatorOptions, sdkVersion: string): string {
  const size = FRAME_SIZE[o.frameContext];
  const config: SimulatorConfig = {
    appUrl: o.appUrl,
    frameContext: o.frameContext,
    token: o.token,
    runtimeConfig: RUNTIME,
    sdkVersion,
    context: {
      locale: o.locale ?? 'nl-nl',
      theme: o.theme ?? 'default',
      hostClientType: 'web',
      hostName: 'Teams',
      userObjectId: o.user.id,
      userDisplayName: o.user.name,
      userPrincipalName: o.user.upn,
      loginHint: o.user.upn,
      tid: '00000000-0000-0000-0000-0000000000aa',
      appSessionId: 'sim-session',
      entityId: 'po-overleg',
      ...(o.subEntityId ? { subEntityId: o.subEntityId } : {}),
      ...(o.meetingChatId ? { chatId: o.meetingChatId, meetingId: `meeting-${o.meetingChatId}` } : {}),
      ...(o.channel ? { channelId: o.channel.id, channelName: o.channel.name, teamName: o.channel.team, teamId: 'team-1' } : {}),
    },
  };
  const title = { content: 'Tabblad', settings: 'Instellen', sidePanel: 'Zijpaneel', meetingStage: 'Scherm' }[o.frameContext];
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Teams-simulator: ${title}</title>
<style>body{margin:0;background:#ebebeb;font:14px 'Segoe UI',sans-serif}header{height:40px;display:flex;align-items:center;padding:0 16px;background:#464775;color:#fff}
main{padding:12px}iframe{border:0;background:#fff;width:${size.width}px;height:${size.height}px;display:block}</style></head>
<body><header>Teams-simulator · ${title}</header><main><iframe id="app" title="PO-overleg" src="${o.appUrl}"></iframe></main>
<script>var __name = (f) => f; /* esbuild keepNames helper, when run through tsx */
(${hostScript.toString()})(${JSON.stringify(config)});</script></body></html>`;
}

export interface Simulator {
  page: Page;
  /** The app's frame inside the simulator. */
  app: () => import('playwright-core').Frame;
  calls(): Promise<SimulatorCall[]>;
  setTheme(theme: 'default' | 'dark' | 'contrast'): Promise<void>;
  save(): Promise<void>;
  state(): Promise<{ settings: unknown; saved: boolean | null; valid: boolean | null }>;
}

let counter = 0;

/** Opens one surface inside the simulator in a new page of `context`. */
export async function openInTeams(context: BrowserContext, o: SimulatorOptions): Promise<Simulator> {
  const sdkVersion = (JSON.parse(readFileSync(require.resolve('@microsoft/teams-js/package.json'), 'utf8')) as { version: string }).version;
  const path = `/_sim/${++counter}`;
  await context.grantPermissions(['local-network-access'], { origin: SIMULATOR_ORIGIN });
  await context.route(`${SIMULATOR_ORIGIN}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: simulatorPage(o, sdkVersion) }));
  // teams-js asks a CDN for its list of host origins; the built-in list is enough here.
  await context.route('https://res.cdn.office.net/**', (route) => route.fulfill({ status: 404, body: '' }));
  const page = await context.newPage();
  await page.goto(`${SIMULATOR_ORIGIN}${path}`);
  const app = (): import('playwright-core').Frame => {
    const frame = page.frames().find((f) => f.url().startsWith(new URL(o.appUrl).origin));
    if (!frame) throw new Error('De app staat (nog) niet in de simulator.');
    return frame;
  };
  const sim = <T>(fn: string): Promise<T> => page.evaluate<T>(fn);
  return {
    page,
    app,
    calls: () => sim<SimulatorCall[]>('window.__sim.calls'),
    setTheme: (theme) => sim<void>(`window.__sim.setTheme(${JSON.stringify(theme)})`),
    save: () => sim<void>('window.__sim.save()'),
    state: () => sim('({ settings: window.__sim.settings, saved: window.__sim.saved, valid: window.__sim.valid })'),
  };
}
