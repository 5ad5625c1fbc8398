/**
 * The raad's register: moties and toezeggingen with their deadline, filtered and paged (windowed
 * when long); the concernadviseur adds entries, imports the griffie's CSV and sets the status.
 * Each row opens the PO discussions that referenced it.
 */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { FOLLOW_UP_STATUS_LABEL } from '../../../domain/labels';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../../domain/model';
import { mayKeepRaadsregister } from '../../../domain/raadsregister';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { ListSpacer } from '../../shared/components/ListSpacer';
import { LoadMore } from '../../shared/components/LoadMore';
import { formatDate } from '../../shared/format';
import { useSession, useT } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { usePaged } from '../../shared/usePaged';
import { useWindow } from '../../shared/useWindow';
import { raadsChange, raadsDetail, raadsList, type RaadsItemView } from '../../shared/raadsApi';
import { RaadsForm } from './RaadsForm';
import { RaadsImport } from './RaadsImport';

const useStyles = makeStyles({
  intro: { display: 'block', marginBottom: tokens.spacingVerticalL, color: tokens.colorNeutralForeground2 },
  filters: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'flex-end', marginBottom: tokens.spacingVerticalL },
  table: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge },
  muted: { color: tokens.colorNeutralForeground3 },
  small: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  tools: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'flex-start', marginBottom: tokens.spacingVerticalL },
  refs: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

export function Raadsregister(): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api, me } = useSession();
  const keeper = mayKeepRaadsregister(me);
  const [soort, setSoort] = useState('');
  const [status, setStatus] = useState('');
  const [ph, setPh] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<string | null>(null);
  const org = useAsync(() => api.organisatie(), [api]);
  const users = useAsync(async () => (keeper ? api.users() : []), [api, keeper]);
  const list = usePaged(
    (cursor) => raadsList(api, { soort: soort || undefined, status: status || undefined, portefeuillehouderId: ph || undefined, overdue, cursor }),
    [api, soort, status, ph, overdue],
  );
  const rows = useWindow(list.items.length, { estimate: 65 });
  const detail = useAsync(async () => (open ? raadsDetail(api, open) : null), [api, open]);

  const changeStatus = async (item: RaadsItemView, next: FollowUpStatus): Promise<void> => {
    setError(null);
    try {
      const changed = await raadsChange(api, item.id, { status: next });
      list.update((items) => items.map((i) => (i.id === item.id ? changed : i)));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div>
      <Text className={styles.intro}>{t('raads.intro')}</Text>
      {keeper && (
        <div className={styles.tools}>
          <RaadsForm portefeuillehouders={org.data?.portefeuillehouders ?? []} users={users.data ?? []} onAdded={() => void list.reload()} />
          <RaadsImport onImported={() => void list.reload()} />
        </div>
      )}
      <div className={styles.filters} role="group" aria-label={t('tab.nav.raadsregister')}>
        <Field label={t('raads.filter.soort')}>
          <Select value={soort} onChange={(_, d) => setSoort(d.value)}>
            <option value="">{t('raads.filter.all')}</option>
            <option value="motie">{t('raads.soort.motie')}</option>
            <option value="toezegging">{t('raads.soort.toezegging')}</option>
          </Select>
        </Field>
        <Field label={t('raads.filter.status')}>
          <Select value={status} onChange={(_, d) => setStatus(d.value)}>
            <option value="">{t('raads.filter.openOrBusy')}</option>
            {FOLLOW_UP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {FOLLOW_UP_STATUS_LABEL[s][locale]}
              </option>
            ))}
            <option value="alle">{t('raads.filter.all')}</option>
          </Select>
        </Field>
        <Field label={t('raads.filter.ph')}>
          <Select value={ph} onChange={(_, d) => setPh(d.value)}>
            <option value="">{t('raads.filter.all')}</option>
            {org.data?.portefeuillehouders.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox checked={overdue} label={t('raads.filter.overdue')} onChange={(_, d) => setOverdue(d.checked === true)} />
      </div>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      {list.error !== null && <ErrorPanel error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && list.items.length === 0 ? (
        <Spinner />
      ) : list.items.length === 0 ? (
        <Text className={styles.muted}>{t('raads.none')}</Text>
      ) : (
        <Table className={styles.table} aria-label={t('tab.nav.raadsregister')} aria-rowcount={list.items.length + 1}>
          <TableHeader>
            <TableRow aria-rowindex={1}>
              <TableHeaderCell style={{ width: '12%' }}>{t('raads.col.nummer')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '32%' }}>{t('raads.col.titel')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '16%' }}>{t('raads.col.ph')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '14%' }}>{t('raads.col.opdrachtnemer')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '12%' }}>{t('raads.col.deadline')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '14%' }}>{t('raads.col.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody ref={rows.ref}>
            <ListSpacer as="tr" height={rows.before} />
            {list.items.slice(rows.start, rows.end).map((item, i) => (
              <TableRow key={item.id} aria-rowindex={rows.start + i + 2}>
                <TableCell>
                  <Button
                    appearance="transparent"
                    size="small"
                    aria-expanded={open === item.id}
                    aria-label={t('raads.details', { nummer: item.nummer })}
                    onClick={() => setOpen(open === item.id ? null : item.id)}
                  >
                    {item.nummer}
                  </Button>
                  <span className={styles.small}>{t(item.soort === 'motie' ? 'raads.soort.motie' : 'raads.soort.toezegging')}</span>
                </TableCell>
                <TableCell>
                  {item.titel}
                  <span className={styles.small}>
                    {formatDate(item.raadsvergadering, locale)}
                    {item.indieners ? ` · ${t('raads.indieners', { names: item.indieners })}` : ''}
                  </span>
                  {open === item.id && (
                    <div>
                      <Text weight="semibold">{t('raads.references')}</Text>
                      {detail.data && detail.data.id === item.id ? (
                        detail.data.references.length === 0 ? (
                          <Text className={styles.small}>{t('raads.references.none')}</Text>
                        ) : (
                          <ul className={styles.refs}>
                            {detail.data.references.map((r) => (
                              <li key={r.recordId}>
                                <a href={`#po/${encodeURIComponent(r.poId)}`}>{r.poTitle}</a> ({formatDate(r.poStartsAt.slice(0, 10), locale)}): {r.text}
                              </li>
                            ))}
                          </ul>
                        )
                      ) : (
                        <Spinner size="tiny" />
                      )}
                    </div>
                  )}
                </TableCell>
                <TableCell>{item.portefeuillehouder}</TableCell>
                <TableCell>{item.opdrachtnemer || '—'}</TableCell>
                <TableCell>
                  {item.deadline ? formatDate(item.deadline, locale) : '—'}
                  {item.overdue && (
                    <>
                      {' '}
                      <Badge color="danger">{t('raads.overdue')}</Badge>
                    </>
                  )}
                </TableCell>
                <TableCell>
                  {keeper ? (
                    <Select
                      size="small"
                      value={item.status}
                      aria-label={t('raads.statusOf', { nummer: item.nummer })}
                      onChange={(_, d) => void changeStatus(item, d.value as FollowUpStatus)}
                    >
                      {FOLLOW_UP_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {FOLLOW_UP_STATUS_LABEL[s][locale]}
                        </option>
                      ))}
                    </Select>
                  ) : (
                    FOLLOW_UP_STATUS_LABEL[item.status][locale]
                  )}
                </TableCell>
              </TableRow>
            ))}
            <ListSpacer as="tr" height={rows.after} />
          </TableBody>
        </Table>
      )}
      {list.items.length > 0 && <LoadMore shown={list.items.length} more={list.more} loading={list.loading} onMore={() => void list.loadMore()} />}
    </div>
  );
}
