/**
 * Changing a PO's date and time, notulist and participants from its page (the agenda owners). A
 * date on which the portefeuillehouder already has a PO is refused by the server (`same_day_po`);
 * the form then offers "Toch opslaan".
 */
import { Button, Combobox, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Option, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, errorText } from '../shared/api';
import { toLocalInput } from '../shared/format';
import { useSession, useT } from '../shared/session';
import type { PoPatch, PoView, UserView } from '../shared/types';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  wide: { gridColumn: '1 / -1' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function PoDetailsForm({ po, users, onDone }: { po: PoView; users: UserView[]; onDone: (changed: boolean) => void }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const dateEditable = po.status === 'concept';
  const [startsAt, setStartsAt] = useState(toLocalInput(po.startsAt));
  const [notulistId, setNotulistId] = useState(po.notulistId ?? '');
  const [participantIds, setParticipantIds] = useState<string[]>(po.participantIds);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const notulisten = users.filter((u) => u.roles.includes('notulist') || u.id === po.notulistId);
  const nameOf = (id: string): string => users.find((u) => u.id === id)?.name ?? id;

  const save = async (sameDayOk: boolean): Promise<void> => {
    const patch: PoPatch = {};
    const newStart = startsAt ? new Date(startsAt).toISOString() : po.startsAt;
    if (dateEditable && newStart !== po.startsAt) patch.startsAt = newStart;
    if ((notulistId || null) !== po.notulistId) patch.notulistId = notulistId || null;
    if (JSON.stringify([...participantIds].sort()) !== JSON.stringify([...po.participantIds].sort())) patch.participantIds = participantIds;
    if (Object.keys(patch).length === 0) return onDone(false);
    setBusy(true);
    setError(null);
    try {
      await api.updatePo(po.id, { ...patch, ...(sameDayOk ? { sameDayOk: true } : {}) });
      onDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const sameDay = error instanceof ApiError && error.id === 'same_day_po';

  return (
    <form
      className={styles.form}
      aria-label={t('po.details.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
    >
      <Field label={t('po.details.startsAt')} hint={dateEditable ? undefined : t('po.details.startsAt.fixed')}>
        <Input type="datetime-local" value={startsAt} disabled={!dateEditable} onChange={(_, d) => setStartsAt(d.value)} />
      </Field>
      <Field label={t('pos.new.notulist')}>
        <Select value={notulistId} onChange={(_, d) => setNotulistId(d.value)}>
          <option value="">{t('app.nobody')}</option>
          {notulisten.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('po.details.participants')} className={styles.wide}>
        <Combobox
          multiselect
          selectedOptions={participantIds}
          value={participantIds.map(nameOf).join(', ')}
          placeholder={t('po.details.participants.none')}
          onOptionSelect={(_, d) => setParticipantIds(d.selectedOptions)}
        >
          {users.map((u) => (
            <Option key={u.id} value={u.id} text={u.name}>
              {u.functie ? `${u.name} (${u.functie})` : u.name}
            </Option>
          ))}
        </Combobox>
      </Field>
      {error !== null && (
        <MessageBar intent={sameDay ? 'warning' : 'error'} layout="multiline" role="alert" className={styles.wide}>
          <MessageBarBody>{errorText(error, locale)}</MessageBarBody>
          {sameDay && (
            <MessageBarActions>
              <Button onClick={() => void save(true)}>{t('po.details.sameDayOk')}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t('app.save')}
        </Button>
        <Button onClick={() => onDone(false)}>{t('app.cancel')}</Button>
      </div>
    </form>
  );
}
