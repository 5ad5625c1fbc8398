/**
 * The last few records of the item, compact, right under the record form: at 320 px the notulist
 * sees what was just recorded (and what others recorded) without leaving the form; the full list
 * with its edit and remove actions is further down, one button away. When the record the notulist
 * just submitted arrives (`followId`) the list is scrolled into view (nearest: the form and its
 * confirmation stay); a record from someone else does not move the page. Nothing here takes focus
 * on its own. Presentational.
 */
import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { RECORD_KIND_LABEL } from '../../domain/labels';
import type { RecordKind } from '../../domain/model';
import { useEffect, useRef } from 'react';
import { useT } from '../shared/session';
import type { RecordView } from '../shared/types';

/** How many of the newest records stand under the form. */
export const RECENT_COUNT = 3;

const KIND_COLOR: Record<RecordKind, 'success' | 'brand' | 'warning' | 'important'> = {
  besluitpunt: 'success',
  actiepunt: 'brand',
  toezegging: 'warning',
  motie: 'important',
};

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  h: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  record: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  // Two lines at most; the whole text is in the list below (and read out here).
  text: { minWidth: 0, overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflowWrap: 'break-word' },
  badge: { flexShrink: 0 },
  pending: { color: tokens.colorNeutralForeground3 },
  all: { alignSelf: 'flex-start' },
});

export function RecentRecords({
  records,
  pendingIds,
  followId = null,
  onShowAll,
}: {
  /** The item's records, newest first. */
  records: RecordView[];
  pendingIds?: ReadonlySet<string>;
  /** The record this user just submitted: brought into view once it is the newest. */
  followId?: string | null;
  /** Brings the full list into view (and focus to its heading). */
  onShowAll: () => void;
}): JSX.Element | null {
  const styles = useStyles();
  const { t, locale } = useT();
  const ref = useRef<HTMLElement>(null);
  const newestId = records[0]?.id;
  useEffect(() => {
    if (followId !== null && newestId === followId) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [followId, newestId]);
  if (records.length === 0) return null;
  return (
    <section ref={ref} className={styles.root} aria-labelledby="recent-h" data-testid="recent-records">
      <h3 id="recent-h" className={styles.h}>
        {t('meeting.recent.title')}
      </h3>
      <ul className={styles.list}>
        {records.slice(0, RECENT_COUNT).map((r) => (
          <li key={r.id} className={styles.record} data-testid="recent-record">
            <Badge className={styles.badge} appearance="filled" color={KIND_COLOR[r.kind]} size="small">
              {RECORD_KIND_LABEL[r.kind][locale]}
            </Badge>
            <span className={mergeClasses(styles.text, pendingIds?.has(r.id) && styles.pending)}>{r.text}</span>
          </li>
        ))}
      </ul>
      {records.length > RECENT_COUNT && (
        <Button className={styles.all} appearance="transparent" size="small" onClick={onShowAll}>
          {t('meeting.recent.all', { n: records.length })}
        </Button>
      )}
    </section>
  );
}
