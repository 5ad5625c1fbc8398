/**
 * The meeting stage: large and readable from across the room. The agenda, the current item with
 * its purpose label prominent, its records appearing live, planned versus elapsed (overrun visible).
 * Presentational.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorPanel } from '../components/ErrorPanel';
import { RecordList } from '../components/RecordList';
import { formatDateTime } from '../format';
import { AgendaProgress } from './AgendaProgress';
import { CurrentItem } from './CurrentItem';
import type { LiveView } from './live';
import { LiveStatus } from './LiveStatus';
import { itemTime, type Timings } from './timing';
import { useT } from '../session';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalXXL,
    gap: tokens.spacingVerticalXL,
  },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalXL, flexWrap: 'wrap' },
  h1: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  sub: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase400 },
  body: { display: 'grid', gridTemplateColumns: 'minmax(280px, 1fr) minmax(0, 2.2fr)', gap: tokens.spacingHorizontalXXXL, alignItems: 'start' },
  agenda: { padding: tokens.spacingHorizontalL, borderRadius: tokens.borderRadiusXLarge, backgroundColor: tokens.colorNeutralBackground2 },
  h2: { margin: `0 0 ${tokens.spacingVerticalM}`, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  empty: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, color: tokens.colorNeutralForeground2 },
});

export function StageView({ live, timings, now }: { live: LiveView; timings: Timings; now: number }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const po = live.po;
  if (!po)
    return (
      <main className={styles.root}>
        {live.fatal ? <ErrorPanel error={live.fatal} /> : <LiveStatus connection={live.connection} pending={0} presence={[]} />}
      </main>
    );
  const current = po.agendapunten.find((i) => i.id === po.currentAgendapuntId);
  return (
    <main className={styles.root}>
      <header className={styles.top}>
        <div>
          <h1 className={styles.h1}>{po.title}</h1>
          <Text className={styles.sub}>
            {po.portefeuillehouder.name} · {formatDateTime(po.startsAt, locale)}
          </Text>
        </div>
        <LiveStatus connection={live.connection} pending={0} presence={live.presence} showPending={false} />
      </header>
      <div className={styles.body}>
        <section className={styles.agenda} aria-labelledby="stage-agenda">
          <h2 id="stage-agenda" className={styles.h2}>
            {t('agenda.title')}
          </h2>
          <AgendaProgress items={po.agendapunten} currentId={po.currentAgendapuntId} timings={timings} now={now} large label={t('agenda.title')} />
        </section>
        <section className={styles.main} aria-label={t('meeting.current')}>
          {po.status !== 'gestart' ? (
            <Text className={styles.empty}>{po.status === 'vastgesteld' || po.status === 'concept' ? t('meeting.notStarted') : t('meeting.ended')}</Text>
          ) : current ? (
            <>
              <CurrentItem item={current} time={itemTime(timings, current.id, current.plannedMinutes, now)} large />
              <div>
                <h2 className={styles.h2}>{t('meeting.records')}</h2>
                <RecordList records={po.records.filter((r) => r.agendapuntId === current.id)} large />
              </div>
            </>
          ) : (
            <Text className={styles.empty}>{t('meeting.noCurrent')}</Text>
          )}
        </section>
      </div>
    </main>
  );
}
