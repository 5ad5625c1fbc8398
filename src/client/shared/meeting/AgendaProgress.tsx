/**
 * The agenda during the meeting: every item with its purpose, planned and elapsed time (overrun in
 * red), the current one marked; the chair makes an item current by choosing it. With `fit` (the
 * stage) only that many items are shown around the current one, the rest condensed into
 * "… 3 eerdere punten" and "… nog 6 punten" (`agendaWindow`). Presentational.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { PURPOSE_LABEL } from '../../../domain/labels';
import { LockIcon } from '../components/Icons';
import { WholeWords } from '../components/WholeWords';
import { formatDuration } from '../format';
import { useT } from '../session';
import type { AgendaItemView } from '../types';
import { itemTime, type Timings } from './timing';
import { plural } from './words';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'grid',
    gridTemplateColumns: '2.2em 1fr auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: 'left',
    border: `${tokens.strokeWidthThin} solid transparent`,
    backgroundColor: 'transparent',
    color: 'inherit',
    font: 'inherit',
    boxSizing: 'border-box',
  },
  button: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: { backgroundColor: tokens.colorBrandBackground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
  number: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  title: { minWidth: 0 },
  more: { color: tokens.colorNeutralForeground2, fontStyle: 'italic', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  purpose: { display: 'block', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  beeldvorming: { color: tokens.colorBrandForeground1 },
  oordeelsvorming: { color: tokens.colorPaletteDarkOrangeForeground1 },
  besluitvorming: { color: tokens.colorPaletteGreenForeground1 },
  time: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, textAlign: 'right' },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  // The stage: the number column no wider than two digits, so the titles have the room.
  large: {
    fontSize: 'clamp(18px, 2.8vh, 38px)',
    lineHeight: 1.25,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    gridTemplateColumns: '1.4em minmax(0, 1fr) auto',
  },
  largeMeta: { fontSize: 'clamp(14px, 2vh, 28px)' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface AgendaProgressProps {
  items: AgendaItemView[];
  currentId: string | null;
  timings: Timings;
  now: number;
  large?: boolean;
  /** The chair: choosing an item makes it current. */
  onSelect?: (itemId: string) => void;
  label: string;
  /** At most this many items shown, around the current one; the others counted. */
  fit?: number;
}

/**
 * Which items to show when only `fit` fit: the current one with one before it (two when there is
 * room) and the following ones; at the ends the window shifts so it stays full. Pure.
 */
export function agendaWindow(count: number, currentIndex: number, fit: number): { from: number; to: number } {
  if (count <= fit) return { from: 0, to: count };
  // Both condensed lines take an item's place each.
  const slots = Math.max(1, fit - 2);
  const from = currentIndex - Math.min(slots > 4 ? 2 : 1, currentIndex);
  if (from <= 0) return { from: 0, to: Math.max(1, fit - 1) };
  if (from + slots >= count) return { from: Math.min(currentIndex, count - Math.max(1, fit - 1)), to: count };
  return { from, to: from + slots };
}

export function AgendaProgress({ items, currentId, timings, now, large, onSelect, label, fit }: AgendaProgressProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { from, to } =
    fit === undefined
      ? { from: 0, to: items.length }
      : agendaWindow(
          items.length,
          Math.max(
            0,
            items.findIndex((i) => i.id === currentId),
          ),
          fit,
        );
  return (
    <ol className={styles.list} aria-label={label} start={from + 1}>
      {from > 0 && (
        <li className={mergeClasses(styles.more, large && styles.largeMeta)} data-testid="agenda-earlier">
          {plural(t, 'agenda.earlier', from)}
        </li>
      )}
      {items.slice(from, to).map((item) => {
        const time = itemTime(timings, item.id, item.plannedMinutes, now);
        const current = item.id === currentId;
        const body = (
          <>
            <span className={styles.number}>{item.nummer}</span>
            <span className={styles.title}>
              {item.vertrouwelijk && <LockIcon style={{ verticalAlign: 'text-bottom', marginRight: 4 }} />}
              <WholeWords text={item.title} />
              {item.purpose && (
                <span className={mergeClasses(styles.purpose, styles[item.purpose], large && styles.largeMeta)}>{PURPOSE_LABEL[item.purpose][locale]}</span>
              )}
            </span>
            <span className={mergeClasses(styles.time, large && styles.largeMeta, time.overrunMs > 0 && styles.over)}>
              {time.elapsedMs > 0 ? formatDuration(time.elapsedMs) : '–'}
              {item.plannedMinutes !== null && ` / ${item.plannedMinutes}:00`}
            </span>
          </>
        );
        const className = mergeClasses(styles.item, current && styles.current, large && styles.large);
        return (
          <li key={item.id} aria-current={current ? 'step' : undefined}>
            {onSelect ? (
              <button type="button" className={mergeClasses(className, styles.button)} onClick={() => onSelect(item.id)} aria-pressed={current}>
                <span className={styles.hidden}>{t('meeting.setCurrentPrefix')} </span>
                {body}
              </button>
            ) : (
              <div className={className}>{body}</div>
            )}
          </li>
        );
      })}
      {to < items.length && (
        <li className={mergeClasses(styles.more, large && styles.largeMeta)} data-testid="agenda-later">
          {plural(t, 'agenda.later', items.length - to)}
        </li>
      )}
    </ol>
  );
}
