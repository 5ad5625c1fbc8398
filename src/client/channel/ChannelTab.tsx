/** The channel tab: the POs and the published verslagen of one portefeuillehouder, or of all. */
import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { mayOverseeAll } from '../../domain/rights';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { VerslagCard } from '../shared/components/VerslagCard';
import { useSession, useT } from '../shared/session';
import { useAsync } from '../shared/useAsync';
import { PoList } from '../tab/PoList';

const useStyles = makeStyles({
  main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`, maxWidth: '1100px', margin: '0 auto', boxSizing: 'border-box', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
    const [org, verslagen, pos] = await Promise.all([
      api.organisatie(),
      api.archief(),
      api.listPos({ scope: mayOverseeAll(me) ? 'alle' : 'mijn', portefeuillehouderId: ph }),
    ]);
    const name = org.portefeuillehouders.find((p) => p.id === ph)?.name;
    return { name, pos, verslagen: name ? verslagen.filter((v) => v.verslag.portefeuillehouder.naam === name) : verslagen };
  }, [api, ph]);

  if (data.error !== null) return <main className={styles.main}><ErrorPanel error={data.error} onRetry={() => void data.reload()} /></main>;
  if (!data.data) return <main className={styles.main}><Spinner /></main>;
  const { name, pos, verslagen } = data.data;
  return (
    <main className={styles.main}>
      <h1 className={styles.h1}>{t('channel.title', { audience: name ?? t('channel.all') })}</h1>
      <h2 className={styles.h2}>{t('channel.verslagen')}</h2>
      {verslagen.length === 0 ? <Text className={styles.muted}>{t('archief.none')}</Text> : (
        <ul className={styles.list}>{verslagen.map((v) => <VerslagCard key={`${v.poId}-${v.version}`} item={v} />)}</ul>
      )}
      <h2 className={styles.h2}>{t('channel.pos')}</h2>
      <PoList pos={[...pos].sort((a, b) => b.startsAt.localeCompare(a.startsAt))} hrefOf={(p) => `/app/tab#po/${encodeURIComponent(p.id)}`} />
    </main>
  );
}
