/** Agendaverzoeken to accept (the item joins the agenda) or decline with a reason. */
import { Badge, Button, Field, Input, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { LIMITS } from '../../shared/limits';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { PurposeBadge } from '../shared/components/PurposeBadge';
import { useSession, useT } from '../shared/session';
import type { Agendaverzoek } from '../shared/types';
import { useAsync } from '../shared/useAsync';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  h2: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}` },
});

function VerzoekCard({
  v,
  proposer,
  poTitle,
  onDecide,
}: {
  v: Agendaverzoek;
  proposer: string;
  poTitle: string;
  onDecide?: (d: 'geaccepteerd' | 'afgewezen', reason: string) => void;
}): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <li className={styles.card}>
      <div className={styles.row}>
        <span className={styles.title}>{v.title}</span>
        <PurposeBadge purpose={v.purpose} />
        {v.vertrouwelijk && (
          <Badge appearance="tint" color="danger">
            {t('app.vertrouwelijk')}
          </Badge>
        )}
        {v.status !== 'ingediend' && <Badge appearance="outline">{t(`verzoeken.status.${v.status}`)}</Badge>}
      </div>
      <Text className={styles.muted}>{t('verzoeken.proposedBy', { name: proposer, po: poTitle })}</Text>
      {v.toelichting && <Text>{v.toelichting}</Text>}
      {v.status === 'afgewezen' && v.reason && (
        <Text className={styles.muted}>
          {t('verzoeken.reason')}: {v.reason}
        </Text>
      )}
      {onDecide && !declining && (
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => onDecide('geaccepteerd', '')}>
            {t('verzoeken.accept')}
          </Button>
          <Button onClick={() => setDeclining(true)}>{t('verzoeken.decline')}</Button>
        </div>
      )}
      {onDecide && declining && (
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) onDecide('afgewezen', reason.trim());
          }}
        >
          <Field label={t('verzoeken.reason')} required>
            <Input value={reason} maxLength={LIMITS.shortTextChars} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={!reason.trim()}>
            {t('verzoeken.declineConfirm')}
          </Button>
          <Button onClick={() => setDeclining(false)}>{t('app.cancel')}</Button>
        </form>
      )}
    </li>
  );
}

export function Verzoeken(): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const { api, me } = useSession();
  const [error, setError] = useState<unknown>(null);
  const list = useAsync(() => Promise.all([api.verzoeken(), api.users(), api.listPos({ scope: 'mijn' })]), [api]);
  const [verzoeken, users, pos] = list.data ?? [[], [], []];
  const nameOf = (id: string): string => users.find((u) => u.id === id)?.name ?? id;
  const poTitle = (id: string): string => pos.find((p) => p.id === id)?.title ?? '';

  const decide = async (id: string, decision: 'geaccepteerd' | 'afgewezen', reason: string): Promise<void> => {
    setError(null);
    try {
      await api.decideVerzoek(id, { decision, ...(reason ? { reason } : {}) });
    } catch (err) {
      setError(err);
    }
    await list.reload();
  };

  const open = verzoeken.filter((v) => v.status === 'ingediend');
  const decided = verzoeken.filter((v) => v.status !== 'ingediend');
  return (
    <div>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      {list.error !== null && <ErrorPanel error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && !list.data ? (
        <Spinner />
      ) : (
        <>
          {open.length === 0 ? (
            <Text className={styles.muted}>{t('verzoeken.none')}</Text>
          ) : (
            <ul className={styles.list}>
              {open.map((v) => (
                <VerzoekCard
                  key={v.id}
                  v={v}
                  proposer={nameOf(v.proposedBy)}
                  poTitle={poTitle(v.poId)}
                  onDecide={v.proposedBy === me.id ? undefined : (d, r) => void decide(v.id, d, r)}
                />
              ))}
            </ul>
          )}
          {decided.length > 0 && (
            <>
              <h2 className={styles.h2}>{t('verzoeken.decided')}</h2>
              <ul className={styles.list}>
                {decided.map((v) => (
                  <VerzoekCard key={v.id} v={v} proposer={nameOf(v.proposedBy)} poTitle={poTitle(v.poId)} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
