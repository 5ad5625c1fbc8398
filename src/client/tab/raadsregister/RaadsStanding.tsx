/**
 * The standing item's raad part on a PO (issue 15): the open moties and toezeggingen of this PO's
 * portefeuillehouder that are over their deadline or due within two weeks of the PO's date
 * (`GET /api/pos/:poId/raadsregister`, read policy on the server). Read-only; an entry over its
 * deadline says so in words and with an icon, not by colour alone. Container.
 */
import { Badge, Text } from '@fluentui/react-components';
import { useStandingSectionStyles } from '../../shared/components/standingSectionStyles';
import { FOLLOW_UP_STATUS_LABEL } from '../../../domain/labels';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { ClockIcon } from '../../shared/components/Icons';
import { formatDate } from '../../shared/format';
import { raadsStanding } from '../../shared/raadsApi';
import { useSession, useT } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';

export function RaadsStanding({ poId }: { poId: string }): JSX.Element {
  const styles = useStandingSectionStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const standing = useAsync(() => raadsStanding(api, poId), [api, poId]);
  const items = standing.data?.items ?? [];
  const headingId = `raads-standing-${poId}`;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="raads-standing">
      <h2 id={headingId} className={styles.h2}>
        {t('raads.standing')}
      </h2>
      {standing.data && <Text className={styles.muted}>{t('raads.standing.hint', { date: formatDate(standing.data.horizon, locale) })}</Text>}
      {standing.error !== null && <ErrorPanel error={standing.error} onRetry={() => void standing.reload()} />}
      {standing.data && items.length === 0 && <Text className={styles.muted}>{t('raads.standing.none')}</Text>}
      {items.length > 0 && (
        <ul className={styles.list}>
          {items.map((e) => (
            <li key={e.id} data-testid="raads-standing-item" data-overdue={e.overdue}>
              <div className={styles.row}>
                <Badge appearance="outline" color="informative">
                  {t(`raads.soort.${e.soort}`)}
                </Badge>
                <Text weight="semibold">{`${e.nummer} — ${e.titel}`}</Text>
                {e.overdue && (
                  <Badge appearance="filled" color="danger" icon={<ClockIcon />}>
                    {t('raads.overdue')}
                  </Badge>
                )}
              </div>
              <Text className={styles.muted} size={200}>
                {t('raads.standing.deadline', { date: e.deadline ? formatDate(e.deadline, locale) : t('raads.standing.noDeadline') })} ·{' '}
                {t('raads.standing.status', { status: FOLLOW_UP_STATUS_LABEL[e.status][locale] })}
                {e.opdrachtnemer ? ` · ${t('raads.standing.opdrachtnemer', { name: e.opdrachtnemer })}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
