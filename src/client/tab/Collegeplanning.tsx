/**
 * The collegeplanning: besluitpunten from all POs, grouped by the college date they head to. The
 * gemeentesecretaris and the concernadviseurs take each one's next college step (the terugkoppeling)
 * in its row; the server checks that right again.
 */
import { Badge, Field, Input, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { mayTrackCollege } from '../../domain/college';
import { amsterdamDate } from '../../shared/amsterdam';
import { ApiError } from '../shared/api';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { LockIcon } from '../shared/components/Icons';
import { LoadMore } from '../shared/components/LoadMore';
import { formatDate } from '../shared/format';
import { useSession, useT } from '../shared/session';
import type { CollegeplanningEntry } from '../shared/types';
import { usePaged } from '../shared/usePaged';
import { CollegeberichtButton } from './college/CollegeberichtButton';
import { takeCollegeStep } from './college/collegeApi';
import { CollegeStepForm } from './college/CollegeStepForm';
import { cardSurface } from '../shared/components/cardSurface';

const useStyles = makeStyles({
  date: { margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { ...cardSurface, gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  from: { maxWidth: '220px', marginBottom: tokens.spacingVerticalM },
});

export function Collegeplanning(): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api, me } = useSession();
  const tracks = mayTrackCollege(me);
  const [busy, setBusy] = useState<string | null>(null);
  const [stepError, setStepError] = useState<unknown>(null);
  // From this week on by default: ten years of besluitpunten are there, page by page, from an earlier date.
  const [from, setFrom] = useState(() => amsterdamDate(new Date(Date.now() - 7 * 86_400_000)));
  const list = usePaged((cursor) => api.collegeplanning({ from: from || undefined, cursor }), [api, from]);
  if (list.error instanceof ApiError && list.error.id === 'forbidden') return <Text>{t('college.forbidden')}</Text>;
  // A date can go on on the next page: pages are merged per date.
  const dates = new Map<string, CollegeplanningEntry['besluitpunten']>();
  for (const entry of list.items) dates.set(entry.collegeDatum, [...(dates.get(entry.collegeDatum) ?? []), ...entry.besluitpunten]);
  const entries = [...dates.entries()].map(([collegeDatum, besluitpunten]) => ({ collegeDatum, besluitpunten }));
  type Besluitpunt = CollegeplanningEntry['besluitpunten'][number];
  const step = async (b: Besluitpunt, next: Parameters<typeof takeCollegeStep>[2]): Promise<void> => {
    setBusy(b.id);
    setStepError(null);
    try {
      const track = await takeCollegeStep(api, b.id, next);
      const last = track.steps.at(-1);
      const college = last ? { state: track.state, date: last.date, note: last.note } : null;
      list.update((items) => items.map((e) => ({ ...e, besluitpunten: e.besluitpunten.map((x) => (x.id === b.id ? { ...x, college } : x)) })));
    } catch (e) {
      setStepError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div>
      <Field label={t('college.from')} className={styles.from}>
        <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
      </Field>
      {list.error !== null && <ErrorPanel error={list.error} onRetry={() => void list.reload()} />}
      {stepError !== null && <ErrorPanel error={stepError} onDismiss={() => setStepError(null)} />}
      {list.loading && list.items.length === 0 && <Spinner />}
      {!list.loading && entries.length === 0 && <Text className={styles.muted}>{t('college.none')}</Text>}
      {entries.map((entry) => (
        <section key={entry.collegeDatum} aria-labelledby={`college-${entry.collegeDatum}`}>
          <h2 id={`college-${entry.collegeDatum}`} className={styles.date}>
            {t('college.date', { date: formatDate(entry.collegeDatum, locale) })}
          </h2>
          <ul className={styles.list}>
            {entry.besluitpunten.map((b) => (
              <li key={b.id} className={styles.card} data-testid="collegeplanning-item">
                <Text weight="semibold">{b.text}</Text>
                <div className={styles.row}>
                  <Text className={styles.muted}>
                    {b.portefeuillehouder} · {b.poTitle} · {b.agendapuntTitle}
                  </Text>
                  {b.vertrouwelijk && (
                    <Badge appearance="tint" color="danger" icon={<LockIcon />}>
                      {t('app.vertrouwelijk')}
                    </Badge>
                  )}
                  <Badge appearance={b.college ? 'filled' : 'outline'} color={b.college ? 'brand' : 'informative'}>
                    {b.college ? t(`college.state.${b.college.state}`) : t('aankondiging.notAnnounced')}
                  </Badge>
                  {b.outsidePurpose && (
                    <Badge appearance="outline" color="warning">
                      {t('college.outsidePurpose')}
                    </Badge>
                  )}
                </div>
                <div className={styles.row}>
                  <CollegeberichtButton recordId={b.id} text={b.text} />
                </div>
                {b.college && (
                  <Text size={200} className={styles.muted}>
                    {t('college.history', { state: t(`college.state.${b.college.state}`), date: formatDate(b.college.date, locale) })}
                    {b.college.note ? ` — ${b.college.note}` : ''}
                  </Text>
                )}
                {tracks && (
                  <CollegeStepForm
                    state={b.college?.state ?? null}
                    lastDate={b.college?.date ?? null}
                    collegeDatum={entry.collegeDatum}
                    label={b.text}
                    busy={busy === b.id}
                    onStep={(next) => void step(b, next)}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {entries.length > 0 && (
        <LoadMore
          shown={list.items.reduce((n, e) => n + e.besluitpunten.length, 0)}
          more={list.more}
          loading={list.loading}
          onMore={() => void list.loadMore()}
        />
      )}
    </div>
  );
}
