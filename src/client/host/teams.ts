/**
 * Microsoft Teams through teams-js v2: the only module that imports it. Detects Teams by
 * initialising teams-js (it rejects at once without a parent window, i.e. in a plain browser),
 * then reads the context (user, tenant, locale, theme, frame context, meeting chat), gets the SSO
 * token, follows theme changes, shares to the meeting stage and runs a config page's save.
 */
import { app, authentication, FrameContexts, meeting, pages } from '@microsoft/teams-js';
import { HostError, tokenExpiry, type ConfigPageHost, type FrameContext, type Host, type HostContext, type TabSettings, type ThemeName } from './host';

/** In a frame whose parent is not a Teams host, teams-js would wait a minute: give up sooner. */
const INITIALIZE_TIMEOUT_MS = 8_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('teams-js: geen antwoord van de host')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

export const themeOf = (theme: string | undefined): ThemeName => (theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'default');

function frameContextOf(fc: string | undefined): FrameContext {
  switch (fc) {
    case FrameContexts.content:
      return 'content';
    case FrameContexts.sidePanel:
      return 'sidePanel';
    case FrameContexts.meetingStage:
      return 'meetingStage';
    case FrameContexts.settings:
      return 'settings';
    default:
      return 'other';
  }
}

function contextOf(ctx: app.Context): HostContext {
  return {
    locale: ctx.app.locale || 'nl-nl',
    theme: themeOf(ctx.app.theme),
    frameContext: frameContextOf(ctx.page.frameContext),
    user: { id: ctx.user?.id ?? null, displayName: ctx.user?.displayName ?? null, tenantId: ctx.user?.tenant?.id ?? null },
    meeting: { chatId: ctx.chat?.id ?? null, meetingId: ctx.meeting?.id ?? null },
    channel: { id: ctx.channel?.id ?? null, name: ctx.channel?.displayName ?? null, teamName: ctx.team?.displayName ?? null },
    pageId: ctx.page.id || null,
    subPageId: ctx.page.subPageId || null,
  };
}

function teamsConfigPage(): ConfigPageHost {
  return {
    ownSaveButton: false,
    setValid: (valid) => pages.config.setValidityState(valid),
    onSave(handler: () => TabSettings) {
      pages.config.registerOnSaveHandler((event) => {
        let settings: TabSettings;
        try {
          settings = handler();
        } catch (err) {
          event.notifyFailure(err instanceof Error ? err.message : String(err));
          return;
        }
        pages.config.setConfig(settings).then(
          () => event.notifySuccess(),
          (err: unknown) => event.notifyFailure(err instanceof Error ? err.message : String(err)),
        );
      });
    },
    save: async () => undefined,
  };
}

/** One theme handler in teams-js; any number of listeners here. */
function themeListeners(): (handler: (theme: ThemeName) => void) => () => void {
  const listeners = new Set<(theme: ThemeName) => void>();
  app.registerOnThemeChangeHandler((theme) => listeners.forEach((l) => l(themeOf(theme))));
  return (handler) => {
    listeners.add(handler);
    return () => listeners.delete(handler);
  };
}

/** The Teams host, or null when the page does not run inside Teams. */
export async function connectTeams(): Promise<Host | null> {
  try {
    await withTimeout(app.initialize(), INITIALIZE_TIMEOUT_MS);
  } catch {
    return null;
  }
  const context = contextOf(await app.getContext());
  let cached: { token: string; expiresAt: number } | null = null;
  const inMeeting = context.frameContext === 'sidePanel' || context.frameContext === 'meetingStage';
  return {
    kind: 'teams',
    context,
    async getToken() {
      if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
      try {
        const token = await authentication.getAuthToken();
        cached = { token, expiresAt: tokenExpiry(token) ?? Date.now() + 300_000 };
        return token;
      } catch (err) {
        throw new HostError(`Teams gaf geen aanmeldtoken: ${err instanceof Error ? err.message : String(err)}`, 'unauthenticated');
      }
    },
    onThemeChange: themeListeners(),
    shareToStage: inMeeting
      ? (url) =>
          new Promise<void>((resolve, reject) => {
            meeting.shareAppContentToStage((error, result) => {
              if (error || !result) reject(new HostError(error?.message ?? 'Delen op het scherm lukte niet.', 'host_failed'));
              else resolve();
            }, url);
          })
      : null,
    configPage: context.frameContext === 'settings' ? teamsConfigPage() : null,
    appointment: null,
    devSignIn: null,
    notifyReady: () => {
      void app.notifySuccess();
    },
  };
}
