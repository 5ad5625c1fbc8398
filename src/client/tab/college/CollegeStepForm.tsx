/** The next step of a besluitpunt on its way through the college: announce it, or enter the college's answer with its date and a note. */
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { defaultStepDate, NEXT_STATES, type CollegeState } from '../../../domain/college';
import { amsterdamDate } from '../../../shared/amsterdam';
import { useT } from '../../shared/session';

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  note: { flexGrow: 1, minWidth: '200px' },
});

export function CollegeStepForm({
  state,
  lastDate,
  collegeDatum,
  label,
  busy,
  onStep,
}: {
  /** The current state; null before it is announced. */
  state: CollegeState | null;
  /** The date of the track's last step (null before it is announced). */
  lastDate: string | null;
  /** The college date the besluitpunt is planned for. */
  collegeDatum: string | null;
  /** What the besluitpunt says, for the form's accessible name. */
  label: string;
  busy: boolean;
  onStep: (step: { state: CollegeState; date: string; note?: string }) => void;
}): JSX.Element | null {
  const styles = useStyles();
  const { t } = useT();
  const next = NEXT_STATES[state ?? 'nieuw'];
  const [choice, setChoice] = useState<CollegeState | ''>('');
  const [date, setDate] = useState(() => defaultStepDate(state === null ? null : { lastDate }, collegeDatum, amsterdamDate(new Date())));
  const [note, setNote] = useState('');
  if (next.length === 0) return null;
  const chosen = choice && next.includes(choice) ? choice : next[0]!;
  const submit = (): void => onStep({ state: chosen, date, ...(note.trim() ? { note: note.trim() } : {}) });
  if (state === null)
    return (
      <div>
        <Button appearance="primary" disabled={busy} onClick={submit} aria-label={`${t('college.step.announce')}: ${label}`}>
          {t('college.step.announce')}
        </Button>
      </div>
    );
  return (
    <form
      className={styles.form}
      aria-label={t('college.step.of', { text: label.slice(0, 60) })}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
        setNote('');
      }}
    >
      <Field label={t('college.step.next')}>
        <Select value={chosen} onChange={(_, d) => setChoice(d.value as CollegeState)}>
          {next.map((s) => (
            <option key={s} value={s}>
              {t(`college.state.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('college.step.date')}>
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label={t('college.step.note')} className={styles.note}>
        <Input value={note} maxLength={500} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <Button type="submit" disabled={busy}>
        {t('college.step.submit')}
      </Button>
    </form>
  );
}
