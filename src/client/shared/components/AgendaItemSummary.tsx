/** One agendapunt, read-only: for a vastgestelde agenda, items others edit, and the meeting tabs. */
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PURPOSE_EXPLANATION } from '../../../domain/model';
import { formatDate, formatDayTime } from '../format';
import { useT } from '../session';
import type { AgendaItemView, UserView } from '../types';
import { CheckIcon, ClockIcon, LockIcon } from './Icons';
import { PurposeBadge } from './PurposeBadge';
import { StukLinks } from './StukLinks';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  current: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1, minWidth: '2ch' },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  meta: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', color: tokens.colorNeutralForeground2 },
  metaItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  explanation: { color: tokens.colorNeutralForeground2 },
  block: { whiteSpace: 'pre-wrap' },
  done: { color: tokens.colorPaletteGreenForeground1, display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export interface AgendaItemSummaryProps {
  item: AgendaItemView;
  users: UserView[];
  current?: boolean;
  /** Shown when the reader is this item's opdrachtnemer and the stukken wait for the check. */
  onConfirmKwaliteitstoets?: () => void;
  /** Extra content under the item (problems, records). */
  children?: ReactNode;
}

export function AgendaItemSummary({ item, users, current, onConfirmKwaliteitstoets, children }: AgendaItemSummaryProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const nameOf = (id: string | null): string => (id ? (users.find((u) => u.id === id)?.name ?? t('app.unknownUser')) : '—');
  return (
    <li
      id={`agendapunt-${item.id}`}
      data-testid="agendapunt"
      className={mergeClasses(styles.card, current && styles.current)}
      aria-current={current ? 'step' : undefined}
      aria-label={`${item.nummer}. ${item.title}`}
    >
      <div className={styles.header}>
        <span className={styles.number}>{item.nummer}</span>
        <span className={styles.title}>{item.title}</span>
        {item.vertrouwelijk && (
          <Badge appearance="tint" color="danger" icon={<LockIcon />}>
            {t('app.vertrouwelijk')}
          </Badge>
        )}
        <PurposeBadge purpose={item.purpose} />
      </div>
      {item.purpose && (
        <Text size={200} className={styles.explanation}>
          {PURPOSE_EXPLANATION[item.purpose][locale]}
        </Text>
      )}
      <div className={styles.meta}>
        <span>
          {t('agenda.item.opdrachtnemer')}: {nameOf(item.opdrachtnemerId)}
        </span>
        {item.plannedMinutes !== null && (
          <span className={styles.metaItem}>
            <ClockIcon />
            {t('app.minutes', { n: item.plannedMinutes })}
          </span>
        )}
        {item.beoogdeCollegedatum && (
          <span>
            {t('agenda.item.collegedatum')}: {formatDate(item.beoogdeCollegedatum, locale)}
          </span>
        )}
      </div>
      {item.voorgesteldBesluit && (
        <Text className={styles.block}>
          <strong>{t('agenda.item.voorgesteldBesluit')}:</strong> {item.voorgesteldBesluit}
        </Text>
      )}
      {item.toelichting && <Text className={styles.block}>{item.toelichting}</Text>}
      {item.stukken.length > 0 && <StukLinks stukken={item.stukken} />}
      {item.stukken.length > 0 && (
        <div className={styles.meta}>
          {item.kwaliteitstoets ? (
            <span className={styles.done}>
              <CheckIcon />
              {t('agenda.item.kwaliteitstoets')}:{' '}
              {t('agenda.item.kwaliteitstoets.done', {
                name: nameOf(item.kwaliteitstoets.confirmedBy),
                date: formatDayTime(item.kwaliteitstoets.confirmedAt, locale),
              })}
            </span>
          ) : (
            <span>
              {t('agenda.item.kwaliteitstoets')}: {t('agenda.item.kwaliteitstoets.waiting')}
            </span>
          )}
          {onConfirmKwaliteitstoets && !item.kwaliteitstoets && (
            <Button size="small" appearance="primary" onClick={onConfirmKwaliteitstoets}>
              {t('agenda.item.kwaliteitstoets.confirm')}
            </Button>
          )}
        </div>
      )}
      {children}
    </li>
  );
}
