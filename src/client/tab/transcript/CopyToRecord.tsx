/**
 * Copying the picked passage into a new record: the kind, and for an actiepunt who (wie) and by when
 * (wanneer), which the one record rule (domain/records.ts#REQUIRED_FIELDS) requires. Wie is
 * prefilled with the speaker of the picked fragments when the transcript names one. Missing fields
 * are named in Dutch before anything is sent. Presentational: the copy goes out through `onCopy`.
 */
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { RECORD_KIND_LABEL } from '../../../domain/labels';
import { missingRecordFields, type RecordField } from '../../../domain/records';
import { LIMITS } from '../../../shared/limits';
import { useT } from '../../shared/session';
import type { CopyKind, RecordDetails } from './transcriptApi';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', flexWrap: 'wrap' },
  button: { marginTop: '26px' },
});

export interface CopyToRecordProps {
  /** The speaker of the picked fragments, when they all have the same one (the suggestion for wie). */
  speaker: string;
  disabled: boolean;
  headingId: string;
  onCopy: (kind: CopyKind, details: RecordDetails) => void;
}

export function CopyToRecord({ speaker, disabled, headingId, onCopy }: CopyToRecordProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const [kind, setKind] = useState<CopyKind>('besluitpunt');
  const [owner, setOwner] = useState(speaker);
  const [ownerTouched, setOwnerTouched] = useState(false);
  const [dueDate, setDueDate] = useState('');
  const [missing, setMissing] = useState<RecordField[]>([]);

  // A new pick suggests its speaker, unless the notulist already typed who.
  useEffect(() => {
    if (!ownerTouched) setOwner(speaker);
  }, [speaker, ownerTouched]);

  const copy = (): void => {
    // The text is the passage itself; the rule is asked only about what this form holds.
    const details: RecordDetails = kind === 'actiepunt' ? { ownerName: owner.trim(), dueDate } : {};
    const lacking = missingRecordFields(kind, { text: 'passage', ...details });
    setMissing(lacking);
    if (lacking.length > 0) {
      document.getElementById(`${headingId}-${lacking[0]}`)?.focus();
      return;
    }
    onCopy(kind, details);
    setOwnerTouched(false);
    setDueDate('');
  };
  const errorOf = (field: RecordField): string | undefined =>
    missing.includes(field) ? t(field === 'owner' ? 'transcript.copy.ownerMissing' : 'transcript.copy.dueMissing') : undefined;

  return (
    <div className={styles.row} data-testid="copy-to-record">
      <Field label={t('transcript.recordKind')}>
        <Select
          value={kind}
          onChange={(_, d) => {
            setKind(d.value as CopyKind);
            setMissing([]);
          }}
        >
          <option value="besluitpunt">{RECORD_KIND_LABEL.besluitpunt[locale]}</option>
          <option value="actiepunt">{RECORD_KIND_LABEL.actiepunt[locale]}</option>
        </Select>
      </Field>
      {kind === 'actiepunt' && (
        <>
          <Field label={t('transcript.copy.owner')} required validationMessage={errorOf('owner')} validationState={errorOf('owner') ? 'error' : 'none'}>
            <Input
              id={`${headingId}-owner`}
              value={owner}
              maxLength={LIMITS.shortTextChars}
              onChange={(_, d) => {
                setOwner(d.value);
                setOwnerTouched(true);
              }}
            />
          </Field>
          <Field label={t('transcript.copy.due')} required validationMessage={errorOf('dueDate')} validationState={errorOf('dueDate') ? 'error' : 'none'}>
            <Input id={`${headingId}-dueDate`} type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} />
          </Field>
        </>
      )}
      <Button className={styles.button} disabled={disabled} onClick={copy}>
        {t('transcript.copyRecord')}
      </Button>
    </div>
  );
}
