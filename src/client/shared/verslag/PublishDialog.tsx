/**
 * Publishing is permanent: the button asks first, naming the channel the verslag goes to (the
 * Beheer choice, else the deployment's default). Presentational: `onPublish` publishes.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
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
  /** Closing gives focus back to the button that opened the dialog. */
  const close = (next: boolean): void => {
    setOpen(next);
    if (!next) requestAnimationFrame(() => trigger.current?.focus());
  };
  const named = channel?.teamName && channel.channelName;
  return (
    <>
      <Button ref={trigger} onClick={() => setOpen(true)} appearance="primary" disabled={busy} data-testid="publish">
        {busy ? t('verslag.publishing') : t('verslag.publish')}
      </Button>
      {/* Mounted only while open: a closed Fluent Dialog leaves focus-trap elements in the page. */}
      {open && (
        <Dialog open onOpenChange={(_, d) => close(d.open)}>
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
                    close(false);
                    onPublish();
                  }}
                >
                  {t('publish.confirm')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}
