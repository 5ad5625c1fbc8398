/**
 * On a concept agenda: the agendapunten an earlier PO of the same portefeuillehouder held over
 * (aangehouden), each offered once: "Op de agenda zetten" copies it into this PO. Only those the
 * user may read are offered (the server's read policy). Container.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { formatDayTime } from '../shared/format';
import { useSession, useT } from '../shared/session';
import type { PoView } from '../shared/types';
import { useAsync } from '../shared/useAsync';
import { getAangehouden, takeAangehouden } from '../shared/verslag/afterMeetingApi';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  text: { overflowWrap: 'anywhere' },
});

/** The PO's date in words, without the time: "ma 7 dec." */
const dayOf = (iso: string, locale: 'nl' | 'en'): string =>
  formatDayTime(iso, locale)
    .replace(/\s*\d{1,2}:\d{2}.*$/, '')
    .replace(/,$/, '');

export function AangehoudenOffers({ po, onTaken }: { po: PoView; onTaken: () => void }): JSX.Element | null {
  const styles = useStyles();
  const { t, locale } = useT();
  const { api } = useSession();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- po.seq: asked again after every change of the PO
  const offers = useAsync(() => getAangehouden(api, po.id), [api, po.id, po.seq]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!offers.data || offers.data.length === 0) return null;
  const take = async (itemId: string): Promise<void> => {
    setBusy(itemId);
    setError(null);
    try {
      await takeAangehouden(api, po.id, itemId);
      onTaken();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
      void offers.reload();
    }
  };
  return (
    <MessageBar intent="info" layout="multiline" data-testid="aangehouden">
      <MessageBarBody>
        <MessageBarTitle>{t('aangehouden.title')}</MessageBarTitle>
        {error !== null && <ErrorPanel error={error} onDismiss={() => setError(null)} />}
        <ul className={styles.list}>
          {offers.data.map((o) => (
            <li key={o.id} className={styles.item}>
              <Text className={styles.text}>
                {t('aangehouden.item', { date: dayOf(o.poStartsAt, locale), title: o.title })}
                {o.vertrouwelijk ? ` (${t('aangehouden.confidential')})` : ''}
              </Text>
              <Button size="small" disabled={busy !== null} onClick={() => void take(o.id)}>
                {t('aangehouden.take')}
              </Button>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
