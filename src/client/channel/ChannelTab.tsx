/** The channel tab: the POs and the published verslagen of one portefeuillehouder, or of all. */
import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { mayOverseeAll } from '../../domain/rights';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { VerslagCard } from '../shared/components/VerslagCard';
import { LoadMore } from '../shared/components/LoadMore';
import { usePaged } from '../shared/usePaged';
import { useSession, useT } from '../shared/session';
import { useAsync } from '../shared/useAsync';
import { PoList } from '../shared/components/PoList';

const useStyles = makeStyles({
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '1100px',
    margin: '0 auto',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  h1: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: `${tokens.spacingVerticalL} 0 0`, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** `audience`: a portefeuillehouder id, or `alle`. */
export function ChannelTab({ audience }: { audience: string }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const { api, me } = useSession();
  const ph = audience === 'alle' ? undefined : audience;
  const data = useAsync(async () => {
    const org = await api.organisatie();
    return { name: org.portefeuillehouders.find((p) => p.id === ph)?.name };
  }, [api, ph]);
  const verslagList = usePaged((cursor) => api.archief(undefined, cursor, ph), [api, ph]);
  const poList = usePaged((cursor) => api.posPage({ scope: mayOverseeAll(me) ? 'alle' : 'mijn', portefeuillehouderId: ph, cursor }), [api, ph, me]);

  const failed = data.error ?? verslagList.error ?? poList.error;
  if (failed !== null)
    return (
      <main className={styles.main}>
        <ErrorPanel
          error={failed}
          onRetry={() => {
            void data.reload();
            void verslagList.reload();
            void poList.reload();
          }}
        />
      </main>
    );
  if (!data.data)
    return (
      <main className={styles.main}>
        <Spinner />
      </main>
    );
  const { name } = data.data;
  const verslagen = verslagList.items;
  const pos = poList.items;
  return (
    <main className={styles.main}>
      <h1 className={styles.h1}>{t('channel.title', { audience: name ?? t('channel.all') })}</h1>
      <h2 className={styles.h2}>{t('channel.verslagen')}</h2>
      {verslagen.length === 0 ? (
        <Text className={styles.muted}>{t('archief.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {verslagen.map((v) => (
            <VerslagCard key={`${v.poId}-${v.version}`} item={v} />
          ))}
        </ul>
      )}
      <LoadMore shown={verslagen.length} more={verslagList.more} loading={verslagList.loading} onMore={() => void verslagList.loadMore()} />
      <h2 className={styles.h2}>{t('channel.pos')}</h2>
      <PoList pos={pos} hrefOf={(p) => `/app/tab#po/${encodeURIComponent(p.id)}`} />
      <LoadMore shown={pos.length} more={poList.more} loading={poList.loading} onMore={() => void poList.loadMore()} />
    </main>
  );
}
