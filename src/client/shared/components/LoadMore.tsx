/** "Meer laden" under a paged list, with the number shown so far announced to screen readers. */
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../session';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', marginTop: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function LoadMore({ shown, more, loading, onMore }: { shown: number; more: boolean; loading: boolean; onMore: () => void }): JSX.Element | null {
  const styles = useStyles();
  const { t } = useT();
  // An empty list says so itself ("Geen PO's."): no "0 getoond" under it.
  if (shown === 0 && !more && !loading) return null;
  return (
    <div className={styles.bar}>
      <Text className={styles.muted} role="status" aria-live="polite">
        {t(more ? 'list.shownMore' : 'list.shownAll', { n: shown })}
      </Text>
      {more && (
        <Button onClick={onMore} disabled={loading}>
          {t('list.more')}
        </Button>
      )}
      {loading && shown > 0 && <Spinner size="tiny" aria-label={t('list.loading')} />}
    </div>
  );
}
