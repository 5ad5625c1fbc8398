/**
 * Browser mode only: the proefafspraak the task pane works on, shown as Outlook would hold it:
 * subject, start, attendees (editable), the body as it will be sent, attachments.
 */
import { Field, Input, Text, Title3, mergeClasses } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../shared/format';
import type { BrowserAppointment, BrowserInvite } from './browserAppointment';
import { useT } from '../shared/session';
import { useOutlookStyles } from './styles';

const parseAttendees = (text: string): BrowserInvite['attendees'] =>
  text
    .split(/[,;\s]+/)
    .map((e) => e.trim())
    .filter(Boolean)
    .map((email) => ({ name: '', email }));

export function BrowserInvitePanel({ appointment, onChanged }: { appointment: BrowserAppointment; onChanged: () => void }): JSX.Element {
  const styles = useOutlookStyles();
  const { t, locale } = useT();
  const [invite, setInvite] = useState(appointment.snapshot());
  const [attendees, setAttendees] = useState(invite.attendees.map((a) => a.email).join(', '));
  useEffect(() => appointment.subscribe(setInvite), [appointment]);
  return (
    <aside className={mergeClasses(styles.stack, styles.preview)} aria-labelledby="preview-title">
      <Title3 as="h2" id="preview-title">
        {t('outlook.preview')}
      </Title3>
      <Text size={200}>{t('outlook.previewHint')}</Text>
      <Field label={t('outlook.subject')}>
        <Input value={invite.subject} onChange={(_, d) => appointment.edit({ subject: d.value })} onBlur={onChanged} />
      </Field>
      <Text>{t('outlook.start', { when: invite.start ? formatDateTime(invite.start.toISOString(), locale) : t('outlook.noStart') })}</Text>
      <Field label={t('outlook.attendees')}>
        <Input
          value={attendees}
          onChange={(_, d) => setAttendees(d.value)}
          onBlur={() => {
            appointment.edit({ attendees: parseAttendees(attendees) });
            onChanged();
          }}
        />
      </Field>
      <Text weight="semibold">{t('outlook.body')}</Text>
      <iframe className={styles.body} title={t('outlook.body')} sandbox="" srcDoc={invite.body} data-testid="invite-body" />
      <Text weight="semibold">{t('outlook.attachments')}</Text>
      {invite.attachments.length === 0 ? (
        <Text>{t('outlook.noAttachments')}</Text>
      ) : (
        <ul aria-label={t('outlook.attachments')} data-testid="invite-attachments">
          {invite.attachments.map((a) => (
            <li key={a.id}>{`${a.name} (${Math.ceil(a.size / 1024)} kB)`}</li>
          ))}
        </ul>
      )}
    </aside>
  );
}
