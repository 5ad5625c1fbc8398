/**
 * The tags of an agendapunt (seed 002): portefeuille and raadsthema from the portfolio distribution
 * of the PO's portefeuillehouder, categorie I/II/III ("de raad in positie brengen"), and the intended
 * raad date for the langetermijnplanning. The choices come from `TagOptionsProvider` (the PO's
 * portefeuillehouder); without it only the current values are offered.
 */
import { Field, Select, makeStyles } from '@fluentui/react-components';
import { createContext, useContext, type ReactNode } from 'react';
import { CATEGORIES, CATEGORIE_LABEL, portefeuillesOf, type Categorie } from '../../../../domain/tags';
import { pick } from '../../i18n';
import { useSession, useT } from '../../session';
import type { AgendaItemInput, AgendaItemView } from '../../types';
import { useAsync } from '../../useAsync';
import { CommitInput } from '../CommitField';

/** A long portefeuille name must not widen the grid cell: the select takes the cell's width. */
const useStyles = makeStyles({ select: { width: '100%', minWidth: 0, '& select': { maxWidth: '100%', textOverflow: 'ellipsis' } } });

interface TagOptions {
  portefeuilles: string[];
  raadsthemas: string[];
}

const TagOptionsContext = createContext<TagOptions | null>(null);

export function TagOptionsProvider({ portefeuillehouderId, children }: { portefeuillehouderId: string; children: ReactNode }): JSX.Element {
  const { api } = useSession();
  const org = useAsync(() => api.organisatie(), [api]);
  const ph = org.data?.portefeuillehouders.find((p) => p.id === portefeuillehouderId);
  return <TagOptionsContext.Provider value={{ portefeuilles: portefeuillesOf(ph), raadsthemas: ph?.raadsthemas ?? [] }}>{children}</TagOptionsContext.Provider>;
}

/** The options, with the current value kept when it is no longer in the distribution. */
const withCurrent = (options: string[], current: string | null | undefined): string[] =>
  current && !options.includes(current) ? [current, ...options] : options;

export function TagFields({ item, onEdit }: { item: AgendaItemView; onEdit: (patch: AgendaItemInput) => void }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const options = useContext(TagOptionsContext);
  return (
    <>
      <Field label={t('agenda.item.portefeuille')}>
        <Select className={styles.select} value={item.portefeuille ?? ''} onChange={(_, d) => onEdit({ portefeuille: d.value || null })}>
          <option value="">{t('agenda.item.tag.none')}</option>
          {withCurrent(options?.portefeuilles ?? [], item.portefeuille).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('agenda.item.raadsthema')}>
        <Select className={styles.select} value={item.raadsthema ?? ''} onChange={(_, d) => onEdit({ raadsthema: d.value || null })}>
          <option value="">{t('agenda.item.tag.none')}</option>
          {withCurrent(options?.raadsthemas ?? [], item.raadsthema).map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('agenda.item.categorie')}>
        <Select className={styles.select} value={item.categorie ?? ''} onChange={(_, d) => onEdit({ categorie: (d.value || null) as Categorie | null })}>
          <option value="">{t('agenda.item.tag.none')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {pick(CATEGORIE_LABEL[c], locale)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('agenda.item.raadsdatum')}>
        <CommitInput type="date" value={item.beoogdeRaadsdatum ?? ''} onCommit={(v) => onEdit({ beoogdeRaadsdatum: v || null })} />
      </Field>
    </>
  );
}
