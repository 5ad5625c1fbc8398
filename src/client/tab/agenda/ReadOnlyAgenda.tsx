/**
 * The agenda once it is no longer a concept (vastgesteld, during and after the meeting): the same
 * sections (rubrieken) as in the editor, each with its agendapunten read-only, numbered across the
 * agenda; the purposes explained once. Presentational.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { AgendaItemSummary } from '../../shared/components/AgendaItemSummary';
import { PurposeExplanations } from '../../shared/components/agenda/PurposeExplanations';
import type { PoView, UserView } from '../../shared/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type Item = PoView['agendapunten'][number];

/** The sections in the PO's order with their items; items of a section no longer in the layout come last, under their own name. */
export function sectionsOf(po: Pick<PoView, 'sections' | 'agendapunten'>): { section: string; items: Item[] }[] {
  const names = [...po.sections, ...po.agendapunten.map((i) => i.section).filter((s) => !po.sections.includes(s))];
  return [...new Set(names)].map((section) => ({ section, items: po.agendapunten.filter((i) => i.section === section) })).filter((g) => g.items.length > 0);
}

export function ReadOnlyAgenda({ po, users, renderItem }: { po: PoView; users: UserView[]; renderItem?: (item: Item) => ReactNode }): JSX.Element {
  const styles = useStyles();
  const idBase = useId();
  return (
    <div className={styles.root} data-testid="agenda-readonly">
      <PurposeExplanations />
      {sectionsOf(po).map(({ section, items }, s) => (
        <section key={section} className={styles.section} aria-labelledby={`${idBase}-s${s}`}>
          <h3 id={`${idBase}-s${s}`} className={styles.heading}>
            {section}
          </h3>
          <ol className={styles.list} aria-labelledby={`${idBase}-s${s}`}>
            {items.map((item) => (
              <AgendaItemSummary key={item.id} item={item} users={users}>
                {renderItem?.(item)}
              </AgendaItemSummary>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
