/**
 * Start of the task pane: which host (Outlook through Office.js, else the browser's proefafspraak),
 * which sign-in (nested app authentication in production, the front end's demo-user picker in
 * development), and the language (Outlook's display language; Dutch first).
 */
import { FluentProvider, MessageBar, MessageBarBody, Spinner, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AppointmentHost } from '../host/appointment';
import { connectOutlook } from '../host/office';
import { errorText } from '../shared/api';
import { languageTag, localeFrom } from '../shared/i18n';
import { LocaleContext } from '../shared/session';
import { SignIn } from '../shared/SignIn';
import { fetchClientConfig } from './api';
import { devTokenSource, naaTokenSource, type TokenSource } from './auth';
import { browserAppointment } from './browserAppointment';
import { TaskPane } from './TaskPane';
import { outlookText } from './texts';

/** Office.js outside Office resolves onReady without a host; this bounds the wait if it never does. */
const OFFICE_TIMEOUT_MS = 5000;

async function detectHost(): Promise<AppointmentHost> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS));
  const outlook = await Promise.race([connectOutlook().catch(() => null), timeout]);
  return outlook ?? browserAppointment();
}

interface Boot { host: AppointmentHost; tokens: TokenSource | null }

export function App(): JSX.Element {
  const [boot, setBoot] = useState<Boot | null>(null);
  const [tokens, setTokens] = useState<TokenSource | null>(null);
  const [error, setError] = useState<unknown>(null);
  const locale = localeFrom(boot?.host.displayLanguage ?? (typeof navigator === 'undefined' ? null : navigator.language));

  useEffect(() => {
    (async () => {
      const [host, config] = await Promise.all([detectHost(), fetchClientConfig()]);
      setBoot({ host, tokens: config.authMode === 'entra' ? await naaTokenSource(config) : null });
    })().catch((e: unknown) => setError(e));
  }, []);
  useEffect(() => { document.documentElement.lang = languageTag(locale); }, [locale]);

  const signIn = async (userId: string): Promise<void> => {
    const source = devTokenSource(userId);
    await source.getToken();
    setTokens(source);
  };

  let content: JSX.Element;
  if (error) content = <MessageBar intent="error" role="alert"><MessageBarBody>{errorText(error, locale)}</MessageBarBody></MessageBar>;
  else if (!boot) content = <Spinner label={outlookText(locale, 'outlook.loading')} />;
  else if (boot.tokens ?? tokens) content = <TaskPane host={boot.host} tokens={(boot.tokens ?? tokens)!} />;
  else content = <SignIn onSignIn={signIn} />;
  return (
    <LocaleContext.Provider value={locale}>
      <FluentProvider theme={webLightTheme}>{content}</FluentProvider>
    </LocaleContext.Provider>
  );
}
