/** The concernadviseur adds one motie or toezegging by hand; the server names any bad field. */
import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError, problemText } from '../../shared/api';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { useSession, useT } from '../../shared/session';
import { raadsAdd } from '../../shared/raadsApi';

const useStyles = makeStyles({
  card: {
    flex: '1 1 420px',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  h2: { margin: `0 0 ${tokens.spacingVerticalM}`, fontSize: tokens.fontSizeBase400 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: tokens.spacingHorizontalM },
  actions: { marginTop: tokens.spacingVerticalM },
});

export function RaadsForm({
  portefeuillehouders,
  users,
  onAdded,
}: {
  portefeuillehouders: { id: string; name: string }[];
  users: { id: string; name: string }[];
  onAdded: () => void;
}): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const empty = { soort: 'motie', nummer: '', raadsvergadering: '', titel: '', indieners: '', ph: '', opdrachtnemer: '', deadline: '' };
  const [f, setF] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const problems = error instanceof ApiError ? error.problems : [];
  const fieldError = (path: string): string | undefined => {
    const p = problems.find((x) => x.path === `body.${path}`);
    return p ? problemText(p, locale) : undefined;
  };
  const set = (k: keyof typeof empty) => (_: unknown, d: { value: string }) => setF({ ...f, [k]: d.value });

  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setAdded(null);
    try {
      const item = await raadsAdd(api, {
        soort: f.soort as 'motie' | 'toezegging',
        nummer: f.nummer,
        raadsvergadering: f.raadsvergadering,
        titel: f.titel,
        indieners: f.indieners,
        portefeuillehouderId: f.ph,
        opdrachtnemerId: f.opdrachtnemer || null,
        deadline: f.deadline || null,
      });
      setAdded(item.nummer);
      setF(empty);
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.card}
      aria-labelledby="raads-new"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 className={styles.h2} id="raads-new">
        {t('raads.new')}
      </h2>
      <div className={styles.grid}>
        <Field label={t('raads.field.soort')} required>
          <Select value={f.soort} onChange={set('soort')}>
            <option value="motie">{t('raads.soort.motie')}</option>
            <option value="toezegging">{t('raads.soort.toezegging')}</option>
          </Select>
        </Field>
        <Field label={t('raads.field.nummer')} required validationMessage={fieldError('nummer')}>
          <Input value={f.nummer} onChange={set('nummer')} />
        </Field>
        <Field label={t('raads.field.raadsvergadering')} required validationMessage={fieldError('raadsvergadering')}>
          <Input type="date" value={f.raadsvergadering} onChange={set('raadsvergadering')} />
        </Field>
        <Field label={t('raads.field.titel')} required validationMessage={fieldError('titel')}>
          <Input value={f.titel} onChange={set('titel')} />
        </Field>
        <Field label={t('raads.field.indieners')} validationMessage={fieldError('indieners')}>
          <Input value={f.indieners} onChange={set('indieners')} />
        </Field>
        <Field label={t('raads.field.ph')} required validationMessage={fieldError('portefeuillehouderId')}>
          <Select value={f.ph} onChange={set('ph')}>
            <option value="">{t('raads.field.choose')}</option>
            {portefeuillehouders.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('raads.field.opdrachtnemer')} validationMessage={fieldError('opdrachtnemerId')}>
          <Select value={f.opdrachtnemer} onChange={set('opdrachtnemer')}>
            <option value="">{t('raads.field.none')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('raads.field.deadline')} validationMessage={fieldError('deadline')}>
          <Input type="date" value={f.deadline} onChange={set('deadline')} />
        </Field>
      </div>
      {error !== null && problems.length === 0 && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      {added && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('raads.new.added', { nummer: added })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t('raads.new.submit')}
        </Button>
      </div>
    </form>
  );
}
