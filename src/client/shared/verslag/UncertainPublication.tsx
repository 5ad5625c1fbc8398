/**
 * "Onzeker of het verslag in Teams staat": a post's answer was lost and the channel could not be
 * read, so PO-overleg does not post it again by itself. The panel says what to look for and,
 * for those who may publish, asks what they saw: there (with the message's link when replies
 * follow), or not there (posted again; a duplicate is then theirs to delete, and the dialog says
 * so). Presentational: the decision goes to `onDecide`.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { formatDayTime } from '../format';
import { useT } from '../session';
import type { PublicationDecision, UncertainPost } from './publicationApi';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  marker: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalS },
});

export interface UncertainPublicationProps {
  uncertain: UncertainPost;
  /** The user may say what they saw (rights.publish). */
  mayConfirm: boolean;
  busy: boolean;
  onDecide: (decision: PublicationDecision) => void;
}

export function UncertainPublication({ uncertain, mayConfirm, busy, onDecide }: UncertainPublicationProps): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const [asking, setAsking] = useState<'there' | 'notThere' | null>(null);
  const [link, setLink] = useState('');
  const close = (): void => setAsking(null);
  const decide = (decision: PublicationDecision): void => {
    close();
    onDecide(decision);
  };
  const linkMissing = uncertain.needsLink && link.trim() === '';

  return (
    <>
      <MessageBar intent="warning" layout="multiline" data-testid="verslag-uncertain">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{t('verslag.uncertain.title')}</MessageBarTitle>
          <Text>
            {uncertain.post === 'reactie'
              ? t('verslag.uncertain.reply', { part: uncertain.part ?? 1, parts: uncertain.parts ?? 1 })
              : t('verslag.uncertain.message')}
            {uncertain.sentAt && ` ${t('verslag.uncertain.sentAt', { date: formatDayTime(uncertain.sentAt, locale) })}`}
          </Text>
          {uncertain.marker && (
            <Text>
              {t('verslag.uncertain.check')} <span className={styles.marker}>{uncertain.marker}</span>
            </Text>
          )}
          {uncertain.threadUrl && (
            <Link href={uncertain.threadUrl} target="_blank" rel="noopener noreferrer">
              {t('verslag.uncertain.openThread')}
            </Link>
          )}
          {mayConfirm ? (
            <div className={styles.actions}>
              <Button appearance="primary" disabled={busy} onClick={() => setAsking('there')}>
                {t('verslag.uncertain.there')}
              </Button>
              <Button disabled={busy} onClick={() => setAsking('notThere')}>
                {t('verslag.uncertain.notThere')}
              </Button>
            </div>
          ) : (
            <Text>{t('verslag.uncertain.noRights')}</Text>
          )}
        </MessageBarBody>
      </MessageBar>

      <Dialog
        open={asking !== null}
        onOpenChange={(_, d) => {
          if (!d.open) close();
        }}
      >
        <DialogSurface>
          {asking === 'there' ? (
            <DialogBody>
              <DialogTitle>{t('verslag.uncertain.thereTitle')}</DialogTitle>
              <DialogContent className={styles.body}>
                <Text>{t('verslag.uncertain.thereText')}</Text>
                <Field
                  label={t('verslag.uncertain.link')}
                  required={uncertain.needsLink}
                  hint={uncertain.needsLink ? t('verslag.uncertain.linkNeeded') : t('verslag.uncertain.linkOptional')}
                >
                  <Input type="url" value={link} onChange={(_, d) => setLink(d.value)} />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  disabled={linkMissing}
                  onClick={() => decide({ geplaatst: true, ...(link.trim() ? { messageUrl: link.trim() } : {}) })}
                >
                  {t('verslag.uncertain.thereConfirm')}
                </Button>
                <Button onClick={close}>{t('app.cancel')}</Button>
              </DialogActions>
            </DialogBody>
          ) : (
            <DialogBody>
              <DialogTitle>{t('verslag.uncertain.notThereTitle')}</DialogTitle>
              <DialogContent>
                <Text>{t('verslag.uncertain.notThereText')}</Text>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => decide({ geplaatst: false })}>
                  {t('verslag.uncertain.notThereConfirm')}
                </Button>
                <Button onClick={close}>{t('app.cancel')}</Button>
              </DialogActions>
            </DialogBody>
          )}
        </DialogSurface>
      </Dialog>
    </>
  );
}
