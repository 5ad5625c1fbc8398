/** The development sign-in outside Teams: pick a demo user. */
import { Body1, Button, Card, CardHeader, Field, Select, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { devUsers, errorText } from './api';
import { useT } from './session';
import type { UserView } from './types';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    justifyContent: 'center',
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  card: { width: '100%', maxWidth: '440px', padding: tokens.spacingHorizontalXL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function SignIn({ onSignIn }: { onSignIn: (userId: string) => Promise<void> }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const [users, setUsers] = useState<UserView[] | null | undefined>(undefined);
  const [userId, setUserId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void devUsers().then((list) => {
      setUsers(list);
      setUserId(list?.[0]?.id ?? '');
    });
  }, []);

  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await onSignIn(userId);
    } catch (err) {
      setError(errorText(err, locale));
      setBusy(false);
    }
  };

  return (
    <main className={styles.page}>
      <Card className={styles.card}>
        <CardHeader
          header={
            <h1 style={{ margin: 0 }}>
              <Subtitle1 as="span">{t('signin.title')}</Subtitle1>
            </h1>
          }
          description={<Body1>{t('signin.intro')}</Body1>}
        />
        {users === null ? (
          <Body1>{t('signin.unavailable')}</Body1>
        ) : (
          <form
            className={styles.form}
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Field label={t('signin.user')}>
              <Select value={userId} onChange={(_, d) => setUserId(d.value)} disabled={!users}>
                {(users ?? []).map((u) => (
                  <option key={u.id} value={u.id}>{`${u.name} — ${u.functie}`}</option>
                ))}
              </Select>
            </Field>
            {error && (
              <Body1 role="alert" className={styles.error}>
                {error}
              </Body1>
            )}
            <Button appearance="primary" type="submit" disabled={!userId || busy}>
              {t('signin.submit')}
            </Button>
          </form>
        )}
      </Card>
    </main>
  );
}
