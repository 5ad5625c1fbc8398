/**
 * The host the app runs in: Microsoft Teams (through teams-js, see teams.ts), Outlook (the add-in's
 * task pane, through Office.js, see office.ts and outlook/host.ts) or a plain browser (browser.ts,
 * development sign-in). Surfaces only see this interface, never teams-js or Office.js themselves.
 */
import type { AppointmentHost } from './appointment';

/** The Teams theme names; a browser maps its colour scheme onto them. */
export type ThemeName = 'default' | 'dark' | 'contrast';

/** Where the page is shown: a tab, the meeting side panel, the meeting stage or a tab's config page. */
export type FrameContext = 'content' | 'sidePanel' | 'meetingStage' | 'settings' | 'other';

export interface HostContext {
  /** BCP 47 tag as the host gives it, e.g. `nl-nl` or `en-us`. */
  locale: string;
  theme: ThemeName;
  frameContext: FrameContext;
  user: { id: string | null; displayName: string | null; tenantId: string | null };
  /** The Teams meeting this page is part of (meeting tabs, side panel, stage). */
  meeting: { chatId: string | null; meetingId: string | null };
  /** The channel a channel tab is pinned in. */
  channel: { id: string | null; name: string | null; teamName: string | null };
  /** The tab's own id (`entityId`) as chosen on the config page. */
  pageId: string | null;
  /**
   * What a deep link opened the tab on (`page.subPageId`, the deep link's `context.subEntityId`):
   * for the personal tab, the id of a PO.
   */
  subPageId: string | null;
}

/** What the config page of a configurable tab saves. */
export interface TabSettings {
  entityId: string;
  contentUrl: string;
  websiteUrl?: string;
  suggestedDisplayName: string;
}

export interface ConfigPageHost {
  /** Enables or disables the host's Save button. */
  setValid(valid: boolean): void;
  /** Called when the user saves: answers the settings, or throws to refuse. */
  onSave(handler: () => TabSettings): void;
  /** True when the host has no Save button of its own (a browser): the page shows one. */
  readonly ownSaveButton: boolean;
  /** Runs the save as the host would (browser only). */
  save(): Promise<void>;
}

/** Development sign-in outside Teams: a demo user picked by hand, the token kept per browser tab. */
export interface DevSignIn {
  readonly userId: string | null;
  signIn(userId: string): Promise<void>;
  signOut(): void;
}

export interface Host {
  readonly kind: 'teams' | 'outlook' | 'browser';
  readonly context: HostContext;
  /** The bearer token for the API: Teams SSO, Outlook's nested app authentication, or the development token. */
  getToken(): Promise<string>;
  /** Follows the host's theme; returns the unsubscribe function. */
  onThemeChange(handler: (theme: ThemeName) => void): () => void;
  /** Shows a page of this app on the meeting stage; null where the host cannot. */
  readonly shareToStage: ((url: string) => Promise<void>) | null;
  /** Only on a configurable tab's config page. */
  readonly configPage: ConfigPageHost | null;
  /**
   * Only on the Outlook task pane: the appointment being organised (Outlook's, or in a browser an
   * in-memory proefafspraak).
   */
  readonly appointment: AppointmentHost | null;
  /** Only with development sign-in (a browser, or Outlook against a development server). */
  readonly devSignIn: DevSignIn | null;
  /** Tells the host the page is ready (hides Teams' loading indicator). */
  notifyReady(): void;
}

export class HostError extends Error {
  constructor(
    message: string,
    readonly code: 'unauthenticated' | 'host_failed',
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/** The `exp` of a JWT in milliseconds, or null when it cannot be read. */
export function tokenExpiry(token: string): number | null {
  try {
    const part = (token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const payload = JSON.parse(atob(part)) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}
