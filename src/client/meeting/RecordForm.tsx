/**
 * Keyboard-first entry of a besluitpunt, actiepunt (wie, wanneer), toezegging or motie on the
 * current agendapunt. Alt+1–4 picks the kind (each kind keeps its own draft, see recordDraft.ts;
 * Alt+4 lands on the required motienummer), Ctrl+Enter records; required fields are named; a
 * besluitpunt the server refuses as outside the item's purpose asks for explicit confirmation, right
 * under the text, and is resent (same id) with the confirmation. After recording a visible
 * confirmation with the text stays a few seconds next to the button (and is announced).
 * Presentational: the write goes out through `onSubmit`.
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
import { RaadsPicker } from './RaadsPicker';
import {
  REQUIRED,
  clearShown,
  editShown,
  emptyDrafts,
  FIELD_LABEL,
  heldKinds,
  missingFields,
  shown,
  switchKind,
  type DraftField,
  type Drafts,
  type RecordDraft,
} from './recordDraft';

/** How long the confirmation after recording stays (ms). */
export const RECORDED_VISIBLE_MS = 6000;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  kinds: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))' },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalS, '& > *': { minWidth: 0 } },
  full: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3 },
  recordedText: { display: 'block', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', maxHeight: '4.5em', overflow: 'hidden' },
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
  /** Focus the text field when the form appears (the editor of a record). */
  autoFocus?: boolean;
}

export function RecordForm({ item, users, initial, newId, onSubmit, onCancel, autoFocus }: RecordFormProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const uid = useId();
  const [drafts, setDrafts] = useState<Drafts>(() =>
    initial
      ? { kind: initial.kind, byKind: { ...emptyDrafts(initial.kind, '').byKind, [initial.kind]: initial } }
      : emptyDrafts('besluitpunt', item.beoogdeCollegedatum ?? ''),
  );
  const draft = shown(drafts);
  const [id, setId] = useState(newId);
  const [missing, setMissing] = useState<DraftField[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<{ kind: RecordKind; text: string; n: number } | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const warningRef = useRef<HTMLDivElement>(null);
  const recordedRef = useRef<HTMLDivElement>(null);
  const editing = initial !== undefined;

  useEffect(() => {
    if (!editing)
      setDrafts((ds) => {
        const b = ds.byKind.besluitpunt;
        return { ...ds, byKind: { ...ds.byKind, besluitpunt: { ...b, collegeDatum: b.text === '' ? (item.beoogdeCollegedatum ?? '') : b.collegeDatum } } };
      });
    setConfirming(false);
    // Only when the notulist moves to another item: a live change of this item (its college date)
    // must not reset a draft or a confirmation in progress.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item.id]);
  useEffect(() => {
    if (!confirming) return;
    warningRef.current?.scrollIntoView?.({ block: 'nearest' });
    confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
    // On mount only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (!recorded) return;
    recordedRef.current?.scrollIntoView?.({ block: 'nearest' });
    const timer = setTimeout(() => setRecorded(null), RECORDED_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [recorded]);

  const set = (patch: Partial<Omit<RecordDraft, 'kind'>>): void => {
    setDrafts((ds) => editShown(ds, patch));
    setMissing((m) => m.filter((f) => !(f === 'owner' ? 'owner' in patch : f in patch)));
  };
  const focusField = (f: DraftField): void => document.getElementById(`${uid}-${f}`)?.focus();

  /** Another kind: its own draft, no pending confirmation or errors of the one left. */
  const pickKind = (kind: RecordKind, focus: boolean): void => {
    setDrafts((ds) => switchKind(ds, kind));
    setMissing([]);
    setConfirming(false);
    setFailure(null);
    // The draft left keeps its id only while it waits for a confirmation: a fresh one is safest.
    if (confirming) setId(newId());
    if (!focus) return;
    // A motie starts with its required number; the others with their text.
    if (kind === 'motie') setTimeout(() => focusField('referentie'));
    else textRef.current?.focus();
  };

  const submit = async (confirmOutsidePurpose: boolean): Promise<void> => {
    const absent = missingFields(draft);
    setMissing(absent);
    if (absent[0]) {
      focusField(absent[0]);
      return;
    }
    setFailure(null);
    const sent = draft;
    const outcome = await onSubmit(sent, { id, confirmOutsidePurpose });
    if (outcome.status === 'confirmation_required') {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    if (outcome.status === 'failed') {
      setFailure(outcome.error);
      return;
    }
    setRecorded((r) => ({ kind: sent.kind, text: sent.text.trim(), n: (r?.n ?? 0) + 1 }));
    if (editing) return;
    setDrafts((ds) => clearShown(ds, item.beoogdeCollegedatum ?? ''));
    setId(newId());
    textRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>): void => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!confirming) void submit(false);
    } else if (e.altKey && !editing && /^[1-4]$/.test(e.key)) {
      e.preventDefault();
      pickKind(RECORD_KINDS[Number(e.key) - 1] as RecordKind, true);
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
  const held = editing ? [] : heldKinds(drafts);

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
        <RadioGroup className={styles.kinds} aria-label={t('record.form.kind')} value={d.kind} onChange={(_, v) => pickKind(v.value as RecordKind, false)}>
          {RECORD_KINDS.map((k) => (
            <Radio key={k} value={k} label={RECORD_KIND_LABEL[k][locale]} />
          ))}
        </RadioGroup>
      )}
      {held.length > 0 && (
        <Text size={200} className={styles.hint} data-testid="held-drafts">
          {t('record.form.held', { kinds: held.map((k) => `${RECORD_KIND_LABEL[k][locale]} (Alt+${RECORD_KINDS.indexOf(k) + 1})`).join(', ') })}
        </Text>
      )}
      {d.kind === 'motie' && (
        <Field {...field('referentie')}>
          <Input id={`${uid}-referentie`} value={d.referentie} maxLength={LIMITS.shortTextChars} onChange={(_, v) => set({ referentie: v.value })} />
        </Field>
      )}
      <Field {...field('text')} label={t(`record.form.text.${d.kind}`)}>
        <Textarea id={`${uid}-text`} ref={textRef} value={d.text} maxLength={LIMITS.textChars} resize="vertical" onChange={(_, v) => set({ text: v.value })} />
      </Field>
      {confirming && (
        <MessageBar ref={warningRef} intent="warning" layout="multiline" data-testid="confirm-outside-purpose">
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
          <Field {...field('owner')} required={REQUIRED[d.kind].includes('owner')}>
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
          <Field {...field('dueDate')} required={REQUIRED[d.kind].includes('dueDate')}>
            <Input className={styles.full} id={`${uid}-dueDate`} type="date" value={d.dueDate} onChange={(_, v) => set({ dueDate: v.value })} />
          </Field>
          <datalist id={`${uid}-users`}>
            {users.map((u) => (
              <option key={u.id} value={u.name} />
            ))}
          </datalist>
        </div>
      )}
      {(d.kind === 'toezegging' || d.kind === 'motie') && (
        <RaadsPicker key={d.kind} soort={d.kind} value={d.raadsItemId || null} onChange={(v) => set({ raadsItemId: v ?? '' })} />
      )}
      {d.kind === 'motie' && (
        <Field label={t('record.form.afdoening')}>
          <Input value={d.afdoening} maxLength={LIMITS.textChars} onChange={(_, v) => set({ afdoening: v.value })} />
        </Field>
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
      <div role="status" aria-live="polite" ref={recordedRef}>
        {recorded && (
          <MessageBar key={recorded.n} intent="success" layout="multiline" data-testid="recorded">
            <MessageBarBody>
              <MessageBarTitle>{t('record.form.recorded', { kind: RECORD_KIND_LABEL[recorded.kind][locale] })}</MessageBarTitle>
              <span className={styles.recordedText}>{recorded.text}</span>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
