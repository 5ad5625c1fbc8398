/**
 * The langetermijnplanning (seed 002): agendapunten per month with portefeuillehouder, categorie,
 * raadsthema and the intended college and raad dates; filterable, exportable as CSV. Container.
 */
import {
  Button,
  Field,
  Input,
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
import { Fragment, useState } from 'react';
import { CATEGORIES, CATEGORIE_LABEL, type Categorie } from '../../../domain/tags';
import { amsterdamDate } from '../../../shared/amsterdam';
import type { PlanningItem, PlanningView } from '../../../shared/contract/planning';
import { ApiError } from '../../shared/api';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { LockIcon } from '../../shared/components/Icons';
import { LoadMore } from '../../shared/components/LoadMore';
import { pick } from '../../shared/i18n';
import { formatDate } from '../../shared/format';
import { useSession, useT } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { usePaged } from '../../shared/usePaged';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(170px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    '& > *': { minWidth: 0 },
  },
  month: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  muted: { color: tokens.colorNeutralForeground2 },
  select: { width: '100%', minWidth: 0, '& select': { maxWidth: '100%', textOverflow: 'ellipsis' } },
});

const monthName = (maand: string, locale: 'nl' | 'en'): string => {
  const [y, m] = maand.split('-').map(Number);
  if (!y || !m) return maand;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
};

/** The filters as a query string; empty ones left out. */
function queryOf(filter: Record<string, string>): string {
  const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== ''));
  return params.size ? `?${params.toString()}` : '';
}

export function Langetermijnplanning(): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const org = useAsync(() => api.organisatie(), [api]);
  const [ph, setPh] = useState('');
  const [categorie, setCategorie] = useState<Categorie | ''>('');
  const [raadsthema, setRaadsthema] = useState('');
  const [from, setFrom] = useState(() => amsterdamDate(new Date())); // Today as the municipality counts it, not UTC's.
  const [to, setTo] = useState('');
  const [exportError, setExportError] = useState<unknown>(null);
  const query = (extra: Record<string, string> = {}): string => queryOf({ portefeuillehouderId: ph, categorie, raadsthema, from, to, ...extra });
  const list = usePaged(
    (cursor) =>
      api.request<PlanningView>(
        'GET',
        `/api/langetermijnplanning${queryOf({ portefeuillehouderId: ph, categorie, raadsthema, from, to, cursor: cursor ?? '' })}`,
      ),
    [api, ph, categorie, raadsthema, from, to],
  );
  if (list.error instanceof ApiError && list.error.id === 'forbidden') return <Text>{t('planning.forbidden')}</Text>;
  const themes = [...new Set((org.data?.portefeuillehouders ?? []).filter((p) => !ph || p.id === ph).flatMap((p) => p.raadsthemas))];
  const months = new Map<string, PlanningItem[]>();
  for (const i of list.items) months.set(i.maand, [...(months.get(i.maand) ?? []), i]);

  const exportCsv = async (): Promise<void> => {
    setExportError(null);
    try {
      const file = await api.download(`/api/langetermijnplanning.csv${query()}`);
      const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: 'text/csv' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.fileName ?? 'langetermijnplanning.csv';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setExportError(e);
    }
  };

  return (
    <div className={styles.stack}>
      <div className={styles.filters}>
        <Field label={t('planning.filter.ph')}>
          <Select className={styles.select} value={ph} onChange={(_, d) => setPh(d.value)}>
            <option value="">{t('planning.filter.all')}</option>
            {(org.data?.portefeuillehouders ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('planning.filter.categorie')}>
          <Select className={styles.select} value={categorie} onChange={(_, d) => setCategorie(d.value as Categorie | '')}>
            <option value="">{t('planning.filter.all')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {pick(CATEGORIE_LABEL[c], locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('planning.filter.raadsthema')}>
          <Select className={styles.select} value={raadsthema} onChange={(_, d) => setRaadsthema(d.value)}>
            <option value="">{t('planning.filter.all')}</option>
            {themes.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('planning.filter.from')}>
          <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
        </Field>
        <Field label={t('planning.filter.to')}>
          <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
        </Field>
        <Button onClick={() => void exportCsv()}>{t('planning.export')}</Button>
      </div>
      {exportError !== null && <ErrorPanel error={exportError} onDismiss={() => setExportError(null)} />}
      {list.error !== null && <ErrorPanel error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && list.items.length === 0 && <Spinner />}
      {!list.loading && list.items.length === 0 && list.error === null && <Text className={styles.muted}>{t('planning.none')}</Text>}
      {list.items.length > 0 && (
        <Table aria-label={t('tab.nav.langetermijnplanning')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('planning.col.item')}</TableHeaderCell>
              <TableHeaderCell>{t('planning.col.ph')}</TableHeaderCell>
              <TableHeaderCell>{t('planning.col.categorie')}</TableHeaderCell>
              <TableHeaderCell>{t('planning.col.raadsthema')}</TableHeaderCell>
              <TableHeaderCell>{t('planning.col.college')}</TableHeaderCell>
              <TableHeaderCell>{t('planning.col.raad')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...months.entries()].map(([maand, items]) => (
              <Fragment key={maand}>
                <TableRow>
                  <TableCell colSpan={6} className={styles.month}>
                    {monthName(maand, locale)}
                  </TableCell>
                </TableRow>
                {items.map((i) => (
                  <TableRow key={i.agendapuntId}>
                    <TableCell>
                      {i.vertrouwelijk && <LockIcon aria-label={t('app.vertrouwelijk')} />} {i.title}
                    </TableCell>
                    <TableCell>{i.portefeuillehouder}</TableCell>
                    <TableCell>{i.categorie ?? '–'}</TableCell>
                    <TableCell>{i.raadsthema ?? '–'}</TableCell>
                    <TableCell>{i.beoogdeCollegedatum ? formatDate(i.beoogdeCollegedatum, locale) : '–'}</TableCell>
                    <TableCell>{i.beoogdeRaadsdatum ? formatDate(i.beoogdeRaadsdatum, locale) : '–'}</TableCell>
                  </TableRow>
                ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      )}
      {list.items.length > 0 && <LoadMore shown={list.items.length} more={list.more} loading={list.loading} onMore={() => void list.loadMore()} />}
    </div>
  );
}
