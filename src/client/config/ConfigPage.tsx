/**
 * The config page of the configurable tab. In a channel: pick a portefeuillehouder or "alle"; the
 * tab then shows their POs and published verslagen. In a meeting: the tab is the PO of the meeting
 * (details tab, side panel and stage). Saved through the host (`pages.config` in Teams).
 */
import { Body1, Button, Card, Field, Radio, RadioGroup, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TabSettings } from '../host/host';
import { ErrorPanel } from '../shared/components/ErrorPanel';
import { useSession, useT } from '../shared/session';
import { useAsync } from '../shared/useAsync';

const useStyles = makeStyles({
  main: { padding: tokens.spacingHorizontalXL, maxWidth: '640px', boxSizing: 'border-box' },
  card: { padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function settingsFor(origin: string, choice: { kind: 'meeting' } | { kind: 'channel'; ph: string; name: string }): TabSettings {
  if (choice.kind === 'meeting') {
    return { entityId: 'po-overleg-vergadering', contentUrl: `${origin}/app/meeting`, suggestedDisplayName: 'PO-overleg' };
  }
  const contentUrl = `${origin}/app/channel?ph=${encodeURIComponent(choice.ph)}`;
  return { entityId: `po-overleg-kanaal-${choice.ph}`, contentUrl, websiteUrl: contentUrl, suggestedDisplayName: `PO ${choice.name}` };
}

export function ConfigPage(): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const { api, host } = useSession();
  const inMeeting = host.context.meeting.chatId !== null || host.context.meeting.meetingId !== null;
  const org = useAsync(() => api.organisatie(), [api]);
  const [ph, setPh] = useState('alle');
  const page = host.configPage;

  useEffect(() => {
    if (!page) return;
    const name = ph === 'alle' ? t('config.all') : (org.data?.portefeuillehouders.find((p) => p.id === ph)?.name ?? ph);
    page.onSave(() => settingsFor(window.location.origin, inMeeting ? { kind: 'meeting' } : { kind: 'channel', ph, name }));
    page.setValid(inMeeting || org.data !== null);
  }, [page, ph, org.data, inMeeting, t]);

  return (
    <main className={styles.main}>
      <Card className={styles.card}>
        <h1 className={styles.h1}>{t('config.title')}</h1>
        {inMeeting ? (
          <Body1>{t('config.meeting')}</Body1>
        ) : (
          <>
            <Body1>{t('config.intro')}</Body1>
            {org.error !== null && <ErrorPanel error={org.error} onRetry={() => void org.reload()} />}
            {!org.data ? (
              <Spinner />
            ) : (
              <Field label={t('config.audience')}>
                <RadioGroup value={ph} onChange={(_, d) => setPh(d.value)}>
                  <Radio value="alle" label={t('config.all')} />
                  {org.data.portefeuillehouders.map((p) => (
                    <Radio key={p.id} value={p.id} label={`${p.name} (${p.titel})`} />
                  ))}
                </RadioGroup>
              </Field>
            )}
          </>
        )}
        {page?.ownSaveButton && (
          <div>
            <Button appearance="primary" onClick={() => void page.save()}>
              {t('app.save')}
            </Button>
          </div>
        )}
      </Card>
    </main>
  );
}
