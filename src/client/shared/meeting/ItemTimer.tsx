/** Planned versus elapsed time of an agendapunt; an overrun is shown in red with its size. */
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ClockIcon } from '../components/Icons';
import { formatDuration } from '../format';
import { useT } from '../session';
import type { ItemTime } from './timing';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', fontVariantNumeric: 'tabular-nums' },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  bar: { width: '120px', height: '6px', borderRadius: '3px', backgroundColor: tokens.colorNeutralBackground5, overflow: 'hidden' },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  fillOver: { backgroundColor: tokens.colorPaletteRedBackground3 },
  large: { fontSize: 'clamp(18px, 2.8vh, 38px)' },
  largeText: { fontSize: 'inherit', lineHeight: 1.3 },
  largeBar: { width: '220px', height: '10px', borderRadius: '5px' },
});

export function ItemTimer({ time, plannedMinutes, large }: { time: ItemTime; plannedMinutes: number | null; large?: boolean }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const over = time.overrunMs > 0;
  const ratio = time.plannedMs ? Math.min(1, time.elapsedMs / time.plannedMs) : 0;
  return (
    <span className={mergeClasses(styles.root, large && styles.large)} data-testid="item-timer" data-overrun={over ? 'true' : 'false'}>
      <ClockIcon />
      <Text size={large ? 500 : 300} className={large ? styles.largeText : undefined}>
        {t('meeting.time.elapsed', { time: formatDuration(time.elapsedMs) })}
      </Text>
      <Text size={large ? 500 : 300} className={large ? styles.largeText : undefined}>
        · {plannedMinutes === null ? t('meeting.time.noPlan') : t('meeting.time.planned', { n: plannedMinutes })}
      </Text>
      {plannedMinutes !== null && (
        <span className={mergeClasses(styles.bar, large && styles.largeBar)} aria-hidden="true">
          <span className={mergeClasses(styles.fill, over && styles.fillOver)} style={{ width: `${Math.round(ratio * 100)}%`, display: 'block' }} />
        </span>
      )}
      {over && (
        <Text size={large ? 500 : 300} className={mergeClasses(styles.over, large && styles.largeText)}>
          {t('meeting.time.over', { time: formatDuration(time.overrunMs) })}
        </Text>
      )}
    </span>
  );
}
