/**
 * The host of the Outlook surface, for the shared Shell: Outlook through Office.js when the task
 * pane runs there (host/office.ts), else a plain browser working on an in-memory proefafspraak;
 * signed in through Outlook's nested app authentication when the server uses Entra ID (auth.ts),
 * else through the development sign-in every surface has (host/browser.ts). Host detection goes
 * through Office.js itself, never the URL.
 */
import type { AppointmentHost, OfficeThemeKind } from '../host/appointment';
import { browserHost } from '../host/browser';
import type { Host, ThemeName } from '../host/host';
import { connectOutlook } from '../host/office';
import { clientConfig } from '../shared/api';
import { naaTokenSource } from './auth';
import { browserAppointment } from './browserAppointment';

/** Office.js outside Office resolves onReady without a host; this bounds the wait if it never does. */
const OFFICE_TIMEOUT_MS = 5000;

async function outlookAppointment(): Promise<AppointmentHost | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([connectOutlook().catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The pane's theme: high contrast from the system, else Office's light or dark, else the browser's. */
export function themeIn(browser: ThemeName, office: OfficeThemeKind | null): ThemeName {
  if (browser === 'contrast' || office === null) return browser;
  return office === 'dark' ? 'dark' : 'default';
}

export async function connectOutlookHost(): Promise<Host> {
  const [outlook, config] = await Promise.all([outlookAppointment(), clientConfig()]);
  const appointment = outlook ?? browserAppointment();
  const base = browserHost({ frameContext: 'content', appointment });
  const office = appointment.officeTheme;
  const host: Host = {
    ...base,
    kind: outlook ? 'outlook' : 'browser',
    // Outlook's display language; in a browser the browser's.
    context: { ...base.context, locale: appointment.displayLanguage, theme: themeIn(base.context.theme, office?.current() ?? null) },
    // Office's theme where Outlook tells it; the system's forced colours (high contrast) always win.
    onThemeChange(handler) {
      let fromOffice = office?.current() ?? null;
      let fromBrowser = base.context.theme;
      const offBrowser = base.onThemeChange((theme) => {
        fromBrowser = theme;
        handler(themeIn(fromBrowser, fromOffice));
      });
      const offOffice =
        office?.onChange((theme) => {
          fromOffice = theme;
          handler(themeIn(fromBrowser, fromOffice));
        }) ?? (() => undefined);
      return () => {
        offBrowser();
        offOffice();
      };
    },
    shareToStage: null,
  };
  if (config.authMode !== 'entra') return host;
  const naa = await naaTokenSource(config);
  return { ...host, getToken: () => naa.getToken(), devSignIn: null };
}
