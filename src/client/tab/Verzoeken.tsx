/** Agendaverzoeken to accept (the item joins the agenda) or decline with a reason. */
import { Badge, Button, Field, Input, Link, MessageBar, MessageBarBody, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { mayProposeItems } from '../../domain/rights';
import { LIMITS } from '../../shared/limits';
import { ApiError, errorText } from '../shared/api';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { PurposeBadge } from '../shared/components/PurposeBadge';
import { formatDateTime } from '../shared/format';
import { useSession, useT } from '../shared/session';
import type { Agendaverzoek, PoSummary } from '../shared/types';
import { useAsync } from '../shared/useAsync';
import { hrefOf } from './route';
import { VerzoekForm } from './VerzoekForm';

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
  h2first: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS}` },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  end: { alignSelf: 'flex-end' },
  h2: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}` },
});

type Decide = (d: 'geaccepteerd' | 'afgewezen', reason: string, poId?: string) => Promise<unknown>;

function VerzoekCard({
  v,
  proposer,
  po,
  laterPos,
  onDecide,
}: {
  v: Agendaverzoek;
  proposer: string;
  po: PoSummary | undefined;
  /** Later concept POs of the same portefeuillehouder: where an item goes when this agenda is vastgesteld. */
  laterPos: PoSummary[];
  onDecide?: Decide;
}): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [moveTo, setMoveTo] = useState(laterPos[0]?.id ?? '');
  const [refusal, setRefusal] = useState<unknown>(null);
  const vastgesteld = po?.status === 'vastgesteld';
  const poTitle = po?.title ?? '';
  const run = (d: 'geaccepteerd' | 'afgewezen', r: string, poId?: string): void => {
    setRefusal(null);
    void onDecide?.(d, r, poId).catch(setRefusal);
  };
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
      {onDecide && vastgesteld && !declining && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('verzoeken.vastgesteld')} <Link href={hrefOf({ view: 'po', poId: v.poId })}>{t('verzoeken.vastgesteld.open')}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {onDecide && !declining && (
        <div className={styles.row}>
          {!vastgesteld && (
            <Button appearance="primary" onClick={() => run('geaccepteerd', '')}>
              {t('verzoeken.accept')}
            </Button>
          )}
          {vastgesteld && laterPos.length > 0 && (
            <>
              <Field label={t('verzoeken.moveTo')}>
                <Select value={moveTo} onChange={(_, d) => setMoveTo(d.value)}>
                  {laterPos.map((p) => (
                    <option key={p.id} value={p.id}>
                      {formatDateTime(p.startsAt, locale)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button appearance="primary" className={styles.end} onClick={() => run('geaccepteerd', '', moveTo)}>
                {t('verzoeken.acceptOnto')}
              </Button>
            </>
          )}
          {vastgesteld && laterPos.length === 0 && <Text className={styles.muted}>{t('verzoeken.noLaterPo')}</Text>}
          <Button className={vastgesteld ? styles.end : undefined} onClick={() => setDeclining(true)}>
            {t('verzoeken.decline')}
          </Button>
        </div>
      )}
      {refusal !== null && (
        <MessageBar intent={refusal instanceof ApiError && refusal.status < 500 ? 'warning' : 'error'} role="alert">
          <MessageBarBody>{errorText(refusal, locale)}</MessageBarBody>
        </MessageBar>
      )}
      {onDecide && declining && (
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) run('afgewezen', reason.trim());
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
  const list = useAsync(() => Promise.all([api.verzoeken(), api.users(), api.listPos({ scope: 'mijn' }), api.organisatie()]), [api]);
  const [verzoeken, users, pos, org] = list.data ?? [[], [], [], null];
  const nameOf = (id: string): string => users.find((u) => u.id === id)?.name ?? id;
  const poOf = (id: string): PoSummary | undefined => pos.find((p) => p.id === id);
  const laterPosOf = (id: string): PoSummary[] => {
    const po = poOf(id);
    if (!po) return [];
    return pos
      .filter((p) => p.portefeuillehouder.id === po.portefeuillehouder.id && p.status === 'concept' && p.startsAt > po.startsAt)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  };

  const decide = async (id: string, decision: 'geaccepteerd' | 'afgewezen', reason: string, poId?: string): Promise<void> => {
    try {
      await api.decideVerzoek(id, { decision, ...(reason ? { reason } : {}), ...(poId ? { poId } : {}) });
    } finally {
      await list.reload();
    }
  };

  const open = verzoeken.filter((v) => v.status === 'ingediend');
  const decided = verzoeken.filter((v) => v.status !== 'ingediend');
  const openPos = pos.filter((p) => p.status === 'concept' || p.status === 'vastgesteld').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <div>
      {list.error !== null && <ErrorPanel error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && !list.data ? (
        <Spinner />
      ) : (
        <>
          {mayProposeItems(me) && (
            <VerzoekForm pos={openPos} portefeuillehouders={org?.portefeuillehouders ?? []} users={users} onProposed={() => void list.reload()} />
          )}
          <h2 className={styles.h2first}>{t('verzoeken.open')}</h2>
          {open.length === 0 ? (
            <Text className={styles.muted}>{t('verzoeken.none')}</Text>
          ) : (
            <ul className={styles.list}>
              {open.map((v) => (
                <VerzoekCard
                  key={v.id}
                  v={v}
                  proposer={nameOf(v.proposedBy)}
                  po={poOf(v.poId)}
                  laterPos={laterPosOf(v.poId)}
                  onDecide={v.proposedBy === me.id ? undefined : (d, r, p) => decide(v.id, d, r, p)}
                />
              ))}
            </ul>
          )}
          {decided.length > 0 && (
            <>
              <h2 className={styles.h2}>{t('verzoeken.decided')}</h2>
              <ul className={styles.list}>
                {decided.map((v) => (
                  <VerzoekCard key={v.id} v={v} proposer={nameOf(v.proposedBy)} po={poOf(v.poId)} laterPos={[]} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
