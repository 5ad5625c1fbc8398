/**
 * The frame of every surface: connects the host the surface names (Teams or a browser through
 * host/connect.ts#teamsOrBrowser; Outlook or a browser through outlook/host.ts, so the task pane's
 * bundle holds no teams-js, whose origin list the Outlook page's policy does not allow), signs in (the host's single sign-on, or the development user
 * picker), follows the host's theme and language, and hands the session to the surface.
 */
import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Host, ThemeName } from '../host/host';
import { Api, ApiError } from './api';
import { ErrorPanel } from './components/ErrorPanel';
import { localeFrom, languageTag, translate } from './i18n';
import { LocaleContext, SessionContext, ThemeNameContext, type Session } from './session';
import { SignIn } from './SignIn';
import { fluentTheme } from './theme';
import type { UserView } from './types';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  center: { display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: '100vh' },
  stageRoot: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
});

type Phase = { kind: 'connecting' } | { kind: 'signin' } | { kind: 'loading' } | { kind: 'ready'; me: UserView } | { kind: 'failed'; error: unknown };

export interface ShellProps {
  /** Which host the page is in and how it signs in. */
  connect: () => Promise<Host>;
  /** The stage uses the plain background. */
  variant?: 'page' | 'stage';
  children: (session: Session) => ReactNode;
}

export function Shell({ connect, variant = 'page', children }: ShellProps): JSX.Element {
  const styles = useStyles();
  const [host, setHost] = useState<Host | null>(null);
  const [theme, setTheme] = useState<ThemeName>('default');
  const [phase, setPhase] = useState<Phase>({ kind: 'connecting' });
  const locale = localeFrom(host?.context.locale ?? (typeof navigator === 'undefined' ? 'nl' : navigator.language));
  const api = useMemo(() => (host ? new Api(() => host.getToken()) : null), [host]);

  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let stop = (): void => undefined;
    setPhase({ kind: 'connecting' });
    connect().then(
      (h) => {
        setHost(h);
        setTheme(h.context.theme);
        stop = h.onThemeChange(setTheme);
      },
      (error: unknown) => setPhase({ kind: 'failed', error }),
    );
    return () => stop();
    // The host is connected once per page (again only when connecting failed and the user retries).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  useEffect(() => {
    document.documentElement.lang = languageTag(locale);
  }, [locale]);

  const loadMe = useCallback(async (): Promise<void> => {
    if (!host || !api) return;
    if (host.devSignIn && !host.devSignIn.userId) {
      setPhase({ kind: 'signin' });
      return;
    }
    setPhase({ kind: 'loading' });
    try {
      const me = await api.me();
      setPhase({ kind: 'ready', me });
      host.notifyReady();
    } catch (error) {
      if (host.devSignIn && error instanceof ApiError && error.id === 'unauthenticated') {
        host.devSignIn.signOut();
        setPhase({ kind: 'signin' });
      } else {
        setPhase({ kind: 'failed', error });
      }
    }
  }, [host, api]);

  useEffect(() => {
    void loadMe();
  }, [loadMe]);

  let body: ReactNode;
  if (phase.kind === 'failed') {
    body = (
      <div className={styles.center}>
        <ErrorPanel error={phase.error} onRetry={() => (host ? void loadMe() : setAttempt((n) => n + 1))} />
      </div>
    );
  } else if (phase.kind === 'connecting' || phase.kind === 'loading' || !host || !api) {
    body = (
      <div className={styles.center}>
        <Spinner label={translate(locale, 'app.loading')} />
      </div>
    );
  } else if (phase.kind === 'signin' && host.devSignIn) {
    const dev = host.devSignIn;
    body = (
      <SignIn
        onSignIn={async (userId) => {
          await dev.signIn(userId);
          await loadMe();
        }}
      />
    );
  } else if (phase.kind === 'ready') {
    body = <SessionContext.Provider value={{ host, api, me: phase.me, locale }}>{children({ host, api, me: phase.me, locale })}</SessionContext.Provider>;
  }

  return (
    <LocaleContext.Provider value={locale}>
      <ThemeNameContext.Provider value={theme}>
        <FluentProvider theme={fluentTheme(theme, host?.kind ?? 'browser')} className={variant === 'stage' ? styles.stageRoot : styles.root} data-theme={theme}>
          {body}
        </FluentProvider>
      </ThemeNameContext.Provider>
    </LocaleContext.Provider>
  );
}
