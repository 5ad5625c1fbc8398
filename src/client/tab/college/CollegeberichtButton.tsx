/** Downloads the collegebericht draft of a besluitpunt (.docx, in the municipality's template). */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorPanel } from '../../shared/components/ErrorPanel';
import { useSession, useT } from '../../shared/session';
import { saveDocx } from './collegeApi';

export function CollegeberichtButton({ recordId, text }: { recordId: string; text: string }): JSX.Element {
  const { t } = useT();
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      saveDocx(await api.download(`/api/besluitpunten/${encodeURIComponent(recordId)}/collegebericht.docx`), 'Collegebericht.docx');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" disabled={busy} onClick={() => void download()} aria-label={t('collegebericht.docxOf', { text: text.slice(0, 60) })}>
        {t('collegebericht.docx')}
      </Button>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
    </>
  );
}
