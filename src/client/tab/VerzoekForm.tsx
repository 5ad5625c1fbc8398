/**
 * Proposing an agendapunt (agendaverzoek): an opdrachtnemer or an independent adviser (CISO, FG,
 * concerncontroller, archivaris) asks the portefeuillehouder and concernadviseur for an item on a PO,
 * or on the portefeuillehouder's next PO. The purpose is required, shown with its explanation.
 */
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { LIMITS } from '../../shared/limits';
import type { Purpose } from '../../domain/model';
import { canBeOpdrachtnemer } from '../../domain/rights';
import { ApiError, errorText } from '../shared/api';
import { PurposeChoice } from '../shared/components/PurposeChoice';
import { StukkenEditor } from '../shared/components/agenda/StukkenEditor';
import { formatDateTime } from '../shared/format';
import { useSession, useT } from '../shared/session';
import type { Agendaverzoek, PoSummary, UserView } from '../shared/types';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    marginBottom: tokens.spacingVerticalL,
  },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', gap: tokens.spacingHorizontalM, '& > *': { minWidth: 0 } },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  h2: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** Where a proposal goes: `po:<id>` (a PO the user is on) or `ph:<id>` (the portefeuillehouder's next PO). */
type Target = `po:${string}` | `ph:${string}`;

export interface VerzoekFormProps {
  /** POs the user is on that still take proposals (concept or vastgesteld). */
  pos: PoSummary[];
  portefeuillehouders: { id: string; name: string }[];
  users: UserView[];
  onProposed: (v: Agendaverzoek) => void;
}

export function VerzoekForm({ pos, portefeuillehouders, users, onProposed }: VerzoekFormProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api, me } = useSession();
  const id = useId();
  const [target, setTarget] = useState<Target | ''>('');
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState<Purpose | null>(null);
  const [toelichting, setToelichting] = useState('');
  const [voorgesteldBesluit, setVoorgesteldBesluit] = useState('');
  const [stukken, setStukken] = useState<{ id: string; title: string; url: string; deliveredAt: null }[]>([]);
  const [opdrachtnemerId, setOpdrachtnemerId] = useState<string>(me.roles.includes('opdrachtnemer') ? me.id : '');
  const [vertrouwelijk, setVertrouwelijk] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const missing = {
    target: target === '',
    title: title.trim() === '',
    purpose: purpose === null,
    voorgesteldBesluit: purpose === 'besluitvorming' && voorgesteldBesluit.trim() === '',
  };
  const invalid = Object.values(missing).some(Boolean);
  const opdrachtnemers = users.filter(canBeOpdrachtnemer).sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const submit = async (): Promise<void> => {
    setTried(true);
    setDone(null);
    if (invalid || !purpose || target === '') return;
    setBusy(true);
    setError(null);
    const body = {
      title: title.trim(),
      purpose,
      toelichting,
      ...(purpose === 'besluitvorming' ? { voorgesteldBesluit } : {}),
      stukken: stukken.map((s) => ({ title: s.title, url: s.url })),
      opdrachtnemerId: opdrachtnemerId || null,
      vertrouwelijk,
    };
    try {
      const [kind, targetId] = [target.slice(0, 2), target.slice(3)];
      const v = kind === 'ph' ? await api.proposeForNextPo(targetId, body) : await api.proposeItem(targetId, body);
      const ph = portefeuillehouders.find((p) => `ph:${p.id}` === target)?.name;
      const po = pos.find((p) => p.id === v.poId);
      setDone(po ? t('verzoeken.form.doneFor', { po: po.title }) : t('verzoeken.form.doneNext', { name: ph ?? '' }));
      setTitle('');
      setPurpose(null);
      setToelichting('');
      setVoorgesteldBesluit('');
      setStukken([]);
      setVertrouwelijk(false);
      setTried(false);
      onProposed(v);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={`${id}-h`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-h`} className={styles.h2}>
        {t('verzoeken.form.title')}
      </h2>
      <div className={styles.grid}>
        <Field
          label={t('verzoeken.form.po')}
          required
          validationState={tried && missing.target ? 'error' : 'none'}
          validationMessage={tried && missing.target ? t('verzoeken.form.po.missing') : undefined}
        >
          <Select value={target} onChange={(_, d) => setTarget(d.value as Target | '')}>
            <option value="">{t('verzoeken.form.po.choose')}</option>
            <optgroup label={t('verzoeken.form.po.next')}>
              {portefeuillehouders.map((p) => (
                <option key={p.id} value={`ph:${p.id}`}>
                  {t('verzoeken.form.po.nextOf', { name: p.name })}
                </option>
              ))}
            </optgroup>
            {pos.length > 0 && (
              <optgroup label={t('verzoeken.form.po.mine')}>
                {pos.map((p) => (
                  <option key={p.id} value={`po:${p.id}`}>
                    {`${p.portefeuillehouder.name}, ${formatDateTime(p.startsAt, locale)}`}
                  </option>
                ))}
              </optgroup>
            )}
          </Select>
        </Field>
        <Field
          label={t('verzoeken.form.itemTitle')}
          required
          validationState={tried && missing.title ? 'error' : 'none'}
          validationMessage={tried && missing.title ? t('verzoeken.form.itemTitle.missing') : undefined}
        >
          <Input value={title} maxLength={LIMITS.titleChars} onChange={(_, d) => setTitle(d.value)} />
        </Field>
      </div>
      <div>
        <PurposeChoice value={purpose} onChange={setPurpose} label={`${t('verzoeken.form.purpose')} *`} />
        {tried && missing.purpose && <Text className={styles.error}>{t('verzoeken.form.purpose.missing')}</Text>}
      </div>
      {purpose === 'besluitvorming' && (
        <Field
          label={t('agenda.item.voorgesteldBesluit')}
          hint={t('agenda.item.voorgesteldBesluit.hint')}
          required
          validationState={tried && missing.voorgesteldBesluit ? 'error' : 'none'}
          validationMessage={tried && missing.voorgesteldBesluit ? t('verzoeken.form.besluit.missing') : undefined}
        >
          <Textarea value={voorgesteldBesluit} maxLength={LIMITS.textChars} onChange={(_, d) => setVoorgesteldBesluit(d.value)} />
        </Field>
      )}
      <Field label={t('agenda.item.toelichting')} hint={t('verzoeken.form.toelichting.hint')}>
        <Textarea value={toelichting} maxLength={LIMITS.textChars} onChange={(_, d) => setToelichting(d.value)} />
      </Field>
      <StukkenEditor
        stukken={stukken}
        onChange={(next) => setStukken(next.map((s) => ({ id: s.id ?? crypto.randomUUID(), title: s.title, url: s.url, deliveredAt: null })))}
      />
      <div className={styles.grid}>
        <Field label={t('agenda.item.opdrachtnemer')}>
          <Select value={opdrachtnemerId} onChange={(_, d) => setOpdrachtnemerId(d.value)}>
            <option value="">{t('agenda.item.opdrachtnemer.choose')}</option>
            {opdrachtnemers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.functie ? `${u.name} (${u.functie})` : u.name}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox checked={vertrouwelijk} label={t('agenda.item.vertrouwelijk')} onChange={(_, d) => setVertrouwelijk(d.checked === true)} />
      </div>
      {error !== null && (
        <MessageBar intent={error instanceof ApiError && error.status < 500 ? 'warning' : 'error'} role="alert">
          <MessageBarBody>{errorText(error, locale)}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status">
        {done && (
          <MessageBar intent="success">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t('verzoeken.form.submit')}
        </Button>
      </div>
    </form>
  );
}
