/** Creating a PO: portefeuillehouder, date and time, notulist, optional title. Presentational. */
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { LIMITS } from '../../../shared/limits';
import { useT } from '../session';
import type { OrganisatieView, UserView } from '../types';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface NewPoInput {
  portefeuillehouderId: string;
  startsAt?: string;
  title?: string;
  notulistId?: string | null;
  /** "Toch aanmaken" after the server said the portefeuillehouder already has a PO that day. */
  sameDayOk?: boolean;
}

export interface NewPoFormProps {
  org: OrganisatieView;
  users: UserView[];
  /** The portefeuillehouders this user may create a PO for. */
  allowed: string[];
  busy: boolean;
  onSubmit: (input: NewPoInput) => void;
  onCancel: () => void;
}

export function NewPoForm({ org, users, allowed, busy, onSubmit, onCancel }: NewPoFormProps): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const phs = org.portefeuillehouders.filter((p) => allowed.includes(p.id));
  const notulisten = users.filter((u) => u.roles.includes('notulist'));
  const [ph, setPh] = useState(phs[0]?.id ?? '');
  const [startsAt, setStartsAt] = useState('');
  const [title, setTitle] = useState('');
  const [notulist, setNotulist] = useState(notulisten[0]?.id ?? '');

  return (
    <form
      className={styles.form}
      aria-label={t('pos.new.title')}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({
          portefeuillehouderId: ph,
          startsAt: startsAt ? new Date(startsAt).toISOString() : undefined,
          title: title.trim() || undefined,
          notulistId: notulist || null,
        });
      }}
    >
      <Field label={t('pos.new.ph')} required>
        <Select value={ph} onChange={(_, d) => setPh(d.value)}>
          {phs.map((p) => (
            <option key={p.id} value={p.id}>{`${p.name} (${p.titel})`}</option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('pos.new.startsAt')}
        hint={t('pos.new.startsAt.hint', { day: t(`beheer.weekday.${org.poWeekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`), time: org.poTime })}
      >
        <Input type="datetime-local" value={startsAt} onChange={(_, d) => setStartsAt(d.value)} />
      </Field>
      <Field label={t('pos.new.notulist')}>
        <Select value={notulist} onChange={(_, d) => setNotulist(d.value)}>
          <option value="">{t('app.nobody')}</option>
          {notulisten.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('pos.new.titleField')}>
        <Input value={title} maxLength={LIMITS.titleChars} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={!ph || busy}>
          {t('pos.new.submit')}
        </Button>
        <Button onClick={onCancel}>{t('app.cancel')}</Button>
      </div>
    </form>
  );
}
