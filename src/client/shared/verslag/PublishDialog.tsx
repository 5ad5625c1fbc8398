/**
 * Publishing is permanent: the button asks first, naming the channel the verslag goes to (the
 * Beheer choice, else the deployment's default). Presentational: `onPublish` publishes.
 */
import { Button, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { ConfirmPanel } from '../components/ConfirmPanel';
import { useT } from '../session';
import type { PublicationView } from './publicationApi';

export interface PublishDialogProps {
  channel: PublicationView['channel'];
  busy: boolean;
  onPublish: () => void;
}

export function PublishDialog({ channel, busy, onPublish }: PublishDialogProps): JSX.Element {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const named = channel?.teamName && channel.channelName;
  const cancel = (): void => {
    setOpen(false);
    trigger.current?.focus();
  };
  return (
    <>
      <Button ref={trigger} appearance="primary" disabled={busy || open} aria-expanded={open} onClick={() => setOpen(true)} data-testid="publish">
        {busy ? t('verslag.publishing') : t('verslag.publish')}
      </Button>
      {open && (
        <ConfirmPanel
          title={t('publish.title')}
          describedBy="publish-desc"
          cancelLabel={t('publish.cancel')}
          onCancel={cancel}
          actions={
            <Button
              appearance="primary"
              data-testid="publish-confirm"
              onClick={() => {
                setOpen(false);
                onPublish();
              }}
            >
              {t('publish.confirm')}
            </Button>
          }
        >
          <Text id="publish-desc" data-testid="publish-where">
            {named ? t('publish.where', { team: channel.teamName ?? '', channel: channel.channelName ?? '' }) : t('publish.whereUnnamed')}
          </Text>
        </ConfirmPanel>
      )}
    </>
  );
}
