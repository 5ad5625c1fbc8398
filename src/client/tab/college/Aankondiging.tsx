/**
 * "Aankondiging college": on Tuesday the besluitpunten of Monday's POs heading for the college of
 * the Tuesday after, for the gemeentesecretaris and the concernadviseurs: mark each aangekondigd,
 * later enter the college's answer; export as .docx, share in the channel or copy a link. Late and
 * changed besluitpunten are marked. Container.
 */
import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { isValidDate } from '../../../domain/dates';
import type { AankondigingItem } from '../../../shared/contract/college';
import { ApiError } from '../../shared/api';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { LockIcon } from '../../shared/components/Icons';
import { LoadMore } from '../../shared/components/LoadMore';
import { formatDate, formatDateTime } from '../../shared/format';
import { useSession, useT } from '../../shared/session';
import { usePaged } from '../../shared/usePaged';
import { hrefOf } from '../route';
import { aankondiging, aankondigingDatum, aankondigingDocx, saveDocx, shareAankondiging, takeCollegeStep } from './collegeApi';
import { CollegeberichtButton } from './CollegeberichtButton';
import { CollegeHistory } from './CollegeHistory';
import { CollegeStepForm } from './CollegeStepForm';
import { cardSurface } from '../../shared/components/cardSurface';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  h1: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { ...cardSurface, gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function Aankondiging({ date: linked }: { date?: string }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const given = linked && isValidDate(linked) ? linked : null;
  // Without a date in the link: the server's (the organisation's college day, today in Amsterdam).
  const [date, setDate] = useState(given ?? '');
  const [first, setFirst] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const valid = isValidDate(date);
  useEffect(() => {
    if (given) return;
    let live = true;
    aankondigingDatum(api).then(
      (d) => {
        if (live) setDate((current) => current || d.collegeDatum);
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [api, given]);
  const list = usePaged(
    async (cursor) => {
      if (!valid) return { items: [], nextCursor: null };
      const page = await aankondiging(api, date, cursor);
      setFirst(page.firstAnnouncedAt);
      return page;
    },
    [api, date, valid],
  );
  if (list.error instanceof ApiError && list.error.id === 'forbidden') return <Text>{t('aankondiging.forbidden')}</Text>;

  const run = async (key: string, fn: () => Promise<void>): Promise<void> => {
    setBusy(key);
    setError(null);
    setNotice(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const link = `${window.location.origin}/app/tab${hrefOf({ view: 'aankondiging', date })}`;
  const item = (b: AankondigingItem): JSX.Element => (
    <li key={b.id} className={styles.card} data-testid="aankondiging-item">
      <Text weight="semibold">{b.text}</Text>
      <div className={styles.row}>
        <Text className={styles.muted}>{t('aankondiging.from', { ph: b.portefeuillehouder, po: b.poTitle, item: b.agendapuntTitle })}</Text>
        {b.vertrouwelijk && (
          <Badge appearance="tint" color="danger" icon={<LockIcon />}>
            {t('app.vertrouwelijk')}
          </Badge>
        )}
        <Badge appearance={b.college ? 'filled' : 'outline'} color={b.college ? 'brand' : 'informative'}>
          {b.college ? t(`college.state.${b.college.state}`) : t('aankondiging.notAnnounced')}
        </Badge>
        {b.late && (
          <Badge appearance="tint" color="warning">
            {t('aankondiging.late')}
          </Badge>
        )}
        {b.changed && (
          <Badge appearance="tint" color="warning">
            {t('aankondiging.changed')}
          </Badge>
        )}
      </div>
      {b.college && <CollegeHistory steps={b.college.steps} />}
      <div className={styles.row}>
        <CollegeberichtButton recordId={b.id} text={b.text} />
      </div>
      <CollegeStepForm
        state={b.college?.state ?? null}
        lastDate={b.college?.steps.at(-1)?.date ?? null}
        collegeDatum={b.collegeDatum}
        label={b.text}
        busy={busy === b.id}
        onStep={(step) =>
          void run(b.id, async () => {
            const track = await takeCollegeStep(api, b.id, step);
            list.update((items) => items.map((i) => (i.id === b.id ? { ...i, college: track } : i)));
            // The first announcement of this date is the server's: read it again.
            if (step.state === 'aangekondigd' && first === null) await list.reload();
          })
        }
      />
    </li>
  );

  return (
    <div className={styles.stack}>
      <h1 className={styles.h1}>{t('aankondiging.title', { date: valid ? formatDate(date, locale) : '' })}</h1>
      <div className={styles.bar}>
        <Field label={t('aankondiging.date')} hint={t('aankondiging.date.hint')}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Button
          disabled={!valid || busy !== null}
          onClick={() => void run('docx', async () => saveDocx(await aankondigingDocx(api, date), `Aankondiging college ${date}.docx`))}
        >
          {t('aankondiging.docx')}
        </Button>
        <Button
          disabled={!valid || busy !== null}
          onClick={() =>
            void run('share', async () => {
              const r = await shareAankondiging(api, date);
              setNotice(t('aankondiging.shared', { shown: r.shown, hidden: r.hidden ? t('aankondiging.sharedHidden', { n: r.hidden }) : '' }));
            })
          }
        >
          {t('aankondiging.share')}
        </Button>
        <Button
          disabled={!valid}
          onClick={() =>
            void navigator.clipboard.writeText(link).then(
              () => setNotice(t('aankondiging.copied')),
              () => setNotice(t('aankondiging.copyFailed', { url: link })),
            )
          }
        >
          {t('aankondiging.copyLink')}
        </Button>
        {busy !== null && <Spinner size="tiny" />}
      </div>
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      {list.error !== null && <ErrorPanel error={list.error} onRetry={() => void list.reload()} />}
      {first && <Text className={styles.muted}>{t('aankondiging.firstAnnounced', { at: formatDateTime(first, locale) })}</Text>}
      {list.loading && list.items.length === 0 && <Spinner />}
      {valid && !list.loading && list.items.length === 0 && list.error === null && <Text className={styles.muted}>{t('aankondiging.none')}</Text>}
      <ul className={styles.list} aria-label={t('aankondiging.title', { date: valid ? formatDate(date, locale) : '' })}>
        {list.items.map(item)}
      </ul>
      {list.items.length > 0 && <LoadMore shown={list.items.length} more={list.more} loading={list.loading} onMore={() => void list.loadMore()} />}
    </div>
  );
}
