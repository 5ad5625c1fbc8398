/** The side panel connected: live PO, the outbox, start/end through the API, sharing to the stage. */
import { useState } from 'react';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { newId } from '../shared/ids';
import { LivePo, type LiveProps } from '../shared/meeting/LivePoContainer';
import { useSession } from '../shared/session';
import { useAsync } from '../shared/useAsync';
import { endMeeting } from '../shared/verslag/afterMeetingApi';
import { ReopenMeetingButton } from '../shared/verslag/ReopenMeetingButton';
import { SidePanel } from './SidePanel';

/** The latest published version's link in the Teams channel, once the PO is published (versions: read policy on the server). */
function usePublishedHref(poId: string, published: boolean): string | null {
  const { api } = useSession();
  const versions = useAsync(() => (published ? api.versions(poId) : Promise.resolve([])), [api, poId, published]);
  const latest = [...(versions.data ?? [])].sort((a, b) => b.version - a.version)[0];
  return latest?.webUrl ?? null;
}

function ConnectedPanel({ poId, p, run }: { poId: string; p: LiveProps; run: (action: () => Promise<unknown>) => void }): JSX.Element {
  const { api, host } = useSession();
  const publishedHref = usePublishedHref(poId, p.live.po?.status === 'gepubliceerd');
  const stageUrl = `${window.location.origin}/app/stage?poId=${encodeURIComponent(poId)}`;
  const share = host.shareToStage;
  return (
    <SidePanel
      live={p.live}
      users={p.users}
      timings={p.timings}
      now={p.now}
      newId={newId}
      onShare={share ? () => run(() => share(stageUrl)) : null}
      onStart={() => run(() => api.startMeeting(poId))}
      onEnd={(afhandeling) => run(() => endMeeting(api, poId, afhandeling))}
      verslagHref={host.kind === 'browser' ? `/app/tab#po/${encodeURIComponent(poId)}` : null}
      publishedHref={publishedHref}
      loadStanding={() => api.standingFollowUp(poId)}
      onSaveBespreking={(itemId, text) => api.setBespreking(poId, itemId, text)}
      afterEndActions={p.live.po && <ReopenMeetingButton po={p.live.po} />}
    />
  );
}

export function SidePanelContainer({ poId }: { poId: string }): JSX.Element {
  const [error, setError] = useState<unknown>(null);
  const run = (action: () => Promise<unknown>): void => {
    setError(null);
    action().catch((err: unknown) => setError(err));
  };
  return (
    <>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
      <LivePo poId={poId}>{(p) => <ConnectedPanel poId={poId} p={p} run={run} />}</LivePo>
    </>
  );
}
