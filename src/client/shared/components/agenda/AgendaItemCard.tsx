/**
 * One agendapunt in the editor: number, title, the purpose (three labels always visible), its
 * fields, the problems that block vaststellen shown right here, and moving it by keyboard
 * (up/down buttons) or by dragging its handle.
 */
import { Badge, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState, type DragEvent, type ReactNode } from 'react';
import type { Problem } from '../../../../shared/errors';
import { LIMITS } from '../../../../shared/limits';
import { problemText } from '../../api';
import { CommitInput } from '../CommitField';
import { ArrowDownIcon, ArrowUpIcon, DeleteIcon, DragIcon, LockIcon } from '../Icons';
import { PurposeChoice } from '../PurposeChoice';
import { useT } from '../../session';
import type { AgendaItemInput, AgendaItemView, UserView } from '../../types';
import { ItemFields } from './ItemFields';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid transparent`,
    position: 'relative',
  },
  invalid: { border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` },
  dropBefore: {
    '::before': {
      content: '""',
      position: 'absolute',
      left: 0,
      right: 0,
      top: '-7px',
      height: '3px',
      backgroundColor: tokens.colorBrandStroke1,
      borderRadius: '2px',
    },
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, minWidth: '2ch', color: tokens.colorBrandForeground1 },
  title: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  handle: {
    cursor: 'grab',
    display: 'flex',
    padding: tokens.spacingHorizontalXXS,
    color: tokens.colorNeutralForeground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXXS },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ItemCardProps {
  item: AgendaItemView;
  users: UserView[];
  editable: boolean;
  reorderable: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  canConfirmKwaliteitstoets: boolean;
  problems: Problem[];
  /** After a refused vaststellen the problems are errors; before, a warning. */
  problemsAreErrors: boolean;
  dropBefore: boolean;
  /** The opdrachtnemer on his own item: only toelichting, voorgesteld besluit, stukken and aanschuivers are his. */
  restricted?: boolean;
  /** The item's planned slot, for the aanschuivers. */
  slot?: { start: string; end: string };
  onEdit: (patch: AgendaItemInput) => void;
  onMove: (direction: 'up' | 'down') => void;
  onRemove: () => void;
  onConfirmKwaliteitstoets: () => void;
  onDragStart: (e: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDragOver: (e: DragEvent<HTMLElement>) => void;
  onDrop: (e: DragEvent<HTMLElement>) => void;
  /** Extra content at the end of the card (the kwaliteitstoets checklist). */
  children?: ReactNode;
}

export function AgendaItemCard(p: ItemCardProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { item } = p;
  const n = { nummer: item.nummer };
  const codes = new Set(p.problems.map((x) => x.code));
  const [confirmRemove, setConfirmRemove] = useState(false);

  return (
    <li
      id={`agendapunt-${item.id}`}
      data-testid="agendapunt"
      className={mergeClasses(styles.card, p.problems.length > 0 && p.problemsAreErrors && styles.invalid, p.dropBefore && styles.dropBefore)}
      onDragOver={p.onDragOver}
      onDrop={p.onDrop}
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
        {p.editable && !p.restricted ? (
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
      {p.problems.length > 0 && (
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
      <PurposeChoice
        label={t('agenda.purpose.legend', n)}
        value={item.purpose}
        disabled={!p.editable || p.restricted}
        onChange={(purpose) => p.onEdit({ purpose })}
      />
      {p.editable && (
        <ItemFields
          item={item}
          users={p.users}
          onEdit={p.onEdit}
          problemCodes={codes}
          restricted={p.restricted}
          slot={p.slot}
          canConfirmKwaliteitstoets={p.canConfirmKwaliteitstoets}
          onConfirmKwaliteitstoets={p.onConfirmKwaliteitstoets}
        />
      )}
      {p.children}
    </li>
  );
}
