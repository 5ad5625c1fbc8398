/**
 * The records of an agendapunt (besluitpunten, actiepunten, toezeggingen, moties) as they come in,
 * with the notulist's edit and remove actions. Focus never falls to the page: after "Wijzigen" the
 * editor has it (RecordForm `autoFocus`), after saving or cancelling the record, after removing the
 * next record (or the previous, or the list's heading `headingId` when none is left). Presentational.
 */
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { RaadsLinkLabel } from './RaadsLinkLabel';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { RECORD_KIND_LABEL } from '../../../domain/labels';
import type { RecordKind } from '../../../domain/model';
import { formatDate } from '../format';
import { useT } from '../session';
import type { RecordView } from '../types';
import { DeleteIcon } from './Icons';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
  },
  besluitpunt: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  actiepunt: { borderLeftColor: tokens.colorBrandStroke1 },
  toezegging: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  motie: { borderLeftColor: tokens.colorPaletteBerryBorder2 },
  // The stage: type scaled to the screen, readable from across the room at 720 and 1080 px high.
  large: { fontSize: 'clamp(18px, 3vh, 40px)', lineHeight: 1.3, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  largeText: { fontSize: 'clamp(18px, 3vh, 40px)', lineHeight: 1.3 },
  largeMeta: { fontSize: 'clamp(15px, 2.2vh, 30px)' },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'break-word', hyphens: 'auto' },
  meta: { color: tokens.colorNeutralForeground2, display: 'flex', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, marginLeft: 'auto' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const KIND_COLOR: Record<RecordKind, 'success' | 'brand' | 'warning' | 'important'> = {
  besluitpunt: 'success',
  actiepunt: 'brand',
  toezegging: 'warning',
  motie: 'important',
};

export interface RecordListProps {
  records: RecordView[];
  /** Ids of records whose write is still in the outbox. */
  pendingIds?: ReadonlySet<string>;
  canEdit?: boolean;
  large?: boolean;
  onRemove?: (record: RecordView) => void;
  /** Renders the editor of a record in place of it. */
  renderEditor?: (record: RecordView, done: () => void) => ReactNode;
  emptyText?: string;
  /** The heading above the list: focused when the last record is removed. */
  headingId?: string;
}

export function RecordList({ records, pendingIds, canEdit, large, onRemove, renderEditor, emptyText, headingId }: RecordListProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  /** Where focus goes once the list has re-rendered: a record's id, or the heading (`null`). */
  const [focusTo, setFocusTo] = useState<{ id: string | null } | null>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  useEffect(() => {
    if (!focusTo) return;
    const target = focusTo.id ? itemRefs.current.get(focusTo.id) : headingId ? document.getElementById(headingId) : null;
    if (!target) return;
    if (!focusTo.id && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    setFocusTo(null);
  }, [focusTo, records, editing, headingId]);
  const refOf = (id: string) => (el: HTMLLIElement | null) => {
    if (el) itemRefs.current.set(id, el);
    else itemRefs.current.delete(id);
  };
  const afterRemoving = (index: number): { id: string | null } => ({ id: records[index + 1]?.id ?? records[index - 1]?.id ?? null });
  if (records.length === 0) return <Text className={styles.muted}>{emptyText ?? t('meeting.records.none')}</Text>;
  return (
    <ul className={styles.list} data-testid="records">
      {records.map((r, index) => {
        const kind = RECORD_KIND_LABEL[r.kind][locale];
        if (editing === r.id && renderEditor)
          return (
            <li key={r.id} className={mergeClasses(styles.item, styles[r.kind])}>
              {renderEditor(r, () => {
                setEditing(null);
                setFocusTo({ id: r.id });
              })}
            </li>
          );
        return (
          <li
            key={r.id}
            ref={refOf(r.id)}
            tabIndex={canEdit ? -1 : undefined}
            className={mergeClasses(styles.item, styles[r.kind], large && styles.large)}
            data-testid="record"
            data-kind={r.kind}
          >
            <div className={styles.head}>
              <Badge appearance="filled" color={KIND_COLOR[r.kind]} size={large ? 'extra-large' : 'medium'}>
                {r.kind === 'motie' ? `${kind} ${r.referentie}` : kind}
              </Badge>
              {r.kind === 'besluitpunt' && r.outsidePurpose && (
                <Badge appearance="outline" color="warning">
                  {t('record.outsidePurpose')}
                </Badge>
              )}
              {pendingIds?.has(r.id) && (
                <Badge appearance="tint" color="subtle">
                  {t('record.pending')}
                </Badge>
              )}
              {canEdit && (
                <span className={styles.actions}>
                  {renderEditor && (
                    <Button size="small" appearance="subtle" onClick={() => setEditing(r.id)} aria-label={t('record.edit', { kind })}>
                      {t('app.edit')}
                    </Button>
                  )}
                  {onRemove && removing !== r.id && (
                    <Button
                      size="small"
                      appearance="subtle"
                      icon={<DeleteIcon />}
                      aria-label={t('record.remove', { kind })}
                      onClick={() => setRemoving(r.id)}
                    />
                  )}
                  {onRemove && removing === r.id && (
                    <>
                      <Button
                        size="small"
                        appearance="primary"
                        onClick={() => {
                          setRemoving(null);
                          setFocusTo(afterRemoving(index));
                          onRemove(r);
                        }}
                      >
                        {t('app.remove')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => {
                          setRemoving(null);
                          setFocusTo({ id: r.id });
                        }}
                      >
                        {t('app.cancel')}
                      </Button>
                    </>
                  )}
                </span>
              )}
            </div>
            <Text className={mergeClasses(styles.text, large && styles.largeText)} size={large ? 500 : 300}>
              {r.text}
            </Text>
            <div className={mergeClasses(styles.meta, large && styles.largeMeta)}>
              {r.kind !== 'besluitpunt' && r.ownerName && <span>{t('record.owner', { name: r.ownerName })}</span>}
              {r.kind !== 'besluitpunt' && r.dueDate && <span>{t('record.due', { date: formatDate(r.dueDate, locale) })}</span>}
              {r.kind === 'toezegging' && r.aan && <span>{t('record.aan', { aan: r.aan })}</span>}
              {r.kind === 'besluitpunt' && r.collegeDatum && <span>{t('record.college', { date: formatDate(r.collegeDatum, locale) })}</span>}
              {(r.kind === 'toezegging' || r.kind === 'motie') && r.raadsItemId && <RaadsLinkLabel raadsItemId={r.raadsItemId} />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
