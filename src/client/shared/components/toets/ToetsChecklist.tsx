/**
 * The kwaliteitstoets of one agendapunt (issue 15): the organisation's criteria, ticked with an
 * optional note by the item's opdrachtnemer, who then confirms; an open toets of a besluitvorming
 * item can be overruled by the portefeuillehouder with a reason. Presentational: the item, the
 * checklist and what this user may do come in, every action goes out through a callback.
 */
import { Button, Checkbox, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { toetsStatus } from '../../../../domain/kwaliteitstoets';
import type { ToetsCriterium } from '../../../../domain/model';
import { formatDayTime } from '../../format';
import { useT } from '../../session';
import type { AgendaItemView, UserView } from '../../types';
import { CommitInput } from '../CommitField';
import { CheckIcon } from '../Icons';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', margin: 0, fontSize: tokens.fontSizeBase300 },
  done: { color: tokens.colorPaletteGreenForeground1, display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  attention: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'grid', gridTemplateColumns: 'minmax(12rem, 1fr) minmax(10rem, 1fr)', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  grow: { flexGrow: 1 },
});

export interface ToetsChecklistProps {
  item: AgendaItemView;
  criteria: ToetsCriterium[];
  users: UserView[];
  /** This user is the item's opdrachtnemer (ticks and confirms). */
  canTick: boolean;
  /** This user is the portefeuillehouder and the agenda is still a concept. */
  canOverrule: boolean;
  onTick: (criteriumId: string, voldaan: boolean, notitie?: string) => void;
  onConfirm: () => void;
  onOverrule: (reden: string) => void;
}

/** Whether an item shows a kwaliteitstoets at all: it has stukken, or it is for besluitvorming. */
export const hasToets = (item: AgendaItemView): boolean => item.stukken.length > 0 || item.purpose === 'besluitvorming';

/**
 * The toets in one line, as the checklist's heading says it: "Kwaliteitstoets (3/5)" with Voldaan,
 * whom it waits for, or (`withOverruled`) who overruled it. Used alone where the checklist is not
 * shown (the meeting details tab).
 */
export function ToetsStatusLine({
  item,
  criteria,
  canTick,
  withOverruled = true,
}: {
  item: AgendaItemView;
  criteria: ToetsCriterium[];
  canTick: boolean;
  withOverruled?: boolean;
}): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const status = toetsStatus(item, criteria);
  const open = status.state === 'open';
  return (
    <>
      {t('toets.title', { ticked: status.ticked, total: status.total })}
      {status.state === 'voldaan' && (
        <span className={styles.done}>
          <CheckIcon />
          {t('toets.voldaan')}
        </span>
      )}
      {withOverruled && status.state === 'overruled' && item.toetsOverruled && (
        <span className={styles.muted}>{t('toets.overruledBy', { name: item.toetsOverruled.byName })}</span>
      )}
      {open && canTick && <span className={styles.attention}>{t('toets.waitingForMe')}</span>}
      {open && !canTick && <span className={styles.muted}>{t('toets.waiting')}</span>}
    </>
  );
}

export function ToetsChecklist({ item, criteria, users, canTick, canOverrule, onTick, onConfirm, onOverrule }: ToetsChecklistProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const headingId = useId();
  const [overruling, setOverruling] = useState(false);
  const [reden, setReden] = useState('');
  const status = toetsStatus(item, criteria);
  const nameOf = (id: string): string => users.find((u) => u.id === id)?.name ?? t('app.unknownUser');
  const tick = new Map(item.toetsCriteria.map((c) => [c.criteriumId, c]));
  const open = status.state === 'open';
  const besluit = item.purpose === 'besluitvorming';

  return (
    <section className={styles.box} aria-labelledby={headingId} data-testid="kwaliteitstoets">
      <h4 id={headingId} className={styles.head}>
        <ToetsStatusLine item={item} criteria={criteria} canTick={canTick} withOverruled={false} />
      </h4>
      {item.toetsOverruled && status.state === 'overruled' && (
        <Text weight="semibold" data-testid="toets-overruled">
          {t('toets.overruled', { name: item.toetsOverruled.byName, reden: item.toetsOverruled.reden })}
        </Text>
      )}
      {item.kwaliteitstoets && (
        <Text size={200} className={styles.muted}>
          {t('toets.confirmed', { name: nameOf(item.kwaliteitstoets.confirmedBy), date: formatDayTime(item.kwaliteitstoets.confirmedAt, locale) })}
        </Text>
      )}
      {canTick ? (
        <ul className={styles.list}>
          {criteria.map((c) => {
            const mine = tick.get(c.id);
            return (
              <li key={c.id} className={styles.row}>
                <Checkbox label={c.label} checked={mine?.voldaan ?? false} onChange={(_, d) => onTick(c.id, d.checked === true)} />
                <CommitInput
                  value={mine?.notitie ?? ''}
                  maxLength={500}
                  aria-label={t('toets.note', { label: c.label })}
                  onCommit={(notitie) => onTick(c.id, mine?.voldaan ?? false, notitie)}
                />
              </li>
            );
          })}
        </ul>
      ) : (
        status.missing.length > 0 && (
          <Text size={200} className={styles.muted}>
            {t('toets.open', { criteria: status.missing.map((c) => c.label).join(', ') })}
          </Text>
        )
      )}
      {open && besluit && <Text size={200}>{t('toets.blocks')}</Text>}
      {canTick && !item.kwaliteitstoets && (
        <div className={styles.actions}>
          {item.stukken.length === 0 ? (
            <Text size={200}>{t('toets.noStukken')}</Text>
          ) : (
            <Button appearance="primary" disabled={status.missing.length > 0} onClick={onConfirm}>
              {t('toets.confirm')}
            </Button>
          )}
        </div>
      )}
      {canOverrule && besluit && open && !overruling && (
        <div className={styles.actions}>
          <Button onClick={() => setOverruling(true)} aria-expanded={false}>
            {t('toets.overrule')}
          </Button>
        </div>
      )}
      {canOverrule && overruling && open && (
        <form
          className={styles.actions}
          onSubmit={(e) => {
            e.preventDefault();
            if (!reden.trim()) return;
            onOverrule(reden.trim());
            setOverruling(false);
            setReden('');
          }}
        >
          <Field label={t('toets.overrule.reden')} required className={styles.grow}>
            <Textarea value={reden} maxLength={1000} onChange={(_, d) => setReden(d.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={!reden.trim()}>
            {t('toets.overrule.submit')}
          </Button>
          <Button onClick={() => setOverruling(false)}>{t('app.cancel')}</Button>
        </form>
      )}
    </section>
  );
}
