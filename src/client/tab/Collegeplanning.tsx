/** The collegeplanning: besluitpunten from all POs, grouped by the college date they head to. */
import { Badge, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ApiError } from '../shared/api';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { LockIcon } from '../shared/components/Icons';
import { formatDate } from '../shared/format';
import { useSession, useT } from '../shared/session';
import { useAsync } from '../shared/useAsync';

const useStyles = makeStyles({
  date: { margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow2, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export function Collegeplanning(): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const list = useAsync(() => api.collegeplanning(), [api]);
  if (list.error instanceof ApiError && list.error.id === 'forbidden') return <Text>{t('college.forbidden')}</Text>;
  if (list.error !== null) return <ErrorPanel error={list.error} onRetry={() => void list.reload()} />;
  if (!list.data) return <Spinner />;
  if (list.data.length === 0) return <Text className={styles.muted}>{t('college.none')}</Text>;
  return (
    <div>
      {list.data.map((entry) => (
        <section key={entry.collegeDatum} aria-labelledby={`college-${entry.collegeDatum}`}>
          <h2 id={`college-${entry.collegeDatum}`} className={styles.date}>{t('college.date', { date: formatDate(entry.collegeDatum, locale) })}</h2>
          <ul className={styles.list}>
            {entry.besluitpunten.map((b) => (
              <li key={b.id} className={styles.card}>
                <Text weight="semibold">{b.text}</Text>
                <div className={styles.row}>
                  <Text className={styles.muted}>{b.portefeuillehouder} · {b.poTitle} · {b.agendapuntTitle}</Text>
                  {b.vertrouwelijk && <Badge appearance="tint" color="danger" icon={<LockIcon />}>{t('app.vertrouwelijk')}</Badge>}
                  {b.outsidePurpose && <Badge appearance="outline" color="warning">{t('college.outsidePurpose')}</Badge>}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
