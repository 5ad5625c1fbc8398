/** Beheer: when the reminders go out (days before and after the deadline) and the concernadviseur's weekly digest. */
import { Button, Checkbox, Field, Input, Select, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { parseDayList } from '../../../domain/reminders';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { useSession, useT } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { reminderSettings, saveReminderSettings } from '../../shared/raadsApi';
import { SaveStatus } from './SaveStatus';
import { SectionForm } from './SectionForm';
import { useBeheerStyles } from './styles';
import { useSaver } from './useSaver';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function RemindersSection(): JSX.Element {
  const styles = useBeheerStyles();
  const { t } = useT();
  const { api } = useSession();
  const saver = useSaver();
  const state = useAsync(() => reminderSettings(api), [api]);
  const [enabled, setEnabled] = useState(true);
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('');
  const [digest, setDigest] = useState('');
  useEffect(() => {
    if (!state.data) return;
    setEnabled(state.data.enabled);
    setBefore(state.data.daysBefore.join(', '));
    setAfter(state.data.daysAfter.join(', '));
    setDigest(state.data.digestWeekday === null ? '' : String(state.data.digestWeekday));
  }, [state.data]);
  const beforeDays = parseDayList(before);
  const afterDays = parseDayList(after);

  const save = async (): Promise<void> => {
    if (!beforeDays || !afterDays) return;
    if (
      await saver.run(() => saveReminderSettings(api, { enabled, daysBefore: beforeDays, daysAfter: afterDays, digestWeekday: digest ? Number(digest) : null }))
    )
      void state.reload();
  };

  return (
    <SectionForm id="beheer-reminders" title={t('beheer.section.reminders')} onSubmit={save}>
      <Text>{t('beheer.reminders.intro')}</Text>
      {state.error !== null && <ErrorPanel error={state.error} onRetry={() => void state.reload()} />}
      {!state.data ? (
        <Spinner size="small" />
      ) : (
        <>
          <Text>{t('beheer.reminders.now', { description: state.data.description })}</Text>
          <Checkbox checked={enabled} label={t('beheer.reminders.enabled')} onChange={(_, d) => setEnabled(d.checked === true)} />
          <div className={styles.grid}>
            <Field
              label={t('beheer.reminders.before')}
              hint={t('beheer.reminders.days.hint')}
              validationMessage={beforeDays ? undefined : t('beheer.reminders.days.bad')}
            >
              <Input value={before} onChange={(_, d) => setBefore(d.value)} />
            </Field>
            <Field
              label={t('beheer.reminders.after')}
              hint={t('beheer.reminders.days.hint')}
              validationMessage={afterDays ? undefined : t('beheer.reminders.days.bad')}
            >
              <Input value={after} onChange={(_, d) => setAfter(d.value)} />
            </Field>
            <Field label={t('beheer.reminders.digest')}>
              <Select value={digest} onChange={(_, d) => setDigest(d.value)}>
                <option value="">{t('beheer.reminders.digest.none')}</option>
                {WEEKDAYS.map((d) => (
                  <option key={d} value={String(d)}>
                    {t(`beheer.weekday.${d}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <SaveStatus saver={saver} />
          <div className={styles.row}>
            <Button type="submit" appearance="primary" disabled={saver.busy || !beforeDays || !afterDays}>
              {t('beheer.reminders.save')}
            </Button>
          </div>
        </>
      )}
    </SectionForm>
  );
}
