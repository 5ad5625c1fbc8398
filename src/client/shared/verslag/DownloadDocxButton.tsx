/** "Download als Word": the verslag's .docx, fetched with the user's token and saved. Container. */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorPanel } from '../components/ErrorPanel';
import { useSession, useT } from '../session';
import type { PoView } from '../types';
import { downloadVerslagDocx } from './afterMeetingApi';

export function DownloadDocxButton({ po }: { po: Pick<PoView, 'id' | 'title'> }): JSX.Element {
  const { t } = useT();
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await downloadVerslagDocx(api, po);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button disabled={busy} onClick={() => void download()} data-testid="download-docx">
        {busy ? t('docx.downloading') : t('docx.download')}
      </Button>
      {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
    </>
  );
}
