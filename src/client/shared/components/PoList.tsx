/** A list of POs: date, title, portefeuillehouder, status and my role(s). Presentational. */
import { Badge, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ListSpacer } from './ListSpacer';
import { StatusBadge } from './StatusBadge';
import { formatDateTime } from '../format';
import { useT } from '../session';
import type { PoSummary } from '../types';
import { useWindow } from '../useWindow';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', justifyContent: 'flex-end' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface PoListProps {
  pos: PoSummary[];
  hrefOf: (po: PoSummary) => string;
  onOpen?: (po: PoSummary) => void;
}

export function PoList({ pos, hrefOf, onOpen }: PoListProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const rows = useWindow(pos.length, { estimate: 80 });
  if (pos.length === 0) return <Text className={styles.muted}>{t('pos.none')}</Text>;
  return (
    <ul className={styles.list} ref={rows.ref}>
      <ListSpacer as="li" height={rows.before} />
      {pos.slice(rows.start, rows.end).map((po, i) => (
        <li key={po.id} className={styles.row} aria-posinset={rows.start + i + 1} aria-setsize={pos.length}>
          <div className={styles.main}>
            <Link
              className={styles.title}
              href={hrefOf(po)}
              onClick={
                onOpen
                  ? (e) => {
                      e.preventDefault();
                      onOpen(po);
                    }
                  : undefined
              }
            >
              {po.title}
            </Link>
            <Text className={styles.meta}>
              {formatDateTime(po.startsAt, locale)} · {po.portefeuillehouder.name} · {t('pos.items', { n: po.agendapunten })}
            </Text>
          </div>
          <div className={styles.badges}>
            {po.myRoles.map((r) => (
              <Badge key={r} appearance="outline" color="informative">
                {t(`app.role.${r}`)}
              </Badge>
            ))}
            {po.kwaliteitstoetsVoorMij > 0 && (
              <Badge appearance="filled" color="warning">
                {t('pos.toetsVoorMij')}
              </Badge>
            )}
            {po.vaststelling === 'wacht_op_jou' && (
              <Badge appearance="filled" color="warning">
                {t('vaststelling.myPos.waiting')}
              </Badge>
            )}
            {po.vaststelling === 'teruggestuurd' && (
              <Badge appearance="filled" color="important">
                {t('vaststelling.myPos.teruggestuurd')}
              </Badge>
            )}
            {po.geannuleerd ? (
              <Badge appearance="filled" color="danger">
                {t('pos.geannuleerd')}
              </Badge>
            ) : (
              <StatusBadge status={po.status} />
            )}
          </div>
        </li>
      ))}
      <ListSpacer as="li" height={rows.after} />
    </ul>
  );
}
