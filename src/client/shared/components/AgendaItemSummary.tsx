/**
 * One agendapunt, read-only: for a vastgestelde agenda, items others edit, and the meeting tabs. The
 * purpose explanations are shown once per agenda (agenda/PurposeExplanations), the kwaliteitstoets
 * by ToetsChecklist (passed as children).
 */
import { Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { formatDate } from '../format';
import { useT } from '../session';
import type { AgendaItemView, UserView } from '../types';
import { ClockIcon, LockIcon } from './Icons';
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
  block: { whiteSpace: 'pre-wrap' },
});

export interface AgendaItemSummaryProps {
  item: AgendaItemView;
  users: UserView[];
  current?: boolean;
  /** Extra content under the item (problems, records). */
  children?: ReactNode;
}

export function AgendaItemSummary({ item, users, current, children }: AgendaItemSummaryProps): JSX.Element {
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
      {children}
    </li>
  );
}
