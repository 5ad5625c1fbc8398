/** The organisation's name, the agenda layout (own, or the seed-001 template) and the PO's day, time and stukken deadline. */
import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { SEED_001_TEMPLATE } from '../../../domain/organisation';
import type { OrganisationConfig } from '../../../domain/model';
import { useSession, useT } from '../../shared/session';
import { SaveStatus } from './SaveStatus';
import { SectionForm } from './SectionForm';
import { useBeheerStyles } from './styles';
import { useSaver } from './useSaver';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function SettingsSection({ config, onSaved }: { config: OrganisationConfig; onSaved: () => void }): JSX.Element {
  const styles = useBeheerStyles();
  const { t } = useT();
  const { api } = useSession();
  const saver = useSaver();
  const [name, setName] = useState(config.name);
  const [sections, setSections] = useState(config.agendaSections.join('\n'));
  const [poWeekday, setPoWeekday] = useState(config.poWeekday);
  const [poTime, setPoTime] = useState(config.poTime);
  const [deadlineWeekday, setDeadlineWeekday] = useState(config.stukkenDeadline.weekday);
  const [deadlineTime, setDeadlineTime] = useState(config.stukkenDeadline.time);
  const seed = SEED_001_TEMPLATE.sections.join('\n');

  const save = async (): Promise<void> => {
    const agendaSections = lines(sections);
    // The seed-001 layout stays available as a template for a single PO.
    const agendaTemplates = { ...config.agendaTemplates, [SEED_001_TEMPLATE.name]: [...SEED_001_TEMPLATE.sections] };
    if (
      await saver.run(() =>
        api.saveSettings({
          name: name.trim(),
          agendaSections,
          agendaTemplates,
          poWeekday,
          poTime,
          stukkenDeadline: { weekday: deadlineWeekday, time: deadlineTime },
        }),
      )
    )
      onSaved();
  };

  const weekdaySelect = (value: number, set: (n: number) => void): JSX.Element => (
    <Select value={String(value)} onChange={(_, d) => set(Number(d.value))}>
      {WEEKDAYS.map((d) => (
        <option key={d} value={d}>
          {t(`beheer.weekday.${d}`)}
        </option>
      ))}
    </Select>
  );

  return (
    <SectionForm id="beheer-settings" title={t('beheer.section.settings')} onSubmit={save}>
      <Field label={t('beheer.settings.name')} required>
        <Input value={name} maxLength={200} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t('beheer.settings.template')}>
        <Select
          value={sections === seed ? 'seed' : ''}
          onChange={(_, d) => {
            if (d.value === 'seed') setSections(seed);
          }}
        >
          <option value="">{t('beheer.settings.template.none')}</option>
          <option value="seed">{t('beheer.settings.template.seed')}</option>
        </Select>
      </Field>
      <Field label={t('beheer.settings.sections')} required>
        <Textarea value={sections} resize="vertical" rows={4} onChange={(_, d) => setSections(d.value)} />
      </Field>
      <div className={styles.grid}>
        <Field label={t('beheer.settings.poWeekday')}>{weekdaySelect(poWeekday, setPoWeekday)}</Field>
        <Field label={t('beheer.settings.poTime')}>
          <Input type="time" value={poTime} onChange={(_, d) => setPoTime(d.value)} />
        </Field>
        <Field label={t('beheer.settings.deadlineWeekday')}>{weekdaySelect(deadlineWeekday, setDeadlineWeekday)}</Field>
        <Field label={t('beheer.settings.deadlineTime')}>
          <Input type="time" value={deadlineTime} onChange={(_, d) => setDeadlineTime(d.value)} />
        </Field>
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
