/** "Mijn PO's": upcoming and past POs with my role, and creating a new one. Container. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, errorText } from '../shared/api';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { formatDate, todayIso } from '../shared/format';
import { amsterdamDate } from '../../shared/amsterdam';
import { AddIcon } from '../shared/components/Icons';
import { useSession, useT } from '../shared/session';
import { useAsync } from '../shared/useAsync';
import { LoadMore } from '../shared/components/LoadMore';
import { usePaged } from '../shared/usePaged';
import { NewPoForm, type NewPoInput } from '../shared/components/NewPoForm';
import { PoList } from '../shared/components/PoList';
import { hrefOf } from './route';

const useStyles = makeStyles({
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalM },
  h2: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}` },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function MyPos({ onOpen }: { onOpen: (poId: string) => void }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api, me } = useSession();
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  /** A PO whose date fell on a public holiday and was moved: said before it opens. */
  const [moved, setMoved] = useState<{ poId: string; text: string } | null>(null);
  /** The last form's input, refused because the portefeuillehouder already has a PO that day: "Toch aanmaken" sends it again. */
  const [sameDay, setSameDay] = useState<{ input: NewPoInput; error: ApiError } | null>(null);
  const today = todayIso();
  // Upcoming POs are few; past ones are ten years of them, page by page.
  const pos = useAsync(() => api.posPage({ scope: 'mijn', from: today, limit: '200' }), [api, today]);
  const earlier = usePaged((cursor) => api.posPage({ scope: 'mijn', to: today, cursor }), [api, today]);
  const setup = useAsync(() => Promise.all([api.organisatie(), api.users()]), [api]);

  const allowed = setup.data
    ? setup.data[0].portefeuillehouders.filter((p) => me.roles.includes('concernadviseur') || p.userId === me.id).map((p) => p.id)
    : [];

  const create = async (input: NewPoInput): Promise<void> => {
    setBusy(true);
    setError(null);
    setSameDay(null);
    try {
      const po = await api.createPo(input);
      if (po.datumVerschoven) {
        setCreating(false);
        setMoved({
          poId: po.id,
          text: t('pos.moved', {
            holiday: po.datumVerschoven.holiday,
            from: formatDate(po.datumVerschoven.from, locale),
            to: formatDate(amsterdamDate(new Date(po.startsAt)), locale),
          }),
        });
        await pos.reload();
      } else onOpen(po.id);
    } catch (err) {
      if (err instanceof ApiError && err.id === 'same_day_po') setSameDay({ input, error: err });
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const now = Date.now();
  const list = [...(pos.data?.items ?? []), ...earlier.items.filter((p) => !(pos.data?.items ?? []).some((u) => u.id === p.id))];
  const upcoming = list
    .filter((p) => new Date(p.startsAt).getTime() + 4 * 3600_000 >= now || p.status === 'gestart')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = list.filter((p) => !upcoming.includes(p)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  return (
    <div className={styles.stack}>
      <div className={styles.header}>
        <h2 className={styles.h2}>{t('pos.upcoming')}</h2>
        {allowed.length > 0 && !creating && (
          <Button appearance="primary" icon={<AddIcon />} onClick={() => setCreating(true)}>
            {t('pos.new')}
          </Button>
        )}
      </div>
      {creating && setup.data && (
        <NewPoForm
          org={setup.data[0]}
          users={setup.data[1]}
          allowed={allowed}
          busy={busy}
          onSubmit={(i) => void create(i)}
          onCancel={() => setCreating(false)}
        />
      )}
      {moved && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>{moved.text}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => onOpen(moved.poId)}>{t('pos.moved.open')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {sameDay && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{errorText(sameDay.error, locale)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void create({ ...sameDay.input, sameDayOk: true })}>{t('pos.new.sameDayOk')}</Button>
            <Button appearance="transparent" onClick={() => setSameDay(null)}>
              {t('app.cancel')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      {pos.error !== null && <ErrorPanel error={pos.error} onRetry={() => void pos.reload()} />}
      {pos.loading && !pos.data ? (
        <Spinner />
      ) : (
        <>
          <PoList pos={upcoming} hrefOf={(p) => hrefOf({ view: 'po', poId: p.id })} onOpen={(p) => onOpen(p.id)} />
          <h2 className={styles.h2}>{t('pos.past')}</h2>
          <PoList pos={past} hrefOf={(p) => hrefOf({ view: 'po', poId: p.id })} onOpen={(p) => onOpen(p.id)} />
          {pos.data?.nextCursor && <ErrorPanel error={new Error(t('pos.tooManyUpcoming'))} />}
          {earlier.error !== null && <ErrorPanel error={earlier.error} onRetry={() => void earlier.reload()} />}
          <LoadMore shown={past.length} more={earlier.more} loading={earlier.loading} onMore={() => void earlier.loadMore()} />
        </>
      )}
    </div>
  );
}
