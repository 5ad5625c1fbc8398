/**
 * The meeting stage: large and readable from across the room, type scaled to the screen (1280x720
 * up to 1920x1080) and the whole page within it. The agenda condensed around the current item when
 * not all items fit; the current item with its purpose label prominent; its records scrolled so the
 * newest is always in view; planned versus elapsed (overrun visible). The standing item lists the
 * open follow-up; after the meeting a recap of the besluitpunten and actiepunten. Presentational
 * (`loadStanding` is the read path's call for the standing item).
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ErrorPanel } from '../components/ErrorPanel';
import { WholeWords } from '../components/WholeWords';
import { RecordList } from '../components/RecordList';
import { formatDateTime } from '../format';
import { useT } from '../session';
import type { FollowUpEntry, UserView } from '../types';
import { AgendaProgress } from './AgendaProgress';
import { CurrentItem } from './CurrentItem';
import type { LiveView } from './live';
import { LiveStatus } from './LiveStatus';
import { StageRecap } from './StageRecap';
import { StandingFollowUp } from './StandingFollowUp';
import { itemTime, type Timings } from './timing';
import { byRecorded, titleWithDate, withOwnerNames } from './words';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    height: '100vh',
    overflow: 'hidden',
    boxSizing: 'border-box',
    padding: 'clamp(16px, 3vh, 48px) clamp(20px, 3vw, 64px)',
    gap: 'clamp(12px, 2.5vh, 40px)',
  },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalXL, flexWrap: 'wrap' },
  h1: { margin: 0, fontSize: 'clamp(22px, 3.6vh, 48px)', lineHeight: 1.2, fontWeight: tokens.fontWeightSemibold },
  sub: { color: tokens.colorNeutralForeground2, fontSize: 'clamp(15px, 2.2vh, 30px)' },
  body: { display: 'grid', gridTemplateColumns: 'minmax(0, 1.4fr) minmax(0, 2fr)', gap: 'clamp(20px, 3vw, 64px)', minHeight: 0 },
  agenda: {
    padding: 'clamp(8px, 1.5vh, 24px)',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: 0,
    overflowY: 'auto',
  },
  h2: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: 'clamp(18px, 2.8vh, 38px)', lineHeight: 1.2, fontWeight: tokens.fontWeightSemibold },
  main: { display: 'flex', flexDirection: 'column', gap: 'clamp(8px, 2vh, 32px)', minHeight: 0 },
  records: { flex: '1 1 auto', minHeight: 0, overflowY: 'auto' },
  empty: { fontSize: 'clamp(24px, 4.5vh, 60px)', lineHeight: 1.2, color: tokens.colorNeutralForeground2 },
});

/** How many agenda lines fit beside the current item at this screen height (6 at 720 px, 8 at 1080), room left for titles over two lines. */
export const agendaFit = (height: number): number => Math.max(4, Math.floor((height - 190) / (0.08 * height + 22)));

function useScreenHeight(): number {
  const [h, setH] = useState(() => (typeof window === 'undefined' ? 720 : window.innerHeight));
  useEffect(() => {
    const on = (): void => setH(window.innerHeight);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return h;
}

export function StageView({
  live,
  timings,
  now,
  loadStanding,
  users = [],
}: {
  live: LiveView;
  timings: Timings;
  now: number;
  loadStanding?: () => Promise<FollowUpEntry[]>;
  /** The directory, for the names of owners recorded by account only. */
  users?: UserView[];
}): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const height = useScreenHeight();
  const recordsRef = useRef<HTMLDivElement>(null);
  const po = live.po;
  const current = po?.agendapunten.find((i) => i.id === po.currentAgendapuntId);
  const records =
    current && po
      ? byRecorded(
          withOwnerNames(
            po.records.filter((r) => r.agendapuntId === current.id),
            users,
          ),
        )
      : [];
  const newest = records.at(-1);
  // Follow the newest record: a new one (or an edit making it longer) scrolls it into view.
  useLayoutEffect(() => {
    const box = recordsRef.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [current?.id, records.length, newest?.id, newest?.text, height]);

  if (!po)
    return (
      <main className={styles.root}>
        {live.fatal ? <ErrorPanel error={live.fatal} /> : <LiveStatus connection={live.connection} pending={0} presence={[]} />}
      </main>
    );
  const ended = po.status === 'afgesloten' || po.status === 'gepubliceerd';
  return (
    <main className={styles.root}>
      <header className={styles.top}>
        <div>
          <h1 className={styles.h1}>
            <WholeWords text={titleWithDate(po.title, locale)} />
          </h1>
          <Text className={styles.sub}>
            {po.portefeuillehouder.name} · {formatDateTime(po.startsAt, locale)}
            {ended && ` · ${t(po.status === 'gepubliceerd' ? 'status.gepubliceerd' : 'meeting.ended')}`}
          </Text>
        </div>
        <LiveStatus connection={live.connection} pending={0} presence={live.presence} showPending={false} />
      </header>
      {ended ? (
        <StageRecap po={{ ...po, records: byRecorded(withOwnerNames(po.records, users)) }} />
      ) : (
        <div className={styles.body}>
          <section className={styles.agenda} aria-labelledby="stage-agenda" tabIndex={0}>
            <h2 id="stage-agenda" className={styles.h2}>
              {t('agenda.title')}
            </h2>
            <AgendaProgress
              items={po.agendapunten}
              currentId={po.currentAgendapuntId}
              timings={timings}
              now={now}
              large
              label={t('agenda.title')}
              fit={agendaFit(height)}
            />
          </section>
          <section className={styles.main} aria-label={t('meeting.current')}>
            {po.status !== 'gestart' ? (
              <Text className={styles.empty}>{t('meeting.notStarted')}</Text>
            ) : current ? (
              <>
                <CurrentItem item={current} time={itemTime(timings, current.id, current.plannedMinutes, now)} large />
                <div className={styles.records} ref={recordsRef} data-testid="stage-records" tabIndex={0} aria-labelledby="stage-records-h">
                  {current.standing && loadStanding && <StandingFollowUp load={loadStanding} itemId={current.id} users={users} large />}
                  <h2 id="stage-records-h" className={styles.h2}>
                    {t('meeting.records')}
                  </h2>
                  <RecordList records={records} large />
                </div>
              </>
            ) : (
              <Text className={styles.empty}>{t('meeting.noCurrent')}</Text>
            )}
          </section>
        </div>
      )}
    </main>
  );
}
