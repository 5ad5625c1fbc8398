/**
 * The browser host: the app outside Teams (as `npm start` opens it). Development sign-in with a
 * demo user (POST /api/dev/token, the token kept in sessionStorage), the colour scheme of the
 * browser as theme, the frame context chosen by the page (each surface has its own URL), and the
 * stage opened in a new window.
 */
import { sessionStore } from '../shared/storage';
import type { AppointmentHost } from './appointment';
import { HostError, tokenExpiry, type ConfigPageHost, type FrameContext, type Host, type TabSettings, type ThemeName } from './host';

const STORAGE_KEY = 'po-overleg.dev-sign-in';

interface Stored {
  userId: string;
  token: string;
}

function readStored(): Stored | null {
  try {
    const value = JSON.parse(sessionStore().getItem(STORAGE_KEY) ?? 'null') as Partial<Stored> | null;
    return value && typeof value.userId === 'string' && typeof value.token === 'string' ? { userId: value.userId, token: value.token } : null;
  } catch {
    return null;
  }
}

async function fetchDevToken(userId: string): Promise<string> {
  const res = await fetch('/api/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
  if (!res.ok) throw new HostError(`Aanmelden als ${userId} lukte niet (${res.status}).`, 'unauthenticated');
  return ((await res.json()) as { token: string }).token;
}

function browserTheme(): ThemeName {
  if (typeof matchMedia !== 'function') return 'default';
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}

function browserConfigPage(): ConfigPageHost {
  let handler: (() => TabSettings) | null = null;
  return {
    ownSaveButton: true,
    setValid: () => undefined,
    onSave: (h) => {
      handler = h;
    },
    async save() {
      if (!handler) return;
      window.location.assign(handler().contentUrl);
    },
  };
}

export interface BrowserHostOptions {
  frameContext: FrameContext;
  /** Meeting chat id for the meeting surfaces (a browser has no meeting: taken from `?chatId=`). */
  meetingChatId?: string | null;
  /** The Outlook task pane in a browser: the proefafspraak it works on. */
  appointment?: AppointmentHost;
}

export function browserHost(opts: BrowserHostOptions): Host {
  let stored = readStored();
  const signOut = (): void => {
    stored = null;
    sessionStore().removeItem(STORAGE_KEY);
  };
  return {
    kind: 'browser',
    context: {
      locale: navigator.language || 'nl-NL',
      theme: browserTheme(),
      frameContext: opts.frameContext,
      user: { id: null, displayName: null, tenantId: null },
      meeting: { chatId: opts.meetingChatId ?? null, meetingId: null },
      channel: { id: null, name: null, teamName: null },
      pageId: null,
      subPageId: null,
    },
    async getToken() {
      if (!stored) throw new HostError('Niet aangemeld.', 'unauthenticated');
      const exp = tokenExpiry(stored.token);
      if (exp !== null && exp < Date.now() + 60_000) {
        stored = { userId: stored.userId, token: await fetchDevToken(stored.userId) };
        sessionStore().setItem(STORAGE_KEY, JSON.stringify(stored));
      }
      return stored.token;
    },
    onThemeChange(handler) {
      if (typeof matchMedia !== 'function') return () => undefined;
      const queries = [matchMedia('(prefers-color-scheme: dark)'), matchMedia('(forced-colors: active)')];
      const listener = (): void => handler(browserTheme());
      queries.forEach((q) => q.addEventListener('change', listener));
      return () => queries.forEach((q) => q.removeEventListener('change', listener));
    },
    shareToStage: async (url) => {
      window.open(url, '_blank', 'noopener');
    },
    configPage: opts.frameContext === 'settings' ? browserConfigPage() : null,
    appointment: opts.appointment ?? null,
    devSignIn: {
      get userId() {
        return stored?.userId ?? null;
      },
      async signIn(userId) {
        stored = { userId, token: await fetchDevToken(userId) };
        sessionStore().setItem(STORAGE_KEY, JSON.stringify(stored));
      },
      signOut,
    },
    notifyReady: () => undefined,
  };
}
