/**
 * Publishing is permanent: the button asks first, naming the channel the verslag goes to (the
 * Beheer choice, else the deployment's default). Presentational: `onPublish` publishes.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Text } from '@fluentui/react-components';
import { useState } from 'react';
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
  const named = channel?.teamName && channel.channelName;
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary" disabled={busy} data-testid="publish">
          {busy ? t('verslag.publishing') : t('verslag.publish')}
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby="publish-desc">
        <DialogBody>
          <DialogTitle>{t('publish.title')}</DialogTitle>
          <DialogContent>
            <Text id="publish-desc" data-testid="publish-where">
              {named ? t('publish.where', { team: channel.teamName ?? '', channel: channel.channelName ?? '' }) : t('publish.whereUnnamed')}
            </Text>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t('publish.cancel')}</Button>
            </DialogTrigger>
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
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
