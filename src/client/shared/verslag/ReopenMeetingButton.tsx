/**
 * "Vergadering heropenen": an ended meeting goes back to gestart (notulist, concernadviseur) until
 * the verslag is published. Shown in the side panel's afgesloten banner and the tab's verslag
 * review. Container: calls the API itself; the live channel (or `onChanged`) brings the new state.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorPanel } from '../components/ErrorPanel';
import { useSession, useT } from '../session';
import type { PoView } from '../types';
import { reopenMeeting } from './afterMeetingApi';

export function ReopenMeetingButton({ po, onChanged }: { po: PoView; onChanged?: () => void }): JSX.Element | null {
  const { t } = useT();
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (po.status !== 'afgesloten' || !po.rights.amendVerslag) return null;
  const reopen = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await reopenMeeting(api, po.id);
      onChanged?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button disabled={busy} onClick={() => void reopen()} data-testid="reopen-meeting">
        {t('reopen.button')}
      </Button>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
    </>
  );
}
