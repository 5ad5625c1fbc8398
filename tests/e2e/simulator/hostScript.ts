/**
 * The host side of the teams-js postMessage protocol, as it runs in the simulator page (this
 * function is serialised into the page; it must not use anything outside itself).
 *
 * Requests from the app: `{ id, uuidAsString, func, args }`; answers: `{ id, uuidAsString, args }`;
 * events from the host: `{ func, args }` (no numeric id). `initialize` is answered with
 * `[frameContext, hostClientType, runtimeConfig (JSON), clientSupportedSDKVersion]`; `getContext`
 * with `[legacyContext]`; `authentication.getAuthToken` with `[true, token]`;
 * `meeting.shareAppContentToStage` with `[sdkError | null, result]`; `settings.setSettings` with
 * `[true]`.
 */
export interface SimulatorConfig {
  appUrl: string;
  frameContext: 'content' | 'sidePanel' | 'meetingStage' | 'settings';
  token: string;
  /** The legacy (v1) context teams-js turns into `app.Context`. */
  context: Record<string, unknown>;
  runtimeConfig: Record<string, unknown>;
  sdkVersion: string;
}

export interface SimulatorCall {
  func: string;
  args: unknown[];
}

export function hostScript(config: SimulatorConfig): void {
  const calls: SimulatorCall[] = [];
  const frame = (): Window | null => (document.getElementById('app') as HTMLIFrameElement | null)?.contentWindow ?? null;
  const appOrigin = new URL(config.appUrl).origin;
  const toApp = (message: Record<string, unknown>): void => frame()?.postMessage(message, appOrigin);
  const sim = {
    calls,
    theme: String(config.context.theme ?? 'default'),
    settings: null as unknown,
    saved: null as boolean | null,
    valid: null as boolean | null,
    /** The Teams theme changes (as when the user picks another theme). */
    setTheme(theme: string): void {
      sim.theme = theme;
      toApp({ func: 'themeChange', args: [theme] });
    },
    /** The user clicks Save on a config page. */
    save(): void {
      toApp({ func: 'settings.save', args: [{}] });
    },
  };
  (window as unknown as { __sim: typeof sim }).__sim = sim;

  window.addEventListener('message', (e: MessageEvent) => {
    if (e.source !== frame() || e.origin !== appOrigin) return;
    const m = e.data as { id?: number; uuidAsString?: string; func?: string; args?: unknown[] };
    if (typeof m !== 'object' || m === null || typeof m.func !== 'string') return;
    calls.push({ func: m.func, args: m.args ?? [] });
    const reply = (args: unknown[]): void => toApp({ id: m.id, uuidAsString: m.uuidAsString, args });
    switch (m.func) {
      case 'initialize':
        reply([config.frameContext, 'web', JSON.stringify(config.runtimeConfig), config.sdkVersion]);
        return;
      case 'getContext':
        reply([{ ...config.context, theme: sim.theme, frameContext: config.frameContext }]);
        return;
      case 'authentication.getAuthToken':
        reply([true, config.token]);
        return;
      case 'meeting.shareAppContentToStage':
        reply([null, true]);
        return;
      case 'settings.setSettings':
        sim.settings = (m.args ?? [])[0] ?? null;
        reply([true]);
        return;
      case 'settings.setValidityState':
        sim.valid = (m.args ?? [])[0] === true;
        return;
      case 'settings.save.success':
        sim.saved = true;
        return;
      case 'settings.save.failure':
        sim.saved = false;
        return;
      default:
        // registerHandler, appInitialization.success and the like need no answer.
        return;
    }
  });
}
