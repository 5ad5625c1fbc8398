/** What every surface shares once signed in: the host, the API client, the user and the language. */
import { createContext, useContext } from 'react';
import type { Host, ThemeName } from '../host/host';
import type { Api } from './api';
import { translate, type Locale, type MessageKey, type Translate, type Vars } from './i18n';
import type { UserView } from './types';

export interface Session {
  host: Host;
  api: Api;
  me: UserView;
  locale: Locale;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession buiten <Shell>');
  return session;
}

/** The language of the page; Dutch when no shell provides one (tests of single components). */
export const LocaleContext = createContext<Locale>('nl');

export function useT(): { t: Translate; locale: Locale } {
  const locale = useContext(LocaleContext);
  return { locale, t: (key: MessageKey, vars?: Vars) => translate(locale, key, vars) };
}

/** The host's theme name, for the few things Fluent tokens cannot reach (a sandboxed frame). */
export const ThemeNameContext = createContext<ThemeName>('default');
