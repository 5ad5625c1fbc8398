/** The stukken of an agendapunt as links (opened in a new window). */
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../session';
import type { AgendaItemView } from '../types';
import { DocumentIcon } from './Icons';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function StukLinks({ stukken, label }: { stukken: AgendaItemView['stukken']; label?: string }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  if (stukken.length === 0) return <Text className={styles.muted}>{t('agenda.item.stukken.none')}</Text>;
  return (
    <ul className={styles.list} aria-label={label ?? t('agenda.item.stukken')}>
      {stukken.map((s) => (
        <li key={s.id} className={styles.row}>
          <DocumentIcon />
          <Link href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
