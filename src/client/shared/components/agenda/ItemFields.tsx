/** The fields of one agendapunt in the editor (besides its title and purpose; the kwaliteitstoets is ToetsChecklist's). */
import { Button, Checkbox, Combobox, Field, Option, Select, makeStyles, tokens } from '@fluentui/react-components';
import { canBeOpdrachtnemer } from '../../../../domain/rights';
import { useId, useState } from 'react';
import { LIMITS } from '../../../../shared/limits';
import { CommitInput, CommitTextarea } from '../CommitField';
import { NextIcon } from '../Icons';
import { amsterdamTime } from '../../../../shared/amsterdam';
import { useT } from '../../session';
import type { AgendaItemInput, AgendaItemView, UserView } from '../../types';
import { StukkenEditor } from './StukkenEditor';
import { TagFields } from './TagFields';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(190px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    '& > *': { minWidth: 0 },
  },
  select: { width: '100%', minWidth: 0 },
  more: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS },
  chevron: { transitionProperty: 'transform', transitionDuration: tokens.durationFast },
  open: { transform: 'rotate(90deg)' },
});

export interface ItemFieldsProps {
  item: AgendaItemView;
  users: UserView[];
  onEdit: (patch: AgendaItemInput) => void;
  /** Which problem codes this item has: the matching fields are marked invalid. */
  problemCodes: Set<string>;
  /**
   * The opdrachtnemer editing his own item: title, purpose, opdrachtnemer, vertrouwelijk, minutes and
   * college date are the agenda owners' (domain/rights.ts#OPDRACHTNEMER_FIELDS), shown read-only.
   */
  restricted?: boolean;
  /** The item's planned slot (PO start plus the minutes of the items before it): the aanschuivers' invitation. */
  slot?: { start: string; end: string };
}

export function ItemFields({ item, users, onEdit, problemCodes, restricted = false, slot }: ItemFieldsProps): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  // The aanschuivers' list closes after each choice (mouse or keyboard) instead of covering the rows below.
  const [pickerOpen, setPickerOpen] = useState(false);
  const opdrachtnemers = users
    .filter((u) => canBeOpdrachtnemer(u) || u.id === item.opdrachtnemerId)
    .sort((a, b) => Number(b.roles.includes('opdrachtnemer')) - Number(a.roles.includes('opdrachtnemer')) || a.name.localeCompare(b.name, 'nl'));
  const nameOf = (userId: string): string => users.find((u) => u.id === userId)?.name ?? t('app.unknownUser');

  return (
    <>
      <div className={styles.grid}>
        <Field label={t('agenda.item.opdrachtnemer')} required validationState={problemCodes.has('opdrachtnemer_missing') ? 'error' : 'none'}>
          <Select
            className={styles.select}
            value={item.opdrachtnemerId ?? ''}
            disabled={restricted}
            onChange={(_, d) => onEdit({ opdrachtnemerId: d.value || null })}
          >
            <option value="">{t('agenda.item.opdrachtnemer.choose')}</option>
            {opdrachtnemers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.functie ? `${u.name} (${u.functie})` : u.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('agenda.item.plannedMinutes')}>
          <CommitInput
            type="number"
            min={1}
            max={480}
            disabled={restricted}
            value={item.plannedMinutes === null ? '' : String(item.plannedMinutes)}
            onCommit={(v) => onEdit({ plannedMinutes: v === '' ? null : Math.max(1, Math.min(480, Math.round(Number(v)))) })}
          />
        </Field>
        <Field label={t('agenda.item.collegedatum')}>
          <CommitInput type="date" disabled={restricted} value={item.beoogdeCollegedatum ?? ''} onCommit={(v) => onEdit({ beoogdeCollegedatum: v || null })} />
        </Field>
        <TagFields item={item} onEdit={onEdit} />
        <Checkbox
          checked={item.vertrouwelijk}
          disabled={restricted}
          label={t('agenda.item.vertrouwelijk')}
          onChange={(_, d) => onEdit({ vertrouwelijk: d.checked === true })}
        />
      </div>
      <Field
        label={t('agenda.item.aanschuivers')}
        hint={
          item.adviseurIds.length > 0 && slot
            ? t('agenda.item.aanschuiven', { from: amsterdamTime(new Date(slot.start)), to: amsterdamTime(new Date(slot.end)) })
            : t('agenda.item.aanschuivers.hint')
        }
      >
        <Combobox
          multiselect
          disabled={restricted && item.vertrouwelijk}
          selectedOptions={item.adviseurIds}
          value={item.adviseurIds.map(nameOf).join(', ')}
          placeholder={t('agenda.item.aanschuivers.none')}
          open={pickerOpen}
          onOpenChange={(_, d) => setPickerOpen(d.open)}
          onOptionSelect={(_, d) => {
            onEdit({ adviseurIds: d.selectedOptions });
            setPickerOpen(false);
          }}
        >
          {users
            .filter((u) => canBeOpdrachtnemer(u))
            .map((u) => (
              <Option key={u.id} value={u.id} text={u.name}>
                {u.functie ? `${u.name} (${u.functie})` : u.name}
              </Option>
            ))}
        </Combobox>
      </Field>
      {item.purpose === 'besluitvorming' && (
        <Field
          label={t('agenda.item.voorgesteldBesluit')}
          hint={t('agenda.item.voorgesteldBesluit.hint')}
          required
          validationState={problemCodes.has('voorgesteld_besluit_missing') ? 'error' : 'none'}
        >
          <CommitTextarea value={item.voorgesteldBesluit} maxLength={LIMITS.textChars} onCommit={(v) => onEdit({ voorgesteldBesluit: v })} />
        </Field>
      )}
      <div>
        <Button
          appearance="transparent"
          aria-expanded={open}
          aria-controls={`${id}-more`}
          onClick={() => setOpen(!open)}
          icon={<NextIcon className={open ? `${styles.chevron} ${styles.open}` : styles.chevron} />}
        >
          {t('agenda.item.more')} ({item.stukken.length})
        </Button>
        {open && (
          <div id={`${id}-more`} className={styles.more}>
            <Field label={t('agenda.item.toelichting')}>
              <CommitTextarea value={item.toelichting} maxLength={LIMITS.textChars} onCommit={(v) => onEdit({ toelichting: v })} />
            </Field>
            <StukkenEditor stukken={item.stukken} onChange={(stukken) => onEdit({ stukken })} />
          </div>
        )}
      </div>
    </>
  );
}
