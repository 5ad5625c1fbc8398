/**
 * The stage after the meeting, over the whole width: besluitpunten in the left column, actiepunten
 * (with wie and wanneer) in the right, each under its agendapunt, in agenda order. Many records are
 * condensed (smaller type, still readable across the room) and a column that still does not fit
 * scrolls on its own (keyboard too). It shows what the live state gives this viewer and nothing
 * else: the read policy has already left out the records of items they may not read and titled
 * those items as confidential (read/po.ts, domain/readPolicy.ts), so there is no check of its own
 * here. Presentational.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { WholeWords } from '../components/WholeWords';
import { formatDate } from '../format';
import { useT } from '../session';
import type { PoView, RecordView } from '../types';

/** Above this many records in a column its type is condensed. */
const RECAP_DENSE_FROM = 5;

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateRows: 'auto minmax(0, 1fr)', gap: 'clamp(8px, 1.5vh, 24px)', minHeight: 0 },
  h2: { margin: 0, fontSize: 'clamp(24px, 4vh, 52px)', lineHeight: 1.2, fontWeight: tokens.fontWeightSemibold },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 'clamp(16px, 2.5vw, 56px)', minHeight: 0 },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: 'clamp(6px, 1vh, 16px)',
    minHeight: 0,
    overflowY: 'auto',
    padding: 'clamp(10px, 1.8vh, 28px) clamp(12px, 1.5vw, 32px)',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    boxSizing: 'border-box',
  },
  h3: { margin: 0, fontSize: 'clamp(20px, 3.2vh, 44px)', lineHeight: 1.2, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 'clamp(6px, 1.2vh, 20px)' },
  item: { display: 'flex', flexDirection: 'column', gap: 'clamp(2px, 0.5vh, 8px)' },
  itemTitle: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: 'clamp(15px, 2.1vh, 28px)',
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: 1.25,
  },
  number: { color: tokens.colorBrandForeground1, marginRight: tokens.spacingHorizontalS },
  records: { listStyleType: 'disc', margin: 0, paddingLeft: '1.1em', display: 'flex', flexDirection: 'column', gap: 'clamp(2px, 0.6vh, 10px)' },
  text: { fontSize: 'clamp(18px, 2.8vh, 38px)', lineHeight: 1.3, overflowWrap: 'normal', hyphens: 'auto', whiteSpace: 'pre-wrap' },
  dense: { fontSize: 'clamp(16px, 2.3vh, 32px)', lineHeight: 1.25 },
  meta: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: 'clamp(15px, 2vh, 28px)' },
  none: { margin: 0, fontSize: 'clamp(18px, 2.6vh, 36px)', color: tokens.colorNeutralForeground2 },
});

type Kind = 'besluitpunt' | 'actiepunt';

function RecapColumn({ po, kind }: { po: PoView; kind: Kind }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const items = po.agendapunten
    .map((item) => ({ item, records: po.records.filter((r) => r.agendapuntId === item.id && r.kind === kind) }))
    .filter((x) => x.records.length > 0);
  const count = items.reduce((n, x) => n + x.records.length, 0);
  const dense = count > RECAP_DENSE_FROM;
  const headingId = `recap-${kind}`;
  const meta = (r: RecordView): string | null => {
    if (r.kind === 'besluitpunt') return r.collegeDatum ? t('record.college', { date: formatDate(r.collegeDatum, locale) }) : null;
    if (r.kind !== 'actiepunt') return null;
    const parts = [r.ownerName ? t('record.owner', { name: r.ownerName }) : null, r.dueDate ? t('record.due', { date: formatDate(r.dueDate, locale) }) : null];
    return parts.filter(Boolean).join(' · ') || null;
  };
  return (
    <section className={styles.column} aria-labelledby={headingId} data-testid={`recap-${kind}en`} tabIndex={0}>
      <h3 id={headingId} className={styles.h3}>
        {t(kind === 'besluitpunt' ? 'stage.recap.besluitpunten' : 'stage.recap.actiepunten')} ({count})
      </h3>
      {items.length === 0 ? (
        <p className={styles.none}>{t('stage.recap.noneOfKind')}</p>
      ) : (
        <ul className={styles.list}>
          {items.map(({ item, records }) => (
            <li key={item.id} className={styles.item} data-testid="recap-item">
              <p className={styles.itemTitle}>
                <span className={styles.number}>{item.nummer}</span>
                <WholeWords text={item.title} />
              </p>
              <ul className={styles.records}>
                {records.map((r) => {
                  const line = meta(r);
                  return (
                    <li key={r.id} className={mergeClasses(styles.text, dense && styles.dense)} data-testid="recap-record">
                      {r.text}
                      {line && <span className={styles.meta}>{line}</span>}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function StageRecap({ po }: { po: PoView }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const any = po.records.some((r) => r.kind === 'besluitpunt' || r.kind === 'actiepunt');
  return (
    <section className={styles.root} aria-labelledby="stage-recap" data-testid="stage-recap">
      <h2 id="stage-recap" className={styles.h2}>
        {t('stage.recap.title')}
      </h2>
      {any ? (
        <div className={styles.columns}>
          <RecapColumn po={po} kind="besluitpunt" />
          <RecapColumn po={po} kind="actiepunt" />
        </div>
      ) : (
        <p className={styles.none}>{t('stage.recap.none')}</p>
      )}
    </section>
  );
}
