/** The archive of published verslagen, with full-text search (GET /api/verslagen?q=). */
import { Button, Field, Input, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { VerslagCard } from '../shared/components/VerslagCard';
import { useSession, useT } from '../shared/session';
import { LoadMore } from '../shared/components/LoadMore';
import { usePaged } from '../shared/usePaged';

const useStyles = makeStyles({
  search: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', marginBottom: tokens.spacingVerticalL },
  field: { flexGrow: 1, maxWidth: '480px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function Archief(): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const { api } = useSession();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const list = usePaged((cursor) => api.archief(query || undefined, cursor), [api, query]);
  return (
    <div>
      <form
        role="search"
        className={styles.search}
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(draft.trim());
        }}
      >
        <Field className={styles.field} label={t('archief.search')}>
          <Input type="search" value={draft} maxLength={200} onChange={(_, d) => setDraft(d.value)} />
        </Field>
        <Button type="submit" appearance="primary">
          {t('archief.searchButton')}
        </Button>
      </form>
      {list.error !== null && <ErrorPanel error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && list.items.length === 0 ? (
        <Spinner />
      ) : list.items.length === 0 ? (
        <Text className={styles.muted}>{t('archief.none')}</Text>
      ) : (
        <>
          <ul className={styles.list}>
            {list.items.map((item) => (
              <VerslagCard key={`${item.poId}-${item.version}`} item={item} />
            ))}
          </ul>
          <LoadMore shown={list.items.length} more={list.more} loading={list.loading} onMore={() => void list.loadMore()} />
        </>
      )}
    </div>
  );
}
