/**
 * After the meeting, until publication: the notulist and the concernadviseur correct the records
 * and the bespreking per agendapunt (edit, add, remove). Container: writes through the API and
 * asks the page to reload (`onChanged`).
 */
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RECORD_KINDS, type RecordKind } from '../../../domain/model';
import { RECORD_KIND_LABEL } from '../../../domain/labels';
import { ApiError } from '../api';
import { ErrorPanel } from '../components/ErrorPanel';
import { RecordList } from '../components/RecordList';
import { useSession, useT } from '../session';
import type { AgendaItemView, PoView, RecordView } from '../types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface Draft {
  kind: RecordKind;
  text: string;
  wie: string;
  wanneer: string;
  aan: string;
  referentie: string;
}
const empty: Draft = { kind: 'besluitpunt', text: '', wie: '', wanneer: '', aan: '', referentie: '' };
const draftOf = (r: RecordView): Draft => ({
  kind: r.kind,
  text: r.text,
  wie: r.kind === 'besluitpunt' ? '' : r.ownerName,
  wanneer: r.kind === 'besluitpunt' ? '' : (r.dueDate ?? ''),
  aan: r.kind === 'toezegging' ? r.aan : '',
  referentie: r.kind === 'motie' ? r.referentie : '',
});
/** The fields of a draft as the API takes them for its kind. */
function fieldsOf(d: Draft): Record<string, unknown> {
  const base = { text: d.text };
  if (d.kind === 'besluitpunt') return base;
  const owner = { ownerName: d.wie, dueDate: d.wanneer || null };
  if (d.kind === 'actiepunt') return { ...base, ...owner };
  if (d.kind === 'toezegging') return { ...base, ...owner, aan: d.aan };
  return { ...base, ...owner, referentie: d.referentie };
}

function RecordFields({
  draft,
  onChange,
  idPrefix,
  kindFixed,
}: {
  draft: Draft;
  onChange: (d: Draft) => void;
  idPrefix: string;
  kindFixed: boolean;
}): JSX.Element {
  const { t } = useT();
  const styles = useStyles();
  const set = (patch: Partial<Draft>): void => onChange({ ...draft, ...patch });
  return (
    <>
      {!kindFixed && (
        <Field label={t('correct.kind')}>
          <Select id={`${idPrefix}-kind`} value={draft.kind} onChange={(_, d) => set({ kind: d.value as RecordKind })}>
            {RECORD_KINDS.map((k) => (
              <option key={k} value={k}>
                {RECORD_KIND_LABEL[k].nl}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t('correct.text')} required>
        <Textarea value={draft.text} onChange={(_, d) => set({ text: d.value })} resize="vertical" data-testid={`${idPrefix}-text`} />
      </Field>
      {draft.kind === 'motie' && (
        <Field label={t('correct.referentie')} required>
          <Input value={draft.referentie} onChange={(_, d) => set({ referentie: d.value })} />
        </Field>
      )}
      {draft.kind === 'toezegging' && (
        <Field label={t('correct.aan')} required>
          <Input value={draft.aan} onChange={(_, d) => set({ aan: d.value })} />
        </Field>
      )}
      {draft.kind !== 'besluitpunt' && (
        <div className={styles.row}>
          <Field label={t('correct.wie')}>
            <Input value={draft.wie} onChange={(_, d) => set({ wie: d.value })} />
          </Field>
          <Field label={t('correct.wanneer')}>
            <Input type="date" value={draft.wanneer} onChange={(_, d) => set({ wanneer: d.value })} />
          </Field>
        </div>
      )}
    </>
  );
}

function ItemCorrections({ po, item, onChanged }: { po: PoView; item: AgendaItemView; onChanged: () => void }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const { api } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [bespreking, setBespreking] = useState(item.bespreking);
  const [savedBespreking, setSavedBespreking] = useState(false);
  const [adding, setAdding] = useState<Draft | null>(null);
  const [confirmOutside, setConfirmOutside] = useState(false);
  const records = po.records.filter((r) => r.agendapuntId === item.id);
  const enc = encodeURIComponent;

  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      onChanged();
      return true;
    } catch (err) {
      setError(err);
      return false;
    }
  };
  const add = async (): Promise<void> => {
    if (!adding) return;
    const body = {
      id: crypto.randomUUID(),
      kind: adding.kind,
      agendapuntId: item.id,
      ...fieldsOf(adding),
      ...(confirmOutside ? { confirmOutsidePurpose: true } : {}),
    };
    try {
      await api.request('POST', `/api/pos/${enc(po.id)}/vastleggingen`, body);
      setAdding(null);
      setConfirmOutside(false);
      onChanged();
    } catch (err) {
      // A besluitpunt outside the item's purpose: the user is asked, and the next save confirms.
      if (err instanceof ApiError && err.id === 'confirmation_required') setConfirmOutside(true);
      setError(err);
    }
  };

  return (
    <section className={styles.item} aria-labelledby={`corr-${item.id}`}>
      <h3 id={`corr-${item.id}`} className={styles.h3}>
        {item.nummer}. {item.title}
      </h3>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      <RecordList
        records={records}
        canEdit
        emptyText={t('correct.none')}
        onRemove={(r) => void run(() => api.request('DELETE', `/api/pos/${enc(po.id)}/vastleggingen/${enc(r.id)}`))}
        renderEditor={(r, done) => (
          <RecordEditor
            record={r}
            onCancel={done}
            onSave={(d) => void run(() => api.request('PATCH', `/api/pos/${enc(po.id)}/vastleggingen/${enc(r.id)}`, fieldsOf(d))).then((ok) => ok && done())}
          />
        )}
      />
      {adding ? (
        <div className={styles.form}>
          <RecordFields draft={adding} onChange={setAdding} idPrefix={`add-${item.id}`} kindFixed={false} />
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void add()} data-testid={`add-save-${item.id}`}>
              {t('correct.save')}
            </Button>
            <Button onClick={() => setAdding(null)}>{t('correct.cancel')}</Button>
          </div>
        </div>
      ) : (
        <div>
          <Button onClick={() => setAdding(empty)}>{t('correct.add')}</Button>
        </div>
      )}
      <Field label={t('correct.bespreking')}>
        <Textarea
          value={bespreking}
          resize="vertical"
          onChange={(_, d) => {
            setBespreking(d.value);
            setSavedBespreking(false);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button
          disabled={bespreking === item.bespreking}
          onClick={() =>
            void run(() => api.request('PUT', `/api/pos/${enc(po.id)}/agendapunten/${enc(item.id)}/bespreking`, { bespreking })).then((ok) =>
              setSavedBespreking(ok),
            )
          }
        >
          {t('correct.saveBespreking')}
        </Button>
        <Text className={styles.muted} aria-live="polite">
          {savedBespreking ? t('correct.saved') : ''}
        </Text>
      </div>
    </section>
  );
}

function RecordEditor({ record, onCancel, onSave }: { record: RecordView; onCancel: () => void; onSave: (d: Draft) => void }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const [draft, setDraft] = useState(() => draftOf(record));
  return (
    <div className={styles.form}>
      <RecordFields draft={draft} onChange={setDraft} idPrefix={`edit-${record.id}`} kindFixed />
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => onSave(draft)} data-testid={`edit-save-${record.id}`}>
          {t('correct.save')}
        </Button>
        <Button onClick={onCancel}>{t('correct.cancel')}</Button>
      </div>
    </div>
  );
}

export function VerslagCorrections({ po, onChanged }: { po: PoView; onChanged: () => void }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  return (
    <section className={styles.root} aria-labelledby="corrections-h" data-testid="verslag-corrections">
      <h2 id="corrections-h" className={styles.h3}>
        {t('correct.title')}
      </h2>
      <MessageBar intent="info">
        <MessageBarBody>{t('correct.hint')}</MessageBarBody>
      </MessageBar>
      {po.agendapunten.map((item) => (
        <ItemCorrections key={`${item.id}:${item.bespreking}`} po={po} item={item} onChanged={onChanged} />
      ))}
    </section>
  );
}
