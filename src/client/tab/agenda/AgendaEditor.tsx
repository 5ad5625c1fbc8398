/**
 * The agenda editor: the sections of the standard layout with their agendapunten, each a compact
 * row that expands to edit (one at a time), so a 15-item agenda fits on a screen or two; the purpose
 * explanations once at the top. Presentational: the PO, the users and the problems come in as
 * props, every change goes out through a callback.
 */
import { Button, Field, Input, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { toetsStatus } from '../../../domain/kwaliteitstoets';
import type { Problem } from '../../../shared/errors';
import { LIMITS } from '../../../shared/limits';
import { AgendaItemSummary } from '../../shared/components/AgendaItemSummary';
import { AddIcon } from '../../shared/components/Icons';
import { useT } from '../../shared/session';
import type { AgendaItemInput, PoView, UserView } from '../../shared/types';
import { AgendaItemCard } from '../../shared/components/agenda/AgendaItemCard';
import { PurposeExplanations } from '../../shared/components/agenda/PurposeExplanations';
import { hasToets } from '../../shared/components/toets/ToetsChecklist';
import { moveStep, moveTo, orderOf, type OrderEntry } from './order';
import { itemSlots } from '../../../domain/aanschuiven';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXXL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  empty: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  dropTarget: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  addField: { flexGrow: 1 },
  explain: { marginBottom: tokens.spacingVerticalM },
  live: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface AgendaEditorProps {
  po: PoView;
  users: UserView[];
  /** Problems that block vaststellen; those with path `agendapunt:<id>` are shown at their item. */
  problems: Problem[];
  problemsAreErrors: boolean;
  onEdit: (itemId: string, patch: AgendaItemInput) => void;
  onAdd: (section: string, title: string) => void;
  onRemove: (itemId: string) => void;
  onReorder: (order: OrderEntry[]) => void;
  /** Shown at the end of each expanded item (the kwaliteitstoets checklist, which also confirms the toets). */
  renderItemExtra?: (item: PoView['agendapunten'][number]) => ReactNode;
  /** Shown under the standing item, expanded or not: the open follow-up of earlier POs (voortgang). */
  renderStanding?: (item: PoView['agendapunten'][number]) => ReactNode;
}

type Item = PoView['agendapunten'][number];

/** The toets waits for this user on this item: such an item is open when the editor first shows. */
const toetsWaitsFor = (po: PoView, item: Item): boolean =>
  hasToets(item) && po.rights.confirmKwaliteitstoets.includes(item.id) && toetsStatus(item, po.toetsCriteria).state === 'open';

function AddItemForm({ section, onAdd }: { section: string; onAdd: (title: string) => void }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const [title, setTitle] = useState('');
  const submit = (): void => {
    if (!title.trim()) return;
    onAdd(title.trim());
    setTitle('');
  };
  return (
    <form
      className={styles.add}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field className={styles.addField} label={t('agenda.add.label', { section })}>
        <Input value={title} maxLength={LIMITS.titleChars} placeholder={t('agenda.add.placeholder')} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Button type="submit" icon={<AddIcon />} disabled={!title.trim()}>
        {t('agenda.add.submit')}
      </Button>
    </form>
  );
}

export function AgendaEditor({
  po,
  users,
  problems,
  problemsAreErrors,
  onEdit,
  onAdd,
  onRemove,
  onReorder,
  renderItemExtra,
  renderStanding,
}: AgendaEditorProps): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const idBase = useId();
  const concept = po.status === 'concept';
  const reorderable = concept && po.rights.editAgenda;
  const order = orderOf(po);
  const slots = itemSlots(po);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<{ beforeId: string } | { section: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // One item expanded at a time: first the one whose kwaliteitstoets waits for this user, then a new one.
  const [openId, setOpenId] = useState<string | null>(() => po.agendapunten.find((i) => toetsWaitsFor(po, i))?.id ?? null);
  const known = useRef(new Set(po.agendapunten.map((i) => i.id)));
  useEffect(() => {
    const added = po.agendapunten.filter((i) => !known.current.has(i.id));
    known.current = new Set(po.agendapunten.map((i) => i.id));
    if (added.length === 1 && added[0]) setOpenId(added[0].id);
  }, [po.agendapunten]);
  const refocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  /** After a delete: the element to take focus (the next item, else the previous, else the section's heading). */
  const focusAfterRemove = useRef<string | null>(null);

  // After a keyboard move the item's DOM node may have moved: put focus back on its button.
  useEffect(() => {
    const want = refocus.current;
    if (!want) return;
    refocus.current = null;
    const same = document.getElementById(`move-${want.direction}-${want.id}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${want.direction === 'up' ? 'down' : 'up'}-${want.id}`) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  });

  // After a delete the removed card's button is gone: focus goes to the next item, never to <body>.
  useEffect(() => {
    const want = focusAfterRemove.current;
    const target = want ? document.getElementById(want) : null;
    if (!target) return;
    focusAfterRemove.current = null;
    (target.tagName === 'LI' ? (target.querySelector<HTMLElement>('input, button, a[href]') ?? target) : target).focus();
  });

  const remove = (id: string, section: string, headingId: string): void => {
    const index = order.findIndex((e) => e.id === id);
    const neighbour = order[index + 1] ?? order[index - 1];
    focusAfterRemove.current = neighbour ? `agendapunt-${neighbour.id}` : headingId;
    const item = po.agendapunten.find((i) => i.id === id);
    if (item) setAnnouncement(t('agenda.item.removed', { title: item.title, section }));
    onRemove(id);
  };

  const announce = (next: OrderEntry[], id: string): void => {
    const index = next.findIndex((e) => e.id === id);
    const item = po.agendapunten.find((i) => i.id === id);
    if (item && index >= 0) setAnnouncement(t('agenda.item.moved', { title: item.title, nummer: index + 1, section: next[index]?.section ?? '' }));
  };

  const move = (id: string, direction: 'up' | 'down'): void => {
    const next = moveStep(order, po.sections, id, direction);
    if (!next) return;
    refocus.current = { id, direction };
    announce(next, id);
    onReorder(next);
  };

  const drop = (e: DragEvent<HTMLElement>, target: { beforeId: string } | { section: string }): void => {
    e.preventDefault();
    e.stopPropagation();
    const id = dragging ?? e.dataTransfer.getData('text/plain');
    setDragging(null);
    setDropTarget(null);
    if (!id) return;
    const next = moveTo(order, po.sections, id, target);
    if (next.map((x) => `${x.id}:${x.section}`).join() === order.map((x) => `${x.id}:${x.section}`).join()) return;
    announce(next, id);
    onReorder(next);
  };

  const over = (e: DragEvent<HTMLElement>, target: { beforeId: string } | { section: string }): void => {
    if (!dragging) return;
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = 'move';
    setDropTarget(target);
  };

  const problemsOf = (id: string): Problem[] => problems.filter((p) => p.path === `agendapunt:${id}`);

  return (
    <div>
      <div aria-live="polite" className={styles.live}>
        {announcement}
      </div>
      <div className={styles.explain}>
        <PurposeExplanations />
      </div>
      {po.sections.map((section, s) => {
        const items = po.agendapunten.filter((i) => i.section === section);
        const sectionTarget = !!dropTarget && 'section' in dropTarget && dropTarget.section === section;
        return (
          <section
            key={section}
            className={styles.section}
            aria-labelledby={`${idBase}-s${s}`}
            onDragOver={(e) => over(e, { section })}
            onDrop={(e) => drop(e, { section })}
          >
            <h3 id={`${idBase}-s${s}`} className={styles.heading} tabIndex={-1}>
              {section}
            </h3>
            {items.length === 0 ? (
              <div className={mergeClasses(styles.empty, sectionTarget && styles.dropTarget)}>
                <Text>{dragging ? t('agenda.section.dropHere') : t('agenda.section.empty')}</Text>
              </div>
            ) : (
              <ol className={styles.list} aria-labelledby={`${idBase}-s${s}`}>
                {items.map((item) => {
                  const index = order.findIndex((e) => e.id === item.id);
                  const editable = concept && po.rights.editItems.includes(item.id);
                  const standing = item.standing ? renderStanding?.(item) : null;
                  if (!editable) {
                    return (
                      <AgendaItemSummary key={item.id} item={item} users={users}>
                        {standing}
                        {renderItemExtra?.(item)}
                      </AgendaItemSummary>
                    );
                  }
                  return (
                    <AgendaItemCard
                      key={item.id}
                      item={item}
                      users={users}
                      editable={editable}
                      restricted={!po.rights.editAgenda}
                      slot={slots.get(item.id)}
                      reorderable={reorderable}
                      canMoveUp={index > 0 || s > 0}
                      canMoveDown={index < order.length - 1 || s < po.sections.length - 1}
                      toets={hasToets(item) ? toetsStatus(item, po.toetsCriteria) : null}
                      open={openId === item.id}
                      onToggle={() => setOpenId(openId === item.id ? null : item.id)}
                      after={standing}
                      problems={problemsOf(item.id)}
                      problemsAreErrors={problemsAreErrors}
                      dropBefore={!!dropTarget && 'beforeId' in dropTarget && dropTarget.beforeId === item.id && dragging !== item.id}
                      onEdit={(patch) => onEdit(item.id, patch)}
                      onMove={(direction) => move(item.id, direction)}
                      onRemove={() => remove(item.id, section, `${idBase}-s${s}`)}
                      onDragStart={(e) => {
                        e.dataTransfer.effectAllowed = 'move';
                        e.dataTransfer.setData('text/plain', item.id);
                        const card = document.getElementById(`agendapunt-${item.id}`);
                        if (card && typeof e.dataTransfer.setDragImage === 'function') e.dataTransfer.setDragImage(card, 24, 24);
                        setDragging(item.id);
                      }}
                      onDragEnd={() => {
                        setDragging(null);
                        setDropTarget(null);
                      }}
                      onDragOver={(e) => over(e, { beforeId: item.id })}
                      onDrop={(e) => drop(e, { beforeId: item.id })}
                    >
                      {renderItemExtra?.(item)}
                    </AgendaItemCard>
                  );
                })}
              </ol>
            )}
            {concept && po.rights.editAgenda && <AddItemForm section={section} onAdd={(title) => onAdd(section, title)} />}
          </section>
        );
      })}
    </div>
  );
}
