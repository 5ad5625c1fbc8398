/** The task pane after sign-in: the appointment's PO (chosen, created or linked), its agenda, the invite. */
import { Button, MessageBar, MessageBarBody, Spinner, Text, mergeClasses } from '@fluentui/react-components';
import type { AppointmentHost } from '../host/appointment';
import { AgendaEditor } from './AgendaEditor';
import { BrowserInvitePanel } from './BrowserInvitePanel';
import type { BrowserAppointment } from './browserAppointment';
import { InvitePanel } from './InvitePanel';
import { PoChooser } from './PoChooser';
import { useSession, useT } from '../shared/session';
import { useTaskPane } from './useTaskPane';
import { useOutlookStyles } from './styles';

export function TaskPane({ appointment }: { appointment: AppointmentHost }): JSX.Element {
  const styles = useOutlookStyles();
  const { t, locale } = useT();
  const { api, me } = useSession();
  const pane = useTaskPane(appointment, api, me, locale);
  const { data, po, busy, error } = pane.state;
  return (
    <div className={appointment.kind === 'browser' ? mergeClasses(styles.layout, styles.layoutBrowser) : styles.layout}>
      <main className={styles.stack} aria-busy={busy}>
        {data && <Text size={200}>{t('outlook.signedInAs', { name: data.me.name })}</Text>}
        {busy && <Spinner size="tiny" label={t('outlook.loading')} />}
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {data && !po && <PoChooser pane={pane} />}
        {po && (
          <>
            <AgendaEditor po={po} pane={pane} />
            <InvitePanel pane={pane} />
            <Button appearance="subtle" onClick={() => void pane.otherPo()} disabled={busy}>
              {t('outlook.otherPo')}
            </Button>
          </>
        )}
      </main>
      {appointment.kind === 'browser' && <BrowserInvitePanel appointment={appointment as BrowserAppointment} onChanged={() => void pane.reload()} />}
    </div>
  );
}
