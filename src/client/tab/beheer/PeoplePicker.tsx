/**
 * The people picker: search the organisation's directory (Microsoft Entra through Graph) by name or
 * e-mail address and pick a person. Results are a list of buttons, so the keyboard reaches them.
 */
import { Button, Field, Input, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { useSession, useT } from '../../shared/session';
import type { DirectoryHit } from '../../shared/types';
import { useBeheerStyles } from './styles';

const MIN_CHARS = 2;
const DEBOUNCE_MS = 300;

export function PeoplePicker({ onPick }: { onPick: (person: DirectoryHit) => void }): JSX.Element {
  const styles = useBeheerStyles();
  const { t } = useT();
  const { api } = useSession();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<DirectoryHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const term = text.trim();
    if (term.length < MIN_CHARS) {
      setHits(null);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      setBusy(true);
      api
        .searchDirectory(term)
        .then((found) => {
          if (current) {
            setHits(found);
            setError(null);
          }
        })
        .catch((err: unknown) => {
          if (current) setError(err);
        })
        .finally(() => {
          if (current) setBusy(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, text]);

  return (
    <div className={styles.page}>
      <Field label={t('beheer.users.search')} hint={t('beheer.users.search.hint')}>
        <Input type="search" value={text} maxLength={100} onChange={(_, d) => setText(d.value)} />
      </Field>
      {busy && <Spinner size="tiny" />}
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      {hits !== null &&
        !busy &&
        (hits.length === 0 ? (
          <Text className={styles.muted}>{t('beheer.users.noResults')}</Text>
        ) : (
          <ul className={styles.list} aria-label={t('beheer.users.results')}>
            {hits.map((p) => (
              <li key={p.entraId} className={styles.item}>
                <span>
                  {p.name}{' '}
                  <span className={styles.muted}>
                    {[p.functie, p.email].filter(Boolean).join(' · ')}
                    {p.userId ? ` · ${t('beheer.users.known')}` : ''}
                  </span>
                </span>
                <Button
                  size="small"
                  aria-label={t('beheer.users.pick', { name: p.name })}
                  onClick={() => {
                    onPick(p);
                    setHits(null);
                    setText('');
                  }}
                >
                  {t('beheer.users.pickShort')}
                </Button>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
