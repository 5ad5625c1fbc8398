/**
 * One agendapunt in the editor. In the personal tab (`open` given) it is a compact row: number,
 * the expand button with its title, purpose badge, opdrachtnemer, minutes and the toets state,
 * moving (up/down buttons, or dragging its handle) and deleting; expanded, its fields. Without
 * `open` (the Outlook task pane) it is always expanded. The problems that block vaststellen are
 * shown at the item: in full when it is expanded or after a refused vaststellen, else counted in
 * the row; focusing the card itself (the refusal banner's link) expands it.
 */
import { Badge, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState, type DragEvent, type ReactNode } from 'react';
import type { ToetsStatus } from '../../../../domain/kwaliteitstoets';
import type { Problem } from '../../../../shared/errors';
import { LIMITS } from '../../../../shared/limits';
import { problemText } from '../../api';
import { CommitInput } from '../CommitField';
import { ArrowDownIcon, ArrowUpIcon, CheckIcon, ClockIcon, DeleteIcon, DragIcon, LockIcon, NextIcon } from '../Icons';
import { PurposeBadge } from '../PurposeBadge';
import { PurposeChoice } from '../PurposeChoice';
import { useT } from '../../session';
import type { AgendaItemInput, AgendaItemView, UserView } from '../../types';
import { ItemFields } from './ItemFields';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    border: `${tokens.strokeWidthThin} solid transparent`,
    position: 'relative',
  },
  expanded: {
    padding: tokens.spacingHorizontalM,
    gap: tokens.spacingVerticalM,
    boxShadow: tokens.shadow8,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  invalid: { border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` },
  dropBefore: {
    '::before': {
      content: '""',
      position: 'absolute',
      left: 0,
      right: 0,
      top: '-6px',
      height: '3px',
      backgroundColor: tokens.colorBrandStroke1,
      borderRadius: '2px',
    },
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  number: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, minWidth: '2ch', textAlign: 'right', color: tokens.colorBrandForeground1 },
  toggle: { flexGrow: 1, flexShrink: 1, minWidth: 0, justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
  toggleText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  title: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  chevron: { flexShrink: 0, transitionProperty: 'transform', transitionDuration: tokens.durationFast },
  chevronOpen: { transform: 'rotate(90deg)' },
  meta: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexShrink: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  metaItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, whiteSpace: 'nowrap' },
  person: { maxWidth: '16ch', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  missing: { color: tokens.colorPaletteRedForeground1 },
  done: { color: tokens.colorPaletteGreenForeground1 },
  handle: {
    cursor: 'grab',
    display: 'flex',
    padding: tokens.spacingHorizontalXXS,
    color: tokens.colorNeutralForeground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ItemCardProps {
  item: AgendaItemView;
  users: UserView[];
  editable: boolean;
  reorderable: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  problems: Problem[];
  /** After a refused vaststellen the problems are errors; before, a warning. */
  problemsAreErrors: boolean;
  dropBefore: boolean;
  /** The opdrachtnemer on his own item: only toelichting, voorgesteld besluit, stukken and aanschuivers are his. */
  restricted?: boolean;
  /** The item's planned slot, for the aanschuivers. */
  slot?: { start: string; end: string };
  /** The kwaliteitstoets at a glance (null: the item has none). */
  toets?: ToetsStatus | null;
  /** Compact row: whether it is expanded; undefined: always expanded (Outlook). */
  open?: boolean;
  onToggle?: () => void;
  onEdit: (patch: AgendaItemInput) => void;
  onMove: (direction: 'up' | 'down') => void;
  onRemove: () => void;
  onDragStart: (e: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDragOver: (e: DragEvent<HTMLElement>) => void;
  onDrop: (e: DragEvent<HTMLElement>) => void;
  /** Extra content at the end of the expanded card (the kwaliteitstoets checklist). */
  children?: ReactNode;
  /** Content under the row, expanded or not (the standing item's open follow-up). */
  after?: ReactNode;
}

function ToetsState({ toets }: { toets: ToetsStatus }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  if (toets.state === 'voldaan')
    return (
      <span className={mergeClasses(styles.metaItem, styles.done)}>
        <CheckIcon />
        {t('agenda.item.toets.voldaan')}
      </span>
    );
  if (toets.state === 'overruled') return <span className={styles.metaItem}>{t('agenda.item.toets.overruled')}</span>;
  return <span className={styles.metaItem}>{t('agenda.item.toets.state', { ticked: toets.ticked, total: toets.total })}</span>;
}

export function AgendaItemCard(p: ItemCardProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { item } = p;
  const n = { nummer: item.nummer };
  const codes = new Set(p.problems.map((x) => x.code));
  const [confirmRemove, setConfirmRemove] = useState(false);
  const compact = p.open !== undefined;
  const expanded = !compact || p.open === true;
  const bodyId = `agendapunt-${item.id}-body`;
  const owner = item.opdrachtnemerId ? p.users.find((u) => u.id === item.opdrachtnemerId)?.name : undefined;

  return (
    <li
      id={`agendapunt-${item.id}`}
      data-testid="agendapunt"
      className={mergeClasses(
        styles.card,
        compact && expanded && styles.expanded,
        p.problems.length > 0 && p.problemsAreErrors && styles.invalid,
        p.dropBefore && styles.dropBefore,
      )}
      onDragOver={p.onDragOver}
      onDrop={p.onDrop}
      onFocus={(e) => {
        // The refusal banner's link focuses the card itself: show its fields.
        if (e.target === e.currentTarget && compact && !p.open) p.onToggle?.();
      }}
      aria-label={`${item.nummer}. ${item.title}`}
    >
      <div className={styles.header}>
        {p.reorderable && (
          <span className={styles.handle} draggable onDragStart={p.onDragStart} onDragEnd={p.onDragEnd} title={t('agenda.item.drag', n)} aria-hidden="true">
            <DragIcon />
          </span>
        )}
        <span className={styles.number} aria-hidden="true">
          {item.nummer}
        </span>
        {compact ? (
          <Button
            id={`toggle-${item.id}`}
            appearance="transparent"
            className={styles.toggle}
            aria-expanded={expanded}
            aria-controls={expanded ? bodyId : undefined}
            aria-label={t('agenda.item.toggle', { nummer: item.nummer, title: item.title })}
            icon={<NextIcon className={mergeClasses(styles.chevron, expanded && styles.chevronOpen)} />}
            onClick={p.onToggle}
          >
            <span className={styles.toggleText}>{item.title}</span>
          </Button>
        ) : p.editable && !p.restricted ? (
          <CommitInput
            className={styles.title}
            value={item.title}
            maxLength={LIMITS.titleChars}
            aria-label={t('agenda.item.title', n)}
            onCommit={(title) => {
              if (title.trim()) p.onEdit({ title: title.trim() });
            }}
          />
        ) : (
          <span className={styles.title}>{item.title}</span>
        )}
        {item.vertrouwelijk && (
          <Badge appearance="tint" color="danger" icon={<LockIcon />}>
            {t('app.vertrouwelijk')}
          </Badge>
        )}
        {item.standing && <Badge appearance="outline">{t('agenda.item.standing')}</Badge>}
        {compact && (
          <span className={styles.meta} data-testid="agendapunt-summary">
            <PurposeBadge purpose={item.purpose} />
            <span className={mergeClasses(styles.person, !owner && styles.missing)}>{owner ?? t('agenda.item.noOpdrachtnemer')}</span>
            <span className={styles.metaItem}>
              <ClockIcon />
              {item.plannedMinutes === null ? '—' : t('app.minutes', { n: item.plannedMinutes })}
            </span>
            {p.toets && <ToetsState toets={p.toets} />}
            {!expanded && !p.problemsAreErrors && p.problems.length > 0 && (
              <Badge appearance="tint" color="warning" data-testid="item-problems-count">
                {t('agenda.item.problemCount', { n: p.problems.length })}
              </Badge>
            )}
          </span>
        )}
        {p.reorderable && (
          <div className={styles.actions}>
            <Button
              id={`move-up-${item.id}`}
              appearance="subtle"
              icon={<ArrowUpIcon />}
              aria-label={t('agenda.item.moveUp', n)}
              disabled={!p.canMoveUp}
              onClick={() => p.onMove('up')}
            />
            <Button
              id={`move-down-${item.id}`}
              appearance="subtle"
              icon={<ArrowDownIcon />}
              aria-label={t('agenda.item.moveDown', n)}
              disabled={!p.canMoveDown}
              onClick={() => p.onMove('down')}
            />
            <Button
              appearance="subtle"
              icon={<DeleteIcon />}
              aria-label={t('agenda.item.remove', n)}
              aria-expanded={confirmRemove}
              onClick={() => setConfirmRemove(true)}
            />
          </div>
        )}
      </div>
      {confirmRemove && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('agenda.item.removeConfirm', { title: item.title })}</MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              onClick={() => {
                setConfirmRemove(false);
                p.onRemove();
              }}
            >
              {t('app.remove')}
            </Button>
            <Button onClick={() => setConfirmRemove(false)}>{t('app.cancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {p.problems.length > 0 && (expanded || p.problemsAreErrors) && (
        <MessageBar intent={p.problemsAreErrors ? 'error' : 'warning'} layout="multiline" data-testid="item-problems">
          <MessageBarBody>
            <MessageBarTitle>{t('agenda.item.problemsTitle')}</MessageBarTitle>
            <ul className={styles.problems}>
              {p.problems.map((x, i) => (
                <li key={`${x.code}-${i}`}>{problemText(x, locale)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {expanded && (
        <div id={bodyId} className={styles.body}>
          {compact && p.editable && !p.restricted && (
            <CommitInput
              value={item.title}
              maxLength={LIMITS.titleChars}
              aria-label={t('agenda.item.title', n)}
              onCommit={(title) => {
                if (title.trim()) p.onEdit({ title: title.trim() });
              }}
            />
          )}
          <PurposeChoice
            label={t('agenda.purpose.legend', n)}
            value={item.purpose}
            compact={compact}
            disabled={!p.editable || p.restricted}
            onChange={(purpose) => p.onEdit({ purpose })}
          />
          {p.editable && <ItemFields item={item} users={p.users} onEdit={p.onEdit} problemCodes={codes} restricted={p.restricted} slot={p.slot} />}
          {p.children}
        </div>
      )}
      {p.after}
    </li>
  );
}
