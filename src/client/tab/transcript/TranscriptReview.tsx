/**
 * Beside the verslag review, for the notulist and the concernadviseur only: what was said per
 * agendapunt in the Teams meeting. Fetched only when asked for (every fetch is audited), never
 * part of the verslag. Container: loads, shows the state in Dutch, and runs the copy and boundary
 * actions through the API.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { useSession, useT } from '../../shared/session';
import type { PoView } from '../../shared/types';
import type { MessageKey } from '../../shared/i18n';
import { TranscriptItem } from './TranscriptItem';
import {
  appendToBespreking,
  copyToRecord,
  getTranscript,
  moveBoundary,
  passageOf,
  type CopyKind,
  type RecordDetails,
  type TranscriptItemView,
  type TranscriptView,
} from './transcriptApi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Shown to whoever is the PO's notulist or concernadviseur; the server decides all the same. */
export const showsTranscript = (po: Pick<PoView, 'status' | 'myRoles'>): boolean =>
  (po.status === 'afgesloten' || po.status === 'gepubliceerd') && (po.myRoles.includes('notulist') || po.myRoles.includes('concernadviseur'));

export function TranscriptReview({ po, onChanged }: { po: PoView; onChanged: () => void }): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const { api } = useSession();
  const [view, setView] = useState<TranscriptView | null>(null);
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  const load = async (): Promise<void> => {
    setLoading(true);
    setError(null);
    try {
      setView(await getTranscript(api, po.id));
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };

  const act = async (action: () => Promise<unknown>, done: string): Promise<void> => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const result = await action();
      if (result && typeof result === 'object' && 'state' in result && 'items' in result) setView(result as TranscriptView);
      setNotice(done);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const itemOf = (id: string) => po.agendapunten.find((i) => i.id === id);
  const copyBespreking = (item: TranscriptItemView, cues: TranscriptItemView['cues']): void => {
    const current = itemOf(item.agendapuntId)?.bespreking ?? '';
    void act(
      () => appendToBespreking(api, po.id, item.agendapuntId, current, passageOf(cues, t('transcript.unknownSpeaker'))),
      t('transcript.copied.bespreking', { number: item.number }),
    );
  };
  const copyRecord = (item: TranscriptItemView, kind: CopyKind, cues: TranscriptItemView['cues'], details: RecordDetails): void => {
    void act(
      () => copyToRecord(api, po.id, item.agendapuntId, kind, passageOf(cues, t('transcript.unknownSpeaker')), details),
      t('transcript.copied.record', { number: item.number }),
    );
  };
  const move = (turnIndex: number, at: string): void => {
    void act(() => moveBoundary(api, po.id, turnIndex, at), '');
  };

  return (
    <section className={styles.root} aria-labelledby="transcript-h" data-testid="transcript-review">
      <h2 id="transcript-h" className={styles.h2}>
        {t('transcript.title')}
      </h2>
      <Text className={styles.muted}>{t('transcript.privacy')}</Text>
      <div className={styles.actions}>
        <Button onClick={() => void load()} disabled={loading}>
          {view ? t('transcript.retry') : t('transcript.show')}
        </Button>
        {loading && <Spinner size="tiny" label={t('transcript.loading')} />}
      </div>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      <div aria-live="polite">
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {view && view.state !== 'beschikbaar' && (
        <MessageBar intent={view.state === 'geen_toestemming' ? 'warning' : 'info'} layout="multiline" data-testid="transcript-state">
          <MessageBarBody>{t(`transcript.state.${view.state}` as MessageKey)}</MessageBarBody>
        </MessageBar>
      )}
      {view && view.state === 'beschikbaar' && (
        <>
          <Text className={styles.muted}>
            {view.stored ? t('transcript.source.stored', { n: view.retentionDays }) : t('transcript.source.teams')}{' '}
            {view.alignment?.on === 'agendapunten'
              ? t('transcript.aligned.agendapunten', { s: Math.round(view.alignment.offsetMs / 1000) })
              : t('transcript.aligned.start')}
          </Text>
          {view.incomplete && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('transcript.incomplete')}</MessageBarBody>
            </MessageBar>
          )}
          {view.outsideCount > 0 && <Text className={styles.muted}>{t('transcript.outside', { n: view.outsideCount })}</Text>}
          {view.items.map((item) => (
            <TranscriptItem
              key={item.agendapuntId}
              item={item}
              busy={busy}
              boundaries={view.turns
                .filter((turn) => turn.agendapuntId === item.agendapuntId && turn.index > 0 && item.readable)
                .map((turn) => ({ index: turn.index, from: turn.from, moved: turn.moved }))}
              onCopyBespreking={(cues) => copyBespreking(item, cues)}
              onCopyRecord={(kind, cues, details) => copyRecord(item, kind, cues, details)}
              onMoveBoundary={move}
            />
          ))}
        </>
      )}
    </section>
  );
}
