/** No PO linked to this Teams meeting yet: pick one of mine, or create one, and link it. Container. */
import { Button, Field, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { formatDayTime } from '../shared/format';
import { useSession, useT } from '../shared/session';
import { useAsync } from '../shared/useAsync';
import { NewPoForm, type NewPoInput } from '../shared/components/NewPoForm';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function LinkPo({ chatId, onLinked }: { chatId: string; onLinked: () => void }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api, me } = useSession();
  const data = useAsync(() => Promise.all([api.listPos({ scope: 'mijn' }), api.organisatie(), api.users()]), [api]);
  const [choice, setChoice] = useState('');
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const link = async (poId: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await api.updatePo(poId, { teamsMeetingChatId: chatId });
      onLinked();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const create = async (input: NewPoInput): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const po = await api.createPo(input);
      await link(po.id);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  if (data.error !== null) return <ErrorPanel error={data.error} onRetry={() => void data.reload()} />;
  if (!data.data) return <Spinner />;
  const [pos, org, users] = data.data;
  const linkable = pos.filter((p) => (p.myRoles.includes('concernadviseur') || p.myRoles.includes('portefeuillehouder')) && p.status !== 'gepubliceerd');
  const allowed = org.portefeuillehouders.filter((p) => me.roles.includes('concernadviseur') || p.userId === me.id).map((p) => p.id);
  if (linkable.length === 0 && allowed.length === 0) return <Text>{t('meeting.link.notAllowed')}</Text>;

  return (
    <section className={styles.root} aria-labelledby="link-h">
      <h2 id="link-h" className={styles.h2}>
        {t('meeting.link.title')}
      </h2>
      <Text className={styles.muted}>{t('meeting.noPo')}</Text>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      {linkable.length === 0 ? (
        <Text>{t('meeting.link.none')}</Text>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) void link(choice);
          }}
        >
          <Field label={t('meeting.link.choose')}>
            <RadioGroup value={choice} onChange={(_, d) => setChoice(d.value)}>
              {linkable.map((p) => (
                <Radio key={p.id} value={p.id} label={`${p.title} · ${formatDayTime(p.startsAt, locale)}`} />
              ))}
            </RadioGroup>
          </Field>
          <Button type="submit" appearance="primary" disabled={!choice || busy}>
            {t('meeting.link.submit')}
          </Button>
        </form>
      )}
      {allowed.length > 0 &&
        (creating ? (
          <NewPoForm org={org} users={users} allowed={allowed} busy={busy} onSubmit={(i) => void create(i)} onCancel={() => setCreating(false)} />
        ) : (
          <div className={styles.row}>
            <Button onClick={() => setCreating(true)}>{t('meeting.link.create')}</Button>
          </div>
        ))}
    </section>
  );
}
