/**
 * "Vergadering beëindigen", with a confirmation that lists the agendapunten the meeting never
 * reached (never current, no records): per item the notulist chooses what the verslag says, niet
 * besproken (the default) or aangehouden (offered to the next PO). Presentational: the choice goes
 * to `onEnd`.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useT } from '../session';
import type { PoView } from '../types';
import { notDiscussed, type Afhandeling } from './afterMeetingApi';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface EndMeetingDialogProps {
  po: PoView;
  disabled?: boolean;
  onEnd: (afhandeling: Record<string, Afhandeling>) => void;
}

export function EndMeetingDialog({ po, disabled, onEnd }: EndMeetingDialogProps): JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  /** Closing gives focus back to the button that opened the dialog. */
  const close = (next: boolean): void => {
    setOpen(next);
    if (!next) requestAnimationFrame(() => trigger.current?.focus());
  };
  const [choices, setChoices] = useState<Record<string, Afhandeling>>({});
  const items = notDiscussed(po);
  const confirm = (): void => {
    close(false);
    // Only the items still not discussed: one discussed since the dialog opened has no afhandeling.
    onEnd(Object.fromEntries(items.map((i) => [i.id, choices[i.id] ?? 'niet_besproken'])));
  };

  return (
    <>
      <Button ref={trigger} onClick={() => setOpen(true)} disabled={disabled} data-testid="end-meeting">
        {t('meeting.end')}
      </Button>
      {/* Mounted only while open: a closed Fluent Dialog leaves focus-trap elements in the page. */}
      {open && (
        <Dialog open onOpenChange={(_, d) => close(d.open)}>
          <DialogSurface aria-describedby="end-meeting-desc">
            <DialogBody>
              <DialogTitle>{t('end.title')}</DialogTitle>
              <DialogContent className={styles.content}>
                <Text id="end-meeting-desc">
                  {items.length === 0 ? t('end.allDiscussed') : items.length === 1 ? t('end.notDiscussedOne') : t('end.notDiscussedMany', { n: items.length })}
                </Text>
                {items.length > 0 && (
                  <ul className={styles.list} data-testid="niet-besproken">
                    {items.map((item) => (
                      <li key={item.id} className={styles.item}>
                        <Text id={`nb-${item.id}`} className={styles.title}>
                          {item.nummer}. {item.title}
                        </Text>
                        <RadioGroup
                          layout="horizontal"
                          aria-labelledby={`nb-${item.id}`}
                          value={choices[item.id] ?? 'niet_besproken'}
                          onChange={(_, d) => setChoices((c) => ({ ...c, [item.id]: d.value as Afhandeling }))}
                        >
                          <Radio value="niet_besproken" label={t('end.nietBesproken')} />
                          <Radio value="aangehouden" label={t('end.aangehouden')} />
                        </RadioGroup>
                      </li>
                    ))}
                  </ul>
                )}
                <Text className={styles.muted}>{t('end.hint')}</Text>
              </DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button>{t('end.cancel')}</Button>
                </DialogTrigger>
                <Button appearance="primary" onClick={confirm} data-testid="end-meeting-confirm">
                  {t('end.confirm')}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}
