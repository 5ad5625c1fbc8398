/**
 * Keyboard-first entry of a besluitpunt, actiepunt (wie, wanneer), toezegging or motie on the
 * current agendapunt. Alt+1–4 picks the kind, Ctrl+Enter records; required fields are named; a
 * besluitpunt the server refuses as outside the item's purpose asks for explicit confirmation and
 * is resent (same id) with the confirmation. Presentational: the write goes out through `onSubmit`.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { PURPOSE_LABEL, RECORD_KIND_LABEL } from '../../domain/labels';
import { RECORD_KINDS, type RecordKind } from '../../domain/model';
import { LIMITS } from '../../shared/limits';
import { errorText } from '../shared/api';
import { useT } from '../shared/session';
import type { WriteOutcome } from '../shared/meeting/live';
import type { AgendaItemView, UserView } from '../shared/types';
import { emptyDraft, FIELD_LABEL, missingFields, type DraftField, type RecordDraft } from './recordDraft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  kinds: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))' },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalS, '& > *': { minWidth: 0 } },
  full: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
  live: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export type SubmitOutcome = WriteOutcome;

export interface RecordFormProps {
  item: AgendaItemView;
  users: UserView[];
  /** Editing an existing record: its draft; the kind is fixed. */
  initial?: RecordDraft;
  /** The record's id: new ids come from `newId` and stay the same while a confirmation is pending. */
  newId: () => string;
  onSubmit: (draft: RecordDraft, opts: { id: string; confirmOutsidePurpose: boolean }) => Promise<SubmitOutcome>;
  onCancel?: () => void;
}

export function RecordForm({ item, users, initial, newId, onSubmit, onCancel }: RecordFormProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const uid = useId();
  const [draft, setDraft] = useState<RecordDraft>(initial ?? emptyDraft('besluitpunt', item.beoogdeCollegedatum ?? ''));
  const [id, setId] = useState(newId);
  const [missing, setMissing] = useState<DraftField[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const editing = initial !== undefined;

  useEffect(() => {
    if (!editing) setDraft((d) => ({ ...d, collegeDatum: d.text === '' ? (item.beoogdeCollegedatum ?? '') : d.collegeDatum }));
    setConfirming(false);
    // Only when the notulist moves to another item: a live change of this item (its college date)
    // must not reset a draft or a confirmation in progress.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item.id]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const set = (patch: Partial<RecordDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setMissing((m) => m.filter((f) => !(f in patch)));
  };
  const focusField = (f: DraftField): void => document.getElementById(`${uid}-${f}`)?.focus();

  const submit = async (confirmOutsidePurpose: boolean): Promise<void> => {
    const absent = missingFields(draft);
    setMissing(absent);
    if (absent[0]) {
      focusField(absent[0]);
      return;
    }
    setFailure(null);
    const outcome = await onSubmit(draft, { id, confirmOutsidePurpose });
    if (outcome.status === 'confirmation_required') {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    if (outcome.status === 'failed') {
      setFailure(outcome.error);
      return;
    }
    setAnnouncement(t('record.form.recorded', { kind: RECORD_KIND_LABEL[draft.kind][locale] }));
    if (editing) return;
    setDraft(emptyDraft(draft.kind, item.beoogdeCollegedatum ?? ''));
    setId(newId());
    textRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>): void => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit(false);
    } else if (e.altKey && !editing && /^[1-4]$/.test(e.key)) {
      e.preventDefault();
      set({ kind: RECORD_KINDS[Number(e.key) - 1] });
      textRef.current?.focus();
    } else if (e.key === 'Escape' && onCancel) {
      onCancel();
    }
  };

  const field = (f: DraftField, extra?: { hint?: string }) => ({
    label: t(FIELD_LABEL[f]),
    required: true,
    validationState: missing.includes(f) ? ('error' as const) : ('none' as const),
    validationMessage: missing.includes(f) ? t('app.fieldRequired', { field: t(FIELD_LABEL[f]).toLowerCase() }) : extra?.hint,
  });
  const d = draft;
  const owned = d.kind !== 'besluitpunt';

  return (
    <form
      className={styles.form}
      aria-label={t('record.form.title', { nummer: item.nummer })}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(false);
      }}
    >
      {!editing && (
        <RadioGroup className={styles.kinds} aria-label={t('record.form.kind')} value={d.kind} onChange={(_, v) => set({ kind: v.value as RecordKind })}>
          {RECORD_KINDS.map((k) => (
            <Radio key={k} value={k} label={RECORD_KIND_LABEL[k][locale]} />
          ))}
        </RadioGroup>
      )}
      {d.kind === 'motie' && (
        <Field {...field('referentie')}>
          <Input id={`${uid}-referentie`} value={d.referentie} maxLength={LIMITS.shortTextChars} onChange={(_, v) => set({ referentie: v.value })} />
        </Field>
      )}
      <Field {...field('text')} label={t(`record.form.text.${d.kind}`)}>
        <Textarea id={`${uid}-text`} ref={textRef} value={d.text} maxLength={LIMITS.textChars} resize="vertical" onChange={(_, v) => set({ text: v.value })} />
      </Field>
      {d.kind === 'besluitpunt' && (
        <Field label={t('record.form.collegeDatum')}>
          <Input type="date" value={d.collegeDatum} onChange={(_, v) => set({ collegeDatum: v.value })} />
        </Field>
      )}
      {d.kind === 'toezegging' && (
        <Field {...field('aan')}>
          <Input id={`${uid}-aan`} value={d.aan} maxLength={LIMITS.shortTextChars} onChange={(_, v) => set({ aan: v.value })} />
        </Field>
      )}
      {owned && (
        <div className={styles.row}>
          <Field {...field('owner')} required={d.kind !== 'motie'}>
            <Input
              className={styles.full}
              id={`${uid}-owner`}
              list={`${uid}-users`}
              value={d.owner}
              maxLength={LIMITS.shortTextChars}
              autoComplete="off"
              onChange={(_, v) => set({ owner: v.value })}
            />
          </Field>
          <Field {...field('dueDate')} required={d.kind !== 'motie'}>
            <Input className={styles.full} id={`${uid}-dueDate`} type="date" value={d.dueDate} onChange={(_, v) => set({ dueDate: v.value })} />
          </Field>
          <datalist id={`${uid}-users`}>
            {users.map((u) => (
              <option key={u.id} value={u.name} />
            ))}
          </datalist>
        </div>
      )}
      {d.kind === 'motie' && (
        <Field label={t('record.form.afdoening')}>
          <Input value={d.afdoening} maxLength={LIMITS.textChars} onChange={(_, v) => set({ afdoening: v.value })} />
        </Field>
      )}
      {confirming && (
        <MessageBar intent="warning" layout="multiline" data-testid="confirm-outside-purpose">
          <MessageBarBody>
            <MessageBarTitle>{t('record.confirm.title')}</MessageBarTitle>
            {t('record.confirm.body', {
              nummer: item.nummer,
              purpose: item.purpose ? PURPOSE_LABEL[item.purpose][locale].toLowerCase() : t('agenda.purpose.none').toLowerCase(),
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button ref={confirmRef} appearance="primary" onClick={() => void submit(true)}>
              {t('record.confirm.yes')}
            </Button>
            <Button
              onClick={() => {
                setConfirming(false);
                textRef.current?.focus();
              }}
            >
              {t('app.cancel')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {failure !== null && (
        <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {errorText(failure, locale)}
        </Text>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={confirming}>
          {editing ? t('record.form.saveEdit') : t('record.form.submit')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('app.cancel')}</Button>}
        <Text size={200} className={styles.hint}>
          {t('record.form.shortcut')}
        </Text>
      </div>
      <div aria-live="polite" className={styles.live}>
        {announcement}
      </div>
    </form>
  );
}
