/**
 * After the meeting: the notulist (or concernadviseur) reviews the verslag as it will be posted,
 * corrects the records, the bespreking and the attendance or reopens the meeting, the
 * portefeuillehouder approves it where the organisation asks for that, and it is published to
 * the Teams channel after a confirmation naming the channel. Afterwards the verslag itself (as
 * the channel shows it) and its records; the .docx can be downloaded throughout. Container.
 */
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorPanel } from '../components/ErrorPanel';
import { formatDayTime } from '../format';
import { useSession, useT } from '../session';
import { RecordList } from '../components/RecordList';
import type { PoView, PublishResult, UserView } from '../types';
import { useAsync } from '../useAsync';
import { confirmPublication, getPublication, type PublicationDecision } from './publicationApi';
import { AttendanceEditor } from './AttendanceEditor';
import { DownloadDocxButton } from './DownloadDocxButton';
import { PublishDialog } from './PublishDialog';
import { ReopenMeetingButton } from './ReopenMeetingButton';
import { UncertainPublication } from './UncertainPublication';
import { VerslagCorrections } from './VerslagCorrections';
import { VerslagPreview } from './VerslagPreview';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  versions: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function VerslagReview({ po, users = [], onChanged }: { po: PoView; users?: UserView[]; onChanged: () => void }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [justPublished, setPublished] = useState<PublishResult | null>(null);
  const ready = po.status === 'afgesloten' || po.correctionOpen;
  const published = po.status === 'gepubliceerd' && !po.correctionOpen;
  // Records, bespreking and attendance can be corrected after the meeting until publication.
  const correcting = po.status === 'afgesloten' && (po.rights.record || po.rights.amendVerslag);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- po.seq: the preview is made again after every change of the PO
  const preview = useAsync(() => (ready || published ? api.voorbeeld(po.id) : Promise.resolve(null)), [api, po.id, ready, published, po.seq]);
  const versions = useAsync(() => (po.publishedVersion > 0 ? api.versions(po.id) : Promise.resolve([])), [api, po.id, po.publishedVersion]);
  // Only those who may publish can settle an uncertain post; the stand is read again after every action.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- po.seq: the stand is read again after every change of the PO
  const publication = useAsync(() => (po.rights.publish ? getPublication(api, po.id) : Promise.resolve(null)), [api, po.id, po.rights.publish, po.seq]);

  const act = async (action: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const result = await action();
      if (result && typeof result === 'object' && 'versionId' in result) setPublished(result as PublishResult);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      void publication.reload();
    }
  };

  const uncertain = publication.data?.uncertain ?? null;
  // The user's word settles the uncertain post; publishing then continues from the next post.
  const decide = (decision: PublicationDecision): void => {
    if (!uncertain) return;
    void act(async () => {
      await confirmPublication(api, po.id, uncertain.step, decision);
      return api.publish(po.id);
    });
  };

  const latest = justPublished ?? (versions.data && versions.data.length > 0 ? versions.data[versions.data.length - 1] : null);
  const latestUrl = latest?.webUrl ?? null;

  return (
    <section className={styles.root} aria-labelledby="verslag-h">
      <h2 id="verslag-h" className={styles.h2}>
        {t('verslag.title')}
      </h2>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      {uncertain && <UncertainPublication uncertain={uncertain} mayConfirm={publication.data?.mayConfirm ?? false} busy={busy} onDecide={decide} />}
      {latest && (
        <MessageBar intent="success" data-testid="verslag-published">
          <MessageBarBody>
            <MessageBarTitle>{t('verslag.published', { n: latest.version })}</MessageBarTitle>
            {latestUrl && (
              <Link href={latestUrl} target="_blank" rel="noopener noreferrer">
                {t('verslag.openInTeams')}
              </Link>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {po.correctionOpen && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('verslag.correctionOpen')}</MessageBarBody>
        </MessageBar>
      )}
      {ready && (
        <>
          <Text className={styles.muted}>{t('verslag.reviewHint')}</Text>
          <div className={styles.actions}>
            {po.approval ? (
              <Text>{t('verslag.approved')}</Text>
            ) : (
              po.rights.approveVerslag && (
                <Button disabled={busy} onClick={() => void act(() => api.approve(po.id))}>
                  {t('verslag.approve')}
                </Button>
              )
            )}
            {po.rights.publish && (
              <PublishDialog channel={publication.data?.channel ?? null} busy={busy} onPublish={() => void act(() => api.publish(po.id))} />
            )}
            <DownloadDocxButton po={po} />
            <ReopenMeetingButton po={po} onChanged={onChanged} />
            {busy && <Spinner size="tiny" />}
          </div>
          <Text weight="semibold">{t('verslag.preview')}</Text>
          {preview.error !== null && <ErrorPanel error={preview.error} onRetry={() => void preview.reload()} />}
          {preview.data ? (
            <>
              {preview.data.posts > 1 && <Text className={styles.muted}>{t('verslag.posts', { n: preview.data.posts })}</Text>}
              <VerslagPreview html={preview.data.html} />
            </>
          ) : (
            preview.loading && <Spinner />
          )}
          {correcting && <AttendanceEditor po={po} users={users} onSaved={onChanged} />}
          {correcting && <VerslagCorrections po={po} onChanged={onChanged} />}
        </>
      )}
      {published && (
        <>
          <div className={styles.actions}>
            <DownloadDocxButton po={po} />
          </div>
          {preview.data && <VerslagPreview html={preview.data.html} />}
          <Text weight="semibold">{t('published.records')}</Text>
          <div data-testid="published-records">
            {po.agendapunten.map((item) => {
              const records = po.records.filter((r) => r.agendapuntId === item.id);
              return records.length > 0 ? (
                <div key={item.id}>
                  <Text weight="semibold">
                    {item.nummer}. {item.title}
                  </Text>
                  <RecordList records={records} />
                </div>
              ) : null;
            })}
          </div>
        </>
      )}
      {!ready && po.status !== 'gepubliceerd' && <Text className={styles.muted}>{t('verslag.notYet')}</Text>}
      {po.status === 'gepubliceerd' && !po.correctionOpen && po.rights.publish && (
        <div className={styles.actions}>
          <Button disabled={busy} onClick={() => void act(() => api.openCorrection(po.id))}>
            {t('verslag.correction')}
          </Button>
        </div>
      )}
      {(versions.data?.length ?? 0) > 0 && (
        <>
          <Text weight="semibold">{t('verslag.versions')}</Text>
          <ul className={styles.versions}>
            {versions.data?.map((v) => (
              <li key={v.id}>
                {v.webUrl ? (
                  <Link href={v.webUrl} target="_blank" rel="noopener noreferrer">
                    {t('verslag.version', { n: v.version, date: formatDayTime(v.publishedAt, locale) })}
                  </Link>
                ) : (
                  t('verslag.version', { n: v.version, date: formatDayTime(v.publishedAt, locale) })
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
