/**
 * The standing item's part "Terugkoppeling college" on a PO: the besluitpunten of this
 * portefeuillehouder whose college state changed since the previous PO, with their outcome. Container.
 */
import { Badge, Text } from '@fluentui/react-components';
import { useStandingSectionStyles } from '../../shared/components/standingSectionStyles';
import { COLLEGE_OUTCOMES } from '../../../domain/college';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { LockIcon } from '../../shared/components/Icons';
import { LoadMore } from '../../shared/components/LoadMore';
import { formatDateTime } from '../../shared/format';
import { useSession, useT } from '../../shared/session';
import { usePaged } from '../../shared/usePaged';
import { useState } from 'react';
import { terugkoppeling } from './collegeApi';
import { CollegeHistory } from './CollegeHistory';

export function Terugkoppeling({ poId }: { poId: string }): JSX.Element {
  const styles = useStandingSectionStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const [since, setSince] = useState<string | null>(null);
  const list = usePaged(
    async (cursor) => {
      const page = await terugkoppeling(api, poId, cursor);
      setSince(page.since);
      return page;
    },
    [api, poId],
  );
  return (
    <section className={styles.section} aria-labelledby={`terugkoppeling-${poId}`} data-testid="terugkoppeling-college">
      <h2 id={`terugkoppeling-${poId}`} className={styles.h2}>
        {t('terugkoppeling.title')}
      </h2>
      <Text className={styles.muted}>{since ? t('terugkoppeling.intro', { since: formatDateTime(since, locale) }) : t('terugkoppeling.introFirst')}</Text>
      {list.error !== null && <ErrorPanel error={list.error} onRetry={() => void list.reload()} />}
      {!list.loading && list.items.length === 0 && list.error === null && <Text className={styles.muted}>{t('terugkoppeling.none')}</Text>}
      <ul className={styles.list}>
        {list.items.map((b) => (
          <li key={b.id}>
            <div className={styles.row}>
              <Badge
                appearance="filled"
                color={COLLEGE_OUTCOMES.includes(b.college.state) ? (b.college.state === 'besloten' ? 'success' : 'warning') : 'brand'}
              >
                {t(`college.state.${b.college.state}`)}
              </Badge>
              <Text weight="semibold">{b.text}</Text>
              {b.vertrouwelijk && (
                <Badge appearance="tint" color="danger" icon={<LockIcon />}>
                  {t('app.vertrouwelijk')}
                </Badge>
              )}
            </div>
            <Text className={styles.muted} size={200}>
              {b.poTitle} · {b.agendapuntTitle}
            </Text>
            <CollegeHistory steps={b.college.steps} />
          </li>
        ))}
      </ul>
      {list.more && <LoadMore shown={list.items.length} more={list.more} loading={list.loading} onMore={() => void list.loadMore()} />}
    </section>
  );
}
