/** The follow-up register: open actiepunten, toezeggingen and moties across POs, filtered, with their status. */
import {
  Badge,
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
import { FOLLOW_UP_STATUS_LABEL, RECORD_KIND_LABEL } from '../../domain/labels';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../domain/model';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { LockIcon } from '../shared/components/Icons';
import { formatDate } from '../shared/format';
import { useSession, useT } from '../shared/session';
import { useAsync } from '../shared/useAsync';
import { LoadMore } from '../shared/components/LoadMore';
import { usePaged } from '../shared/usePaged';
import { ListSpacer } from '../shared/components/ListSpacer';
import { useWindow } from '../shared/useWindow';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'flex-end', marginBottom: tokens.spacingVerticalL },
  table: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { whiteSpace: 'pre-wrap' },
});

export function Opvolging(): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const [ph, setPh] = useState('');
  const [owner, setOwner] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [closed, setClosed] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const setup = useAsync(() => Promise.all([api.organisatie(), api.users()]), [api]);
  const list = usePaged(
    (cursor) =>
      api.followUp({
        portefeuillehouderId: ph || undefined,
        ownerId: owner || undefined,
        overdue: overdue || undefined,
        includeClosed: closed || undefined,
        cursor,
      }),
    [api, ph, owner, overdue, closed],
  );
  const rows = useWindow(list.items.length, { estimate: 57 });

  const setStatus = async (recordId: string, status: FollowUpStatus): Promise<void> => {
    setError(null);
    try {
      await api.setFollowUpStatus(recordId, status);
      // Changed in place: the loaded pages stay where the user is.
      list.update((items) =>
        items.map((e) =>
          e.record.id === recordId ? { ...e, record: { ...e.record, status }, overdue: e.overdue && (status === 'open' || status === 'in_uitvoering') } : e,
        ),
      );
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div>
      <div className={styles.filters}>
        <Field label={t('opvolging.filter.ph')}>
          <Select value={ph} onChange={(_, d) => setPh(d.value)}>
            <option value="">{t('opvolging.filter.all')}</option>
            {setup.data?.[0].portefeuillehouders.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('opvolging.filter.owner')}>
          <Select value={owner} onChange={(_, d) => setOwner(d.value)}>
            <option value="">{t('opvolging.filter.all')}</option>
            {setup.data?.[1].map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox checked={overdue} label={t('opvolging.filter.overdue')} onChange={(_, d) => setOverdue(d.checked === true)} />
        <Checkbox checked={closed} label={t('opvolging.filter.closed')} onChange={(_, d) => setClosed(d.checked === true)} />
      </div>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      {list.error !== null && <ErrorPanel error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && list.items.length === 0 ? (
        <Spinner />
      ) : list.items.length === 0 ? (
        <Text className={styles.muted}>{t('opvolging.none')}</Text>
      ) : (
        <Table className={styles.table} aria-label={t('tab.nav.opvolging')} aria-rowcount={list.items.length + 1}>
          <TableHeader>
            <TableRow aria-rowindex={1}>
              <TableHeaderCell style={{ width: '10%' }}>{t('opvolging.col.kind')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '28%' }}>{t('opvolging.col.text')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '13%' }}>{t('opvolging.col.owner')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '14%' }}>{t('opvolging.col.due')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '20%' }}>{t('opvolging.col.po')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '15%' }}>{t('opvolging.col.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody ref={rows.ref}>
            <ListSpacer as="tr" height={rows.before} />
            {list.items.slice(rows.start, rows.end).map((e, i) => (
              <TableRow key={e.record.id} aria-rowindex={rows.start + i + 2}>
                <TableCell>{RECORD_KIND_LABEL[e.record.kind][locale]}</TableCell>
                <TableCell>
                  <span className={styles.text}>{e.record.kind === 'motie' ? `${e.record.referentie}: ${e.record.text}` : e.record.text}</span>
                  {e.vertrouwelijk && (
                    <>
                      {' '}
                      <Badge appearance="tint" color="danger" icon={<LockIcon />}>
                        {t('app.vertrouwelijk')}
                      </Badge>
                    </>
                  )}
                </TableCell>
                <TableCell>{e.record.ownerName || '—'}</TableCell>
                <TableCell>
                  {e.record.dueDate ? formatDate(e.record.dueDate, locale) : '—'}
                  {e.overdue && (
                    <>
                      {' '}
                      <Badge color="danger">{t('opvolging.overdue')}</Badge>
                    </>
                  )}
                </TableCell>
                <TableCell>{e.poTitle}</TableCell>
                <TableCell>
                  <Select
                    size="small"
                    value={e.record.status}
                    aria-label={t('opvolging.statusOf', { text: e.record.text.slice(0, 60) })}
                    onChange={(_, d) => void setStatus(e.record.id, d.value as FollowUpStatus)}
                  >
                    {FOLLOW_UP_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {FOLLOW_UP_STATUS_LABEL[s][locale]}
                      </option>
                    ))}
                  </Select>
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
