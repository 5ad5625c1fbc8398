/** Public holidays: the Dutch national ones (each can be switched off) and the organisation's own days off. */
import { Button, Checkbox, Field, Input, Select, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Holiday, HolidaySettings } from '../../../domain/model';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { useSession, useT } from '../../shared/session';
import { useAsync } from '../../shared/useAsync';
import { SaveStatus } from './SaveStatus';
import { SectionForm } from './SectionForm';
import { useBeheerStyles } from './styles';
import { useSaver } from './useSaver';

export function HolidaysSection({ settings, onSaved }: { settings: HolidaySettings; onSaved: () => void }): JSX.Element {
  const styles = useBeheerStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const saver = useSaver();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [draft, setDraft] = useState<HolidaySettings>(settings);
  const [own, setOwn] = useState<Holiday>({ date: '', name: '' });
  const list = useAsync(() => api.holidays(year), [api, year]);
  useEffect(() => setDraft(settings), [settings]);

  const national = (list.data?.items ?? []).filter((h) => h.national);
  const dateText = (date: string): string =>
    new Date(`${date}T12:00:00Z`).toLocaleDateString(locale === 'en' ? 'en-GB' : 'nl-NL', { weekday: 'long', day: 'numeric', month: 'long' });
  const toggle = (date: string, counts: boolean): void =>
    setDraft((d) => ({ ...d, excluded: counts ? d.excluded.filter((x) => x !== date) : [...d.excluded, date] }));
  const save = async (): Promise<void> => {
    if (await saver.run(() => api.saveHolidays(draft))) {
      onSaved();
      await list.reload();
    }
  };

  return (
    <SectionForm id="beheer-holidays" title={t('beheer.section.holidays')} onSubmit={save}>
      <Text className={styles.muted}>{t('beheer.holidays.explain')}</Text>
      <div className={styles.row}>
        <Field label={t('beheer.holidays.year')}>
          <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
            {[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox label={t('beheer.holidays.national')} checked={draft.national} onChange={(_, d) => setDraft({ ...draft, national: Boolean(d.checked) })} />
      </div>
      {list.error !== null && <ErrorPanel error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && !list.data ? (
        <Spinner size="tiny" />
      ) : (
        draft.national && (
          <ul className={styles.list} aria-label={t('beheer.section.holidays')}>
            {national.map((h) => (
              <li key={h.date} className={styles.item}>
                <Checkbox
                  label={`${h.name}: ${dateText(h.date)}`}
                  checked={!draft.excluded.includes(h.date)}
                  onChange={(_, d) => toggle(h.date, Boolean(d.checked))}
                />
              </li>
            ))}
          </ul>
        )
      )}
      <h3 className={styles.h3}>{t('beheer.holidays.own')}</h3>
      {draft.extra.length > 0 && (
        <ul className={styles.list} aria-label={t('beheer.holidays.own')}>
          {draft.extra.map((h) => (
            <li key={h.date} className={styles.item}>
              <span>
                {h.name}: {dateText(h.date)}
              </span>
              <Button
                size="small"
                aria-label={`${t('beheer.remove')}: ${h.name}`}
                onClick={() => setDraft({ ...draft, extra: draft.extra.filter((x) => x.date !== h.date) })}
              >
                {t('beheer.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.grid}>
        <Field label={t('beheer.holidays.date')}>
          <Input type="date" value={own.date} onChange={(_, d) => setOwn({ ...own, date: d.value })} />
        </Field>
        <Field label={t('beheer.holidays.name')}>
          <Input value={own.name} maxLength={200} onChange={(_, d) => setOwn({ ...own, name: d.value })} />
        </Field>
        <Button
          disabled={!own.date || !own.name.trim()}
          onClick={() => {
            setDraft({ ...draft, extra: [...draft.extra.filter((x) => x.date !== own.date), { date: own.date, name: own.name.trim() }] });
            setOwn({ date: '', name: '' });
          }}
        >
          {t('beheer.add')}
        </Button>
      </div>
      <SaveStatus saver={saver} />
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={saver.busy}>
          {t('beheer.save')}
        </Button>
      </div>
    </SectionForm>
  );
}
